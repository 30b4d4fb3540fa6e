package uk.gov.worcester.housing.rules.strategy;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.ProgressNote;

/**
 * A year's progress report on a housing partnership plan, shaped like the committee report
 * (Communities Committee, 24 July 2019): for each priority, its actions by status, its indicators
 * against target and against last year, its achievements, risks and next steps; then the
 * plan-wide headlines, risks and next steps and the totals. The totals are the sums of the
 * priorities' counts, and every breakdown adds up to the number counted. An indicator line leaves
 * out only districts of the report's area.
 */
@Value.Immutable
@HousingStyle
public abstract class ProgressReport {
  /** The plan's name. */
  public abstract String plan();

  /** The partnership whose plan it is. */
  public abstract String partnership();

  /** The plan version reported on: the one in force on the year's last day. */
  public abstract String planVersion();

  /** The reporting year. */
  public abstract FinancialYear year();

  /** The district or the county. */
  public abstract Area area();

  /** Each priority's progress, in plan order. */
  public abstract List<PriorityProgress> priorities();

  /** The year's headline achievements for the plan as a whole. */
  public abstract List<ProgressNote> achievements();

  /** The risks for the plan as a whole. */
  public abstract List<ProgressNote> risks();

  /** The next steps for the plan as a whole. */
  public abstract List<ProgressNote> nextSteps();

  /** Every action counted by status and by RAG rating. */
  @Value.Lazy
  public ActionCounts actionTotals() {
    return ActionCounts.sum(priorities().stream().map(PriorityProgress::actionCounts).toList());
  }

  /** Every indicator counted by target status. */
  @Value.Lazy
  public IndicatorCounts indicatorTotals() {
    return IndicatorCounts.sum(priorities().stream().map(PriorityProgress::indicatorCounts).toList());
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    for (int i = 0; i < priorities().size(); i++) {
      List<IndicatorLine> lines = priorities().get(i).indicators();
      for (int j = 0; j < lines.size(); j++) {
        Path at = Path.of("priorities")
            .index(i).field("indicators").index(j);
        checks.require(lines.get(j).missing().stream().allMatch(area()::includes), at.field("missing"),
            ProblemCodes.INCONSISTENT,
            "a figure leaves out only districts of the report's area");
        checks.require(lines.get(j).lastYearMissing().stream().allMatch(area()::includes), at.field("lastYearMissing"),
            ProblemCodes.INCONSISTENT,
            "a figure leaves out only districts of the report's area");
      }
    }
    checks.throwIfAny();
  }

  /** A report. */
  public static ImmutableProgressReport.Builder builder() {
    return ImmutableProgressReport.builder();
  }
}
