package uk.gov.worcester.housing.rules.homelessness.hclic;

/** The nine sections of the H-CLIC return, linked by the case reference. */
public enum HclicSection {
  MAIN,
  PEOPLE,
  SUPPORT,
  PREVENTION,
  RELIEF,
  FINAL_DUTIES,
  ASSISTANCE,
  TEMPORARY_ACCOMMODATION,
  REVIEWS
}
