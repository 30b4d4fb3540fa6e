package uk.gov.worcester.housing.report.page;

/** Which way a figure moved against last year. */
public enum Direction {
  /** Higher than last year. */
  UP,
  /** Lower than last year. */
  DOWN,
  /** The same as last year. */
  SAME
}
