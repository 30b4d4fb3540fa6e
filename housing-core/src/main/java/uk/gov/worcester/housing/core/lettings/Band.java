package uk.gov.worcester.housing.core.lettings;

/**
 * The Home Choice Plus bands. Their ranking is policy data (the rules module's lettings policy
 * holds the order), not the order of these constants: the sources confirm Priority at the top and
 * Bronze at the bottom, but not whether Silver Plus outranks Gold, nor where Reduced sits
 * (unconfirmed).
 */
public enum Band {
  /** A partner has accepted a homelessness duty (HA 1996 Part 7): must bid for every eligible home. */
  PRIORITY,
  /** High housing need with a local connection. */
  GOLD_PLUS,
  /** The Gold Plus needs without a local connection. */
  SILVER_PLUS,
  /** Housing need (a serious hazard, lacking one or two bedrooms) with a local connection. */
  GOLD,
  /** The Gold needs without a local connection. */
  SILVER,
  /** Reasonable preference reduced for the applicant's conduct or means (from 1 April 2013). */
  REDUCED,
  /** Low housing need with a full local connection (unconfirmed inference). */
  BRONZE_PLUS,
  /** Low housing need with a limited local connection (one partner district only). */
  BRONZE
}
