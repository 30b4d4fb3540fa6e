package uk.gov.worcester.housing.rules.welfare;

import java.time.LocalDate;
import java.util.Objects;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Money;

/**
 * A cash-limited fund for a period (a financial year): awards decided in the period are charged
 * to it, and none is made that it cannot pay.
 *
 * @param period the days the fund covers, with an end
 * @param amount the fund; not negative
 */
public record BudgetPeriod(DateRange period, Money amount) {
  /** Checks the period has an end and the amount is not negative. */
  public BudgetPeriod {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(amount, "amount");
    Checks.start()
        .require(!period.isOpen(), "period", ProblemCodes.REQUIRED, "a budget's period has an end")
        .require(!amount.isNegative(), "amount", ProblemCodes.OUT_OF_RANGE, "a budget is not negative")
        .throwIfAny();
  }

  /** The financial year from 1 April of {@code startYear} to 31 March. */
  public static BudgetPeriod financialYear(int startYear, Money amount) {
    return new BudgetPeriod(DateRange.of(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31)), amount);
  }
}
