package uk.gov.worcester.housing.core.lettings;

/** The tenancy a landlord offers with an advertised home. */
public enum TenancyType {
  /** A council's introductory tenancy (HA 1996 Part 5). */
  INTRODUCTORY,
  /** A council's secure tenancy (HA 1985 Part 4). */
  SECURE,
  /** A housing association's starter tenancy (assured shorthold for a trial period). */
  STARTER,
  /** A housing association's assured (periodic) tenancy. */
  ASSURED,
  /** A fixed-term tenancy. */
  FIXED_TERM,
  /** An affordable rent tenancy (up to 80% of market rent). */
  AFFORDABLE_RENT
}
