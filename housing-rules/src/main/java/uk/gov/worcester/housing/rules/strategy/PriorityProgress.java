package uk.gov.worcester.housing.rules.strategy;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.strategy.PlanSource;
import uk.gov.worcester.housing.core.strategy.ProgressNote;

/**
 * One priority's part of a progress report: its actions with this year's status, the counts by
 * status and by RAG rating, its indicators against target and last year, and the year's
 * achievements, risks and next steps under it.
 */
@Value.Immutable
@HousingStyle
public abstract class PriorityProgress {
  /** The priority's code. */
  public abstract String code();

  /** Its title. */
  public abstract String title();

  /** The paragraph of the plan that sets it. */
  public abstract Citation citation();

  /** Where the priority comes from. */
  public abstract PlanSource source();

  /** Its actions, in plan order. */
  public abstract List<ActionLine> actions();

  /** Its indicators, in plan order. */
  public abstract List<IndicatorLine> indicators();

  /** The year's headline achievements under it. */
  public abstract List<ProgressNote> achievements();

  /** The risks under it. */
  public abstract List<ProgressNote> risks();

  /** The next steps under it. */
  public abstract List<ProgressNote> nextSteps();

  /** Its actions counted by status and by RAG rating. */
  @Value.Lazy
  public ActionCounts actionCounts() {
    return ActionCounts.of(actions());
  }

  /** Its indicators counted by target status. */
  @Value.Lazy
  public IndicatorCounts indicatorCounts() {
    return IndicatorCounts.of(indicators());
  }

  /** A priority's progress. */
  public static ImmutablePriorityProgress.Builder builder() {
    return ImmutablePriorityProgress.builder();
  }
}
