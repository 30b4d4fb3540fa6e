package uk.gov.worcester.housing.report.page;

/** Whether a figure's move against last year is good news. */
public enum Judgement {
  /** Good news. */
  BETTER,
  /** Bad news. */
  WORSE,
  /** Neither. */
  NEUTRAL
}
