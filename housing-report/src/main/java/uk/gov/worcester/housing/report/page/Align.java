package uk.gov.worcester.housing.report.page;

/** How a table column's cells line up: words to the left, numbers to the right. */
public enum Align {
  /** Words, aligned left. */
  TEXT,
  /** Numbers, aligned right so their digits line up. */
  NUMBER
}
