package uk.gov.worcester.housing.rules.homelessness;

/** Whether a household is homeless or threatened with homelessness (HA 1996 s.175). */
public enum HomelessStatus {
  /** Homeless (s.175(1) to (3)). */
  HOMELESS,
  /** Threatened with homelessness within 56 days (s.175(4) and (5)). */
  THREATENED,
  /** Neither homeless nor threatened with homelessness. */
  NOT_HOMELESS
}
