package uk.gov.worcester.housing.core.household;

/** Who gave the evidence of a vulnerability or disability. */
public enum EvidenceSource {
  SELF_DECLARED,
  GP,
  HOSPITAL_OR_CONSULTANT,
  MENTAL_HEALTH_SERVICE,
  SOCIAL_WORKER,
  SUPPORT_WORKER,
  OCCUPATIONAL_THERAPIST,
  PROBATION,
  POLICE,
  OTHER_PROFESSIONAL
}
