package uk.gov.worcester.housing.core.homelessness;

/**
 * The kind of each {@link CaseEvent}: a stable code (the JSON {@code "type"}) and the constant a
 * {@code switch} uses, so that a new kind of event fails to compile wherever it must be handled.
 */
public enum EventType {
  /** The council accepted the prevention duty (s.195). */
  PREVENTION_DUTY_ACCEPTED,
  /** The council accepted the relief duty (s.189B). */
  RELIEF_DUTY_ACCEPTED,
  /** Interim accommodation was provided (s.188). */
  INTERIM_ACCOMMODATION_PROVIDED,
  /** A personalised housing plan was agreed or recorded (s.189A). */
  PLAN_AGREED,
  /** An offer of accommodation was made. */
  OFFER_MADE,
  /** A duty ended, for a stated reason. */
  DUTY_ENDED,
  /** The main duty decision was made. */
  MAIN_DUTY_DECIDED,
  /** A relevant warning about non-co-operation was given (s.193B). */
  RELEVANT_WARNING_GIVEN,
  /** A notice ending a duty for non-co-operation was given (s.193B). */
  NON_COOPERATION_NOTICE_GIVEN,
  /** The case was referred to another authority (s.198). */
  REFERRAL_MADE,
  /** The applicant asked for a review of a decision (s.202). */
  REVIEW_REQUESTED,
  /** A review was decided. */
  REVIEW_DECIDED,
  /** A temporary accommodation placement began. */
  PLACEMENT_STARTED,
  /** A temporary accommodation placement ended. */
  PLACEMENT_ENDED,
  /** A change in the household's circumstances (a birth, a member joining or leaving, and so on). */
  CIRCUMSTANCES_CHANGED
}
