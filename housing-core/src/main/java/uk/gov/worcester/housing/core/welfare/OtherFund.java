package uk.gov.worcester.housing.core.welfare;

/** Another fund or benefit that would better meet a need than the welfare assistance scheme. */
public enum OtherFund {
  /** A Discretionary Housing Payment. */
  DISCRETIONARY_HOUSING_PAYMENT,
  /** What remains of the Social Fund (budgeting advances). */
  SOCIAL_FUND,
  /** A benefit the household is entitled to but not receiving. */
  UNCLAIMED_BENEFIT,
  /** A charity or another council fund. */
  OTHER_FUND
}
