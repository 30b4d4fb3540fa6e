package uk.gov.worcester.housing.core.strategy;

import java.math.BigDecimal;
import java.util.Objects;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * A figure for one reporting year: an indicator's target, or a figure reported by hand. Never
 * negative, at most two decimal places, below a trillion.
 *
 * @param year the reporting year
 * @param value the figure
 */
public record YearValue(FinancialYear year, BigDecimal value) {
  /** The largest figure accepted. */
  public static final BigDecimal MAX = new BigDecimal("999999999999.99");

  /** Checks the figure. */
  public YearValue {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(value, "value");
    Checks.start()
        .require(value.signum() >= 0 && value.compareTo(MAX) <= 0, "value", ProblemCodes.OUT_OF_RANGE,
            "a figure is from 0 to " + MAX.toPlainString())
        .require(value.stripTrailingZeros().scale() <= 2, "value", ProblemCodes.INVALID_FORMAT,
            "a figure has at most two decimal places")
        .throwIfAny();
  }

  /** {@code value} in {@code year}. */
  public static YearValue of(FinancialYear year, long value) {
    return new YearValue(year, BigDecimal.valueOf(value));
  }
}
