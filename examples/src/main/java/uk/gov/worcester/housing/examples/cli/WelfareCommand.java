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
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.json.welfare.WelfareDecisionsJson;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
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

  /** The {@code --policy FILE} option of the welfare commands: DWAS and DHP policy documents. */
  static final class WelfarePolicies {
    @Option(names = "--policy", paramLabel = "FILE",
        description = "A DWAS or DHP policy document replacing the shipped Worcester default; repeat for both. "
            + "Print a default with 'housing policy DWAS' or 'housing policy DHP'.")
    List<Path> files = new java.util.ArrayList<>();

    /** The two schemes for this run, or the exit status after reporting a file's problems. */
    Validation<Integer, DwasScheme> dwas(InputFiles read, PrintWriter err) {
      PolicyTimeline<DwasPolicy> timeline = DwasPolicy.WORCESTER_TIMELINE;
      for (Path f : files) {
        Validation<Seq<Problem>, String> kind = kind(read, f);
        if (kind.isInvalid()) {
          return Validation.invalid(InputFiles.report(err, f, kind.getError()));
        }
        if (kind.get().equals(WelfareDecisionsJson.DWAS)) {
          Validation<Seq<Problem>, PolicyTimeline<DwasPolicy>> doc = read.json(f, List.of(DocumentKind.POLICY),
              node -> HousingJson.create().read(node.toString(), WelfareDecisionsJson.DWAS_DOCUMENT));
          if (doc.isInvalid()) {
            return Validation.invalid(InputFiles.report(err, f, doc.getError()));
          }
          timeline = doc.get();
        }
      }
      return Validation.valid(DwasScheme.of(timeline));
    }

    Validation<Integer, DhpScheme> dhp(InputFiles read, PrintWriter err) {
      PolicyTimeline<DhpPolicy> timeline = DhpPolicy.WORCESTER_TIMELINE;
      for (Path f : files) {
        Validation<Seq<Problem>, String> kind = kind(read, f);
        if (kind.isInvalid()) {
          return Validation.invalid(InputFiles.report(err, f, kind.getError()));
        }
        if (kind.get().equals(WelfareDecisionsJson.DHP)) {
          Validation<Seq<Problem>, PolicyTimeline<DhpPolicy>> doc = read.json(f, List.of(DocumentKind.POLICY),
              node -> HousingJson.create().read(node.toString(), WelfareDecisionsJson.DHP_DOCUMENT));
          if (doc.isInvalid()) {
            return Validation.invalid(InputFiles.report(err, f, doc.getError()));
          }
          timeline = doc.get();
        }
      }
      return Validation.valid(DhpScheme.of(timeline));
    }

    private static Validation<Seq<Problem>, String> kind(InputFiles read, Path f) {
      return read.json(f, List.of(DocumentKind.POLICY), node -> {
        String kind = node.path("policy").asString("");
        return kind.equals(WelfareDecisionsJson.DWAS) || kind.equals(WelfareDecisionsJson.DHP)
            ? Validation.valid(kind)
            : Validated.invalid(Problem.at("policy", PolicyDocuments.WRONG_POLICY,
                "the welfare commands take DWAS or DHP policy documents"));
      });
    }
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
    WelfarePolicies policies;

    @Override
    public Integer call() {
      HousingJson json = parent.root.json();
      PrintWriter err = spec.commandLine().getErr();
      Validation<Integer, DwasScheme> dwas = policies.dwas(parent.root.inputs(), err);
      if (dwas.isInvalid()) {
        return dwas.getError();
      }
      Validation<Integer, DhpScheme> dhp = policies.dhp(parent.root.inputs(), err);
      if (dhp.isInvalid()) {
        return dhp.getError();
      }
      Validation<Seq<Problem>, WelfareRequest> request = parent.root.inputs().json(file, List.of(),
          node -> json.read(node, WelfareRequest.class));
      if (request.isInvalid()) {
        return InputFiles.report(err, file, request.getError());
      }
      LocalDate date = asAt.resolve(parent.root);
      Validation<Seq<Problem>, String> decided;
      if (request.get() instanceof WelfareRequest.Dwas d) {
        decided = dwas.get().decide(d.record(), d.application(), d.officer(), date).map(json::write);
      } else {
        WelfareRequest.Dhp h = (WelfareRequest.Dhp) request.get();
        decided = dhp.get().decide(h.record(), h.application(), h.officer(), date).map(json::write);
      }
      if (decided.isInvalid()) {
        return InputFiles.report(err, file, decided.getError());
      }
      OutputFiles.print(spec.commandLine().getOut(), decided.get() + System.lineSeparator());
      return 0;
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
    WelfarePolicies policies;

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
      Validation<Integer, DwasScheme> dwas = policies.dwas(parent.root.inputs(), err);
      if (dwas.isInvalid()) {
        return dwas.getError();
      }
      Validation<Integer, DhpScheme> dhp = policies.dhp(parent.root.inputs(), err);
      if (dhp.isInvalid()) {
        return dhp.getError();
      }
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
          dwas.get().timeline(), dhp.get().timeline());
      Seq<Problem> unwritten = OutputFiles.write(out, json.write(report) + System.lineSeparator(),
          spec.commandLine().getOut());
      return unwritten.isEmpty() ? 0 : InputFiles.report(err, out.get(), unwritten);
    }
  }
}
