package uk.gov.worcester.housing.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The training run behind the {@code housing} launcher's class data archive: the package step runs
 * this once with {@code -XX:ArchiveClassesAtExit=housing.jsa}, so the classes (and lambda forms)
 * that the common commands load are archived and later runs map them instead of loading, verifying
 * and linking them again. Each command runs as a user would run it, on the shipped samples, with
 * its output discarded; a command that ends with another exit status than the one it is known to
 * give stops the build (exit 1), as the shaded jar is then broken. The only argument is the
 * samples folder.
 */
public final class StartupTraining {
  /** A command line and the exit status it gives on the shipped samples. */
  private record Run(int exit, List<String> args) {}

  private StartupTraining() {}

  /** Runs the training commands against the samples in {@code args[0]}; exit 0, or 1 naming the one that failed. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: StartupTraining SAMPLES_FOLDER");
      System.exit(2);
    }
    Path samples = Path.of(args[0]);
    for (Run run : runs(samples)) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      HousingCommand command = new HousingCommand(Clock.fixed(
          LocalDate.of(2024, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
      int exit = HousingCommand.commandLine(command, new PrintWriter(out), new PrintWriter(err))
          .execute(run.args().toArray(String[]::new));
      if (exit != run.exit()) {
        System.err.println("housing " + String.join(" ", run.args()) + ": exit " + exit + ", expected "
            + run.exit() + System.lineSeparator() + err);
        System.exit(1);
      }
    }
  }

  /** The commands run, the one the start-up target names ({@code validate household}) first. */
  static List<Run> runs(Path samples) {
    return List.of(
        new Run(0, List.of("validate", "household", sample(samples, "household-family.json"), "--as-at", "2024-05-01")),
        new Run(1, List.of("validate", "household", sample(samples, "household-invalid.json"))),
        new Run(0, List.of("homelessness", "assess", sample(samples, "case-seventeen-year-old.json"),
            "--as-at", "2024-04-20")),
        new Run(0, List.of("homelessness", "hclic", "--quarter", "2024Q2",
            sample(samples, "case-family-section21.json"))),
        new Run(0, List.of("lettings", "band", sample(samples, "lettings-application-overcrowded-family.json"),
            "--as-at", "2024-06-01")),
        new Run(0, List.of("privatesector", "hhsrs", sample(samples, "privatesector-inspection-excess-cold.json"))),
        new Run(0, List.of("grants", "assess", sample(samples, "grants-application-warndon.json"),
            "--as-at", "2016-10-10")),
        new Run(0, List.of("schema", "household")),
        new Run(0, List.of("--help")));
  }

  private static String sample(Path samples, String name) {
    return samples.resolve(name).toString();
  }
}
