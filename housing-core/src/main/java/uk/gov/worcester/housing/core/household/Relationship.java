package uk.gov.worcester.housing.core.household;

/** How a member of the household is related to the applicant. */
public enum Relationship {
  /** The person who applies: exactly one per household. */
  APPLICANT,
  /** The applicant's spouse, civil partner or cohabiting partner: at most one. */
  PARTNER,
  CHILD,
  STEPCHILD,
  FOSTER_CHILD,
  GRANDCHILD,
  PARENT,
  GRANDPARENT,
  SIBLING,
  OTHER_RELATIVE,
  /** A carer who lives with the household (relevant to the size criteria's extra room). */
  CARER,
  /** Anyone else who might reasonably be expected to live with the applicant (HA 1996 s.176). */
  OTHER
}
