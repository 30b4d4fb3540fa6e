package uk.gov.worcester.housing.core.welfare;

/** The strands of the Discretionary Welfare Assistance Scheme. */
public enum Strand {
  /** Crisis Support (earlier, Crisis Living Support): an unplanned need from severe hardship or exceptional circumstances. */
  CRISIS,
  /** Re-Settlement Support (earlier, Settlement Support): a planned move from temporary or unsettled accommodation. */
  RESETTLEMENT
}
