package uk.gov.worcester.housing.core.household;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/** Where the household lives now: tenure, the kind of property, its bedrooms and since when. */
@Value.Immutable
@HousingStyle
public abstract class CurrentHome {
  /** The most bedrooms a home is recorded with. */
  public static final int MAX_BEDROOMS = 20;

  public abstract Tenure tenure();

  public abstract PropertyType propertyType();

  /** Bedrooms available to the household (for the bedroom standard). */
  @Value.Default
  public int bedrooms() {
    return 0;
  }

  /** When the household began living there, if known. */
  public abstract Optional<LocalDate> since();

  @Value.Check
  protected void check() {
    Checks.start()
        .require(bedrooms() >= 0 && bedrooms() <= MAX_BEDROOMS, "bedrooms", ProblemCodes.OUT_OF_RANGE,
            "bedrooms are 0 to " + MAX_BEDROOMS)
        .throwIfAny();
  }

  public static CurrentHome of(Tenure tenure, PropertyType type, int bedrooms) {
    return builder().tenure(tenure).propertyType(type).bedrooms(bedrooms).build();
  }

  public static ImmutableCurrentHome.Builder builder() {
    return ImmutableCurrentHome.builder();
  }
}
