package uk.gov.worcester.housing.rules.homelessness;

/** Whether the applicant is eligible for assistance (HA 1996 s.185). */
public enum EligibilityStatus {
  /** Eligible for assistance. */
  ELIGIBLE,
  /** Not eligible for assistance. */
  INELIGIBLE,
  /** The applicant's immigration status is not yet established: inquiries continue (s.184). */
  NOT_YET_KNOWN
}
