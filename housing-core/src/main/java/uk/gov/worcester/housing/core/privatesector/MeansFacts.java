package uk.gov.worcester.housing.core.privatesector;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * The means of the relevant persons (the disabled person and their partner) for the test of
 * resources (Housing Renewal Grants Regulations 1996, SI 1996/2890): weekly income, the weekly
 * applicable amount worked out for them, their capital, and whether they receive a passported
 * benefit. Financial facts about a person: redacted from {@code toString()}.
 */
@Value.Immutable
@HousingStyle
public abstract class MeansFacts {
  @Value.Redacted
  public abstract Money weeklyIncome();

  @Value.Redacted
  public abstract Money weeklyApplicableAmount();

  @Value.Redacted
  public abstract Money capital();

  /** A passported benefit is received, so the contribution is nil (the list is (unconfirmed)). */
  @Value.Redacted
  public abstract boolean passportedBenefit();

  @Value.Check
  protected void check() {
    Checks.start()
        .require(!weeklyIncome().isNegative(), "weeklyIncome", ProblemCodes.OUT_OF_RANGE, "an income is not negative")
        .require(!weeklyApplicableAmount().isNegative(), "weeklyApplicableAmount", ProblemCodes.OUT_OF_RANGE,
            "an applicable amount is not negative")
        .require(!capital().isNegative(), "capital", ProblemCodes.OUT_OF_RANGE, "capital is not negative")
        .throwIfAny();
  }

  /** A builder. */
  public static ImmutableMeansFacts.Builder builder() {
    return ImmutableMeansFacts.builder();
  }
}
