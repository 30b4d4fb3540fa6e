package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;
import static uk.gov.worcester.housing.rules.common.Legislation.PRIORITY_NEED_ORDER_2002;

import uk.gov.worcester.housing.core.common.Citation;

/**
 * The categories of priority need: HA 1996 s.189(1) and the Homelessness (Priority Need for
 * Accommodation) (England) Order 2002 (SI 2002/2051). Vulnerability categories rest on an
 * officer's judgement recorded with the approach.
 */
public enum PriorityNeedCategory {
  /** A pregnant woman, or someone who lives or might reasonably be expected to live with her. */
  PREGNANT(HA_1996.at("s.189(1)(a)")),
  /** Dependent children live, or might reasonably be expected to live, with the applicant. */
  DEPENDENT_CHILDREN(HA_1996.at("s.189(1)(b)")),
  /** Vulnerable as a result of old age. */
  VULNERABLE_OLD_AGE(HA_1996.at("s.189(1)(c)")),
  /** Vulnerable as a result of mental illness or learning disability. */
  VULNERABLE_MENTAL_ILLNESS_OR_LEARNING_DISABILITY(HA_1996.at("s.189(1)(c)")),
  /** Vulnerable as a result of physical disability. */
  VULNERABLE_PHYSICAL_DISABILITY(HA_1996.at("s.189(1)(c)")),
  /** Vulnerable for another special reason. */
  VULNERABLE_OTHER_SPECIAL_REASON(HA_1996.at("s.189(1)(c)")),
  /** Homeless, or threatened, as a result of an emergency such as flood, fire or other disaster. */
  EMERGENCY(HA_1996.at("s.189(1)(d)")),
  /** Homeless as a result of being a victim of domestic abuse (from 5 July 2021). */
  DOMESTIC_ABUSE_VICTIM(HA_1996.at("s.189(1)(e)")),
  /** Aged 16 or 17, and not a relevant child or owed a Children Act 1989 s.20 duty. */
  AGED_16_OR_17(PRIORITY_NEED_ORDER_2002.at("art.3")),
  /** Aged under 21 and looked after, accommodated or fostered between 16 and 18 (not a relevant student). */
  CARE_LEAVER_UNDER_21(PRIORITY_NEED_ORDER_2002.at("art.4")),
  /** Aged 21 or over and vulnerable as a result of having been looked after, accommodated or fostered. */
  VULNERABLE_HAVING_BEEN_LOOKED_AFTER(PRIORITY_NEED_ORDER_2002.at("art.5(1)")),
  /** Vulnerable as a result of having been a member of the regular armed forces. */
  VULNERABLE_ARMED_FORCES(PRIORITY_NEED_ORDER_2002.at("art.5(2)")),
  /** Vulnerable as a result of having served a custodial sentence, been remanded or committed for contempt. */
  VULNERABLE_CUSTODY(PRIORITY_NEED_ORDER_2002.at("art.5(3)")),
  /** Vulnerable as a result of ceasing to occupy accommodation because of violence or threats of violence. */
  VULNERABLE_FLED_VIOLENCE(PRIORITY_NEED_ORDER_2002.at("art.6"));

  private final Citation citation;

  PriorityNeedCategory(Citation citation) {
    this.citation = citation;
  }

  /** The provision that makes it a priority need. */
  public Citation citation() {
    return citation;
  }
}
