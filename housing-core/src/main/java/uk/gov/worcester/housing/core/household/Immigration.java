package uk.gov.worcester.housing.core.household;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * The immigration and residence facts eligibility turns on (HA 1996 s.185; SI 2006/1294 regs 5
 * and 6). Special category data in practice, so redacted wherever it appears in a
 * {@code toString()}.
 */
@Value.Immutable
@HousingStyle
public abstract class Immigration {
  public abstract ImmigrationStatus status();

  /** Habitually resident in the Common Travel Area (UK, Ireland, Channel Islands, Isle of Man). */
  @Value.Default
  public boolean habituallyResident() {
    return true;
  }

  /**
   * Given leave on a sponsor's undertaking, within five years of arrival or of the undertaking,
   * with the sponsor still alive: excluded from class C (reg.5(1)(c)).
   */
  @Value.Default
  public boolean sponsoredWithinFiveYears() {
    return false;
  }

  /** A British citizen habitually resident here: the common case. */
  public static Immigration britishCitizen() {
    return of(ImmigrationStatus.BRITISH_CITIZEN);
  }

  public static Immigration of(ImmigrationStatus status) {
    return builder().status(status).build();
  }

  public static ImmutableImmigration.Builder builder() {
    return ImmutableImmigration.builder();
  }
}
