package uk.gov.worcester.housing.rules.grants;

/** Which limit set the amount of an award: the lowest of the four, or no award at all. */
public enum AwardLimit {
  /** The amount the group asked for. */
  REQUEST,
  /** The scheme's cap per project. */
  PROJECT_CAP,
  /** The valued match: pound for pound (or the scheme's ratio). */
  MATCH,
  /** What is left in the fund. */
  FUND,
  /** No award: the application is not eligible. */
  NOT_ELIGIBLE,
  /** No award: the amount the other limits allow falls in none of the scheme's tiers. */
  NO_TIER
}
