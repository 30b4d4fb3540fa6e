package uk.gov.worcester.housing.rules.lettings;

/** Why a household has a local connection for the allocation scheme. */
public enum ConnectionGround {
  /** Has lived in the area for the scheme's years (2) up to now. */
  RESIDENCE,
  /** Works there, not casually, and has for the scheme's months (6). */
  EMPLOYMENT,
  /** Immediate family (parent, adult child, brother or sister) have lived there for the scheme's years (5). */
  FAMILY,
  /** No local connection may be required of the armed forces cases in SI 2012/1869 reg.3. */
  ARMED_FORCES_EXEMPTION,
  /** A household with a reasonable preference counts as connected by special circumstances (where the policy says so). */
  SPECIAL_CIRCUMSTANCES
}
