package uk.gov.worcester.housing.core.lettings;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * An offer of an advertised home to the application at the top of its shortlist, and the answer.
 * For a household owed the main homelessness duty, a Part 6 offer that the council explained
 * (the consequences of refusal and the right to a review, HA 1996 s.193(7)) ends the duty
 * whether accepted or refused, if suitable.
 */
@Value.Immutable
@HousingStyle
public abstract class LettingOffer {
  public abstract ApplicationId application();

  public abstract AdvertId advert();

  public abstract LocalDate offeredOn();

  public abstract OfferResponse response();

  /** The officer's view that the home is suitable for the household (s.193(7F)). */
  @Value.Default
  public boolean suitable() {
    return true;
  }

  /** The consequences of refusal and the right to a review were explained in writing (s.193(7)). */
  @Value.Default
  public boolean consequencesExplained() {
    return false;
  }

  @Value.Check
  protected void check() {
    Checks.start().require(Application.inRange(offeredOn()), "offeredOn", ProblemCodes.OUT_OF_RANGE, "a date is from 1900 to 9999")
        .throwIfAny();
  }

  public static ImmutableLettingOffer.Builder builder() {
    return ImmutableLettingOffer.builder();
  }
}
