package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import tools.jackson.databind.JsonNode;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.homelessness.HomelessnessJson;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicFailure;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicReturn;
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

    @Parameters(index = "0", paramLabel = "FILE", description = "An approach, or a case record {approach, events}.")
    Path file;

    @picocli.CommandLine.Mixin
    AsAtOption asAt;

    @Override
    public Integer call() {
      HousingJson json = parent.root.json();
      PrintWriter err = spec.commandLine().getErr();
      Validation<Seq<Problem>, JsonNode> tree = InputFiles.read(json, file, JsonNode.class, HousingJson::readTree);
      if (tree.isInvalid()) {
        return InputFiles.report(err, file, tree.getError());
      }
      boolean isCase = tree.get().isObject() && tree.get().has("approach");
      Validation<Seq<Problem>, CaseRecord> record = isCase ? json.read(tree.get(), CaseRecord.class)
          : json.read(tree.get(), Approach.class).map(a -> CaseRecord.of(a, List.of()));
      if (record.isInvalid()) {
        return InputFiles.report(err, file, record.getError());
      }
      LocalDate date = asAt.resolve(parent.root);
      Validation<Seq<Problem>, String> report = HomelessnessReports.assessmentJson(json, record.get(), date);
      if (report.isInvalid()) {
        return InputFiles.report(err, file, report.getError());
      }
      spec.commandLine().getOut().println(report.get());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code housing homelessness hclic --quarter 2024Q2 FILE...}. */
  @Command(name = "hclic", mixinStandardHelpOptions = true,
      description = "Write the quarter's H-CLIC return (XML) for the given case files; print failures.")
  static final class Hclic implements Callable<Integer> {
    @ParentCommand
    HomelessnessCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--quarter", required = true, paramLabel = "YYYYQn", description = "The quarter, e.g. 2024Q2.")
    Quarter quarter;

    @Option(names = "--codes", paramLabel = "FILE",
        description = "The code table from the H-CLIC specification (LIST.LABEL=CODE lines); "
            + "default: placeholder codes, unconfirmed.")
    Optional<Path> codes;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the XML here instead of standard output.")
    Optional<Path> out;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case record files.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      HclicCodeTable table = HclicCodeTable.placeholder();
      if (codes.isPresent()) {
        Validation<Seq<Problem>, HclicCodeTable> loaded = HclicCodeTable.parse(codes.get().getFileName().toString(),
            Files.readString(codes.get(), StandardCharsets.UTF_8));
        if (loaded.isInvalid()) {
          return InputFiles.report(err, codes.get(), loaded.getError());
        }
        table = loaded.get();
      }
      HousingJson json = parent.root.json();
      List<HomelessnessCase> cases = new ArrayList<>();
      int status = 0;
      for (Path f : files) {
        Validation<Seq<Problem>, HomelessnessCase> c = InputFiles.read(json, f, HomelessnessCase.class);
        if (c.isInvalid()) {
          status = InputFiles.report(err, f, c.getError());
        } else {
          cases.add(c.get());
        }
      }
      HclicReturn r = HclicExport.build(cases, quarter, cases.isEmpty()
          ? uk.gov.worcester.housing.core.common.LocalAuthority.WORCESTER : cases.get(0).approach().authority(),
          table, HomelessnessAssessment.worcester());
      String xml = HclicXml.render(r);
      if (out.isPresent()) {
        Files.writeString(out.get(), xml, StandardCharsets.UTF_8);
      } else {
        spec.commandLine().getOut().print(xml);
        spec.commandLine().getOut().flush();
      }
      for (HclicFailure f : r.failures()) {
        err.println(f.caseId() + " " + f.section() + "/" + f.item() + "  " + f.rule() + "  " + f.message());
      }
      err.println(r.records().size() + " records, " + r.failures().size() + " failures (code table "
          + r.codeTableVersion() + ")");
      err.flush();
      return r.isValid() ? status : HousingCommand.INPUT_PROBLEMS;
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

    @Parameters(index = "0", paramLabel = "FILE", description = "A JSON list of street contacts.")
    Path file;

    @Override
    public Integer call() {
      HousingJson json = parent.root.json();
      Validation<Seq<Problem>, List<StreetContact>> contacts = InputFiles.read(json, file, null,
          (j, text) -> j.read(text, Codecs.list(HomelessnessJson.STREET_CONTACT, 100_000)));
      if (contacts.isInvalid()) {
        return InputFiles.report(spec.commandLine().getErr(), file, contacts.getError());
      }
      spec.commandLine().getOut().println(HomelessnessReports.snapshotJson(json, contacts.get(), night));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
