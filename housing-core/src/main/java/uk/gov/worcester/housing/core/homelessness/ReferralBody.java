package uk.gov.worcester.housing.core.homelessness;

/**
 * Who referred the household: the public authorities under the duty to refer (HA 1996 s.213B,
 * from 1 October 2018; the Homelessness (Review Procedure etc.) Regulations 2018, SI 2018/167
 * Schedule), or another route (H-CLIC item A7).
 */
public enum ReferralBody {
  /** A prison. */
  PRISON,
  /** A young offender institution. */
  YOUNG_OFFENDER_INSTITUTION,
  /** A secure training centre or secure college. */
  SECURE_TRAINING_CENTRE_OR_COLLEGE,
  /** A youth offending team. */
  YOUTH_OFFENDING_TEAM,
  /** The probation service. */
  PROBATION,
  /** Jobcentre Plus. */
  JOBCENTRE_PLUS,
  /** Adult social care services. */
  ADULT_SOCIAL_SERVICES,
  /** Children's social care services. */
  CHILDRENS_SOCIAL_SERVICES,
  /** An NHS emergency department. */
  NHS_EMERGENCY_DEPARTMENT,
  /** An NHS urgent treatment centre. */
  NHS_URGENT_TREATMENT_CENTRE,
  /** An NHS hospital providing inpatient treatment. */
  NHS_INPATIENT_TREATMENT,
  /** The Secretary of State for Defence (members of the regular armed forces). */
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
