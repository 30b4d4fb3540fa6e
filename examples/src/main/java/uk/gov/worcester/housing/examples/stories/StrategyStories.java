package uk.gov.worcester.housing.examples.stories;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.DistrictRecords;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.strategy.StrategyJson;
import uk.gov.worcester.housing.report.render.MarkdownRenderer;
import uk.gov.worcester.housing.report.strategy.ProgressReportPage;
import uk.gov.worcester.housing.rules.strategy.ProgressReporting;
import uk.gov.worcester.housing.rules.strategy.RecordedIndicators;

/** The Housing Partnership Plan's progress report, told on the bundled strategy sample records. */
public final class StrategyStories {
  private StrategyStories() {}

  private static final Map<String, LocalAuthority> FOLDERS = Map.of("worcester", LocalAuthority.WORCESTER,
      "wychavon", LocalAuthority.WYCHAVON);

  /** Each sample file's kind by its name (welfare records have none of their own). */
  private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("case-", "CASE"),
      Map.entry("street-contacts", "STREET_CONTACTS"), Map.entry("count-nights", "COUNT_NIGHTS"),
      Map.entry("lettings-application-", "LETTINGS_APPLICATION"), Map.entry("lettings-advert-", "LETTINGS_ADVERT"),
      Map.entry("grant-records", "GRANT_RECORDS"), Map.entry("hhsrs-inspection-", "HHSRS_INSPECTION"),
      Map.entry("hazard-removals", "HAZARD_REMOVALS"), Map.entry("hmo-licences-granted", "HMO_LICENCES_GRANTED"),
      Map.entry("affordable-completions", "COMPLETIONS"));

  /** The stories. */
  public static List<Story> all(HousingJson json) {
    return List.of(Story.of("The year-2 progress report, rebuilt from the records", out -> year2(json, out)));
  }

  /** The bundled samples read cleanly; a problem with them is a defect of the library. */
  private static <T> T ok(Validation<Seq<Problem>, T> read) {
    if (read.isInvalid()) {
      throw new IllegalStateException("bundled sample: " + read.getError().map(Problem::code).mkString(", "));
    }
    return read.get();
  }

  private static void year2(HousingJson json, PrintWriter out) {
    List<DistrictRecords> parts = new ArrayList<>();
    for (String name : Samples.text("strategy/files.txt").lines().filter(l -> !l.isBlank()).toList()) {
      String folder = name.substring(0, name.indexOf('/'));
      String file = name.substring(name.indexOf('/') + 1);
      Optional<String> kind = KINDS.entrySet().stream().filter(e -> file.startsWith(e.getKey()))
          .map(Map.Entry::getValue).findFirst();
      Validation<Seq<Problem>, List<DistrictRecords>> read = json.readTree(Samples.text("strategy/" + name))
          .flatMap(tree -> StrategyReports.read(json, tree, kind, FOLDERS.get(folder)));
      parts.addAll(ok(read));
    }
    RecordedIndicators feed = ok(StrategyReports.together(parts).flatMap(RecordedIndicators::of));
    var plans = StrategyJson.worcestershire();
    var report = ok(ProgressReporting.report(plans, FinancialYear.starting(2018), Area.county(), feed));
    out.println("From " + parts.size() + " records documents of every domain, the plan's indicators for 2018/19 are"
        + " computed and set against the plan's targets; the page is the committee report's shape:");
    out.println();
    out.print(new MarkdownRenderer().render(ProgressReportPage.of(report, plans)));
  }
}
