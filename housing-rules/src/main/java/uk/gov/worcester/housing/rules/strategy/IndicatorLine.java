package uk.gov.worcester.housing.rules.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.strategy.Direction;
import uk.gov.worcester.housing.core.strategy.IndicatorMethod;
import uk.gov.worcester.housing.core.strategy.Measure;
import uk.gov.worcester.housing.core.strategy.PlanSource;
import uk.gov.worcester.housing.rules.common.Reason;

/**
 * One indicator as a progress report shows it: this year's figure with how it was reached, the
 * target, last year's figure, the change (absolute, and as a percentage where last year is not
 * zero), whether the target is met in the indicator's direction, and which way it moved. A figure
 * that is not available is empty ("no figure"), never a false zero; the comparisons follow from
 * the figures, so they cannot disagree with them. A figure that leaves out districts of the area
 * ({@link #missing()}) is not judged against the area's target, and two figures that cover
 * different districts are not compared. The districts left out are distinct; that they are of
 * the report's area is the {@link ProgressReport}'s check.
 */
@Value.Immutable
@HousingStyle
public abstract class IndicatorLine {
  /** The indicator's code. */
  public abstract String code();

  /** What it shows. */
  public abstract String title();

  /** Which way is better. */
  public abstract Direction direction();

  /** Computed from records or reported by hand. */
  public abstract IndicatorMethod.Kind method();

  /** The measure, for a computed indicator. */
  public abstract Optional<Measure> measure();

  /** Count or money. */
  public abstract Measure.Unit unit();

  /** This year. */
  public abstract FinancialYear year();

  /** This year's figure, if available. */
  public abstract Optional<BigDecimal> figure();

  /** How this year's figure was reached, if there is one. */
  public abstract Optional<String> basis();

  /** The parts of this year's figure, by a stable code. */
  public abstract Map<String, BigDecimal> breakdown();

  /** The target for this year and area, if the plan sets one. */
  public abstract Optional<BigDecimal> target();

  /** Last year's figure, if available. */
  public abstract Optional<BigDecimal> lastYear();

  /**
   * The districts of the report's area that this year's figure leaves out (their records were not
   * given, or do not cover the year); empty when it covers them all or there is no figure.
   */
  public abstract List<LocalAuthority> missing();

  /** The districts of the report's area that last year's figure leaves out; empty likewise. */
  public abstract List<LocalAuthority> lastYearMissing();

  /** True when there is a figure and it leaves out districts of the area. */
  public boolean partial() {
    return figure().isPresent() && !missing().isEmpty();
  }

  /** True when both years' figures are available and cover the same districts. */
  public boolean comparable() {
    return figure().isPresent() && lastYear().isPresent()
        && new HashSet<>(missing()).equals(new HashSet<>(lastYearMissing()));
  }

  /** The paragraph of the plan that sets the indicator. */
  public abstract Citation citation();

  /** Where the indicator and its targets come from. */
  public abstract PlanSource source();

  /** This year less last year, when both are available and cover the same districts. */
  public Optional<BigDecimal> change() {
    return comparable() ? figure().flatMap(f -> lastYear().map(f::subtract)) : Optional.empty();
  }

  /**
   * The change as a percentage of last year, to one decimal place (half up), when both are
   * available, cover the same districts, and last year is not zero.
   */
  public Optional<BigDecimal> changePercent() {
    return change().flatMap(c -> lastYear().filter(l -> l.signum() != 0)
        .map(l -> c.multiply(BigDecimal.valueOf(100)).divide(l, 1, RoundingMode.HALF_UP)));
  }

  /** Whether the target is met, given the direction. */
  public TargetStatus targetStatus() {
    if (figure().isEmpty()) {
      return TargetStatus.NO_FIGURE;
    }
    if (partial()) {
      return TargetStatus.PARTIAL_FIGURE;
    }
    if (target().isEmpty()) {
      return TargetStatus.NO_TARGET;
    }
    return direction().meets(figure().get(), target().get()) ? TargetStatus.MET : TargetStatus.NOT_MET;
  }

  /** Which way it moved since last year, given the direction; not compared across different districts. */
  public Trend trend() {
    if (figure().isPresent() && lastYear().isPresent() && !comparable()) {
      return Trend.NOT_COMPARABLE;
    }
    return change().map(c -> c.signum() == 0 ? Trend.UNCHANGED
        : direction().isImprovement(lastYear().get(), figure().get()) ? Trend.IMPROVED : Trend.WORSENED)
        .orElse(Trend.NO_COMPARISON);
  }

  /** Why the target status is what it is, citing the plan's indicator. */
  public Reason reason() {
    String better = direction() == Direction.HIGHER_IS_BETTER ? "at least" : "at most";
    return switch (targetStatus()) {
      case MET -> Reason.of("TARGET_MET", "The " + year() + " figure, " + plain(figure().get()) + ", is " + better
          + " the target of " + plain(target().get()) + ".", citation());
      case NOT_MET -> Reason.of("TARGET_NOT_MET", "The " + year() + " figure, " + plain(figure().get())
          + ", is not " + better + " the target of " + plain(target().get()) + ".", citation());
      case NO_TARGET -> Reason.of("NO_TARGET", "The plan sets no target for " + year()
          + " for this area, so the figure is reported without one.", citation());
      case NO_FIGURE -> Reason.of("NO_FIGURE", "No figure is available for " + year()
          + " for this area: the records for the year were not given, or the figure is reported by hand "
          + "for another area. It is shown as not available, not as zero.", citation());
      case PARTIAL_FIGURE -> Reason.of("PARTIAL_FIGURE", "The " + year() + " figure, " + plain(figure().get())
          + ", leaves out " + names(missing()) + ", whose records were not given or do not cover the year, so it is not the figure for the "
          + "whole area and is not judged against " + target().map(t -> "the target of " + plain(t))
              .orElse("a target") + ".", citation());
    };
  }

  private static String names(List<LocalAuthority> districts) {
    List<String> names = districts.stream().map(LocalAuthority::name).toList();
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(figure().isPresent() || missing().isEmpty(), "missing", ProblemCodes.INCONSISTENT,
            "only a figure leaves districts out")
        .require(lastYear().isPresent() || lastYearMissing().isEmpty(), "lastYearMissing", ProblemCodes.INCONSISTENT,
            "only a figure leaves districts out")
        .require(new HashSet<>(missing()).size() == missing().size(), "missing", ProblemCodes.DUPLICATE,
            "a district is left out once")
        .require(new HashSet<>(lastYearMissing()).size() == lastYearMissing().size(), "lastYearMissing",
            ProblemCodes.DUPLICATE, "a district is left out once")
        .throwIfAny();
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /** A line. */
  public static ImmutableIndicatorLine.Builder builder() {
    return ImmutableIndicatorLine.builder();
  }
}
