package uk.gov.worcester.housing.core.homelessness;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * One meeting between the outreach team and a person on the street, dated by the night it
 * belongs to (a contact at 2am on the 2nd is the night of the 1st). Records the No Second Night
 * Out facts: where the person was, who alerted the team, and whether an offer of accommodation or
 * a service was made (the "single service offer").
 */
@Value.Immutable
@HousingStyle
public abstract class StreetContact {
  public abstract StreetPersonId person();

  /** The night of the contact. */
  public abstract LocalDate night();

  public abstract SleepingSite site();

  @Value.Default
  public ContactSource source() {
    return ContactSource.OUTREACH_SHIFT;
  }

  /** An offer of accommodation or a route off the street made at this contact. */
  @Value.Default
  public boolean offerMade() {
    return false;
  }

  /** The district where the contact happened. */
  @Value.Redacted
  public abstract Optional<String> area();

  public static ImmutableStreetContact.Builder builder() {
    return ImmutableStreetContact.builder();
  }
}
