package uk.gov.worcester.housing.core.lettings;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.homelessness.ExistingObligations;

/**
 * An offer of an advertised home to the application at the top of its shortlist, and the answer.
 * For a household owed the main homelessness duty, a Part 6 offer that the council explained
 * (the consequences of refusal and the right to a review, HA 1996 s.193(7)) ends the duty
 * whether accepted or refused, if the council were satisfied it is suitable and that the
 * applicant can end their obligations on their existing home in time (s.193(7F)-(8)), as for a
 * homelessness {@code Offer}.
 */
@Value.Immutable
@HousingStyle
public abstract class LettingOffer {
  public abstract ApplicationId application();

  public abstract AdvertId advert();

  public abstract LocalDate offeredOn();

  public abstract OfferResponse response();

  /**
   * The council were satisfied the home is suitable for the household (s.193(7F)). False when not
   * recorded: an offer not shown to be suitable ends no duty on refusal.
   */
  @Value.Default
  public boolean suitable() {
    return false;
  }

  /**
   * Whether the applicant can end their obligations on the home they live in now before being
   * required to take up the offer: a refused final offer ends a homelessness duty only where the
   * council were satisfied they can (s.193(7F)-(8), s.193A(6)-(7)). Not considered when not
   * recorded.
   */
  @Value.Default
  public ExistingObligations existingObligations() {
    return ExistingObligations.NOT_CONSIDERED;
  }

  /**
   * The offer was made in writing and states that it is a final offer (s.193(7A); at the relief
   * stage s.193A(5)(b); for the s.193C(4) duty, s.193C's own definition): only a final offer's
   * refusal ends a homelessness duty. False when not recorded.
   */
  @Value.Default
  public boolean statedFinal() {
    return false;
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
