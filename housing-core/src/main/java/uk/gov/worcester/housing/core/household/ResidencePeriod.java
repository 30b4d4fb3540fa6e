package uk.gov.worcester.housing.core.household;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/**
 * A period of living in an authority's district, for local connection (HA 1996 s.199(1)(a)).
 * Residence not of the household's own choice (in custody, say) does not count (s.199(3)).
 */
@Value.Immutable
@HousingStyle
public abstract class ResidencePeriod {
  public abstract LocalAuthority authority();

  /** The days lived there; open while still living there. */
  public abstract DateRange period();

  @Value.Default
  public boolean ofOwnChoice() {
    return true;
  }

  public static ResidencePeriod of(LocalAuthority authority, DateRange period) {
    return builder().authority(authority).period(period).build();
  }

  public static ImmutableResidencePeriod.Builder builder() {
    return ImmutableResidencePeriod.builder();
  }
}
