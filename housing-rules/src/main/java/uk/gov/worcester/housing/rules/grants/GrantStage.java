package uk.gov.worcester.housing.rules.grants;

/** Where a grant application has got to. */
public enum GrantStage {
  /** Received; no decision yet. */
  RECEIVED,
  /** Scored by officers; no decision yet. */
  SCORED,
  /** Awarded; the monitoring return is not in yet. */
  AWARDED,
  /** Awarded and the monitoring return received. */
  COMPLETED,
  /** Refused. */
  REFUSED,
  /** Withdrawn before any payment (an award given back counts). */
  WITHDRAWN
}
