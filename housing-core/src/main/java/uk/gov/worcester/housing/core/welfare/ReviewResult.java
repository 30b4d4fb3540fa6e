package uk.gov.worcester.housing.core.welfare;

/** The result of a review of a welfare decision, decided by an officer who did not make it. */
public enum ReviewResult {
  /** The decision stands. */
  UPHELD,
  /** The decision was wrong; the reviewing officer decides the application again. */
  OVERTURNED,
  /** The request was withdrawn. */
  WITHDRAWN
}
