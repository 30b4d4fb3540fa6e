package uk.gov.worcester.housing.core.homelessness;

/**
 * Who owns or manages a placement's accommodation: the Suitability Order's definition of bed and
 * breakfast leaves out accommodation "owned or managed by a local housing authority, a registered
 * social landlord or a voluntary organisation as defined in section 180(3)" of the Housing Act 1996
 * (SI 2003/3326 art.2, as made).
 */
public enum AccommodationProvider {
  /** A local housing authority: this council or another. */
  LOCAL_AUTHORITY,
  /**
   * A registered social landlord, as the Order was made; in England now a private registered
   * provider of social housing (that the Order's words are read so is unconfirmed).
   */
  REGISTERED_PROVIDER,
  /**
   * A voluntary organisation as defined in HA 1996 s.180(3): a body, not a public or local
   * authority, whose activities are not carried on for profit.
   */
  VOLUNTARY_ORGANISATION,
  /** Anyone else: a hotel, a guest house, a private landlord or a commercial hostel operator. */
  PRIVATE;

  /** True for the owners and managers whose accommodation the Order's art.2 leaves out of bed and breakfast. */
  public boolean excludedFromBedAndBreakfast() {
    return this != PRIVATE;
  }
}
