package uk.gov.worcester.housing.rules.homelessness;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/** Whether the conditions for referring the case to another authority are met (HA 1996 s.198). */
@Value.Immutable
@HousingStyle
public abstract class Referral {
  @Value.Parameter
  public abstract boolean open();

  /** The authorities the case could be referred to. */
  @Value.Parameter
  public abstract List<LocalAuthority> to();

  public static Referral of(boolean open, List<LocalAuthority> to) {
    return ImmutableReferral.of(open, to);
  }
}
