package uk.gov.worcester.housing.core.homelessness;

/**
 * Who referred the household: the public authorities under the duty to refer (HA 1996 s.213B,
 * from 1 October 2018; the Homelessness (Review Procedure etc.) Regulations 2018, SI 2018/167
 * Schedule), or another route (H-CLIC item A7).
 */
public enum ReferralBody {
  PRISON,
  YOUNG_OFFENDER_INSTITUTION,
  SECURE_TRAINING_CENTRE_OR_COLLEGE,
  YOUTH_OFFENDING_TEAM,
  PROBATION,
  JOBCENTRE_PLUS,
  ADULT_SOCIAL_SERVICES,
  CHILDRENS_SOCIAL_SERVICES,
  NHS_EMERGENCY_DEPARTMENT,
  NHS_URGENT_TREATMENT_CENTRE,
  NHS_INPATIENT_TREATMENT,
  SECRETARY_OF_STATE_FOR_DEFENCE,
  /** Not a s.213B body: another council, a charity, a housing association. */
  OTHER_AGENCY,
  /** No referral: the household approached the council itself. */
  SELF;

  /** True for the bodies the s.213B duty applies to. */
  public boolean isDutyToReferBody() {
    return this != OTHER_AGENCY && this != SELF;
  }
}
