package uk.gov.worcester.housing.rules.homelessness;

/** The grounds of a local connection (HA 1996 s.199). */
public enum ConnectionGround {
  /** Normal residence of choice (s.199(1)(a)), by the referral guidelines' periods. */
  RESIDENCE,
  /** Non-casual employment there (s.199(1)(b)). */
  EMPLOYMENT,
  /** Close family resident there for the guidelines' period (s.199(1)(c)). */
  FAMILY,
  /** The authority that looked after a care leaver (s.199(8)-(11); detail unconfirmed). */
  CARE_LEAVER,
  /** The district of Home Office asylum support accommodation (s.199(6)). */
  ASYLUM_SUPPORT
}
