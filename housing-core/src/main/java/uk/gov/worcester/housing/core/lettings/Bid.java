package uk.gov.worcester.housing.core.lettings;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/** An expression of interest by an application in an advert, on a date, by the applicant or an officer. */
@Value.Immutable
@HousingStyle
public abstract class Bid {
  @Value.Parameter
  public abstract ApplicationId application();

  @Value.Parameter
  public abstract AdvertId advert();

  @Value.Parameter
  public abstract LocalDate placedOn();

  @Value.Default
  public BidPlacer placedBy() {
    return BidPlacer.APPLICANT;
  }

  /** A bid placed by the applicant. */
  public static Bid of(ApplicationId application, AdvertId advert, LocalDate placedOn) {
    return ImmutableBid.of(application, advert, placedOn);
  }

  @Value.Check
  protected void check() {
    Checks.start().require(Application.inRange(placedOn()), "placedOn", ProblemCodes.OUT_OF_RANGE, "a date is from 1900 to 9999")
        .throwIfAny();
  }

  public static ImmutableBid.Builder builder() {
    return ImmutableBid.builder();
  }
}
