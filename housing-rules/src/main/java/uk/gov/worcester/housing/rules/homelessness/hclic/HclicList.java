package uk.gov.worcester.housing.rules.homelessness.hclic;

/**
 * The H-CLIC code lists this library fills, by the data item that uses them. The labels are this
 * library's stable names; {@link HclicCodeTable} maps them to the specification's codes.
 */
public enum HclicList {
  /** A1: the outcome of the initial assessment of duty. */
  A1_INITIAL_ASSESSMENT,
  /** A2: the main reason for the loss, or threat of loss, of the last settled home. */
  A2_REASON_FOR_LOSS,
  /** A3: the support needs of the household. */
  A3_SUPPORT_NEED,
  /** A4: the accommodation at the time of application. */
  A4_ACCOMMODATION_AT_APPLICATION,
  /** A5: the type of household. */
  A5_HOUSEHOLD_TYPE,
  /** A7: who referred the household. */
  A7_REFERRAL_SOURCE,
  /** P1: the reason the prevention duty ended. */
  P1_PREVENTION_END,
  /** R1: the reason the relief duty ended. */
  R1_RELIEF_END,
  /** MD1: the main duty decision. */
  MD1_DECISION,
  /** MD2: the reason the main duty ended. */
  MD2_MAIN_DUTY_END,
  /** MD3: the priority need category. */
  MD3_PRIORITY_NEED,
  /** TA1: the type of temporary accommodation. */
  TA1_ACCOMMODATION_TYPE,
  /** Reviews: the decision reviewed. */
  RV_REVIEW_TYPE,
  /** Reviews: the outcome of the review. */
  RV_REVIEW_OUTCOME,
  /** People: sex. */
  PE_SEX,
  /** People: relationship to the main applicant. */
  PE_RELATIONSHIP
}
