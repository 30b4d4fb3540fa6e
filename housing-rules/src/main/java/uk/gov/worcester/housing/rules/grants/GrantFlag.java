package uk.gov.worcester.housing.rules.grants;

/** Something about a grant an officer should act on. */
public enum GrantFlag {
  /** The monitoring return is past its due date and has not been received. */
  MONITORING_OVERDUE,
  /** The return says the project was not delivered and money paid has not been recovered. */
  NOT_DELIVERED_CLAWBACK_DUE,
  /** The return says less was spent than was paid (less anything recovered). */
  UNSPENT_GRANT_TO_RECOVER,
  /** The return says more was spent than was paid (less anything recovered): check the claim or pay the rest. */
  SPENT_MORE_THAN_PAID,
  /** The return says the project was not delivered and part of the award is unpaid: release it to the fund. */
  NOT_DELIVERED_RELEASE_DUE
}
