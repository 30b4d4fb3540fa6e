package uk.gov.worcester.housing.core.homelessness;

/**
 * The decisions an applicant may ask to have reviewed (HA 1996 s.202(1)), each with the number
 * of weeks the council has to decide the review (Homelessness (Review Procedure etc.) Regulations
 * 2018, SI 2018/223 reg.9). No review of a review (s.202(2)).
 */
public enum ReviewableDecision {
  ELIGIBILITY("s.202(1)(a)", 8),
  DUTY_OWED("s.202(1)(b)", 8),
  RELIEF_STEPS("s.202(1)(ba)(i)", 3),
  RELIEF_ENDING("s.202(1)(ba)(ii)", 8),
  NON_COOPERATION_NOTICE_PREVENTION("s.202(1)(bb)", 3),
  NON_COOPERATION_NOTICE_RELIEF("s.202(1)(bb)", 8),
  PREVENTION_STEPS_OR_ENDING("s.202(1)(bc)", 3),
  REFERRAL("s.202(1)(c)", 8),
  /** Reviewed by both authorities together. */
  REFERRAL_CONDITIONS("s.202(1)(d)", 10),
  REFERRAL_DUTY("s.202(1)(e)", 8),
  SUITABILITY_OF_ACCOMMODATION("s.202(1)(f)", 8);

  private final String provision;
  private final int weeksToDecide;

  ReviewableDecision(String provision, int weeksToDecide) {
    this.provision = provision;
    this.weeksToDecide = weeksToDecide;
  }

  public String provision() {
    return provision;
  }

  /** Weeks from the day the review is requested (SI 2018/223 reg.9(1)); may be extended in writing. */
  public int weeksToDecide() {
    return weeksToDecide;
  }
}
