package uk.gov.worcester.housing.core.household;

/** The kind of building or structure a household lives in. */
public enum PropertyType {
  HOUSE,
  BUNGALOW,
  FLAT,
  MAISONETTE,
  BEDSIT,
  ROOM_IN_SHARED_HOUSE,
  HOSTEL,
  BED_AND_BREAKFAST,
  /** A caravan or mobile home: a moveable structure (HA 1996 s.175(2)(b)). */
  CARAVAN_OR_MOBILE_HOME,
  /** A houseboat: a moveable structure (HA 1996 s.175(2)(b)). */
  HOUSEBOAT,
  /** No building at all (rough sleeping, a vehicle not designed for living in). */
  NONE,
  OTHER;

  /** True for a moveable structure, which needs a lawful place to put it (s.175(2)(b)). */
  public boolean isMoveable() {
    return this == CARAVAN_OR_MOBILE_HOME || this == HOUSEBOAT;
  }
}
