package uk.gov.worcester.housing.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.gov.worcester.housing.json.HousingJson;

/**
 * The {@code housing} command: validates and assesses JSON files and runs the example stories.
 * Exit codes: 0 done, 1 problems with the input, 2 a usage mistake, 3 an internal error (a fault in
 * the library, not the input: one line, and a stack trace only when the environment variable
 * {@value #STACK_TRACE_VARIABLE} is {@code 1}).
 */
@Command(name = "housing", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
    description = "Council housing rules over JSON files: households, homelessness duties and more.",
    subcommands = {ValidateCommand.class, HomelessnessCommand.class, DemoCommand.class,
        PrivateSectorCommand.class,
        WelfareCommand.class,
        GrantsCommand.class,
        LettingsCommand.class,
        StrategyCommand.class,
        SchemaCommand.class,
        PolicyCommand.class,
        CommandLine.HelpCommand.class})
public final class HousingCommand extends CommandGroup {
  /** Input had problems. */
  public static final int INPUT_PROBLEMS = 1;
  /** A fault in this library, not in the input: never to be mistaken for bad input. */
  public static final int INTERNAL_ERROR = 3;
  /** Set to {@code 1} to print the stack trace of an internal error. */
  public static final String STACK_TRACE_VARIABLE = "HOUSING_STACK_TRACE";

  private final HousingJson json;
  private final Clock clock;
  private final InputFiles inputs;


  /** Uses the system clock for "today" (the command line is the one place that reads it). */
  public HousingCommand() {
    this(Clock.systemDefaultZone());
  }

  /** Uses {@code clock} for "today": tests fix it. */
  public HousingCommand(Clock clock) {
    this(clock, System.in);
  }

  /** Uses {@code clock} for "today" and reads {@code standardInput} for a file named {@code -}. */
  public HousingCommand(Clock clock, InputStream standardInput) {
    this.json = HousingJson.create();
    this.clock = clock;
    this.inputs = new InputFiles(json, standardInput);
  }

  HousingJson json() {
    return json;
  }

  InputFiles inputs() {
    return inputs;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }


  /** A command line ready to execute, writing to the given streams. */
  public static CommandLine commandLine(HousingCommand command, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    OptionValues.register(cl);
    cl.setExecutionExceptionHandler(HousingCommand::unexpected);
    return cl;
  }

  /**
   * The last resort for a fault in this library rather than in the input: one line naming the
   * kind of fault, never its message (which could quote personal data), and exit
   * {@value #INTERNAL_ERROR}. Nothing has been written, as every sub-command builds its whole output
   * before writing it. The stack trace (which may quote input too) is printed only when
   * {@value #STACK_TRACE_VARIABLE} is {@code 1}.
   */
  private static int unexpected(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    cl.getErr().println("housing: internal error: stopped by an unexpected fault in the housing library ("
        + e.getClass().getSimpleName() + "); nothing was written. Please report it"
        + (stackTraceWanted() ? "." : " (set " + STACK_TRACE_VARIABLE + "=1 to print its stack trace)."));
    if (stackTraceWanted()) {
      e.printStackTrace(cl.getErr());
    }
    cl.getErr().flush();
    return INTERNAL_ERROR;
  }

  private static boolean stackTraceWanted() {
    return "1".equals(System.getenv(STACK_TRACE_VARIABLE));
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(commandLine(new HousingCommand(), out, err).execute(args));
  }
}
