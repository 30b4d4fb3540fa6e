package uk.gov.worcester.housing.core.welfare;

/** How an award is given. */
public enum AwardForm {
  /** A voucher (food, PayPoint energy). */
  VOUCHER,
  /** Goods supplied and delivered (new, fitted, no choice of model). */
  GOODS,
  /**
   * Financial support for essential items, which the current Worcester scheme allows (the
   * council's current page; earlier versions gave goods or vouchers only).
   */
  FINANCIAL_SUPPORT
}
