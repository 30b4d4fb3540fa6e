package uk.gov.worcester.housing.core.household;

/** Who gave the evidence of a vulnerability or disability. */
public enum EvidenceSource {
  /** The person's own account. */
  SELF_DECLARED,
  /** A general practitioner. */
  GP,
  /** A hospital or a consultant. */
  HOSPITAL_OR_CONSULTANT,
  /** A mental health service. */
  MENTAL_HEALTH_SERVICE,
  /** A social worker. */
  SOCIAL_WORKER,
  /** A support worker. */
  SUPPORT_WORKER,
  /** An occupational therapist. */
  OCCUPATIONAL_THERAPIST,
  /** The probation service. */
  PROBATION,
  /** The police. */
  POLICE,
  /** Another professional. */
  OTHER_PROFESSIONAL
}
