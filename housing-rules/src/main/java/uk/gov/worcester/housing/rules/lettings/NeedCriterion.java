package uk.gov.worcester.housing.rules.lettings;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.NeedKind;

/** The band criterion a recorded need meets. */
@Value.Immutable
@HousingStyle
public abstract class NeedCriterion {
  @Value.Parameter
  public abstract NeedKind need();

  @Value.Parameter
  public abstract BandCriterion criterion();

  /** A need's criterion from its parts. */
  public static NeedCriterion of(NeedKind need, Band withConnection, Band withoutConnection, int months,
      boolean unconfirmed) {
    return ImmutableNeedCriterion.of(need, BandCriterion.of(need.name(), withConnection, withoutConnection, months,
        unconfirmed));
  }
}
