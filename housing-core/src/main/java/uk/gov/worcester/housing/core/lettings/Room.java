package uk.gov.worcester.housing.core.lettings;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * A room of the household's current home available as sleeping accommodation, with its floor
 * area in square feet as the space standard measures it (HA 1985 s.326(3), Table II).
 */
@Value.Immutable
@HousingStyle
public abstract class Room {
  /** The largest floor area accepted, in square feet. */
  public static final int MAX_FLOOR_AREA = 10_000;

  @Value.Parameter
  public abstract RoomKind kind();

  /** Floor area in whole square feet. */
  @Value.Parameter
  public abstract int floorAreaSquareFeet();

  @Value.Check
  protected void check() {
    Checks.start().require(floorAreaSquareFeet() > 0 && floorAreaSquareFeet() <= MAX_FLOOR_AREA,
        "floorAreaSquareFeet", ProblemCodes.OUT_OF_RANGE, "a floor area is 1 to " + MAX_FLOOR_AREA + " square feet")
        .throwIfAny();
  }

  public static Room of(RoomKind kind, int floorAreaSquareFeet) {
    return ImmutableRoom.of(kind, floorAreaSquareFeet);
  }
}
