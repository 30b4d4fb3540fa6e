package uk.gov.worcester.housing.core.household;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/** A period of work in an authority's district, for local connection (HA 1996 s.199(1)(b)). */
@Value.Immutable
@HousingStyle
public abstract class EmploymentPeriod {
  public abstract LocalAuthority authority();

  public abstract DateRange period();

  /** Casual work does not give a local connection (the referral guidelines). */
  @Value.Default
  public boolean casual() {
    return false;
  }

  public static EmploymentPeriod of(LocalAuthority authority, DateRange period) {
    return builder().authority(authority).period(period).build();
  }

  public static ImmutableEmploymentPeriod.Builder builder() {
    return ImmutableEmploymentPeriod.builder();
  }
}
