package uk.gov.worcester.housing.core.homelessness;

/** The duties a council can owe a homeless household, each with the section that imposes it. */
public enum DutyKind {
  /** Interim accommodation while inquiries and the relief duty run. */
  INTERIM_ACCOMMODATION("s.188(1)"),
  /** Help to stop the household becoming homeless. */
  PREVENTION("s.195(2)"),
  /** Help to secure accommodation for a homeless household. */
  RELIEF("s.189B(2)"),
  /** The main housing duty: secure accommodation until the duty ends. */
  MAIN("s.193(2)"),
  /** Accommodation for a reasonable opportunity, for an intentionally homeless household in priority need. */
  INTENTIONALLY_HOMELESS_ACCOMMODATION("s.190(2)(a)"),
  /** Accommodation after a non-co-operation notice ended the relief duty (instead of s.193). */
  NON_COOPERATION_ACCOMMODATION("s.193C(4)");

  private final String section;

  DutyKind(String section) {
    this.section = section;
  }

  /** The section of the Housing Act 1996 that imposes the duty. */
  public String section() {
    return section;
  }
}
