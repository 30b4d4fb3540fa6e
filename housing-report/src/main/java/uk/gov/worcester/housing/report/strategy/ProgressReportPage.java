package uk.gov.worcester.housing.report.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.strategy.ActionStatus;
import uk.gov.worcester.housing.core.strategy.Measure;
import uk.gov.worcester.housing.core.strategy.ProgressNote;
import uk.gov.worcester.housing.report.page.BarChart;
import uk.gov.worcester.housing.report.page.BarGroup;
import uk.gov.worcester.housing.report.page.Block;
import uk.gov.worcester.housing.report.page.BulletList;
import uk.gov.worcester.housing.report.page.Column;
import uk.gov.worcester.housing.report.page.MetaLine;
import uk.gov.worcester.housing.report.page.Paragraph;
import uk.gov.worcester.housing.report.page.ReportPage;
import uk.gov.worcester.housing.report.page.Section;
import uk.gov.worcester.housing.report.page.Status;
import uk.gov.worcester.housing.report.page.StatusChart;
import uk.gov.worcester.housing.report.page.Table;
import uk.gov.worcester.housing.rules.strategy.ActionCounts;
import uk.gov.worcester.housing.rules.strategy.IndicatorLine;
import uk.gov.worcester.housing.rules.strategy.PriorityProgress;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.strategy.PlanVersion;
import uk.gov.worcester.housing.rules.strategy.ProgressReport;
import uk.gov.worcester.housing.rules.strategy.ProgressReporting;
import uk.gov.worcester.housing.rules.strategy.TargetStatus;
import uk.gov.worcester.housing.rules.strategy.Trend;

/**
 * A year's {@link ProgressReport} as a page shaped like the committee report on the
 * Worcestershire Housing Partnership Plan: the actions by status, then each priority with its
 * actions, indicators (chart and table), achievements, risks and next steps, then the plan-wide
 * achievements, risks and next steps. Pure: the same report gives the same page. A figure that
 * leaves out districts of the area is marked "Not judged: 2 of 6 districts", its chart shows the
 * target marked "not judged", and it is listed with the districts it leaves out; a change between figures covering
 * different districts is "Not comparable".
 */
public final class ProgressReportPage {
  private static final String NONE = "-";
  private static final String NOT_COMPARABLE = "Not comparable";

  private ProgressReportPage() {}

  /**
   * The page for a report made from {@code plans}: the year is numbered from the reporting year in
   * which the plan version in force at the year's end took effect (2017/18 for the Worcestershire
   * plan, in effect from 1 April 2017).
   */
  public static ReportPage of(ProgressReport report, PolicyTimeline<PlanVersion> plans) {
    FinancialYear year = report.year();
    FinancialYear first = plans.inForceOn(year.days().end().orElseThrow())
        .map(v -> FinancialYear.containing(v.effectiveFrom())).getOrElse(year);
    return of(report, first);
  }

  /** The page for a report on a plan whose first reporting year is {@code firstYear}. */
  public static ReportPage of(ProgressReport report, FinancialYear firstYear) {
    FinancialYear year = report.year();
    int n = Math.max(1, year.startYear() - firstYear.startYear() + 1);
    String title = report.plan() + ": progress and outcomes for year " + n + " (" + year + ")";
    List<MetaLine> meta = List.of(new MetaLine("Partnership", report.partnership()),
        new MetaLine("Plan version", report.planVersion()),
        new MetaLine("Area", report.area().toString()));
    List<Section> sections = new ArrayList<>();
    sections.add(Section.of("Actions by status",
        statusChart("All actions by status", report.actionTotals())));
    List<Block> priorities = new ArrayList<>();
    for (PriorityProgress priority : report.priorities()) {
      priorities.add(priority(priority, year, report.area().authorities().size()));
    }
    if (!priorities.isEmpty()) {
      sections.add(new Section("Progress by priority", priorities));
    }
    List<Block> plan = new ArrayList<>();
    notes(plan, "Achievements", report.achievements());
    notes(plan, "Risks", report.risks());
    notes(plan, "Next steps", report.nextSteps());
    if (!plan.isEmpty()) {
      sections.add(new Section("Across the plan", plan));
    }
    return new ReportPage(title, Optional.of(year + ", " + report.area()), meta,
        ProgressReporting.lastDay(year), sections);
  }

  /** The page's status for an action status. */
  public static Status status(ActionStatus status) {
    return switch (status) {
      case COMPLETED -> Status.COMPLETED;
      case IN_PROGRESS -> Status.IN_PROGRESS;
      case DELAYED -> Status.DELAYED;
      case AT_RISK -> Status.AT_RISK;
      case NOT_STARTED -> Status.NOT_STARTED;
    };
  }

  private static Section priority(PriorityProgress priority, FinancialYear year, int districts) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Section.of("Actions", statusChart(priority.code() + " actions by status", priority.actionCounts())));
    List<IndicatorLine> lines = priority.indicators();
    if (!lines.isEmpty()) {
      List<Block> indicators = new ArrayList<>();
      for (Measure.Unit unit : Measure.Unit.values()) {
        List<BarGroup> groups = new ArrayList<>();
        for (IndicatorLine line : lines) {
          if (line.unit() == unit) {
            // The chart shows the target the table shows; a figure that leaves districts out is marked not judged.
            groups.add(new BarGroup(line.title(), List.of(line.figure(), line.lastYear()), line.target(),
                !line.partial()));
          }
        }
        if (!groups.isEmpty()) {
          boolean judged = BarChart.judgesTargets(groups);
          boolean targets = BarChart.hasTargets(groups);
          indicators.add(new BarChart(priority.code() + " indicators" + (judged ? " against target" : "")
                  + (unit == Measure.Unit.MONEY ? " (£)" : ""),
              judged ? "This year against last year and against target; each indicator's figures are in the table."
                  : "This year against last year" + (targets ? "; the targets are shown but not judged, as the "
                  + "figures leave out districts" : "") + "; each indicator's figures are in the table.",
              unit == Measure.Unit.MONEY ? "£" : "", List.of(year.toString(), year.previous().toString()), groups));
        }
      }
      List<List<String>> rows = new ArrayList<>();
      for (IndicatorLine line : lines) {
        rows.add(List.of(line.title(), text(line.figure()), text(line.target()), text(line.lastYear()),
            line.trend() == Trend.NOT_COMPARABLE ? NOT_COMPARABLE : text(line.change()),
            met(line.targetStatus(), line, districts)));
      }
      indicators.add(new Table(priority.code() + " indicators",
          List.of(Column.text("Indicator"), Column.number("Figure"), Column.number("Target"),
              Column.number("Last year"), Column.number("Change"), Column.text("Met")),
          rows));
      List<String> partial = lines.stream().filter(l -> l.partial() || l.trend() == Trend.NOT_COMPARABLE)
          .map(ProgressReportPage::coverageNote).toList();
      if (!partial.isEmpty()) {
        indicators.add(Section.of("Figures that do not cover every district", new BulletList(partial)));
      }
      blocks.add(new Section("Indicators", indicators));
    }
    notes(blocks, "Achievements", priority.achievements());
    notes(blocks, "Risks", priority.risks());
    notes(blocks, "Next steps", priority.nextSteps());
    return new Section(priority.code() + ": " + priority.title(), blocks);
  }

  private static void notes(List<Block> blocks, String heading, List<ProgressNote> notes) {
    if (!notes.isEmpty()) {
      blocks.add(Section.of(heading, new BulletList(notes.stream().map(ProgressNote::text).toList())));
    }
  }

  private static StatusChart statusChart(String title, ActionCounts counts) {
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    for (ActionStatus status : ActionStatus.values()) {
      byStatus.merge(status(status), counts.at(status), Integer::sum);
    }
    StatusChart chart = new StatusChart(title, NONE, byStatus);
    StringBuilder summary = new StringBuilder("Of " + counts.actions() + " actions: ");
    for (Status status : Status.values()) {
      summary.append(chart.count(status)).append(' ').append(status.label().toLowerCase(java.util.Locale.ROOT))
          .append(status == Status.NOT_STARTED ? "" : ", ");
    }
    if (counts.notReported() > 0) {
      summary.append("; ").append(counts.notReported()).append(" not reported");
    }
    return new StatusChart(title, summary.append('.').toString(), chart.counts());
  }

  private static String text(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse(NONE);
  }

  private static String met(TargetStatus status, IndicatorLine line, int districts) {
    return switch (status) {
      case MET -> "Yes";
      case NOT_MET -> "No";
      case NO_TARGET -> "No target";
      case NO_FIGURE -> "No figure";
      case PARTIAL_FIGURE -> "Not judged: " + coverage(districts - line.missing().size(), districts);
    };
  }

  /** Why a line's figure is not judged against the target, or not compared with last year's. */
  private static String coverageNote(IndicatorLine line) {
    List<String> why = new ArrayList<>();
    if (line.partial()) {
      why.add(line.reason().text());
    }
    if (line.trend() == Trend.NOT_COMPARABLE) {
      why.add("This year's and last year's figures cover different districts, so no change is shown.");
    }
    return line.title() + ": " + String.join(" ", why);
  }

  /** {@code "2 of 6 districts"}. */
  static String coverage(int covered, int districts) {
    return covered + " of " + districts + " district" + (districts == 1 ? "" : "s");
  }
}
