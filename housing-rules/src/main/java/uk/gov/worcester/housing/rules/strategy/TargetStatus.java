package uk.gov.worcester.housing.rules.strategy;

/** Whether an indicator met its target in a reporting year. */
public enum TargetStatus {
  /** The figure meets the target, in the indicator's direction (equal meets it). */
  MET,
  /** The figure falls short of the target, in the indicator's direction. */
  NOT_MET,
  /** There is a figure, but the plan sets no target for this year and area. */
  NO_TARGET,
  /** No figure is available for this year and area: the report says so rather than show a false zero. */
  NO_FIGURE,
  /**
   * The figure leaves out districts of the area (their records were not given, or do not cover
   * the year): it is not the area's figure, so it is not judged against the area's target.
   */
  PARTIAL_FIGURE
}
