package uk.gov.worcester.housing.core.homelessness;

/**
 * The offers of accommodation whose acceptance or refusal ends a duty, each with what the Act
 * asks of its term and of what the applicant must be told first.
 */
public enum OfferKind {
  /**
   * Suitable accommodation with a reasonable prospect of being available for at least six months
   * (s.195(8)(d), s.189B(7)(c)): a fixed term of six months or more, or a periodic or lifetime
   * tenancy. These subsections do not require the consequences to be explained first.
   */
  SUITABLE_ACCOMMODATION(6, false, false, false),
  /**
   * A final accommodation offer: an assured shorthold tenancy for a fixed term of at least six
   * months (s.193A(4)), refused after being told the consequences and the right to a review
   * (s.193A(3)).
   */
  FINAL_ACCOMMODATION_OFFER(6, true, true, true),
  /**
   * A final offer of a social tenancy under Part 6, in writing and stated to be final (s.193A(5),
   * s.193(7), (7A)), after being told the consequences and the right to a review.
   */
  FINAL_PART6_OFFER(0, false, true, true),
  /**
   * A private rented sector offer: an assured shorthold tenancy for a fixed term of at least twelve
   * months (s.193(7AC)), accepted or refused after being told in writing the consequences and the
   * right to a review (s.193(7AA)-(7AB)).
   */
  PRIVATE_RENTED_SECTOR_OFFER(12, true, true, true),
  /**
   * Suitable accommodation under the main duty other than Part 6 or a PRSO, such as temporary
   * accommodation: refusing it ends the duty only after being told the possible consequences of
   * refusal or acceptance and the right to a review of suitability (s.193(5)).
   */
  SUITABLE_TEMPORARY_ACCOMMODATION(0, false, true, false);

  private final int minimumMonths;
  private final boolean fixedTermRequired;
  private final boolean consequencesFirst;
  private final boolean obligationsBar;

  OfferKind(int minimumMonths, boolean fixedTermRequired, boolean consequencesFirst, boolean obligationsBar) {
    this.minimumMonths = minimumMonths;
    this.fixedTermRequired = fixedTermRequired;
    this.consequencesFirst = consequencesFirst;
    this.obligationsBar = obligationsBar;
  }

  /**
   * The council may not approve or make this kind of offer unless satisfied the applicant is not
   * under obligations on their existing accommodation that they cannot end before being required to
   * take it up: a private rented sector offer and a final Part 6 offer under the main duty
   * (s.193(7F), (8)), and a final accommodation offer or final Part 6 offer at the relief stage
   * (s.193A(6)-(7)) or under s.193C(4) (the like bar in s.193C: unconfirmed, its subsections not
   * read).
   */
  public boolean barredByExistingObligations() {
    return obligationsBar;
  }

  /** The shortest period, in months, the accommodation must be likely to last; 0 where none is set. */
  public int minimumMonths() {
    return minimumMonths;
  }

  /** The offer must be a tenancy for a fixed term (an assured shorthold), not periodic or lifetime. */
  public boolean fixedTermRequired() {
    return fixedTermRequired;
  }

  /**
   * The applicant must first be told of the possible consequences of refusal or acceptance and of
   * the right to ask for a review of suitability before the offer can end a duty.
   */
  public boolean needsConsequencesExplained() {
    return consequencesFirst;
  }

  /** Whether an offer on {@code term} meets what the Act asks of this kind of offer. */
  public boolean allows(TenancyTerm term) {
    if (fixedTermRequired && term.kind() != TenancyTerm.Kind.FIXED_TERM) {
      return false;
    }
    return minimumMonths == 0 || term.lastsAtLeast(minimumMonths);
  }
}
