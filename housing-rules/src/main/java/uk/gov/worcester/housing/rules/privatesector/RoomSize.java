package uk.gov.worcester.housing.rules.privatesector;

/** How a sleeping room measures up to the licence's room-size conditions. */
public enum RoomSize {
  /** No one sleeps there. */
  NOT_SLEPT_IN,
  /** Large enough for its sleepers. */
  MEETS_MINIMUM,
  /** Under the least area for one child under 10: no one may sleep there. */
  NOT_FOR_SLEEPING,
  /** Too small for its sleepers. */
  TOO_SMALL,
  /** A mix of sleepers the conditions do not prescribe a size for (three or more, or adults with children): the council's own standard decides. */
  NOT_PRESCRIBED
}
