package uk.gov.worcester.housing.core.welfare;

/** What was decided on a welfare application. */
public enum WelfareOutcome {
  /** At least one item (or payment) was awarded. */
  AWARDED,
  /** Nothing was awarded. */
  REFUSED
}
