package uk.gov.worcester.housing.rules.homelessness;

/** Problem codes for case events the law does not allow. Part of the public contract. */
public final class CaseProblems {
  /** The event is not allowed in the case's state (a duty that is not live, an outcome the facts do not support). */
  public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";
  /** The event comes before a period the law requires has run. */
  public static final String TOO_EARLY = "TOO_EARLY";
  /** An ending or decision that must be in writing has no notice date. */
  public static final String NOTICE_REQUIRED = "NOTICE_REQUIRED";
  /** Events are not in date order, or before the application. */
  public static final String OUT_OF_ORDER = "OUT_OF_ORDER";
  /** The ending needs an offer of that kind, made with its consequences explained, first. */
  public static final String OFFER_REQUIRED = "OFFER_REQUIRED";
  /**
   * The offer the ending rests on was not one the council recorded being satisfied was suitable
   * (s.193(5), (7F), s.193A(6)): {@code offer.satisfiedSuitable} is false.
   */
  public static final String OFFER_NOT_SATISFIED_SUITABLE = "OFFER_NOT_SATISFIED_SUITABLE";
  /**
   * The final or private rented sector offer the ending rests on was made while the applicant could
   * not end their obligations on their existing accommodation in time, or without the council
   * considering it (s.193(7F)-(8), s.193A(6)-(7)): {@code offer.existingObligations}.
   */
  public static final String OFFER_BARRED_BY_EXISTING_OBLIGATIONS = "OFFER_BARRED_BY_EXISTING_OBLIGATIONS";
  /** A review asked for after the 21 days without the council's agreement. */
  public static final String REVIEW_OUT_OF_TIME = "REVIEW_OUT_OF_TIME";
  /** A non-co-operation notice needs a relevant warning and a reasonable period first. */
  public static final String WARNING_REQUIRED = "WARNING_REQUIRED";
  /** A non-co-operation notice needs a second officer's authorisation. */
  public static final String SECOND_OFFICER_REQUIRED = "SECOND_OFFICER_REQUIRED";
  /** No version of the law covers the application date. */
  public static final String NOT_SUPPORTED = "NOT_SUPPORTED";

  private CaseProblems() {}
}
