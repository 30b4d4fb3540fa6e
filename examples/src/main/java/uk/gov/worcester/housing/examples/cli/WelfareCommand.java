package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.welfare.WelfareRecords;
import uk.gov.worcester.housing.core.welfare.WelfareRequest;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.welfare.WelfareDecisionsJson;
import uk.gov.worcester.housing.rules.welfare.DhpPolicy;
import uk.gov.worcester.housing.rules.welfare.DhpScheme;
import uk.gov.worcester.housing.rules.welfare.DwasPolicy;
import uk.gov.worcester.housing.rules.welfare.DwasScheme;
import uk.gov.worcester.housing.rules.welfare.WelfareReport;

/**
 * {@code housing welfare ...}: DWAS and DHP decisions, and the welfare report. {@code --policy FILE}
 * replaces the shipped Worcester DWAS or DHP policy with a council's own document.
 */
@Command(name = "welfare", mixinStandardHelpOptions = true,
    description = "The Discretionary Welfare Assistance Scheme and Discretionary Housing Payments.",
    subcommands = {WelfareCommand.Decide.class, WelfareCommand.Report.class})
final class WelfareCommand extends CommandGroup {
  @ParentCommand
  HousingCommand root;

  /** The welfare schemes for this run from the {@code --policy} files, else the shipped defaults. */
  record Schemes(DwasScheme dwas, DhpScheme dhp) {}

  static Validation<Integer, Schemes> schemes(PolicyOption policies, InputFiles read, PrintWriter err) {
    return policies.timelines(read, err, List.of(WelfareDecisionsJson.DWAS, WelfareDecisionsJson.DHP)).map(t ->
        new Schemes(DwasScheme.of(PolicyOption.or(t, WelfareDecisionsJson.DWAS, DwasPolicy.WORCESTER_TIMELINE)),
            DhpScheme.of(PolicyOption.or(t, WelfareDecisionsJson.DHP, DhpPolicy.WORCESTER_TIMELINE))));
  }

  /** {@code housing welfare decide FILE [--as-at DATE] [--policy FILE]}. */
  @Command(name = "decide", mixinStandardHelpOptions = true,
      description = "Decide a welfare request (a DWAS application or a DHP claim, with the scheme's record and the "
          + "officer deciding) and print the decision, its entry and the updated record as JSON. A refusal is a "
          + "decision (exit 0); problems with the request exit 1.")
  static final class Decide implements Callable<Integer> {
    @ParentCommand
    WelfareCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
        description = "A welfare request {scheme, record, application, officer}; - reads standard input.")
    Path file;

    @picocli.CommandLine.Mixin
    AsAtOption asAt;

    @picocli.CommandLine.Mixin
    PolicyOption policies;

    @Override
    public Integer call() {
      HousingJson json = parent.root.json();
      PrintWriter err = spec.commandLine().getErr();
      Validation<Integer, Schemes> schemes = schemes(policies, parent.root.inputs(), err);
      if (schemes.isInvalid()) {
        return schemes.getError();
      }
      DwasScheme dwas = schemes.get().dwas();
      DhpScheme dhp = schemes.get().dhp();
      Validation<Seq<Problem>, WelfareRequest> request = parent.root.inputs().json(file, List.of(),
          node -> json.read(node, WelfareRequest.class));
      if (request.isInvalid()) {
        return InputFiles.report(err, file, request.getError());
      }
      LocalDate date = asAt.resolve(parent.root);
      Validation<Seq<Problem>, String> decided;
      if (request.get() instanceof WelfareRequest.Dwas d) {
        decided = dwas.decide(d.record(), d.application(), d.officer(), date).map(json::write);
      } else {
        WelfareRequest.Dhp h = (WelfareRequest.Dhp) request.get();
        decided = dhp.decide(h.record(), h.application(), h.officer(), date).map(json::write);
      }
      return JsonResult.printOrReport(spec, file, decided);
    }
  }

  /** {@code housing welfare report --from DATE --to DATE FILE...}. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Report awards by strand, item, ward and month, spend against each fund, refusals and repeat "
          + "applications, and DHP spend against the pot, from one or more welfare record files.")
  static final class Report implements Callable<Integer> {
    @ParentCommand
    WelfareCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first day reported.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "The last day reported.")
    LocalDate to;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Optional<Path> out;

    @Parameters(arity = "1..*", paramLabel = "FILE",
        description = "Welfare records {dwas, dhp}; - reads standard input.")
    List<Path> files;

    @picocli.CommandLine.Mixin
    PolicyOption policies;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (to.isBefore(from)) {
        err.println("--to: the last day is before the first (" + ProblemCodes.INCONSISTENT + ")");
        err.flush();
        return HousingCommand.INPUT_PROBLEMS;
      }
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), files);
      HousingJson json = parent.root.json();
      Validation<Integer, Schemes> schemes = schemes(policies, parent.root.inputs(), err);
      if (schemes.isInvalid()) {
        return schemes.getError();
      }
      DwasScheme dwas = schemes.get().dwas();
      DhpScheme dhp = schemes.get().dhp();
      int status = 0;
      WelfareRecords all = WelfareRecords.builder().build();
      for (Path f : files) {
        Validation<Seq<Problem>, WelfareRecords> read = parent.root.inputs().json(f, List.of(),
            node -> json.read(node, WelfareRecords.class));
        if (read.isInvalid()) {
          status = InputFiles.report(err, f, read.getError());
          continue;
        }
        WelfareRecords so = all;
        Validation<Seq<Problem>, WelfareRecords> merged = Validated.build(() -> so.merge(read.get()));
        if (merged.isInvalid()) {
          status = InputFiles.report(err, f, merged.getError());
        } else {
          all = merged.get();
        }
      }
      Seq<Problem> target = OutputFiles.check(out);
      if (!target.isEmpty()) {
        status = InputFiles.report(err, out.get(), target);
      }
      if (status != 0) {
        return status;
      }
      WelfareReport report = WelfareReport.of(all.dwas(), all.dhp(), DateRange.of(from, to),
          dwas.timeline(), dhp.timeline());
      Seq<Problem> unwritten = OutputFiles.write(out, json.write(report) + System.lineSeparator(),
          spec.commandLine().getOut());
      return unwritten.isEmpty() ? 0 : InputFiles.report(err, out.get(), unwritten);
    }
  }
}
