package uk.gov.worcester.housing.rules.grants;

/** Something about a grant an officer should act on. */
public enum GrantFlag {
  /** The monitoring return is past its due date and has not been received. */
  MONITORING_OVERDUE,
  /** The return says the project was not delivered and money paid has not been recovered. */
  NOT_DELIVERED_CLAWBACK_DUE,
  /** The return says less was spent than was paid (less anything recovered). */
  UNSPENT_GRANT_TO_RECOVER
}
