package uk.gov.worcester.housing.core.strategy;

/** The red, amber or green rating an action's owner gives its progress in a reporting year. */
public enum RagRating {
  /** Off track: needs the partnership's attention. */
  RED,
  /** Some slippage or risk: watch. */
  AMBER,
  /** On track or done. */
  GREEN
}
