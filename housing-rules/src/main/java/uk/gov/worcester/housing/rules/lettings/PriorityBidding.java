package uk.gov.worcester.housing.rules.lettings;

/** Where a Priority band applicant stands with their duty to bid. */
public enum PriorityBidding {
  /** Not in the Priority band. */
  NOT_PRIORITY,
  /** In the first weeks of the award: the applicant may still bid themselves. */
  GRACE_PERIOD,
  /** Bidding. */
  BIDDING,
  /** No bid in the grace period: officers bid for every eligible home on the applicant's behalf. */
  OFFICER_TO_BID
}
