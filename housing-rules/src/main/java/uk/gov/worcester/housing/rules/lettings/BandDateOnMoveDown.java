package uk.gov.worcester.housing.rules.lettings;

/** What moving down to a lower band does to the band date (policy data; the scheme's rule is unconfirmed). */
public enum BandDateOnMoveDown {
  /** The band date already held is kept: the household does not lose its waiting time. */
  KEEP_BAND_DATE,
  /** The band date becomes the date of the move down. */
  DATE_OF_CHANGE,
  /** The band date becomes the registration date. */
  REGISTRATION_DATE
}
