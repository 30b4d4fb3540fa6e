package uk.gov.worcester.housing.rules.homelessness.hclic;

/** The nine sections of the H-CLIC return, linked by the case reference. */
public enum HclicSection {
  /** The application: initial assessment, reason for loss, accommodation, household type, referral (A1 to A7). */
  MAIN,
  /** The people in the household. */
  PEOPLE,
  /** The support needs of the household (A3). */
  SUPPORT,
  /** The prevention duty. */
  PREVENTION,
  /** The relief duty. */
  RELIEF,
  /** The main duty decision and its priority need categories (MD items). */
  FINAL_DUTIES,
  /** The end of the council's assistance: the date the case closed. */
  ASSISTANCE,
  /** Temporary accommodation placements. */
  TEMPORARY_ACCOMMODATION,
  /** Reviews of decisions. */
  REVIEWS
}
