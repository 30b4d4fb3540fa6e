package uk.gov.worcester.housing.core.welfare;

/** The kinds of help the Discretionary Welfare Assistance Scheme gives, each in one strand. */
public enum AwardItem {
  /** A food voucher: a value for the first adult and each further member, capped. */
  FOOD_VOUCHER(Strand.CRISIS, AwardForm.VOUCHER),
  /** An energy voucher (PayPoint, for a prepayment meter): a single-or-couple or a family rate. */
  ENERGY_VOUCHER(Strand.CRISIS, AwardForm.VOUCHER),
  /** Essential items, by need: once for the life of the scheme. */
  ESSENTIAL_ITEMS(Strand.CRISIS, AwardForm.GOODS),
  /** An item of white goods or furniture from the scheme's catalogue, one of each kind. */
  RESETTLEMENT_ITEM(Strand.RESETTLEMENT, AwardForm.GOODS);

  private final Strand strand;
  private final AwardForm usualForm;

  AwardItem(Strand strand, AwardForm usualForm) {
    this.strand = strand;
    this.usualForm = usualForm;
  }

  /** The strand the item belongs to. */
  public Strand strand() {
    return strand;
  }

  /** The form the item is given in unless the policy allows otherwise. */
  public AwardForm usualForm() {
    return usualForm;
  }
}
