package uk.gov.worcester.housing.core.strategy;

/** Where an action of the plan stood at the end of a reporting year. */
public enum ActionStatus {
  /** Work has not begun. */
  NOT_STARTED,
  /** Work is under way and on course. */
  IN_PROGRESS,
  /** Done. */
  COMPLETED,
  /** Taking longer than planned. */
  DELAYED,
  /** Under way, but may not be delivered without help. */
  AT_RISK
}
