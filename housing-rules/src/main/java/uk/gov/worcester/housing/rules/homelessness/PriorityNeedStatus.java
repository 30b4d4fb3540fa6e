package uk.gov.worcester.housing.rules.homelessness;

/** Whether the household has a priority need for accommodation. */
public enum PriorityNeedStatus {
  /** In priority need. */
  YES,
  /** Not in priority need. */
  NO,
  /** It may turn on vulnerability, and the officer has not yet made that judgement. */
  AWAITING_JUDGEMENT
}
