package uk.gov.worcester.housing.rules.lettings;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.lettings.Band;

/**
 * One band criterion of the scheme: the band it gives with a local connection to the district
 * applied to and without one, and how many months the award lasts from the day the need was
 * assessed. {@link #unconfirmed()} marks a criterion whose band or length the sources did not show.
 */
@Value.Immutable
@HousingStyle
public abstract class BandCriterion {
  /** The criterion's code, as reasons quote it: a need's code, or {@code LACKING_ONE_OR_TWO_BEDROOMS}. */
  public abstract String code();

  public abstract Band withConnection();

  public abstract Band withoutConnection();

  /** Months the award lasts; 0 for an award that does not expire. */
  public abstract int awardMonths();

  @Value.Default
  public boolean unconfirmed() {
    return false;
  }

  /** The band for a household with or without a local connection. */
  public Band band(boolean localConnection) {
    return localConnection ? withConnection() : withoutConnection();
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(ProblemCodes.isWellFormed(code()), "code", ProblemCodes.INVALID_FORMAT,
            "a criterion's code is UPPER_SNAKE_CASE")
        .require(awardMonths() >= 0 && awardMonths() <= 120, "awardMonths", ProblemCodes.OUT_OF_RANGE,
            "an award lasts 0 to 120 months")
        .throwIfAny();
  }

  /** A criterion from its parts. */
  public static BandCriterion of(String code, Band withConnection, Band withoutConnection, int awardMonths,
      boolean unconfirmed) {
    return ImmutableBandCriterion.builder().code(code).withConnection(withConnection)
        .withoutConnection(withoutConnection).awardMonths(awardMonths).unconfirmed(unconfirmed).build();
  }
}
