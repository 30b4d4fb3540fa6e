package uk.gov.worcester.housing.core.lettings;

/** The allocation decisions an applicant may ask to have reviewed (HA 1996 s.166A(9)(c), s.160ZA(9)). */
public enum ReviewableDecision {
  /** Not eligible for an allocation (s.160ZA(2)-(5)). */
  ELIGIBILITY,
  /** Not a qualifying person (s.160ZA(7)). */
  QUALIFICATION,
  /** The facts of the case and the band given (s.166A(9)(b)-(c)). */
  BANDING,
  /** A suspension from bidding. */
  SUSPENSION
}
