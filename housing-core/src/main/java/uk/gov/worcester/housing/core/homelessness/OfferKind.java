package uk.gov.worcester.housing.core.homelessness;

/** The offers of accommodation whose acceptance or refusal ends a duty. */
public enum OfferKind {
  /** Suitable accommodation with a reasonable prospect of lasting six months (s.195(8)(d), s.189B(7)(c)). */
  SUITABLE_ACCOMMODATION(6),
  /** A final accommodation offer: an assured shorthold tenancy of at least six months (s.193A(4)). */
  FINAL_ACCOMMODATION_OFFER(6),
  /** A final offer of a social tenancy under Part 6, in writing and stated to be final (s.193A(5), s.193(7)). */
  FINAL_PART6_OFFER(0),
  /** A private rented sector offer: an assured shorthold tenancy of at least twelve months (s.193(7AC)). */
  PRIVATE_RENTED_SECTOR_OFFER(12),
  /** Suitable accommodation under the main duty other than Part 6 or a PRSO: temporary accommodation (s.193(5)). */
  SUITABLE_TEMPORARY_ACCOMMODATION(0);

  private final int minimumFixedTermMonths;

  OfferKind(int minimumFixedTermMonths) {
    this.minimumFixedTermMonths = minimumFixedTermMonths;
  }

  /** The shortest fixed term the law allows for this kind of offer; 0 where none is set. */
  public int minimumFixedTermMonths() {
    return minimumFixedTermMonths;
  }
}
