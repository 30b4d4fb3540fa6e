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

  /** True for shared bed and breakfast, which the Suitability Order limits for families. */
  public boolean isBedAndBreakfast() {
    return this == BED_AND_BREAKFAST;
  }
}
