package uk.gov.worcester.housing.core.welfare;

/** What the referring agency found about the household's need. */
public enum NeedSituation {
  /** A crisis: an unplanned need from severe hardship. */
  CRISIS,
  /** Exceptional financial pressure. */
  EXCEPTIONAL_PRESSURE,
  /** A planned move from temporary or unsettled accommodation (the resettlement strand). */
  PLANNED_MOVE,
  /**
   * Resettlement to avoid institutional care (the South Worcestershire scheme's Settlement Support;
   * the current version does not name it).
   */
  AVOIDING_INSTITUTIONAL_CARE,
  /** None of these. */
  NO_CRISIS;

  /** True for a crisis or exceptional pressure, which the crisis strand needs. */
  public boolean isCrisis() {
    return this == CRISIS || this == EXCEPTIONAL_PRESSURE;
  }
}
