package uk.gov.worcester.housing.rules.grants;

/** Whether an application meets a scheme's eligibility rules. */
public enum Eligibility {
  /** Every eligibility rule is met. */
  ELIGIBLE,
  /** At least one rule is not met; the reasons say which. */
  NOT_ELIGIBLE
}
