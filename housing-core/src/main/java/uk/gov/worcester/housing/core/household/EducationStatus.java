package uk.gov.worcester.housing.core.household;

/**
 * A person's education or training, which decides whether a 16 to 18 year old still counts as a
 * dependent child: only full-time non-advanced education (up to A level) or approved training
 * does, as in child benefit (Child Benefit (General) Regulations 2006 regs 3 and 4).
 */
public enum EducationStatus {
  /** Not in education or training. */
  NONE,
  /** Full-time non-advanced education (up to A level or equivalent): keeps a young person dependent. */
  FULL_TIME_NON_ADVANCED,
  /** Full-time advanced education (a degree, say): does not keep a young person dependent. */
  FULL_TIME_ADVANCED,
  /** Approved training: keeps a young person dependent. */
  APPROVED_TRAINING,
  /** Part-time education or training. */
  PART_TIME;

  /** True where a 16 to 18 year old remains a dependent child. */
  public boolean keepsYoungPersonDependent() {
    return this == FULL_TIME_NON_ADVANCED || this == APPROVED_TRAINING;
  }
}
