package uk.gov.worcester.housing.report.page;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One category of a bar chart (an indicator, say): a value for each of the chart's series, any of
 * which may be missing (not measured last year), and the target, if one was set.
 *
 * @param category what the bars measure
 * @param values one per series, in the chart's series order; none negative
 * @param target the target, if one was set; not negative
 * @param judged false when the figure is not set against the target (it leaves part of the area
 *     out): the target is still shown, marked {@value #NOT_JUDGED}
 */
public record BarGroup(String category, List<Optional<BigDecimal>> values, Optional<BigDecimal> target,
    boolean judged) {
  /** How a target the figure is not judged against is marked. */
  public static final String NOT_JUDGED = "not judged";

  /** A category whose figure is judged against its target, if any. */
  public BarGroup(String category, List<Optional<BigDecimal>> values, Optional<BigDecimal> target) {
    this(category, values, target, true);
  }

  /** Checks the category is named and no figure is negative. */
  public BarGroup {
    Text.required(category, "category");
    values = Text.list(values, "values", true);
    Objects.requireNonNull(target, "target");
    for (Optional<BigDecimal> value : values) {
      value.ifPresent(v -> notNegative(v, "values"));
    }
    target.ifPresent(t -> notNegative(t, "target"));
  }

  /** A category with this year's and last year's figures and a target. */
  public static BarGroup of(String category, BigDecimal thisYear, BigDecimal lastYear, BigDecimal target) {
    return new BarGroup(category, List.of(Optional.of(thisYear), Optional.of(lastYear)), Optional.of(target));
  }

  private static void notNegative(BigDecimal value, String what) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative");
    }
  }
}
