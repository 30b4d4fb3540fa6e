package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.SafeText;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.DistrictRecords;
import uk.gov.worcester.housing.core.strategy.StrategyRecords;
import uk.gov.worcester.housing.examples.stories.StrategyReports;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.strategy.StrategyJson;
import uk.gov.worcester.housing.report.page.ReportPage;
import uk.gov.worcester.housing.report.render.HtmlRenderer;
import uk.gov.worcester.housing.report.render.MarkdownRenderer;
import uk.gov.worcester.housing.report.strategy.ProgressReportPage;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.strategy.PlanVersion;
import uk.gov.worcester.housing.rules.strategy.ProgressReport;
import uk.gov.worcester.housing.rules.strategy.ProgressReporting;
import uk.gov.worcester.housing.rules.strategy.RecordedIndicators;

/** {@code housing strategy ...}: the Housing Partnership Plan's yearly progress report. */
@Command(name = "strategy", mixinStandardHelpOptions = true,
    description = "The Housing Partnership Plan: the year's progress report from the records.",
    subcommands = {StrategyCommand.Report.class})
final class StrategyCommand extends CommandGroup {
  @ParentCommand
  HousingCommand root;

  /** Reads a Worcestershire district's GSS code. */
  static final class DistrictConverter implements ITypeConverter<LocalAuthority> {
    @Override
    public LocalAuthority convert(String text) {
      return LocalAuthority.WORCESTERSHIRE_DISTRICTS.find(d -> d.code().equals(text)).getOrElseThrow(() ->
          new TypeConversionException("'" + SafeText.of(text) + "' is not a Worcestershire district's code, e.g. "
              + LocalAuthority.WORCESTER.code()));
    }
  }

  /** Reads {@code county} or a Worcestershire district's GSS code. */
  static final class AreaConverter implements ITypeConverter<Area> {
    @Override
    public Area convert(String text) {
      return "county".equalsIgnoreCase(text) ? Area.county() : Area.district(new DistrictConverter().convert(text));
    }
  }

  /** {@code housing strategy report --year YYYY/YY [--plan FILE] [--area CODE|county] RECORDS... [--out FILE]}. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {"The plan's progress report for a year, its indicators computed from the records: HTML, "
          + "Markdown or JSON by the --out file's extension (.html, .md, .json); Markdown on standard output "
          + "without --out.",
          "Homelessness cases, lettings adverts, count nights and affordable completions name their own "
              + "authority; every other records file (welfare, grants, inspections, hazard removals, HMO licences, "
              + "street contacts, lettings applications) is taken as the --district's: to report several districts, "
              + "give each district's other records in a separate run, or keep it simple and report one district."})
  static final class Report implements Callable<Integer> {
    @ParentCommand
    StrategyCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY/YY",
        description = "The reporting year, e.g. 2018/19.")
    FinancialYear year;

    @Option(names = "--plan", paramLabel = "FILE",
        description = "A HOUSING_PARTNERSHIP_PLAN policy document (default: the shipped Worcestershire plan).")
    Optional<Path> plan;

    @Option(names = "--area", paramLabel = "CODE|county", converter = AreaConverter.class,
        description = "The area reported on: county (the default) or a district's GSS code.")
    Optional<Area> area;

    @Option(names = "--district", paramLabel = "CODE", converter = DistrictConverter.class,
        description = "The district of the records files that do not name their authority (default: Worcester, "
            + "E07000237).")
    Optional<LocalAuthority> district;

    @Option(names = "--out", paramLabel = "FILE",
        description = "Write the report here: .html, .md or .json (default: Markdown on standard output).")
    Optional<Path> out;

    @Parameters(arity = "1..*", paramLabel = "RECORDS", description = "Records files of any domain.")
    List<Path> files;

    @Override
    public Integer call() {
      HousingCommand root = parent.root;
      HousingJson json = root.json();
      PrintWriter err = spec.commandLine().getErr();
      List<Path> inputs = new ArrayList<>(files);
      plan.ifPresent(inputs::add);
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), inputs);
      String format = out.map(p -> p.getFileName() == null ? "" : p.getFileName().toString()
          .toLowerCase(Locale.ROOT)).map(n -> n.endsWith(".html") ? "html" : n.endsWith(".md") ? "md"
          : n.endsWith(".json") ? "json" : "").orElse("md");
      if (format.isEmpty()) {
        return InputFiles.report(err, out.get(), io.vavr.collection.List.of(Problem.of("UNKNOWN_FORMAT",
            "the report is written as .html, .md or .json")));
      }
      PolicyTimeline<PlanVersion> plans = StrategyJson.worcestershire();
      if (plan.isPresent()) {
        Validation<Seq<Problem>, PolicyTimeline<PlanVersion>> read =
            root.inputs().plainText(plan.get()).flatMap(StrategyJson::plan);
        if (read.isInvalid()) {
          return InputFiles.report(err, plan.get(), read.getError());
        }
        plans = read.get();
      }
      LocalAuthority others = district.orElse(LocalAuthority.WORCESTER);
      List<DistrictRecords> parts = new ArrayList<>();
      boolean bad = false;
      for (Path f : files) {
        Validation<Seq<Problem>, List<DistrictRecords>> read = root.inputs().json(f, KINDS,
            node -> StrategyReports.read(json, node, DocumentKind.of(node).map(Enum::name), others));
        if (read.isInvalid()) {
          InputFiles.report(err, f, read.getError());
          bad = true;
        } else {
          parts.addAll(read.get());
        }
      }
      if (bad) {
        return HousingCommand.INPUT_PROBLEMS;
      }
      Validation<Seq<Problem>, StrategyRecords> records = StrategyReports.together(parts);
      if (records.isInvalid()) {
        return InputFiles.report(err, "the records together", records.getError());
      }
      Validation<Seq<Problem>, RecordedIndicators> feed = RecordedIndicators.of(records.get());
      if (feed.isInvalid()) {
        return InputFiles.report(err, "the records together", feed.getError());
      }
      Validation<Seq<Problem>, ProgressReport> report =
          ProgressReporting.report(plans, year, area.orElse(Area.county()), feed.get());
      if (report.isInvalid()) {
        return InputFiles.report(err, "the plan", report.getError());
      }
      Seq<Problem> target = OutputFiles.check(out);
      if (!target.isEmpty()) {
        return InputFiles.report(err, out.get(), target);
      }
      ReportPage page = ProgressReportPage.of(report.get(), plans);
      String text = switch (format) {
        case "html" -> new HtmlRenderer().render(page);
        case "json" -> json.write(report.get(), StrategyJson.REPORT);
        default -> new MarkdownRenderer().render(page);
      };
      Seq<Problem> unwritten = OutputFiles.write(out, text, spec.commandLine().getOut());
      return unwritten.isEmpty() ? 0 : InputFiles.report(err, out.get(), unwritten);
    }
  }

  /** The records documents the report reads (welfare records have no kind of their own). */
  static final List<DocumentKind> KINDS = List.of(DocumentKind.CASE, DocumentKind.LETTINGS_ADVERT,
      DocumentKind.COUNT_NIGHTS, DocumentKind.COMPLETIONS, DocumentKind.STREET_CONTACTS,
      DocumentKind.LETTINGS_APPLICATION, DocumentKind.GRANT_RECORDS, DocumentKind.HHSRS_INSPECTION,
      DocumentKind.HAZARD_REMOVALS, DocumentKind.HMO_LICENCES_GRANTED);
}
