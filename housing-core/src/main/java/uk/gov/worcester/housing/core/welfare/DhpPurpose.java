package uk.gov.worcester.housing.core.welfare;

/**
 * What a Discretionary Housing Payment is asked to meet. Some purposes can be paid and some never
 * can (Discretionary Financial Assistance Regulations 2001, SI 2001/1167, reg.3, and the DWP's
 * guidance manual).
 */
public enum DhpPurpose {
  /** A shortfall between rent and the Local Housing Allowance. */
  LHA_SHORTFALL(true),
  /** A shortfall from the benefit cap. */
  BENEFIT_CAP_SHORTFALL(true),
  /** A shortfall from the social sector size criteria. */
  SIZE_CRITERIA_SHORTFALL(true),
  /** Other rent shortfall. */
  RENT_SHORTFALL(true),
  /** Rent arrears (some, where paying them keeps the home). */
  RENT_ARREARS(true),
  /** A rent deposit. */
  DEPOSIT(true),
  /** Rent in advance. */
  RENT_IN_ADVANCE(true),
  /** Removal costs. */
  REMOVAL_COSTS(true),
  /** Service charges that are not eligible for housing costs. */
  INELIGIBLE_SERVICE_CHARGES(false),
  /** Council tax (never, since April 2013). */
  COUNCIL_TAX(false),
  /** A rent increase caused by arrears. */
  ARREARS_RENT_INCREASE(false),
  /** A shortfall from a benefit sanction. */
  SANCTION_SHORTFALL(false),
  /** A shortfall while benefit is suspended. */
  SUSPENSION_SHORTFALL(false),
  /** A shortfall from recovery of an overpayment. */
  OVERPAYMENT_RECOVERY_SHORTFALL(false),
  /** A shortfall from a failure to pursue child maintenance. */
  CHILD_MAINTENANCE_SHORTFALL(false);

  private final boolean payable;

  DhpPurpose(boolean payable) {
    this.payable = payable;
  }

  /** True if a payment may meet this purpose. */
  public boolean payable() {
    return payable;
  }
}
