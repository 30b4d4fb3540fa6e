package uk.gov.worcester.housing.rules.lettings;

/** Why a bid is not on an advert's shortlist. */
public enum SkipReason {
  /** The application is not on the register. */
  NOT_ON_REGISTER,
  /** The application is not active (pending, suspended, closed, not qualified). */
  NOT_ACTIVE,
  /** The bid was placed before the advert opened or after it closed. */
  OUT_OF_TIME,
  /** The bid is for another advert. */
  OTHER_ADVERT,
  /** The application bid more than once; its earliest bid stands. */
  DUPLICATE_BID,
  /** The household's bedroom need is outside the advert's range. */
  BEDROOM_NEED,
  /** The home is not a size the policy lets the household bid for. */
  PROPERTY_SIZE,
  /** The applicant is younger than the advert allows. */
  APPLICANT_TOO_YOUNG,
  /** The applicant is older than the advert allows. */
  APPLICANT_TOO_OLD,
  /** The home is adapted and the household does not need an adapted home. */
  ADAPTED_HOME,
  /** The local lettings plan requires a local connection the household does not have. */
  LOCAL_LETTINGS_CONNECTION,
  /** The local lettings plan sets a minimum age a member is under. */
  LOCAL_LETTINGS_AGE,
  /** The application has used the week's bids (checked when a bid is placed). */
  OVER_WEEKLY_LIMIT
}
