package uk.gov.worcester.housing.core.homelessness;

/** How the outreach team came to meet the person (No Second Night Out principle 2: public alerts). */
public enum ContactSource {
  OUTREACH_SHIFT,
  STREETLINK_ALERT,
  POLICE,
  HEALTH_SERVICE,
  OTHER_AGENCY,
  SELF_PRESENTED
}
