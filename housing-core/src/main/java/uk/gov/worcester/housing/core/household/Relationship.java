package uk.gov.worcester.housing.core.household;

/** How a member of the household is related to the applicant. */
public enum Relationship {
  /** The person who applies: exactly one per household. */
  APPLICANT,
  /** The applicant's spouse, civil partner or cohabiting partner: at most one. */
  PARTNER,
  /** A son or daughter. */
  CHILD,
  /** A stepchild. */
  STEPCHILD,
  /** A child fostered by the household. */
  FOSTER_CHILD,
  /** A grandchild. */
  GRANDCHILD,
  /** A parent. */
  PARENT,
  /** A grandparent. */
  GRANDPARENT,
  /** A brother or sister. */
  SIBLING,
  /** Another relative. */
  OTHER_RELATIVE,
  /** A carer who lives with the household (relevant to the size criteria's extra room). */
  CARER,
  /** Anyone else who might reasonably be expected to live with the applicant (HA 1996 s.176). */
  OTHER
}
