package uk.gov.worcester.housing.rules.lettings;

/** The scheme's qualification tests (HA 1996 s.160ZA(6)-(7)); each one failed is reported. */
public enum QualificationTest {
  /** Younger than the scheme's minimum age (16). */
  AGE,
  /** No local connection to the partnership area, and not exempt. */
  LOCAL_CONNECTION,
  /** No recognised housing need. */
  HOUSING_NEED,
  /** Unacceptable behaviour serious enough to make the applicant unsuitable to be a tenant. */
  UNACCEPTABLE_BEHAVIOUR,
  /** Income at or above the scheme's limit. */
  INCOME,
  /** Savings at or above the scheme's limit. */
  SAVINGS
}
