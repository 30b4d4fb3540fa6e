package uk.gov.worcester.housing.core.lettings;

/** Who placed a bid. */
public enum BidPlacer {
  /** The applicant, online, by text or by phone. */
  APPLICANT,
  /** An officer, on the applicant's behalf (a Priority band applicant who has not bid, say). */
  OFFICER
}
