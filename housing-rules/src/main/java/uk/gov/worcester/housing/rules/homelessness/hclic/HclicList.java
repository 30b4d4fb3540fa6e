package uk.gov.worcester.housing.rules.homelessness.hclic;

/**
 * The H-CLIC code lists this library fills, by the data item that uses them. The labels are this
 * library's stable names; {@link HclicCodeTable} maps them to the specification's codes.
 */
public enum HclicList {
  A1_INITIAL_ASSESSMENT,
  A2_REASON_FOR_LOSS,
  A3_SUPPORT_NEED,
  A4_ACCOMMODATION_AT_APPLICATION,
  A5_HOUSEHOLD_TYPE,
  A7_REFERRAL_SOURCE,
  P1_PREVENTION_END,
  R1_RELIEF_END,
  MD1_DECISION,
  MD2_MAIN_DUTY_END,
  MD3_PRIORITY_NEED,
  TA1_ACCOMMODATION_TYPE,
  RV_REVIEW_TYPE,
  RV_REVIEW_OUTCOME,
  PE_SEX,
  PE_RELATIONSHIP
}
