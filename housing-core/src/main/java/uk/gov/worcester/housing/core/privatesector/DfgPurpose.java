package uk.gov.worcester.housing.core.privatesector;

/** The purposes for which a Disabled Facilities Grant must be given (HGCRA 1996 s.23(1)). */
public enum DfgPurpose {
  /** Access into and out of the dwelling (or building, or garden). */
  ACCESS,
  /** Making the dwelling safe for the disabled occupant and others residing with them. */
  SAFETY,
  /** Access to a room used or usable as the principal family room. */
  FAMILY_ROOM,
  /** Access to, or providing, a room used or usable for sleeping. */
  BEDROOM,
  /** Access to, or providing, a lavatory, bath, shower or wash basin, or easier use of one. */
  BATHROOM,
  /** Preparing and cooking food. */
  COOKING,
  /** Improving or providing a heating system suited to the disabled occupant's needs. */
  HEATING,
  /** Easier use of a source of power, light or heat (controls). */
  CONTROLS,
  /** Access and movement around the home to care for another person who lives there. */
  CARING_FOR_A_DEPENDANT
}
