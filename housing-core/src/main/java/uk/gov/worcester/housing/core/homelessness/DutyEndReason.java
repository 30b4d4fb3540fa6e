package uk.gov.worcester.housing.core.homelessness;

import java.util.Optional;

/**
 * Every way a duty can lawfully end: the closed lists in HA 1996 ss.188, 189B, 190, 193, 193A,
 * 193B, 193C, 195 and 198. Each reason knows the duty it ends, its provision, whether the
 * applicant must be told in writing, the earliest day of the duty it can take effect, the offer
 * it needs (for a refusal or acceptance), and the decision it opens to review (s.202).
 */
public enum DutyEndReason {
  /** Suitable accommodation is available, with a reasonable prospect of it for at least 6 months. */
  PREVENTION_ACCOMMODATION_SECURED(DutyKind.PREVENTION, "s.195(8)(a)", true, 0, null, ReviewableDecision.PREVENTION_STEPS_OR_ENDING),
  /** 56 days have passed since the prevention duty began. */
  PREVENTION_56_DAYS_ELAPSED(DutyKind.PREVENTION, "s.195(8)(b)", true, 56, null, ReviewableDecision.PREVENTION_STEPS_OR_ENDING),
  /** The applicant has become homeless (the relief duty follows). */
  PREVENTION_BECAME_HOMELESS(DutyKind.PREVENTION, "s.195(8)(c)", true, 0, null, ReviewableDecision.PREVENTION_STEPS_OR_ENDING),
  /** The applicant refused an offer of suitable accommodation. */
  PREVENTION_REFUSED_SUITABLE_OFFER(DutyKind.PREVENTION, "s.195(8)(d)", true, 0, OfferKind.SUITABLE_ACCOMMODATION, ReviewableDecision.PREVENTION_STEPS_OR_ENDING),
  /** The applicant became homeless intentionally from accommodation made available by the prevention steps. */
  PREVENTION_INTENTIONALLY_HOMELESS_FROM_ACCOMMODATION_PROVIDED(DutyKind.PREVENTION, "s.195(8)(e)", true, 0, null, ReviewableDecision.PREVENTION_STEPS_OR_ENDING),
  /** The applicant is no longer eligible for assistance. */
  PREVENTION_NO_LONGER_ELIGIBLE(DutyKind.PREVENTION, "s.195(8)(f)", true, 0, null, ReviewableDecision.PREVENTION_STEPS_OR_ENDING),
  /** The applicant withdrew the application. */
  PREVENTION_WITHDREW(DutyKind.PREVENTION, "s.195(8)(g)", true, 0, null, ReviewableDecision.PREVENTION_STEPS_OR_ENDING),
  /** The applicant deliberately and unreasonably refused to co-operate, after a warning. */
  PREVENTION_NON_COOPERATION(DutyKind.PREVENTION, "s.193B(2)", true, 0, null, ReviewableDecision.NON_COOPERATION_NOTICE_PREVENTION),

  /** Suitable accommodation is secured, with a reasonable prospect of it for at least 6 months. */
  RELIEF_ACCOMMODATION_SECURED(DutyKind.RELIEF, "s.189B(7)(a)", true, 0, null, ReviewableDecision.RELIEF_ENDING),
  /** 56 days have passed since the relief duty began, and the council gives notice. */
  RELIEF_56_DAYS_ELAPSED(DutyKind.RELIEF, "s.189B(7)(b)", true, 56, null, ReviewableDecision.RELIEF_ENDING),
  /** Ends by itself at the end of 56 days for a household in priority need and not intentionally homeless. */
  RELIEF_56_DAYS_AUTOMATIC(DutyKind.RELIEF, "s.189B(4)", false, 56, null, null),
  /** The applicant refused an offer of suitable accommodation. */
  RELIEF_REFUSED_SUITABLE_OFFER(DutyKind.RELIEF, "s.189B(7)(c)", true, 0, OfferKind.SUITABLE_ACCOMMODATION, ReviewableDecision.RELIEF_ENDING),
  /** The applicant became homeless intentionally from accommodation made available by the relief steps. */
  RELIEF_INTENTIONALLY_HOMELESS_FROM_ACCOMMODATION_PROVIDED(DutyKind.RELIEF, "s.189B(7)(d)", true, 0, null, ReviewableDecision.RELIEF_ENDING),
  /** The applicant is no longer eligible for assistance. */
  RELIEF_NO_LONGER_ELIGIBLE(DutyKind.RELIEF, "s.189B(7)(e)", true, 0, null, ReviewableDecision.RELIEF_ENDING),
  /** The applicant withdrew the application. */
  RELIEF_WITHDREW(DutyKind.RELIEF, "s.189B(7)(f)", true, 0, null, ReviewableDecision.RELIEF_ENDING),
  /** The applicant refused a final accommodation offer. */
  RELIEF_REFUSED_FINAL_ACCOMMODATION_OFFER(DutyKind.RELIEF, "s.193A(2)", true, 0, OfferKind.FINAL_ACCOMMODATION_OFFER, ReviewableDecision.SUITABILITY_OF_ACCOMMODATION),
  /** The applicant refused a final Part 6 offer of social housing. */
  RELIEF_REFUSED_FINAL_PART6_OFFER(DutyKind.RELIEF, "s.193A(2)", true, 0, OfferKind.FINAL_PART6_OFFER, ReviewableDecision.SUITABILITY_OF_ACCOMMODATION),
  /** The applicant deliberately and unreasonably refused to co-operate, after a warning. */
  RELIEF_NON_COOPERATION(DutyKind.RELIEF, "s.193B(2)", true, 0, null, ReviewableDecision.NON_COOPERATION_NOTICE_RELIEF),
  /** The case was referred to another authority (local connection). */
  RELIEF_REFERRED_TO_ANOTHER_AUTHORITY(DutyKind.RELIEF, "s.198(A1)", true, 0, null, ReviewableDecision.REFERRAL),

  /** Not in priority need, or no s.190/193 duty will follow relief, and the applicant is told so (Mitchell v Islington). */
  INTERIM_NO_FURTHER_DUTY_NOTIFIED(DutyKind.INTERIM_ACCOMMODATION, "s.188(1ZA)(b)", true, 0, null, ReviewableDecision.DUTY_OWED),
  /** The relief duty has ended and the applicant is told of the next duty (s.190 or s.193). */
  INTERIM_NEXT_DUTY_NOTIFIED(DutyKind.INTERIM_ACCOMMODATION, "s.188(1ZB)", true, 0, null, ReviewableDecision.DUTY_OWED),
  /** The applicant is no longer eligible for assistance. */
  INTERIM_NO_LONGER_ELIGIBLE(DutyKind.INTERIM_ACCOMMODATION, "s.188(1)", true, 0, null, ReviewableDecision.ELIGIBILITY),
  /** The applicant withdrew the application. */
  INTERIM_WITHDREW(DutyKind.INTERIM_ACCOMMODATION, "s.188(1)", true, 0, null, null),

  /** The applicant refused suitable accommodation offered under the main duty, after being told the consequences. */
  MAIN_REFUSED_SUITABLE_OFFER(DutyKind.MAIN, "s.193(5)", true, 0, OfferKind.SUITABLE_TEMPORARY_ACCOMMODATION, ReviewableDecision.SUITABILITY_OF_ACCOMMODATION),
  /** The applicant is no longer eligible for assistance. */
  MAIN_NO_LONGER_ELIGIBLE(DutyKind.MAIN, "s.193(6)(a)", true, 0, null, ReviewableDecision.DUTY_OWED),
  /** The applicant became homeless intentionally from the accommodation provided. */
  MAIN_INTENTIONALLY_HOMELESS_FROM_ACCOMMODATION(DutyKind.MAIN, "s.193(6)(b)", true, 0, null, ReviewableDecision.DUTY_OWED),
  /** The applicant accepted a Part 6 offer of social housing. */
  MAIN_ACCEPTED_PART6_OFFER(DutyKind.MAIN, "s.193(6)(c)", true, 0, null, ReviewableDecision.DUTY_OWED),
  /** The applicant accepted an offer of an assured tenancy (not a shorthold) from a private landlord. */
  MAIN_ACCEPTED_ASSURED_TENANCY(DutyKind.MAIN, "s.193(6)(cc)", true, 0, null, ReviewableDecision.DUTY_OWED),
  /** The applicant otherwise voluntarily ceased to occupy the accommodation as their only or principal home. */
  MAIN_LEFT_VOLUNTARILY(DutyKind.MAIN, "s.193(6)(d)", true, 0, null, ReviewableDecision.DUTY_OWED),
  /** The applicant refused a final Part 6 offer of social housing. */
  MAIN_REFUSED_FINAL_PART6_OFFER(DutyKind.MAIN, "s.193(7)", true, 0, OfferKind.FINAL_PART6_OFFER, ReviewableDecision.SUITABILITY_OF_ACCOMMODATION),
  /** The applicant accepted a private rented sector offer. */
  MAIN_ACCEPTED_PRIVATE_RENTED_SECTOR_OFFER(DutyKind.MAIN, "s.193(7AA)", true, 0, OfferKind.PRIVATE_RENTED_SECTOR_OFFER, ReviewableDecision.SUITABILITY_OF_ACCOMMODATION),
  /** The applicant refused a private rented sector offer. */
  MAIN_REFUSED_PRIVATE_RENTED_SECTOR_OFFER(DutyKind.MAIN, "s.193(7AA)", true, 0, OfferKind.PRIVATE_RENTED_SECTOR_OFFER, ReviewableDecision.SUITABILITY_OF_ACCOMMODATION),

  /** The accommodation was provided for the period the council considered a reasonable opportunity. */
  INTENTIONAL_REASONABLE_OPPORTUNITY_GIVEN(DutyKind.INTENTIONALLY_HOMELESS_ACCOMMODATION, "s.190(2)(a)", true, 0, null, ReviewableDecision.DUTY_OWED),

  /** The applicant refused a final accommodation offer. */
  NON_COOPERATION_REFUSED_FINAL_ACCOMMODATION_OFFER(DutyKind.NON_COOPERATION_ACCOMMODATION, "s.193C(6)(a)", true, 0, OfferKind.FINAL_ACCOMMODATION_OFFER, ReviewableDecision.SUITABILITY_OF_ACCOMMODATION),
  /** The applicant refused a final Part 6 offer of social housing. */
  NON_COOPERATION_REFUSED_FINAL_PART6_OFFER(DutyKind.NON_COOPERATION_ACCOMMODATION, "s.193C(6)(b)", true, 0, OfferKind.FINAL_PART6_OFFER, ReviewableDecision.SUITABILITY_OF_ACCOMMODATION),
  /**
   * Another ending of the s.193C(4) duty (s.193C(5)): the applicant ceases to be eligible, becomes
   * homeless intentionally from the accommodation, accepts an assured tenancy from a private
   * landlord (a shorthold included, unlike s.193(6)(cc)), or otherwise voluntarily ceases to
   * occupy it (the wording from a practitioner's summary of s.193C(5): unconfirmed).
   */
  NON_COOPERATION_OTHER_ENDING(DutyKind.NON_COOPERATION_ACCOMMODATION, "s.193C(5)", true, 0, null, ReviewableDecision.DUTY_OWED);

  private final DutyKind duty;
  private final String provision;
  private final boolean writtenNotice;
  private final int earliestDay;
  private final OfferKind offer;
  private final ReviewableDecision reviewable;

  DutyEndReason(DutyKind duty, String provision, boolean writtenNotice, int earliestDay, OfferKind offer,
      ReviewableDecision reviewable) {
    this.duty = duty;
    this.provision = provision;
    this.writtenNotice = writtenNotice;
    this.earliestDay = earliestDay;
    this.offer = offer;
    this.reviewable = reviewable;
  }

  /** The duty this reason ends. */
  public DutyKind duty() {
    return duty;
  }

  /** The provision of HA 1996 that allows it. */
  public String provision() {
    return provision;
  }

  /** The applicant must be given notice in writing, with reasons and the right to a review. */
  public boolean needsWrittenNotice() {
    return writtenNotice;
  }

  /**
   * The number of days (counting the first day of the duty as day 1) that must have passed before
   * this reason can end the duty: 56 for the endings by time, 0 for the rest.
   */
  public int daysThatMustHaveRun() {
    return earliestDay;
  }

  /** The offer this ending needs to have been made first. */
  public Optional<OfferKind> offer() {
    return Optional.ofNullable(offer);
  }

  /** The s.202 decision the ending's notice opens to review; none for an automatic end. */
  public Optional<ReviewableDecision> reviewable() {
    return Optional.ofNullable(reviewable);
  }
}
