package uk.gov.worcester.housing.core.homelessness;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/**
 * The link from a re-application to the earlier application on which the applicant accepted a
 * private rented sector offer (HA 1996 s.193(7AA)). Within two years beginning with the day of
 * acceptance, s.195A(1) gives the main duty whatever the priority need, and s.195A(2) treats the
 * applicant as homeless from the day a valid s.21 notice on that tenancy expires. Where another
 * authority made the offer, s.198(2ZA) lets this authority refer the case back to it within the
 * same two years.
 */
@Value.Immutable
@HousingStyle
public abstract class EarlierPrivateRentedOffer {
  /** The earlier case, on which the offer was accepted. */
  public abstract CaseId earlierCase();

  /** The day the applicant accepted the private rented sector offer. */
  public abstract LocalDate acceptedOn();

  /**
   * The authority that made the private rented sector offer, when recorded. Where it is another
   * authority, the conditions for referral to it are met within two years beginning with the day
   * of acceptance (s.198(2ZA)); when absent, no such referral is open.
   */
  public abstract Optional<LocalAuthority> madeBy();

  /**
   * The applicant's immediately preceding application (which may be a later one than that on
   * which the offer was accepted) was itself one to which s.195A(1) applied: then it does not
   * apply to this one (s.195A(6)), so the rule never runs twice in a row.
   */
  @Value.Default
  public boolean precedingApplicationWasRepeat() {
    return false;
  }

  public static EarlierPrivateRentedOffer of(CaseId earlierCase, LocalDate acceptedOn) {
    return ImmutableEarlierPrivateRentedOffer.builder().earlierCase(earlierCase).acceptedOn(acceptedOn).build();
  }

  public static ImmutableEarlierPrivateRentedOffer.Builder builder() {
    return ImmutableEarlierPrivateRentedOffer.builder();
  }
}
