package uk.gov.worcester.housing.core.welfare;

/**
 * The white goods and furniture the resettlement strand supplies from the scheme's catalogue. A
 * household gets one of each {@link #kind()}: a fridge and a fridge-freezer are the same kind.
 */
public enum CatalogueItem {
  /** A cooker (the older Worcester scheme: electric). */
  COOKER,
  /** A fridge (households without children). */
  FRIDGE,
  /** A fridge-freezer (families). */
  FRIDGE_FREEZER,
  /** A washing machine (the older Worcester scheme: families only). */
  WASHING_MACHINE,
  /** A bed with its mattress. */
  BED,
  /** A sofa or chairs to sit on. */
  SOFA,
  /** A table and chairs. */
  TABLE_AND_CHAIRS,
  /** A wardrobe or chest of drawers. */
  WARDROBE;

  /** The kind the one-of-each-kind limit counts: a fridge-freezer counts as a fridge. */
  public CatalogueItem kind() {
    return this == FRIDGE_FREEZER ? FRIDGE : this;
  }

  /** True for white goods (cooker, fridge, fridge-freezer, washing machine). */
  public boolean whiteGoods() {
    return this == COOKER || this == FRIDGE || this == FRIDGE_FREEZER || this == WASHING_MACHINE;
  }
}
