package uk.gov.worcester.housing.rules.homelessness;

/** Whether a household is homeless or threatened with homelessness (HA 1996 s.175). */
public enum HomelessStatus {
  HOMELESS,
  THREATENED,
  NOT_HOMELESS
}
