package uk.gov.worcester.housing.core.strategy;

/** What a line of a year's progress narrative is. */
public enum NoteKind {
  /** A headline achievement, a "good news story". */
  HEADLINE_ACHIEVEMENT,
  /** A risk to delivering the plan. */
  RISK,
  /** A next step for the coming year. */
  NEXT_STEP
}
