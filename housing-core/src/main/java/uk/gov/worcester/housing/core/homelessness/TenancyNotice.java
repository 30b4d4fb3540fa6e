package uk.gov.worcester.housing.core.homelessness;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * A notice given on the household's home, as HA 1996 s.175(5) uses it: a valid notice on the
 * only accommodation available, expiring (or, for a s.8 notice, naming a date) within 56 days,
 * makes the household threatened with homelessness whatever else is known.
 */
@Value.Immutable
@HousingStyle
public abstract class TenancyNotice {
  public abstract NoticeKind kind();

  public abstract LocalDate givenOn();

  /**
   * The day the notice expires: for a s.21 notice the date after which possession may be
   * sought; for a s.8 notice the date it specifies as the earliest for proceedings.
   */
  public abstract LocalDate expiresOn();

  /** The officer has checked the notice is valid (form, timing, the landlord's compliance). */
  @Value.Default
  public boolean valid() {
    return true;
  }

  /** The notice is on the only accommodation available for the household to occupy. */
  @Value.Default
  public boolean onlyAccommodationAvailable() {
    return true;
  }

  /**
   * The landlord intends to seek possession (Homelessness Code of Guidance para 6.35: after a
   * s.21 notice expires it is not reasonable to continue to occupy when the landlord will).
   */
  @Value.Default
  public boolean landlordIntendsToSeekPossession() {
    return true;
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(!expiresOn().isBefore(givenOn()), "expiresOn", ProblemCodes.INCONSISTENT,
            "a notice cannot expire before it is given")
        .throwIfAny();
  }

  public static TenancyNotice of(NoticeKind kind, LocalDate givenOn, LocalDate expiresOn) {
    return builder().kind(kind).givenOn(givenOn).expiresOn(expiresOn).build();
  }

  public static ImmutableTenancyNotice.Builder builder() {
    return ImmutableTenancyNotice.builder();
  }
}
