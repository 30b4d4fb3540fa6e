package uk.gov.worcester.housing.core.homelessness;

/** The result of a s.202 review. */
public enum ReviewOutcome {
  /** The original decision stands. */
  UPHELD,
  /** The decision is changed in the applicant's favour (wholly or partly). */
  VARIED,
  /** The applicant withdrew the request. */
  WITHDRAWN
}
