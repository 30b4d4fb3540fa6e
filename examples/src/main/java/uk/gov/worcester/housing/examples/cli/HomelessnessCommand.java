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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.homelessness.HomelessnessJson;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingPolicy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicFailure;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicSummary;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicXml;
import uk.gov.worcester.housing.examples.stories.HomelessnessReports;

/** {@code housing homelessness ...}: assessments, duties, the H-CLIC return and rough sleeping counts. */
@Command(name = "homelessness", mixinStandardHelpOptions = true,
    description = "Homelessness assessments and duties (Housing Act 1996 Part 7).",
    subcommands = {HomelessnessCommand.Assess.class, HomelessnessCommand.Hclic.class,
        HomelessnessCommand.Snapshot.class})
final class HomelessnessCommand extends CommandGroup {
  @ParentCommand
  HousingCommand root;

  /** {@code housing homelessness assess FILE [--as-at DATE]}. */
  @Command(name = "assess", mixinStandardHelpOptions = true,
      description = "Assess an approach, or a case (approach and events), and print the assessment, "
          + "live duties and deadlines as JSON.")
  static final class Assess implements Callable<Integer> {
    @ParentCommand
    HomelessnessCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
        description = "An approach, or a case record {approach, events}; - reads standard input.")
    Path file;

    @picocli.CommandLine.Mixin
    AsAtOption asAt;

    @picocli.CommandLine.Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
      HousingJson json = parent.root.json();
      PrintWriter err = spec.commandLine().getErr();
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), PolicyOption.withPolicies(List.of(file), policy));
      Validation<Integer, PolicyOption.Homelessness> policies = policy.homelessness(parent.root.inputs(), err);
      if (policies.isInvalid()) {
        return policies.getError();
      }
      Validation<Seq<Problem>, CaseRecord> record = parent.root.inputs().json(file,
          List.of(DocumentKind.APPROACH, DocumentKind.CASE),
          node -> DocumentKind.of(node).filter(k -> k == DocumentKind.CASE).isPresent()
              ? json.read(node, CaseRecord.class)
              : json.read(node, Approach.class).map(a -> CaseRecord.of(a, List.of())));
      if (record.isInvalid()) {
        return InputFiles.report(err, file, record.getError());
      }
      LocalDate date = asAt.resolve(parent.root);
      return JsonResult.printOrReport(spec, file, HomelessnessReports.assessmentJson(json, record.get(), date,
          policies.get().assessment()));
    }
  }

  /** {@code housing homelessness hclic --quarter 2024Q2 FILE...}. */
  @Command(name = "hclic", mixinStandardHelpOptions = true,
      description = "Write the quarter's H-CLIC return (XML) for the given case files, whole or not at all: "
          + "if any file, the code table or the return itself has problems, they are printed and nothing is "
          + "written.")
  static final class Hclic implements Callable<Integer> {
    @ParentCommand
    HomelessnessCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--quarter", required = true, paramLabel = "YYYYQn", description = "The quarter, e.g. 2024Q2.")
    Quarter quarter;

    @Option(names = "--codes", paramLabel = "FILE",
        description = "The code table from the H-CLIC specification (LIST.LABEL=CODE lines); it overrides an "
            + "HCLIC_CODES --policy; default: placeholder codes, unconfirmed.")
    Optional<Path> codes;

    @Option(names = "--out", paramLabel = "FILE",
        description = "Write the XML here (replacing it in one step) instead of standard output.")
    Optional<Path> out;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case record files; - reads standard input.")
    List<Path> files;

    @picocli.CommandLine.Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      List<Path> inputs = new ArrayList<>(files);
      codes.ifPresent(inputs::add);
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), PolicyOption.withPolicies(inputs, policy));
      InputFiles read = parent.root.inputs();
      int status = 0;
      Validation<Integer, PolicyOption.Homelessness> policies = policy.homelessness(read, err);
      if (policies.isInvalid()) {
        status = policies.getError();
      }
      HomelessnessAssessment assessment = policies.map(PolicyOption.Homelessness::assessment)
          .getOrElse(HomelessnessAssessment.worcester());
      HclicCodeTable table = policies.toOption().flatMap(p -> io.vavr.control.Option.ofOptional(p.hclicCodes()))
          .flatMap(t -> t.inForceOn(quarter.lastDay())).getOrElse(HclicCodeTable.placeholder());
      if (codes.isPresent()) {
        Validation<Seq<Problem>, HclicCodeTable> loaded = codeTable(read, codes.get());
        if (loaded.isInvalid()) {
          status = InputFiles.report(err, codes.get(), loaded.getError());
        } else {
          table = loaded.get();
        }
      }
      Seq<Problem> target = OutputFiles.check(out);
      if (!target.isEmpty()) {
        status = InputFiles.report(err, out.get(), target);
      }
      // One case file at a time, never all of them: each is read, replayed, exported and let go.
      CaseFiles cases = new CaseFiles(read, files, parent.root.json(), CaseWorkflow.of(assessment), err);
      HclicCodeTable codeTable = table;
      HclicSummary[] summary = new HclicSummary[1];
      OutputFiles.Document document = w -> {
        Optional<HomelessnessCase> first = cases.peek();
        if (first.isEmpty()) {
          return false;
        }
        summary[0] = HclicExport.write(cases, quarter, first.get().approach().authority(), codeTable, assessment, w);
        return cases.problems() == 0 && summary[0].isValid();
      };
      Seq<Problem> unwritten;
      if (status != 0) {
        // nothing will be written: read every file only to report its problems
        while (cases.hasNext()) {
          cases.next();
        }
        unwritten = io.vavr.collection.List.empty();
      } else {
        unwritten = OutputFiles.stream(out, spec.commandLine().getOut(), document);
      }
      String outName = out.filter(f -> !InputFiles.isStandardInput(f)).map(InputFiles::name)
          .orElse("standard output");
      if (status != 0 || cases.problems() > 0 || summary[0] == null) {
        if (!unwritten.isEmpty()) {
          InputFiles.report(err, outName, unwritten);
        }
        err.println("Nothing written: the return is written whole or not at all.");
        err.flush();
        return status != 0 ? status : HousingCommand.INPUT_PROBLEMS;
      }
      HclicSummary r = summary[0];
      if (!r.isValid()) {
        err.println("H-CLIC return: " + r.failureCount() + (r.failureCount() == 1 ? " failure" : " failures"));
        for (HclicFailure f : r.failures()) {
          err.println("  " + f.caseId() + "  /" + HclicXml.elementName(f.section()) + "/" + f.item() + "  "
              + f.rule() + "  " + f.message());
        }
        if (r.failureCount() > r.failures().size()) {
          err.println("  and " + (r.failureCount() - r.failures().size()) + " more failures not listed");
        }
      }
      err.println(r.recordCount() + " records, " + r.failureCount() + " failures (code table "
          + r.codeTableVersion() + ")");
      if (!r.isValid()) {
        err.println("Nothing written: the return is written only when it has no failures.");
        err.flush();
        return HousingCommand.INPUT_PROBLEMS;
      }
      err.flush();
      return unwritten.isEmpty() ? 0 : InputFiles.report(err, outName, unwritten);
    }

    /**
     * The case files read one at a time as the export asks for them: a file with problems is
     * reported (and counted) and skipped, so every file's problems are still told.
     */
    private static final class CaseFiles implements java.util.Iterator<HomelessnessCase> {
      private final InputFiles read;
      private final java.util.Iterator<Path> files;
      private final HousingJson json;
      private final CaseWorkflow workflow;
      private final PrintWriter err;
      private HomelessnessCase next;
      private int problems;

      CaseFiles(InputFiles read, List<Path> files, HousingJson json, CaseWorkflow workflow, PrintWriter err) {
        this.read = read;
        this.files = files.iterator();
        this.json = json;
        this.workflow = workflow;
        this.err = err;
      }

      /** The next case, read but not taken. */
      Optional<HomelessnessCase> peek() {
        return hasNext() ? Optional.of(next) : Optional.empty();
      }

      /** How many files had problems so far. */
      int problems() {
        return problems;
      }

      @Override
      public boolean hasNext() {
        while (next == null && files.hasNext()) {
          Path f = files.next();
          Validation<Seq<Problem>, HomelessnessCase> c = read.json(f, List.of(DocumentKind.CASE),
              node -> json.read(node, CaseRecord.class).flatMap(workflow::replay));
          if (c.isInvalid()) {
            InputFiles.report(err, f, c.getError());
            problems++;
          } else {
            next = c.get();
          }
        }
        return next != null;
      }

      @Override
      public HomelessnessCase next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        HomelessnessCase c = next;
        next = null;
        return c;
      }
    }

    private static Validation<Seq<Problem>, HclicCodeTable> codeTable(InputFiles read, Path file) {
      Validation<Seq<Problem>, String> text = read.plainText(file);
      if (text.isInvalid()) {
        return Validation.invalid(text.getError());
      }
      Optional<DocumentKind> looks = DocumentKind.ofText(text.get())
          .filter(k -> k != DocumentKind.CODE_TABLE);
      if (looks.isPresent()) {
        return Validated.invalid(Problem.of(InputFiles.WRONG_DOCUMENT,
            looks.get().wrongFor(List.of(DocumentKind.CODE_TABLE))));
      }
      String version = InputFiles.isStandardInput(file) ? "standard input"
          : file.getFileName() == null ? file.toString() : file.getFileName().toString();
      return HclicCodeTable.parse(version, text.get());
    }
  }

  /** {@code housing homelessness snapshot --night DATE FILE}. */
  @Command(name = "snapshot", mixinStandardHelpOptions = true,
      description = "Count rough sleepers on a night from street contacts, and list who is new this month.")
  static final class Snapshot implements Callable<Integer> {
    @ParentCommand
    HomelessnessCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--night", required = true, paramLabel = "DATE", description = "The night of the count.")
    LocalDate night;

    @Parameters(index = "0", paramLabel = "FILE",
        description = "A JSON list of street contacts; - reads standard input.")
    Path file;

    @picocli.CommandLine.Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
      HousingJson json = parent.root.json();
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), PolicyOption.withPolicies(List.of(file), policy));
      Validation<Integer, PolicyOption.Homelessness> policies = policy.homelessness(parent.root.inputs(),
          spec.commandLine().getErr());
      if (policies.isInvalid()) {
        return policies.getError();
      }
      // The definitions in force on the night, or the earliest for a night before them (as the
      // homelessness policies fall back).
      PolicyTimeline<RoughSleepingPolicy> timeline = policies.get().roughSleeping();
      RoughSleepingPolicy definitions = timeline.inForceOn(night).getOrElse(() -> timeline.versions().head());
      Validation<Seq<Problem>, List<StreetContact>> contacts = parent.root.inputs().json(file,
          List.of(DocumentKind.STREET_CONTACTS), Codecs.list(HomelessnessJson.STREET_CONTACT, 100_000)::read);
      if (contacts.isInvalid()) {
        return InputFiles.report(spec.commandLine().getErr(), file, contacts.getError());
      }
      return JsonResult.print(spec, HomelessnessReports.snapshotJson(json, contacts.get(), night, definitions));
    }
  }
}
