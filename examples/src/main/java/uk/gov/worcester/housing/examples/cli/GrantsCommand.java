package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.JsonNode;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.examples.stories.GrantsReports;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.grants.GrantsJson;
import uk.gov.worcester.housing.json.grants.GrantsPolicyJson;
import uk.gov.worcester.housing.rules.grants.GrantRules;
import uk.gov.worcester.housing.rules.grants.Grant;
import uk.gov.worcester.housing.rules.grants.GrantPolicy;
import uk.gov.worcester.housing.rules.grants.GrantWorkflow;

/**
 * {@code housing grants ...}: community grant assessments (Our Happy Place and the general rounds),
 * monitoring across grants, a round's ranking, and the Transparency Code register.
 */
@Command(name = "grants", mixinStandardHelpOptions = true,
    description = "Community grants: Our Happy Place and the general rounds, monitoring and publication.",
    subcommands = {GrantsCommand.Assess.class, GrantsCommand.Monitor.class, GrantsCommand.Rank.class,
        GrantsCommand.Publish.class})
final class GrantsCommand extends CommandGroup {
  @ParentCommand
  HousingCommand root;

  /** The most grant records one file may list. */
  static final int MAX_RECORDS = 10_000;

  /** Reads {@code --fund-left 412.20}: an amount of money, never negative. */
  static final class MoneyConverter implements ITypeConverter<Money> {
    @Override
    public Money convert(String text) {
      Validation<Seq<Problem>, Money> m = Money.parse(text);
      if (m.isInvalid() || m.get().isNegative()) {
        throw new TypeConversionException("'" + uk.gov.worcester.housing.core.common.SafeText.of(text) + "' is not an amount: expected pounds and pence, e.g. 412.20");
      }
      return m.get();
    }
  }

  /**
   * The workflow under the {@code OUR_HAPPY_PLACE} and {@code COMMUNITY_GRANTS} policy documents
   * given with {@code --policy}, else Worcester's; a file with problems is reported and the exit
   * status comes back instead.
   */
  static Validation<Integer, GrantWorkflow> workflow(PolicyOption policy, InputFiles read, PrintWriter err) {
    if (policy.files.isEmpty()) {
      return Validation.valid(GrantWorkflow.worcester());
    }
    return policy.timelines(read, err, List.of(GrantsPolicyJson.OUR_HAPPY_PLACE, GrantsPolicyJson.COMMUNITY_GRANTS))
        .map(t -> GrantWorkflow.of(GrantRules.of(
            PolicyOption.or(t, GrantsPolicyJson.OUR_HAPPY_PLACE, GrantPolicy.OUR_HAPPY_PLACE),
            PolicyOption.or(t, GrantsPolicyJson.COMMUNITY_GRANTS, GrantPolicy.COMMUNITY_GRANTS))));
  }

  /**
   * Reads grant record files (each one record or a list of them), replaying each under
   * {@code flow}; prints the problems of every file and returns nothing if any has problems.
   */
  static Optional<List<Grant>> grants(HousingCommand root, GrantWorkflow flow, PrintWriter err, List<Path> files) {
    List<Grant> grants = new ArrayList<>();
    boolean bad = false;
    for (Path f : files) {
      Validation<Seq<Problem>, List<Grant>> read = root.inputs().json(f,
          List.of(DocumentKind.GRANT_RECORD, DocumentKind.GRANT_RECORDS), node -> node.isArray()
              ? GrantsJson.RECORDS.read(node).flatMap(records -> flow.replayAll(records))
              : GrantsJson.RECORD.read(node).flatMap(flow::replay).map(List::of));
      if (read.isInvalid()) {
        InputFiles.report(err, f, read.getError());
        bad = true;
      } else {
        grants.addAll(read.get());
      }
    }
    return bad ? Optional.empty() : Optional.of(grants);
  }

  /** {@code housing grants assess FILE [--as-at DATE] [--fund-left AMOUNT] [--with FILE...]}. */
  @Command(name = "assess", mixinStandardHelpOptions = true,
      description = "Assess a grant application, or the application of a grant record (whose status is printed "
          + "too): eligibility, the valued match and the award, with reasons, as JSON.")
  static final class Assess implements Callable<Integer> {
    @ParentCommand
    GrantsCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
        description = "A grant application, or a grant record {application, events}; - reads standard input.")
    Path file;

    @picocli.CommandLine.Mixin
    AsAtOption asAt;

    @Option(names = "--fund-left", paramLabel = "AMOUNT", converter = MoneyConverter.class,
        description = "What is left in the fund (default: the scheme's fund less what the --with grants have "
            + "committed by the as-at date).")
    Optional<Money> fundLeft;

    @Option(names = "--with", paramLabel = "FILE", arity = "1..*",
        description = "Other grant records of the same fund, for what is left in it.")
    List<Path> others = new ArrayList<>();

    @picocli.CommandLine.Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
      HousingJson json = parent.root.json();
      PrintWriter err = spec.commandLine().getErr();
      List<Path> inputs = new ArrayList<>(others);
      inputs.add(file);
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), PolicyOption.withPolicies(inputs, policy));
      Validation<Integer, GrantWorkflow> flow = workflow(policy, parent.root.inputs(), err);
      if (flow.isInvalid()) {
        return flow.getError();
      }
      boolean[] onRecord = {false};
      Validation<Seq<Problem>, GrantRecord> record = parent.root.inputs().json(file,
          List.of(DocumentKind.GRANT_APPLICATION, DocumentKind.GRANT_RECORD), (JsonNode node) -> {
            onRecord[0] = DocumentKind.of(node).filter(k -> k == DocumentKind.GRANT_RECORD).isPresent();
            return onRecord[0] ? json.read(node, GrantRecord.class)
                : json.read(node, GrantApplication.class).map(a -> GrantRecord.of(a, List.of()));
          });
      if (record.isInvalid()) {
        return InputFiles.report(err, file, record.getError());
      }
      Optional<List<Grant>> with = grants(parent.root, flow.get(), err, others);
      if (with.isEmpty()) {
        return HousingCommand.INPUT_PROBLEMS;
      }
      LocalDate date = asAt.resolve(parent.root);
      return JsonResult.printOrReport(spec, file, GrantsReports.assess(flow.get(), record.get(), onRecord[0],
          with.get(), date, fundLeft).map(assessed -> GrantsReports.assessmentJson(json, assessed)));
    }
  }

  /** {@code housing grants monitor FILE... [--year 2016/17] [--as-at DATE]}. */
  @Command(name = "monitor", mixinStandardHelpOptions = true,
      description = "Monitor grants for a financial year: grants made, amounts, match, volunteers, volunteer hours "
          + "and people benefitted, by ward and by round, against the year before; each fund's ledger; and every "
          + "grant to act on (an overdue monitoring return, money to recover).")
  static final class Monitor implements Callable<Integer> {
    @ParentCommand
    GrantsCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY/YY",
        description = "The financial year, e.g. 2016/17 (default: the year of the as-at date).")
    Optional<FinancialYear> year;

    @picocli.CommandLine.Mixin
    AsAtOption asAt;

    @Parameters(arity = "1..*", paramLabel = "FILE",
        description = "Grant record files, each one record or a list; - reads standard input.")
    List<Path> files;

    @picocli.CommandLine.Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), PolicyOption.withPolicies(files, policy));
      Validation<Integer, GrantWorkflow> flow = workflow(policy, parent.root.inputs(), err);
      if (flow.isInvalid()) {
        return flow.getError();
      }
      Optional<List<Grant>> grants = grants(parent.root, flow.get(), err, files);
      if (grants.isEmpty()) {
        return HousingCommand.INPUT_PROBLEMS;
      }
      LocalDate date = asAt.resolve(parent.root);
      var monitoring = GrantsReports.monitor(flow.get(), grants.get(), year.orElseGet(() -> FinancialYear.containing(date)), date);
      if (monitoring.isInvalid()) {
        return InputFiles.report(err, "the grants together", monitoring.getError());
      }
      return JsonResult.print(spec, GrantsReports.monitoringJson(parent.root.json(), monitoring.get()));
    }
  }

  /** {@code housing grants rank --round VERSION FILE... [--as-at DATE]}. */
  @Command(name = "rank", mixinStandardHelpOptions = true,
      description = "Rank a general round's bids by their scores for the committee, each criterion's points shown, "
          + "with the award recommended from what is left of the fund and why.")
  static final class Rank implements Callable<Integer> {
    @ParentCommand
    GrantsCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--round", paramLabel = "VERSION",
        description = "The round's policy version (default: WORCESTER-COMMUNITY-GRANTS/2024-25).")
    String round = GrantPolicy.COMMUNITY_GRANTS_2024_25.version();

    @picocli.CommandLine.Mixin
    AsAtOption asAt;

    @Parameters(arity = "1..*", paramLabel = "FILE",
        description = "Grant record files, each one record or a list; - reads standard input.")
    List<Path> files;

    @picocli.CommandLine.Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), PolicyOption.withPolicies(files, policy));
      Validation<Integer, GrantWorkflow> flow = workflow(policy, parent.root.inputs(), err);
      if (flow.isInvalid()) {
        return flow.getError();
      }
      var rounds = flow.get().rules().timeline(uk.gov.worcester.housing.core.grants.GrantScheme.COMMUNITY_GRANT_ROUND)
          .versions();
      Optional<GrantPolicy> chosen = rounds.find(p -> p.version().equals(round)).toJavaOptional();
      if (chosen.isEmpty()) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no round '" + round
            + "': expected one of " + rounds.map(GrantPolicy::version).mkString(", "));
      }
      Optional<List<Grant>> grants = grants(parent.root, flow.get(), err, files);
      if (grants.isEmpty()) {
        return HousingCommand.INPUT_PROBLEMS;
      }
      var ranking = GrantsReports.rankingJson(parent.root.json(), grants.get(), chosen.get(), asAt.resolve(parent.root));
      if (ranking.isInvalid()) {
        return InputFiles.report(err, "the grants together", ranking.getError());
      }
      return JsonResult.print(spec, ranking.get());
    }
  }

  /** {@code housing grants publish FILE... [--year 2016/17] [--as-at DATE] [--out FILE]}. */
  @Command(name = "publish", mixinStandardHelpOptions = true,
      description = "Write the register of grants made, as the Local Government Transparency Code 2015 asks, as "
          + "CSV: whole or not at all.")
  static final class Publish implements Callable<Integer> {
    @ParentCommand
    GrantsCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    AsAtOption asAt;

    @Option(names = "--year", paramLabel = "YYYY/YY",
        description = "Publish only the awards made in this financial year, e.g. 2016/17 (default: every award).")
    Optional<FinancialYear> year;

    @Option(names = "--out", paramLabel = "FILE",
        description = "Write the CSV here (replacing it in one step) instead of standard output.")
    Optional<Path> out;

    @Parameters(arity = "1..*", paramLabel = "FILE",
        description = "Grant record files, each one record or a list; - reads standard input.")
    List<Path> files;

    @picocli.CommandLine.Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), PolicyOption.withPolicies(files, policy));
      Validation<Integer, GrantWorkflow> flow = workflow(policy, parent.root.inputs(), err);
      if (flow.isInvalid()) {
        return flow.getError();
      }
      Optional<List<Grant>> grants = grants(parent.root, flow.get(), err, files);
      Seq<Problem> target = OutputFiles.check(out);
      int status = grants.isEmpty() ? HousingCommand.INPUT_PROBLEMS : 0;
      if (!target.isEmpty()) {
        status = InputFiles.report(err, out.get(), target);
      }
      if (status != 0) {
        err.println("Nothing written: the register is written whole or not at all.");
        err.flush();
        return status;
      }
      Seq<Problem> unwritten = OutputFiles.write(out, GrantsReports.publicationCsv(flow.get(), grants.get(),
          asAt.resolve(parent.root), year), spec.commandLine().getOut());
      return unwritten.isEmpty() ? 0 : InputFiles.report(err, out.get(), unwritten);
    }
  }
}
