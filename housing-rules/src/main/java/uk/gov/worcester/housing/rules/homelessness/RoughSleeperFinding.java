package uk.gov.worcester.housing.rules.homelessness;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.StreetPersonId;

/**
 * What the street contacts say about one person: the first night seen sleeping rough in this
 * spell, whether they are new, whether an offer came before a second night out, and nights seen.
 */
@Value.Immutable
@HousingStyle
public abstract class RoughSleeperFinding {
  public abstract StreetPersonId person();

  public abstract LocalDate firstNightThisSpell();

  /** The spell began in the reporting period, after 60 months unseen (or never seen before). */
  public abstract boolean newRoughSleeper();

  /** The first offer after the first night of this spell, if any. */
  public abstract Optional<LocalDate> firstOfferOn();

  /** An offer was made on the first night or the day after: before a second night out. */
  public abstract boolean offerBeforeSecondNight();

  /** Nights seen sleeping rough in this spell, up to the end of the period. */
  public abstract int nightsSeen();

  public static ImmutableRoughSleeperFinding.Builder builder() {
    return ImmutableRoughSleeperFinding.builder();
  }
}
