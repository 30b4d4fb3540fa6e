package uk.gov.worcester.housing.rules.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * A rate at which donated time is valued: {@code amount} for every {@code perHours} hours, so an
 * hourly rate ({@code £11.09} per 1 hour) and a day rate ({@code £150} per 7-hour day) are both
 * exact. A value is rounded down to the whole penny, so match is never over-valued.
 */
@Value.Immutable
@HousingStyle
public abstract class TimeRate {
  @Value.Parameter
  public abstract Money amount();

  /** The hours {@link #amount()} pays for: 1 for an hourly rate, 7 for the Heritage Fund's day. */
  @Value.Parameter
  public abstract int perHours();

  /** The value of {@code hours} at this rate, rounded down to the penny. */
  public Money valueOf(BigDecimal hours) {
    BigDecimal pence = BigDecimal.valueOf(amount().pence()).multiply(hours)
        .divide(BigDecimal.valueOf(perHours()), 0, RoundingMode.FLOOR);
    return Money.ofPence(pence.longValueExact());
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(!amount().isNegative() && !amount().isGreaterThan(Money.ofPounds(100_000)), "amount",
            ProblemCodes.OUT_OF_RANGE, "a rate is nothing or more, at most £100000")
        .require(perHours() >= 1 && perHours() <= 24 * 7, "perHours", ProblemCodes.OUT_OF_RANGE,
            "a rate is per 1 to 168 hours")
        .throwIfAny();
  }

  /** {@code amount} an hour. */
  public static TimeRate hourly(Money amount) {
    return ImmutableTimeRate.of(amount, 1);
  }

  /** {@code amount} for every {@code perHours} hours. */
  public static TimeRate of(Money amount, int perHours) {
    return ImmutableTimeRate.of(amount, perHours);
  }
}
