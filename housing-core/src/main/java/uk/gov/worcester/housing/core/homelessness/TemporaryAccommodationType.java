package uk.gov.worcester.housing.core.homelessness;

/** The kinds of temporary accommodation in the H-CLIC return (item TA1). */
public enum TemporaryAccommodationType {
  /** Bed and breakfast, including shared annexes. */
  BED_AND_BREAKFAST,
  /** Nightly paid, privately managed, self-contained. */
  NIGHTLY_PAID_SELF_CONTAINED,
  /** Hostels, including reception centres, emergency units and refuges. */
  HOSTEL,
  /** Private sector accommodation leased by the council or a registered provider. */
  PRIVATE_SECTOR_LEASED,
  /** The council's or a housing association's own stock. */
  SOCIAL_HOUSING_STOCK,
  /** Any other, including a private landlord directly, or not known. */
  OTHER;

  /**
   * True for the H-CLIC bed and breakfast type. This is the return's category, not the Suitability
   * Order's definition: whether a placement is bed and breakfast for the six-week limit is decided
   * from what {@link Placement} records (self-contained, shared facilities, who owns or manages it;
   * SI 2003/3326 art.2), for which this type only gives the assumptions when a placement is silent.
   */
  public boolean isBedAndBreakfast() {
    return this == BED_AND_BREAKFAST;
  }

  /**
   * Whether accommodation of this type is taken to be separate and self-contained premises when a
   * placement does not say: bed and breakfast and hostels are not; the other types are.
   */
  public boolean typicallySelfContained() {
    return switch (this) {
      case BED_AND_BREAKFAST, HOSTEL -> false;
      case NIGHTLY_PAID_SELF_CONTAINED, PRIVATE_SECTOR_LEASED, SOCIAL_HOUSING_STOCK, OTHER -> true;
    };
  }

  /**
   * Who is taken to own or manage accommodation of this type when a placement does not say: bed
   * and breakfast, nightly paid and other accommodation privately; hostels a voluntary
   * organisation; leased and social housing the council. These assumptions keep every placement
   * recorded before the Order's own test was modelled to the answer it had then (only the bed and
   * breakfast type with shared facilities counted); a placement whose facts differ says so.
   */
  public AccommodationProvider typicalProvider() {
    return switch (this) {
      case BED_AND_BREAKFAST, NIGHTLY_PAID_SELF_CONTAINED, OTHER -> AccommodationProvider.PRIVATE;
      case HOSTEL -> AccommodationProvider.VOLUNTARY_ORGANISATION;
      case PRIVATE_SECTOR_LEASED, SOCIAL_HOUSING_STOCK -> AccommodationProvider.LOCAL_AUTHORITY;
    };
  }
}
