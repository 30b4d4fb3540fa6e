package uk.gov.worcester.housing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import uk.gov.worcester.housing.core.strategy.ActionStatus;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.report.page.Block;
import uk.gov.worcester.housing.report.page.ReportPage;
import uk.gov.worcester.housing.report.page.Section;
import uk.gov.worcester.housing.report.page.StatusChart;
import uk.gov.worcester.housing.report.render.HtmlRenderer;
import uk.gov.worcester.housing.report.render.MarkdownRenderer;
import uk.gov.worcester.housing.report.strategy.ProgressReportPage;
import uk.gov.worcester.housing.rules.strategy.ProgressReport;
import uk.gov.worcester.housing.rules.strategy.ProgressReporting;
import uk.gov.worcester.housing.rules.strategy.RecordedIndicators;
import uk.gov.worcester.housing.rules.strategy.TargetStatus;
import uk.gov.worcester.housing.testkit.strategy.StrategyRecordsSamples;
import uk.gov.worcester.housing.testkit.strategy.StrategySamples;

class ProgressReportPageTest {
  /** The sample plan took effect in 2017/18. */
  private static final uk.gov.worcester.housing.core.common.FinancialYear FIRST_YEAR =
      uk.gov.worcester.housing.core.common.FinancialYear.starting(2017);

  private static ProgressReport year2() {
    RecordedIndicators feed = RecordedIndicators.of(StrategyRecordsSamples.worcestershire()).get();
    return ProgressReporting.report(StrategySamples.plan(), StrategySamples.YEAR_2, Area.county(), feed);
  }

  @Test
  void theYear2PageIsTitledLikeTheCommitteeReportAndPassesTheHtmlChecks() {
    ReportPage page = ProgressReportPage.of(year2(), FIRST_YEAR);
    assertTrue(page.title().endsWith(": progress and outcomes for year 2 (2018/19)"), page.title());
    Document document = HtmlChecks.parse(new HtmlRenderer().render(page));
    HtmlChecks.assertSelfContained(document);
    HtmlChecks.assertAccessible(document);
    assertTrue(new MarkdownRenderer().render(page).contains("year 2 (2018/19)"));
  }

  @Test
  void para2_1_aCountyFigureFromTwoOfTheSixDistrictsIsShownAsSuch_inMarkdownAndHtml() {
    ProgressReport report = year2();
    assertTrue(report.indicatorTotals().at(TargetStatus.PARTIAL_FIGURE) > 0, "the samples are two districts' records");
    ReportPage page = ProgressReportPage.of(report, FIRST_YEAR);
    String markdown = new MarkdownRenderer().render(page);
    String html = new HtmlRenderer().render(page);
    for (String text : List.of(markdown, html)) {
      assertTrue(text.contains("Not judged: 2 of 6 districts"), "the Met column says it is not judged");
      assertTrue(text.contains("leaves out Bromsgrove, Malvern Hills, Redditch and Wyre Forest"),
          "the districts left out are named");
      assertTrue(text.contains("Figures that do not cover every district"));
    }
    assertEquals(report.indicatorTotals().at(TargetStatus.PARTIAL_FIGURE),
        markdown.split("Not judged: 2 of 6 districts", -1).length - 1, "each partial figure marked once");
  }

  @Test
  void para2_1_aChangeBetweenFiguresOfDifferentDistrictsIsShownAsNotComparable() {
    var y1 = uk.gov.worcester.housing.core.strategy.Figure.builder().from(StrategySamples.figure(
            uk.gov.worcester.housing.core.strategy.Measure.HOUSEHOLDS_PREVENTED, StrategySamples.YEAR_1, Area.county(), 500))
        .covers(List.of(uk.gov.worcester.housing.core.common.LocalAuthority.WORCESTER)).build();
    var y2 = uk.gov.worcester.housing.core.strategy.Figure.builder().from(y1).year(StrategySamples.YEAR_2)
        .value(java.math.BigDecimal.valueOf(800)).covers(List.of(uk.gov.worcester.housing.core.common.LocalAuthority.WORCESTER,
            uk.gov.worcester.housing.core.common.LocalAuthority.WYCHAVON)).build();
    ProgressReport report = ProgressReporting.report(StrategySamples.plan(), StrategySamples.YEAR_2, Area.county(),
        (m, y, a) -> java.util.stream.Stream.<uk.gov.worcester.housing.core.strategy.Figure>of(y1, y2).filter(f -> f.measure() == m && f.year().equals(y)).findFirst());
    String markdown = new MarkdownRenderer().render(ProgressReportPage.of(report, FIRST_YEAR));
    assertTrue(markdown.contains("| 800 | 1400 | 500 | Not comparable | Not judged: 2 of 6 districts |"), markdown);
    assertTrue(markdown.contains("cover different districts, so no change is shown"));
  }

  @Test
  void thePagesStatusCountsAreTheReports() {
    ProgressReport report = year2();
    List<StatusChart> charts = charts(ProgressReportPage.of(report, FIRST_YEAR).sections());
    assertEquals(1 + report.priorities().size(), charts.size());
    for (ActionStatus status : ActionStatus.values()) {
      assertEquals(report.actionTotals().at(status), charts.get(0).count(ProgressReportPage.status(status)));
      for (int i = 0; i < report.priorities().size(); i++) {
        assertEquals(report.priorities().get(i).actionCounts().at(status),
            charts.get(i + 1).count(ProgressReportPage.status(status)));
      }
    }
  }

  @Test
  void aPartialFiguresChartShowsTheTargetTheTableShows_markedNotJudged_andIsNotCaptionedAgainstTarget() {
    ProgressReport report = year2();
    List<uk.gov.worcester.housing.rules.strategy.IndicatorLine> partial = report.priorities().stream()
        .flatMap(p -> p.indicators().stream()).filter(l -> l.partial() && l.target().isPresent()).toList();
    assertTrue(!partial.isEmpty(), "the samples give partial figures with targets");
    List<Block> blocks = all(ProgressReportPage.of(report, FIRST_YEAR).sections());
    List<uk.gov.worcester.housing.report.page.BarChart> bars = blocks.stream()
        .filter(b -> b instanceof uk.gov.worcester.housing.report.page.BarChart)
        .map(b -> (uk.gov.worcester.housing.report.page.BarChart) b).toList();
    for (var line : partial) {
      var group = bars.stream().flatMap(c -> c.groups().stream()).filter(g -> g.category().equals(line.title()))
          .findFirst().orElseThrow();
      assertEquals(line.target(), group.target(), "the chart shows the target the table shows");
      assertTrue(!group.judged(), line.title());
    }
    for (var chart : bars) {
      boolean judged = chart.groups().stream().anyMatch(g -> g.judged() && g.target().isPresent());
      assertEquals(judged, chart.title().contains("against target"), chart.title());
      for (List<String> row : chart.dataTable().rows()) {
        assertTrue(!row.contains("none set") || chart.groups().stream().filter(g -> g.category().equals(row.get(0)))
            .allMatch(g -> g.target().isEmpty()), row.toString());
      }
    }
    // every figure partial: no chart is captioned against target, though each shows its targets
    var sample = StrategySamples.plan();
    var computedOnly = uk.gov.worcester.housing.core.strategy.PartnershipPlan.builder().from(sample)
        .indicators(sample.indicators().stream()
            .filter(i -> i.method() instanceof uk.gov.worcester.housing.core.strategy.IndicatorMethod.Computed).toList())
        .build();
    ProgressReport allPartial = ProgressReporting.report(computedOnly, StrategySamples.YEAR_2, Area.county(),
        (m, y, a) -> java.util.Optional.of(uk.gov.worcester.housing.core.strategy.Figure.builder()
            .from(StrategySamples.figure(m, y, a, 5))
            .covers(List.of(uk.gov.worcester.housing.core.common.LocalAuthority.WORCESTER)).build()));
    List<uk.gov.worcester.housing.report.page.BarChart> partialBars = all(ProgressReportPage.of(allPartial, FIRST_YEAR)
        .sections()).stream().filter(b -> b instanceof uk.gov.worcester.housing.report.page.BarChart)
        .map(b -> (uk.gov.worcester.housing.report.page.BarChart) b)
        .filter(c -> c.groups().stream().noneMatch(g -> g.judged() && g.target().isPresent())).toList();
    assertTrue(!partialBars.isEmpty());
    for (var chart : partialBars) {
      assertTrue(!chart.title().contains("against target"), chart.title());
      assertTrue(!chart.hasTargets() || chart.summary().contains("shown but not judged"), chart.summary());
    }
    String markdown = new MarkdownRenderer().render(ProgressReportPage.of(report, FIRST_YEAR));
    assertTrue(markdown.contains("(not judged)"), markdown);
  }

  private static List<Block> all(List<? extends Block> blocks) {
    return blocks.stream().<Block>mapMulti((block, out) -> {
      out.accept(block);
      if (block instanceof Section section) {
        all(section.blocks()).forEach(out);
      }
    }).toList();
  }

  private static List<StatusChart> charts(List<? extends Block> blocks) {
    return blocks.stream().<StatusChart>mapMulti((block, out) -> {
      if (block instanceof StatusChart chart) {
        out.accept(chart);
      } else if (block instanceof Section section) {
        charts(section.blocks()).forEach(out);
      }
    }).toList();
  }
}
