package uk.gov.worcester.housing.core.household;

/** The kind of building or structure a household lives in. */
public enum PropertyType {
  /** A house. */
  HOUSE,
  /** A bungalow. */
  BUNGALOW,
  /** A flat. */
  FLAT,
  /** A maisonette. */
  MAISONETTE,
  /** A bedsit. */
  BEDSIT,
  /** A room in a shared house. */
  ROOM_IN_SHARED_HOUSE,
  /** A hostel. */
  HOSTEL,
  /** Bed and breakfast accommodation. */
  BED_AND_BREAKFAST,
  /** A caravan or mobile home: a moveable structure (HA 1996 s.175(2)(b)). */
  CARAVAN_OR_MOBILE_HOME,
  /** A houseboat: a moveable structure (HA 1996 s.175(2)(b)). */
  HOUSEBOAT,
  /** No building at all (rough sleeping, a vehicle not designed for living in). */
  NONE,
  /** Another kind of building or structure. */
  OTHER;

  /** True for a moveable structure, which needs a lawful place to put it (s.175(2)(b)). */
  public boolean isMoveable() {
    return this == CARAVAN_OR_MOBILE_HOME || this == HOUSEBOAT;
  }
}
