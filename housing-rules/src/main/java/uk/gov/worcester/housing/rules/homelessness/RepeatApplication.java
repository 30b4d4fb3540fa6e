package uk.gov.worcester.housing.rules.homelessness;

/**
 * Whether an application is a re-application within two years of accepting a private rented
 * sector offer to which HA 1996 s.195A applies.
 */
public enum RepeatApplication {
  /** No earlier private rented sector offer is recorded. */
  NOT_A_REPEAT_APPLICATION,
  /**
   * Made within two years beginning with the day the offer was accepted: s.195A(1) gives the main
   * duty whatever the priority need, if the applicant is homeless and eligible and the council
   * are not satisfied they became homeless intentionally.
   */
  WITHIN_TWO_YEARS,
  /** Made after the two years ended. */
  AFTER_TWO_YEARS,
  /** The immediately preceding application was itself one s.195A(1) applied to (s.195A(6)). */
  PRECEDING_APPLICATION_WAS_REPEAT,
  /** The council could be satisfied only by regard to a restricted person (s.195A(5)). */
  RESTRICTED_CASE;

  /** s.195A(1) applies to the application. */
  public boolean applies() {
    return this == WITHIN_TWO_YEARS;
  }
}
