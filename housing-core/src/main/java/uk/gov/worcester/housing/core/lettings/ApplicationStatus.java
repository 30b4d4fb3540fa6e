package uk.gov.worcester.housing.core.lettings;

/** Where an application on the register stands. */
public enum ApplicationStatus {
  /** Registered, awaiting the eligibility, qualification and banding assessment. */
  PENDING,
  /** Assessed as eligible and qualifying: on the register and may bid. */
  ACTIVE,
  /** Assessed as not eligible or not qualifying: not on the register (reviewable, s.166A(9)). */
  NOT_QUALIFIED,
  /** On the register but may not bid for now (offers refused, information awaited). */
  SUSPENDED,
  /** A review of an eligibility, qualification or banding decision is under way. */
  UNDER_REVIEW,
  /** Housed through the register: closed. */
  HOUSED,
  /** Cancelled at the applicant's request or by the scheme: closed. */
  CANCELLED;

  /** True when nothing further can happen to the application. */
  public boolean isClosed() {
    return this == HOUSED || this == CANCELLED;
  }
}
