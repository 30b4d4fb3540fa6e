package uk.gov.worcester.housing.core.welfare;

/**
 * What a Discretionary Housing Payment is asked to meet. Some purposes can be paid and some never
 * can (Discretionary Financial Assistance Regulations 2001, SI 2001/1167, reg.3, and the DWP's
 * guidance manual). A periodic purpose is part of the ongoing award, which may not exceed the
 * eligible rent or housing costs; a lump sum (arrears, a deposit, rent in advance, removal costs)
 * is outside that limit.
 */
public enum DhpPurpose {
  /** A shortfall between rent and the Local Housing Allowance. */
  LHA_SHORTFALL(true, true),
  /** A shortfall from the benefit cap. */
  BENEFIT_CAP_SHORTFALL(true, true),
  /** A shortfall from the social sector size criteria. */
  SIZE_CRITERIA_SHORTFALL(true, true),
  /**
   * Any other rent shortfall: payable only where the need states its cause, an officer's note that
   * no reg.3 cause applies.
   */
  RENT_SHORTFALL(true, true),
  /** Rent arrears (some, where paying them keeps the home): a lump sum. */
  RENT_ARREARS(true, false),
  /** A rent deposit: a lump sum. */
  DEPOSIT(true, false),
  /** Rent in advance: a lump sum. */
  RENT_IN_ADVANCE(true, false),
  /** Removal costs: a lump sum. */
  REMOVAL_COSTS(true, false),
  /** Service charges that are not eligible for Housing Benefit (reg.3(a)). */
  INELIGIBLE_SERVICE_CHARGES(false, true),
  /** Service charges not met by the Universal Credit housing costs element (reg.3(aa)). */
  UC_INELIGIBLE_SERVICE_CHARGES(false, true),
  /** Council tax (never, since April 2013: reg.2(3)(b)). */
  COUNCIL_TAX(false, true),
  /** A rent increase caused by arrears. */
  ARREARS_RENT_INCREASE(false, true),
  /** A shortfall from a benefit sanction. */
  SANCTION_SHORTFALL(false, true),
  /** A shortfall from a Universal Credit sanction (reg.3(p)). */
  UC_SANCTION_SHORTFALL(false, true),
  /** A shortfall while benefit is suspended. */
  SUSPENSION_SHORTFALL(false, true),
  /** A shortfall from recovery of an overpayment. */
  OVERPAYMENT_RECOVERY_SHORTFALL(false, true),
  /** A shortfall from recovery of a Universal Credit overpayment (reg.3(o)). */
  UC_OVERPAYMENT_RECOVERY_SHORTFALL(false, true),
  /** A shortfall from a failure to pursue child maintenance. */
  CHILD_MAINTENANCE_SHORTFALL(false, true),
  /** A shortfall because benefit is reduced for a benefit offence (reg.3). */
  BENEFIT_OFFENCE_REDUCTION(false, true),
  /** A shortfall from the restriction for breach of a community order (SI 2001/1711; reg.3). */
  COMMUNITY_ORDER_RESTRICTION(false, true),
  /** Charges for water, sewerage or environmental services (reg.3). */
  WATER_SEWERAGE_ENVIRONMENTAL_CHARGES(false, true);

  private final boolean payable;
  private final boolean periodic;

  DhpPurpose(boolean payable, boolean periodic) {
    this.payable = payable;
    this.periodic = periodic;
  }

  /** True if a payment may meet this purpose. */
  public boolean payable() {
    return payable;
  }

  /** True if part of the ongoing award, limited by the eligible rent; false for a lump sum. */
  public boolean periodic() {
    return periodic;
  }
}
