package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.SafeText;
import uk.gov.worcester.housing.core.common.Validated;
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

  /** One {@code --records CODE=PATH}: a district, and a records file or a folder of records files that are its. */
  record DistrictPath(LocalAuthority district, Path path) {
    /** How the option is named in messages: {@code --records E07000237=worcester/}, the path shown safely. */
    String option() {
      return "--records " + district.code() + "=" + InputFiles.shown(path.toString());
    }
  }

  /**
   * Reads {@code CODE=PATH}: a district's GSS code as {@code --district} takes it, {@code =}, and a
   * file or folder. A path with a control character (a line break, a tab, a terminal escape) or an
   * invisible formatting character is refused: it is most likely a mistake, and it could not be shown.
   */
  static final class DistrictPathConverter implements ITypeConverter<DistrictPath> {
    @Override
    public DistrictPath convert(String text) {
      int equals = text.indexOf('=');
      if (equals < 0) {
        throw new TypeConversionException("'" + SafeText.of(text) + "' is not CODE=PATH: expected a district's code, "
            + "'=' and a records file or folder, e.g. " + LocalAuthority.WORCESTER.code() + "=worcester/");
      }
      LocalAuthority district = new DistrictConverter().convert(text.substring(0, equals));
      String path = text.substring(equals + 1);
      if (path.isEmpty()) {
        throw new TypeConversionException("'" + SafeText.of(text) + "' names no file or folder after '=': expected "
            + "CODE=PATH, e.g. " + LocalAuthority.WORCESTER.code() + "=worcester/");
      }
      if (path.codePoints().anyMatch(InputFiles::isOdd)) {
        throw new TypeConversionException("the path given for " + district.code() + " has a control or invisible "
            + "character (such as a line break, a tab or a terminal escape): '" + InputFiles.shown(path) + "'");
      }
      try {
        return new DistrictPath(district, Path.of(path));
      } catch (InvalidPathException e) {
        throw new TypeConversionException("the path given for " + district.code() + " is not a path on this system: '"
            + InputFiles.shown(path) + "'");
      }
    }
  }

  /** A folder named by {@code --records} holds something other than {@code .json} records files. */
  static final String NOT_A_RECORDS_FILE = "NOT_A_RECORDS_FILE";
  /** A folder named by {@code --records} holds no records files. */
  static final String NO_RECORDS_FILES = "NO_RECORDS_FILES";
  /** A folder named by {@code --records} cannot be listed. */
  static final String UNREADABLE_FOLDER = "UNREADABLE_FOLDER";

  /**
   * The records files in {@code folder}, sorted by name (so every run reads them in the same order),
   * or problems: anything in it that is not a {@code .json} file (a folder, another file) and an empty
   * folder are problems, never passed over in silence.
   */
  static Validation<Seq<Problem>, List<Path>> recordsFiles(Path folder) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listed = Files.newDirectoryStream(folder)) {
      listed.forEach(entries::add);
    } catch (IOException e) {
      return Validated.invalid(unreadableFolder(e));
    } catch (DirectoryIteratorException e) {
      return Validated.invalid(unreadableFolder(e.getCause()));
    }
    entries.sort(Comparator.comparing(p -> String.valueOf(p.getFileName())));
    List<Problem> problems = new ArrayList<>();
    List<Path> records = new ArrayList<>();
    for (Path entry : entries) {
      String name = String.valueOf(entry.getFileName());
      if (Files.isRegularFile(entry) && name.toLowerCase(Locale.ROOT).endsWith(".json")) {
        records.add(entry);
      } else {
        problems.add(Problem.of(NOT_A_RECORDS_FILE, "'" + InputFiles.shown(name) + "' is not a records file: a --records folder "
            + "holds only .json records files (no folders, no other files); move it out, or name the files one by one"));
      }
    }
    if (problems.isEmpty() && records.isEmpty()) {
      problems.add(Problem.of(NO_RECORDS_FILES, "the folder holds no .json records files"));
    }
    return problems.isEmpty() ? Validation.valid(records) : Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }

  /** The problem of a folder that cannot be listed. */
  static Problem unreadableFolder(IOException e) {
    return Problem.of(UNREADABLE_FOLDER, e instanceof AccessDeniedException
        ? "the folder cannot be read: permission denied" : "the folder cannot be read");
  }

  /** One records file to read, the district its records without an authority count for, and where it was named. */
  private record Source(Path file, LocalAuthority district, Optional<DistrictPath> option) {
    /** How the file is named in messages. */
    String name() {
      String file = InputFiles.isStandardInput(this.file) ? InputFiles.name(this.file) : InputFiles.shown(this.file.toString());
      return option.map(o -> file + " (--records " + o.district().code() + ")").orElse(file);
    }

    /** How it was given, for a message. */
    String givenBy() {
      return option.map(o -> "by " + o.option()).orElse("as a RECORDS file");
    }
  }

  /**
   * {@code housing strategy report --year YYYY/YY [--plan FILE] [--area CODE|county]
   * [--district CODE] [RECORDS...] [--records CODE=PATH]... [--out FILE]}.
   */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {"The plan's progress report for a year, its indicators computed from the records: HTML, "
          + "Markdown or JSON by the --out file's extension (.html, .md, .json); Markdown on standard output "
          + "without --out.",
          "Homelessness cases, lettings adverts, count nights and affordable completions name their own "
              + "authority and count for it; in --records CODE=PATH they must name CODE (adverts excepted: the "
              + "register is countywide), or the file is refused; every other records file (welfare, grants, "
              + "inspections, hazard removals, HMO licences, street contacts, lettings applications) counts for "
              + "the district it is given for: --records CODE=PATH once per district, or --district for the "
              + "RECORDS files. For the county over two districts: --records E07000237=worcester/ "
              + "--records E07000238=wychavon/."})
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
        description = "The district of the RECORDS files that do not name their authority (default: Worcester, "
            + "E07000237).")
    Optional<LocalAuthority> district;

    @Option(names = "--records", paramLabel = "CODE=PATH", converter = DistrictPathConverter.class,
        description = "A district's records: its GSS code, '=' and a records file or a folder of them (the folder's "
            + ".json files, read in name order; anything else in it is a problem). Once per district, e.g. "
            + "--records E07000237=worcester/ --records E07000238=wychavon/.")
    List<DistrictPath> records = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE",
        description = "Write the report here: .html, .md or .json (default: Markdown on standard output).")
    Optional<Path> out;

    @Parameters(arity = "0..*", paramLabel = "RECORDS",
        description = "Records files of any domain, for --district (give these, --records, or both).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
      HousingCommand root = parent.root;
      HousingJson json = root.json();
      PrintWriter err = spec.commandLine().getErr();
      LocalAuthority others = district.orElse(LocalAuthority.WORCESTER);
      List<Source> sources = new ArrayList<>();
      Map<String, Seq<Problem>> folderProblems = new LinkedHashMap<>();
      checkUsage(others);
      for (Path f : files) {
        sources.add(new Source(f, others, Optional.empty()));
      }
      for (DistrictPath r : records) {
        if (InputFiles.isStandardInput(r.path()) || !Files.isDirectory(r.path())) {
          sources.add(new Source(r.path(), r.district(), Optional.of(r)));
          continue;
        }
        Validation<Seq<Problem>, List<Path>> listed = recordsFiles(r.path());
        if (listed.isInvalid()) {
          folderProblems.put(InputFiles.shown(r.path().toString()) + " (--records " + r.district().code() + ")", listed.getError());
        } else {
          listed.get().forEach(f -> sources.add(new Source(f, r.district(), Optional.of(r))));
        }
      }
      requireEachFileOnce(sources);
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
      folderProblems.forEach((folder, problems) -> InputFiles.report(err, folder, problems));
      boolean bad = !folderProblems.isEmpty();
      List<DistrictRecords> parts = new ArrayList<>();
      for (Source s : sources) {
        Validation<Seq<Problem>, List<DistrictRecords>> read = root.inputs().json(s.file(), KINDS,
            node -> s.option().isPresent()
                ? StrategyReports.readFor(json, node, DocumentKind.of(node).map(Enum::name), s.district())
                : StrategyReports.read(json, node, DocumentKind.of(node).map(Enum::name), s.district()));
        if (read.isInvalid()) {
          InputFiles.report(err, s.name(), read.getError());
          bad = true;
        } else {
          parts.addAll(read.get());
        }
      }
      if (bad) {
        return HousingCommand.INPUT_PROBLEMS;
      }
      // the districts in code order, whatever order they were given in: a figure's basis names them in order
      parts.sort(Comparator.comparing(d -> d.authority().code()));
      Validation<Seq<Problem>, StrategyRecords> together = StrategyReports.together(parts);
      if (together.isInvalid()) {
        return InputFiles.report(err, "the records together", together.getError());
      }
      Validation<Seq<Problem>, RecordedIndicators> feed = RecordedIndicators.of(together.get());
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

    /**
     * Usage mistakes (exit 2) in how the records are given: none at all; {@code --district} with no
     * RECORDS files for it; a district given twice (by two {@code --records}, or by one and the
     * RECORDS files' district); standard input more than once.
     */
    private void checkUsage(LocalAuthority others) {
      CommandLine commandLine = spec.commandLine();
      if (files.isEmpty() && records.isEmpty()) {
        throw new ParameterException(commandLine, "Missing records: give each district's records with --records "
            + "CODE=PATH, or RECORDS files (their records without an authority counting for --district)");
      }
      if (files.isEmpty() && district.isPresent()) {
        throw new ParameterException(commandLine, "--district names the district of the RECORDS files, and none "
            + "are given: with --records the district is the CODE of CODE=PATH");
      }
      Map<LocalAuthority, String> given = new LinkedHashMap<>();
      if (!files.isEmpty()) {
        given.put(others, district.isPresent() ? "--district (for the RECORDS files)"
            : "the default --district " + others.code() + " (for the RECORDS files)");
      }
      for (DistrictPath r : records) {
        String before = given.putIfAbsent(r.district(), r.option());
        if (before != null) {
          throw new ParameterException(commandLine, "--records: district " + r.district().code() + " ("
              + r.district().name() + ") is given twice, by " + before + " and by " + r.option()
              + ": give each district once, its records files in one folder");
        }
      }
      List<Path> inputs = new ArrayList<>(files);
      records.forEach(r -> inputs.add(r.path()));
      plan.ifPresent(inputs::add);
      InputFiles.requireStandardInputAtMostOnce(commandLine, inputs);
    }

    /** A usage mistake (exit 2) if one file is given twice (by name, or in a folder), for one district or two. */
    private void requireEachFileOnce(List<Source> sources) {
      Map<Path, Source> seen = new HashMap<>();
      for (Source s : sources) {
        if (InputFiles.isStandardInput(s.file())) {
          continue;
        }
        Source before = seen.putIfAbsent(identity(s.file()), s);
        if (before != null) {
          throw new ParameterException(spec.commandLine(), (s.option().isPresent() ? "--records: " : "")
              + "the file " + InputFiles.shown(s.file().toString()) + " is given twice, " + before.givenBy() + " and "
              + s.givenBy() + ": each records file is read once, for one district");
        }
      }
    }

    /** The file a path names, however it is spelt (relative, through a link), as far as can be told. */
    private static Path identity(Path file) {
      try {
        return file.toRealPath();
      } catch (IOException | SecurityException e) {
        return file.toAbsolutePath().normalize();
      }
    }
  }

  /** The records documents the report reads (welfare records have no kind of their own). */
  static final List<DocumentKind> KINDS = List.of(DocumentKind.CASE, DocumentKind.LETTINGS_ADVERT,
      DocumentKind.COUNT_NIGHTS, DocumentKind.COMPLETIONS, DocumentKind.STREET_CONTACTS,
      DocumentKind.LETTINGS_APPLICATION, DocumentKind.GRANT_RECORDS, DocumentKind.HHSRS_INSPECTION,
      DocumentKind.HAZARD_REMOVALS, DocumentKind.HMO_LICENCES_GRANTED);
}
