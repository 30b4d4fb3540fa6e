package uk.gov.worcester.housing.core.homelessness;

/**
 * The kind of each {@link CaseEvent}: a stable code (the JSON {@code "type"}) and the constant a
 * {@code switch} uses, so that a new kind of event fails to compile wherever it must be handled.
 */
public enum EventType {
  PREVENTION_DUTY_ACCEPTED,
  RELIEF_DUTY_ACCEPTED,
  INTERIM_ACCOMMODATION_PROVIDED,
  PLAN_AGREED,
  OFFER_MADE,
  DUTY_ENDED,
  MAIN_DUTY_DECIDED,
  RELEVANT_WARNING_GIVEN,
  NON_COOPERATION_NOTICE_GIVEN,
  REFERRAL_MADE,
  REVIEW_REQUESTED,
  REVIEW_DECIDED,
  PLACEMENT_STARTED,
  PLACEMENT_ENDED,
  /** A change in the household's circumstances (a birth, a member joining or leaving, and so on). */
  CIRCUMSTANCES_CHANGED
}
