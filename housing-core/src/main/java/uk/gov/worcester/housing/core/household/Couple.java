package uk.gov.worcester.housing.core.household;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.PersonId;

/** Two members who live together as a couple (they share a bedroom under the bedroom standard). */
@Value.Immutable
@HousingStyle
public abstract class Couple {
  @Value.Parameter
  public abstract PersonId first();

  @Value.Parameter
  public abstract PersonId second();

  public static Couple of(PersonId first, PersonId second) {
    return ImmutableCouple.of(first, second);
  }
}
