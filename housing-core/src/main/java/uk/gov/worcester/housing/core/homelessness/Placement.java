package uk.gov.worcester.housing.core.homelessness;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/**
 * A stay in temporary accommodation arranged under a duty (s.188, s.190(2), s.193, s.193C(4)),
 * with what the suitability rules need: its type, district, whether its facilities are shared,
 * and the dates of the stay.
 */
@Value.Immutable
@HousingStyle
public abstract class Placement {
  /** The placement's own reference, unique within a case. */
  public abstract String reference();

  public abstract TemporaryAccommodationType type();

  /** The district the accommodation is in: out of the council's own district is flagged. */
  public abstract LocalAuthority district();

  /**
   * Shares toilet, washing or cooking facilities with another household: with bed and breakfast, what the
   * Suitability Order's six-week limit is about (SI 2003/3326 arts.2-4).
   */
  @Value.Default
  public boolean sharedFacilities() {
    return true;
  }

  public abstract DateRange stay();

  /** The duty the placement is made under. */
  public abstract DutyKind underDuty();

  /** Why the placement ended, if it has: free text, so redacted from {@code toString()}. */
  @Value.Redacted
  public abstract Optional<String> endNote();

  public static ImmutablePlacement.Builder builder() {
    return ImmutablePlacement.builder();
  }
}
