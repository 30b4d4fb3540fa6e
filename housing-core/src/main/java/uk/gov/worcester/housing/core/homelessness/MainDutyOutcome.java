package uk.gov.worcester.housing.core.homelessness;

/**
 * What the council decides, once the relief duty has ended, about the duty owed next (HA 1996
 * s.184 and ss.190, 193; H-CLIC item MD1).
 */
public enum MainDutyOutcome {
  /** Eligible, homeless, in priority need and not intentionally homeless: s.193(2). */
  MAIN_DUTY_OWED,
  /** Intentionally homeless and in priority need: s.190(2). */
  INTENTIONALLY_HOMELESS_PRIORITY_NEED,
  /** Intentionally homeless and not in priority need: advice only, s.190(3). */
  INTENTIONALLY_HOMELESS_NO_PRIORITY_NEED,
  /** Homeless but not in priority need: no further duty (advice under s.179). */
  NO_PRIORITY_NEED,
  /** No longer homeless. */
  NOT_HOMELESS,
  /** Not eligible for assistance (s.185). */
  NOT_ELIGIBLE,
  /** Relief ended by refusing a final accommodation or final Part 6 offer: s.193 does not apply (s.193A(3)). */
  NO_DUTY_AFTER_FINAL_OFFER_REFUSED,
  /**
   * Eligible, homeless, in priority need and not intentionally homeless, but a non-co-operation
   * notice was given under s.193B(2) during prevention: s.193 does not apply (s.193(1A)(b)).
   */
  NO_MAIN_DUTY_AFTER_NON_COOPERATION_NOTICE
}
