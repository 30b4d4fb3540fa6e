package uk.gov.worcester.housing.rules.homelessness;

import uk.gov.worcester.housing.core.common.Citation;

/**
 * The categories of priority need: HA 1996 s.189(1) and the Homelessness (Priority Need for
 * Accommodation) (England) Order 2002 (SI 2002/2051). Vulnerability categories rest on an
 * officer's judgement recorded with the approach.
 */
public enum PriorityNeedCategory {
  PREGNANT(Law.ha1996("s.189(1)(a)")),
  DEPENDENT_CHILDREN(Law.ha1996("s.189(1)(b)")),
  VULNERABLE_OLD_AGE(Law.ha1996("s.189(1)(c)")),
  VULNERABLE_MENTAL_ILLNESS_OR_LEARNING_DISABILITY(Law.ha1996("s.189(1)(c)")),
  VULNERABLE_PHYSICAL_DISABILITY(Law.ha1996("s.189(1)(c)")),
  VULNERABLE_OTHER_SPECIAL_REASON(Law.ha1996("s.189(1)(c)")),
  EMERGENCY(Law.ha1996("s.189(1)(d)")),
  DOMESTIC_ABUSE_VICTIM(Law.ha1996("s.189(1)(e)")),
  AGED_16_OR_17(Law.priorityNeedOrder("art.3")),
  CARE_LEAVER_UNDER_21(Law.priorityNeedOrder("art.4")),
  VULNERABLE_HAVING_BEEN_LOOKED_AFTER(Law.priorityNeedOrder("art.5(1)")),
  VULNERABLE_ARMED_FORCES(Law.priorityNeedOrder("art.5(2)")),
  VULNERABLE_CUSTODY(Law.priorityNeedOrder("art.5(3)")),
  VULNERABLE_FLED_VIOLENCE(Law.priorityNeedOrder("art.6"));

  private final Citation citation;

  PriorityNeedCategory(Citation citation) {
    this.citation = citation;
  }

  public Citation citation() {
    return citation;
  }
}
