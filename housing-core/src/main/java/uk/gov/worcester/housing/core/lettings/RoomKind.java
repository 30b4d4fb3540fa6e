package uk.gov.worcester.housing.core.lettings;

/** A room available as sleeping accommodation for the statutory overcrowding standards (HA 1985 s.325(2)). */
public enum RoomKind {
  /** A bedroom. */
  BEDROOM,
  /** A living room, which counts as sleeping accommodation under the statutory standards. */
  LIVING_ROOM
}
