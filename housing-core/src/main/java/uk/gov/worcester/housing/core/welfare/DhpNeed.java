package uk.gov.worcester.housing.core.welfare;

import java.util.Objects;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Money;

/**
 * One need a Discretionary Housing Payment is asked to meet, and its amount over the whole award
 * period.
 *
 * @param purpose what the money is for
 * @param amount how much, more than nothing
 */
public record DhpNeed(DhpPurpose purpose, Money amount) {
  /** Checks both are given and the amount is more than nothing. */
  public DhpNeed {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(amount, "amount");
    Checks.start().require(amount.isPositive(), "amount", ProblemCodes.OUT_OF_RANGE,
        "a need's amount is more than nothing").throwIfAny();
  }
}
