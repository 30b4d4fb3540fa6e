package uk.gov.worcester.housing.core.grants;

/**
 * The kind of each {@link GrantEvent}: a stable code (the JSON {@code "type"}) and the constant a
 * {@code switch} uses.
 */
public enum GrantEventType {
  /** Officers scored the bid against the round's criteria. */
  SCORED,
  /** The grant was awarded: the amount is committed from the fund. */
  AWARDED,
  /** The application was refused. */
  REFUSED,
  /** The group withdrew the application, or gave back an award before any payment. */
  WITHDRAWN,
  /** A payment of the grant was made. */
  PAID,
  /** The end-of-project monitoring return was received. */
  MONITORING_RETURNED,
  /** Part of an award will not be needed: the unpaid part goes back to the fund. */
  UNDERSPENT,
  /** Money paid was recovered because the project was not delivered, or not in full. */
  CLAWED_BACK
}
