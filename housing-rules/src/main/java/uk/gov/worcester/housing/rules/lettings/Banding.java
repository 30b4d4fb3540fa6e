package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.ReasonablePreference;

/**
 * An application's band as at a date: the band, its band date (which orders a shortlist within
 * the band), the criterion that gave it, when that award started and when it expires, the
 * reasonable preference groups the household is in, and whether it has a local connection to the
 * district it applied to.
 */
@Value.Immutable
@HousingStyle
public abstract class Banding {
  public abstract Band band();

  /** The date that orders the household within its band. */
  public abstract LocalDate bandDate();

  /** The criterion's code: a need, {@code LACKING_ONE_OR_TWO_BEDROOMS}, {@code PRIORITY_HOMELESS_DUTY}, ... */
  public abstract String criterion();

  public abstract LocalDate awardStartedOn();

  /** The last day of the award; empty for an award that does not expire. */
  public abstract Optional<LocalDate> awardExpiresOn();

  public abstract Set<ReasonablePreference> preferences();

  /** A local connection with the district applied to (the higher of each band pair). */
  public abstract boolean localConnection();

  static ImmutableBanding.Builder builder() {
    return ImmutableBanding.builder();
  }
}
