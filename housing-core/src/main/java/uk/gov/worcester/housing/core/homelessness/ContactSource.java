package uk.gov.worcester.housing.core.homelessness;

/** How the outreach team came to meet the person (No Second Night Out principle 2: public alerts). */
public enum ContactSource {
  /** Found by the outreach team on a shift. */
  OUTREACH_SHIFT,
  /** An alert from a member of the public through StreetLink. */
  STREETLINK_ALERT,
  /** The police. */
  POLICE,
  /** A health service. */
  HEALTH_SERVICE,
  /** Another agency. */
  OTHER_AGENCY,
  /** The person came forward themselves. */
  SELF_PRESENTED
}
