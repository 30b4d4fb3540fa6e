package uk.gov.worcester.housing.rules.homelessness;

/** Whether the applicant became homeless, or threatened, intentionally (HA 1996 s.191, s.196). */
public enum Intentionality {
  /** Became homeless, or threatened, intentionally. */
  INTENTIONAL,
  /** Did not become homeless, or threatened, intentionally. */
  NOT_INTENTIONAL,
  /** No finding recorded yet: inquiries continue. */
  NOT_YET_DECIDED
}
