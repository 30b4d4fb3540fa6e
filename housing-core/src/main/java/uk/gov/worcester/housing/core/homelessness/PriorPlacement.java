package uk.gov.worcester.housing.core.homelessness;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/**
 * Accommodation in this district arranged by another authority on an earlier application
 * (HA 1996 s.198(4)): that authority may be referred to for a prescribed period.
 */
@Value.Immutable
@HousingStyle
public abstract class PriorPlacement {
  public abstract LocalAuthority placedBy();

  public abstract LocalDate placedOn();

  public static PriorPlacement of(LocalAuthority by, LocalDate on) {
    return ImmutablePriorPlacement.builder().placedBy(by).placedOn(on).build();
  }
}
