package uk.gov.worcester.housing.rules.homelessness;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.SleepingSite;

/** The rough sleeping snapshot count for one night: people counted, by where they were. */
@Value.Immutable
@HousingStyle
public abstract class SnapshotCount {
  public abstract LocalDate night();

  /** Distinct people seen sleeping or bedded down in the open air or places not designed for habitation. */
  public abstract int count();

  /** Counted people by site. */
  public abstract Map<SleepingSite, Integer> bySite();

  /** Contacts that night the definition excludes (hostels, sofa-surfers, campsites, squats, Travellers). */
  public abstract int excludedContacts();

  public static ImmutableSnapshotCount.Builder builder() {
    return ImmutableSnapshotCount.builder();
  }
}
