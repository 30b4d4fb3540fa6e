package uk.gov.worcester.housing.rules.grants;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/** A size band of grant within a scheme, such as small (£1 to £2,000) or medium (£2,001 to £15,000). */
@Value.Immutable
@HousingStyle
public abstract class GrantTier {
  /** A stable code, such as {@code SMALL}. */
  @Value.Parameter
  public abstract String code();

  @Value.Parameter
  public abstract Money minimum();

  @Value.Parameter
  public abstract Money maximum();

  /** True if {@code amount} falls in the band, both ends included. */
  public boolean contains(Money amount) {
    return !amount.isLessThan(minimum()) && !amount.isGreaterThan(maximum());
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(code().matches("[A-Z][A-Z0-9_]{0,39}"), "code", ProblemCodes.INVALID_FORMAT,
            "a tier's code is UPPER_SNAKE_CASE, 1 to 40 characters")
        .require(minimum().isPositive(), "minimum", ProblemCodes.OUT_OF_RANGE, "a tier starts above nothing")
        .require(!maximum().isLessThan(minimum()), "maximum", ProblemCodes.INCONSISTENT,
            "a tier's maximum is not below its minimum")
        .throwIfAny();
  }

  public static GrantTier of(String code, Money minimum, Money maximum) {
    return ImmutableGrantTier.of(code, minimum, maximum);
  }
}
