package uk.gov.worcester.housing.core.welfare;

/**
 * The means-tested benefits a household may be receiving. Which of them qualify is policy data:
 * the scheme's own list was not found (unconfirmed).
 */
public enum QualifyingBenefit {
  /** Universal Credit. */
  UNIVERSAL_CREDIT,
  /** Income Support. */
  INCOME_SUPPORT,
  /** Income-based Jobseeker's Allowance. */
  INCOME_BASED_JSA,
  /** Income-related Employment and Support Allowance. */
  INCOME_RELATED_ESA,
  /** Pension Credit (Guarantee Credit). */
  PENSION_CREDIT,
  /** Housing Benefit. */
  HOUSING_BENEFIT,
  /** Council Tax Reduction. */
  COUNCIL_TAX_REDUCTION
}
