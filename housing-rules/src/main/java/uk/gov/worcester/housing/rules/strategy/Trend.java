package uk.gov.worcester.housing.rules.strategy;

/** How an indicator moved since last year, in its direction. */
public enum Trend {
  /** Moved the better way. */
  IMPROVED,
  /** Moved the worse way. */
  WORSENED,
  /** The same figure as last year. */
  UNCHANGED,
  /** This year's or last year's figure is not available. */
  NO_COMPARISON,
  /** Both figures are available but cover different districts, so they are not compared. */
  NOT_COMPARABLE
}
