package uk.gov.worcester.housing.core.homelessness;

/**
 * The decisions an applicant may ask to have reviewed (HA 1996 s.202(1)), each with the number
 * of weeks the council has to decide the review (Homelessness (Review Procedure etc.) Regulations
 * 2018, SI 2018/223 reg.9). No review of a review (s.202(2)).
 */
public enum ReviewableDecision {
  /** Whether the applicant is eligible for assistance. */
  ELIGIBILITY("s.202(1)(a)", 8),
  /** What duty, if any, is owed. */
  DUTY_OWED("s.202(1)(b)", 8),
  /** The steps the council is to take under the relief duty. */
  RELIEF_STEPS("s.202(1)(ba)(i)", 3),
  /** The ending of the relief duty. */
  RELIEF_ENDING("s.202(1)(ba)(ii)", 8),
  /** A notice for non-co-operation given during the prevention duty. */
  NON_COOPERATION_NOTICE_PREVENTION("s.202(1)(bb)", 3),
  /** A notice for non-co-operation given during the relief duty. */
  NON_COOPERATION_NOTICE_RELIEF("s.202(1)(bb)", 8),
  /** The steps taken under the prevention duty, or its ending. */
  PREVENTION_STEPS_OR_ENDING("s.202(1)(bc)", 3),
  /** A decision to refer the case to another authority. */
  REFERRAL("s.202(1)(c)", 8),
  /** Reviewed by both authorities together. */
  REFERRAL_CONDITIONS("s.202(1)(d)", 10),
  /** The duty owed to an applicant whose case was considered for referral (s.200). */
  REFERRAL_DUTY("s.202(1)(e)", 8),
  /** The suitability of accommodation offered. */
  SUITABILITY_OF_ACCOMMODATION("s.202(1)(f)", 8);

  private final String provision;
  private final int weeksToDecide;

  ReviewableDecision(String provision, int weeksToDecide) {
    this.provision = provision;
    this.weeksToDecide = weeksToDecide;
  }

  /** The paragraph of HA 1996 s.202(1) that gives the right to a review. */
  public String provision() {
    return provision;
  }

  /** Weeks from the day the review is requested (SI 2018/223 reg.9(1)); may be extended in writing. */
  public int weeksToDecide() {
    return weeksToDecide;
  }
}
