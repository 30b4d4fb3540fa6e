package uk.gov.worcester.housing.core.strategy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * One indicator's figure for one reporting year and area, with how it was reached: the total,
 * any breakdown (lettings by band, homes by tenure) whose parts add up to the total, and a
 * sentence saying which records were counted and how, so a committee member can ask where a
 * number came from. Counts are whole numbers; money is pounds with two decimal places.
 *
 * <p>A county figure is summed over the districts whose records were given: {@link #covers()}
 * names them, and {@link #missing()} the districts of the area it leaves out. A figure that leaves
 * a district out is not the area's figure, so a report does not judge it against the area's
 * target.
 */
@Value.Immutable
@HousingStyle
public abstract class Figure {
  /** What was counted. */
  public abstract Measure measure();

  /** The reporting year (1 April to 31 March). */
  public abstract FinancialYear year();

  /** The district or the county. */
  public abstract Area area();

  /** The figure: a count, or pounds to two decimal places. */
  public abstract BigDecimal value();

  /** The parts, by a stable code (a band, a tenure); empty if the measure has none. */
  public abstract Map<String, BigDecimal> breakdown();

  /** How it was computed and from which records, in plain English. */
  public abstract String basis();

  /**
   * The districts whose records the figure is counted from, in the area's order: by default every
   * district of the area (a district's figure covers that district).
   */
  @Value.Default
  public List<LocalAuthority> covers() {
    return area().authorities().toJavaList();
  }

  /** The districts of the area the figure leaves out, in the area's order; empty when it covers them all. */
  public List<LocalAuthority> missing() {
    return area().authorities().filter(a -> !covers().contains(a)).toJavaList();
  }

  /** True when the figure covers every district of its area. */
  public boolean complete() {
    return missing().isEmpty();
  }

  /** A figure. */
  public static ImmutableFigure.Builder builder() {
    return ImmutableFigure.builder();
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    checks.require(value().signum() >= 0, "value", ProblemCodes.OUT_OF_RANGE, "a figure is never negative");
    if (measure().unit() == Measure.Unit.COUNT) {
      checks.require(value().stripTrailingZeros().scale() <= 0, "value", ProblemCodes.INVALID_FORMAT,
          "a count is a whole number");
    }
    checks.require(!covers().isEmpty(), "covers", ProblemCodes.REQUIRED, "a figure covers at least one district");
    checks.require(covers().stream().allMatch(area()::includes), "covers", ProblemCodes.INCONSISTENT,
        "a figure covers only districts of its area");
    checks.require(new HashSet<>(covers()).size() == covers().size(), "covers", ProblemCodes.DUPLICATE,
        "a figure names each district it covers once");
    if (!breakdown().isEmpty()) {
      BigDecimal sum = breakdown().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      checks.require(sum.compareTo(value()) == 0, "breakdown", ProblemCodes.INCONSISTENT,
          "the parts of a figure add up to its total");
    }
    checks.throwIfAny();
  }
}
