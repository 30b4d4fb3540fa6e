package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.worcester.housing.rules.homelessness.CaseWorkflowTest.ended;
import static uk.gov.worcester.housing.rules.homelessness.CaseWorkflowTest.ok;
import static uk.gov.worcester.housing.rules.homelessness.CaseWorkflowTest.refused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.homelessness.AbuseFacts;
import uk.gov.worcester.housing.core.homelessness.AbuseKind;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.EarlierPrivateRentedOffer;
import uk.gov.worcester.housing.core.homelessness.ExistingObligations;
import uk.gov.worcester.housing.core.homelessness.MainDutyOutcome;
import uk.gov.worcester.housing.core.homelessness.Offer;
import uk.gov.worcester.housing.core.homelessness.OfferKind;
import uk.gov.worcester.housing.core.homelessness.PlanStep;
import uk.gov.worcester.housing.core.homelessness.TenancyTerm;
import uk.gov.worcester.housing.rules.common.Reason;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;

/**
 * Worked cases for the legal review's two gaps, each named after its provision: an offer ends a
 * duty only where the council were satisfied it was suitable and, for a final or private rented
 * sector offer, that the applicant's existing obligations do not bar it (s.193(5), (7F)-(8),
 * s.193A(6)-(7), s.193C); and the s.198(2ZA) referral back to the authority whose private rented
 * sector offer the applicant accepted.
 */
class OfferSuitabilityAndReferralTest {
  static final LocalDate DAY = LocalDate.of(2024, 5, 1);
  static final LocalDate DECIDED = DAY.plusDays(56);

  static Offer offer(OfferKind kind, boolean satisfiedSuitable, ExistingObligations obligations) {
    TenancyTerm term = kind == OfferKind.PRIVATE_RENTED_SECTOR_OFFER ? TenancyTerm.fixedTerm(12)
        : kind == OfferKind.FINAL_ACCOMMODATION_OFFER ? TenancyTerm.fixedTerm(6) : TenancyTerm.periodic();
    return new Offer(kind, term, true, satisfiedSuitable, obligations);
  }

  static CaseEvent[] events(List<CaseEvent> before, CaseEvent... more) {
    List<CaseEvent> all = new ArrayList<>(before);
    all.addAll(List.of(more));
    return all.toArray(CaseEvent[]::new);
  }

  /** Jordan, 17, owed the main duty from {@link #DECIDED}. */
  static final Approach JORDAN = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
  static final List<CaseEvent> TO_MAIN_DUTY = List.of(new CaseEvent.ReliefDutyAccepted(DAY),
      new CaseEvent.MainDutyDecided(DECIDED, MainDutyOutcome.MAIN_DUTY_OWED));
  static final List<CaseEvent> IN_RELIEF = List.of(new CaseEvent.ReliefDutyAccepted(DAY));
  /** Relief ended by a non-co-operation notice: the s.193C(4) duty is owed. */
  static final List<CaseEvent> TO_NON_COOPERATION_DUTY = List.of(new CaseEvent.ReliefDutyAccepted(DAY),
      new CaseEvent.PlanAgreed(DAY.plusDays(1), List.of(new PlanStep("Attend the tenancy course", true, true)), true),
      new CaseEvent.RelevantWarningGiven(DAY.plusDays(5), DutyKind.RELIEF),
      new CaseEvent.NonCooperationNoticeGiven(DAY.plusDays(20), DutyKind.RELIEF, true));

  static Problem endingRefused(List<CaseEvent> before, Offer offer, DutyKind duty, DutyEndReason reason) {
    LocalDate made = before.get(before.size() - 1).on().plusDays(5);
    return refused(JORDAN, events(before, new CaseEvent.OfferMade(made, offer), ended(made.plusDays(5), duty, reason)));
  }

  static boolean ends(List<CaseEvent> before, Offer offer, DutyKind duty, DutyEndReason reason) {
    LocalDate made = before.get(before.size() - 1).on().plusDays(5);
    HomelessnessCase c = ok(JORDAN, events(before, new CaseEvent.OfferMade(made, offer),
        ended(made.plusDays(5), duty, reason)));
    return !c.latest(duty).get().isLiveOn(made.plusDays(5));
  }

  static void assertProblem(Problem p, String code, String field, String provision) {
    assertEquals(code, p.code());
    assertTrue(p.path().jsonPointer().endsWith("/reason"), p.path().jsonPointer());
    assertTrue(p.message().contains(field), p.message());
    assertTrue(p.message().contains(provision), p.message());
  }

  // 1. Suitability and existing obligations before an offer can end a duty.

  @Test
  void s193_5_refusingAnOfferTheCouncilWereNotSatisfiedWasSuitableLeavesTheMainDutyInPlace() {
    Offer unsure = offer(OfferKind.SUITABLE_TEMPORARY_ACCOMMODATION, false, ExistingObligations.CAN_END_IN_TIME);
    assertProblem(endingRefused(TO_MAIN_DUTY, unsure, DutyKind.MAIN, DutyEndReason.MAIN_REFUSED_SUITABLE_OFFER),
        CaseProblems.OFFER_NOT_SATISFIED_SUITABLE, "offer.satisfiedSuitable", "s.193(5)");
    // s.193(5) has no s.193(8) bar: suitable temporary accommodation ends the duty whatever the obligations.
    assertTrue(ends(TO_MAIN_DUTY, offer(OfferKind.SUITABLE_TEMPORARY_ACCOMMODATION, true,
        ExistingObligations.NOT_CONSIDERED), DutyKind.MAIN, DutyEndReason.MAIN_REFUSED_SUITABLE_OFFER));
  }

  @Test
  void s193_7F_aPrivateRentedSectorOfferEndsTheMainDutyOnlyIfTheCouncilCouldApproveIt() {
    for (DutyEndReason reason : List.of(DutyEndReason.MAIN_REFUSED_PRIVATE_RENTED_SECTOR_OFFER,
        DutyEndReason.MAIN_ACCEPTED_PRIVATE_RENTED_SECTOR_OFFER)) {
      assertProblem(endingRefused(TO_MAIN_DUTY, offer(OfferKind.PRIVATE_RENTED_SECTOR_OFFER, false,
              ExistingObligations.CAN_END_IN_TIME), DutyKind.MAIN, reason),
          CaseProblems.OFFER_NOT_SATISFIED_SUITABLE, "offer.satisfiedSuitable", "s.193(7F)");
      assertProblem(endingRefused(TO_MAIN_DUTY, offer(OfferKind.PRIVATE_RENTED_SECTOR_OFFER, true,
              ExistingObligations.CANNOT_END_IN_TIME), DutyKind.MAIN, reason),
          CaseProblems.OFFER_BARRED_BY_EXISTING_OBLIGATIONS, "offer.existingObligations", "s.193(7F)-(8)");
      assertTrue(ends(TO_MAIN_DUTY, offer(OfferKind.PRIVATE_RENTED_SECTOR_OFFER, true,
          ExistingObligations.CAN_END_IN_TIME), DutyKind.MAIN, reason), reason.name());
    }
  }

  @Test
  void s193_7F_8_aFinalPart6OfferDoesNotEndTheMainDutyWhileTheApplicantCannotEndTheirObligationsInTime() {
    for (ExistingObligations barred : List.of(ExistingObligations.CANNOT_END_IN_TIME,
        ExistingObligations.NOT_CONSIDERED)) {
      assertProblem(endingRefused(TO_MAIN_DUTY, offer(OfferKind.FINAL_PART6_OFFER, true, barred), DutyKind.MAIN,
              DutyEndReason.MAIN_REFUSED_FINAL_PART6_OFFER),
          CaseProblems.OFFER_BARRED_BY_EXISTING_OBLIGATIONS, "offer.existingObligations", "s.193(7F)-(8)");
    }
    assertProblem(endingRefused(TO_MAIN_DUTY, offer(OfferKind.FINAL_PART6_OFFER, false,
            ExistingObligations.CAN_END_IN_TIME), DutyKind.MAIN, DutyEndReason.MAIN_REFUSED_FINAL_PART6_OFFER),
        CaseProblems.OFFER_NOT_SATISFIED_SUITABLE, "offer.satisfiedSuitable", "s.193(7F)");
    assertTrue(ends(TO_MAIN_DUTY, offer(OfferKind.FINAL_PART6_OFFER, true, ExistingObligations.CAN_END_IN_TIME),
        DutyKind.MAIN, DutyEndReason.MAIN_REFUSED_FINAL_PART6_OFFER));
  }

  @Test
  void s193A_6_7_aFinalOfferRefusedDuringReliefNeedsSuitabilityAndNoBarringObligations() {
    for (DutyEndReason reason : List.of(DutyEndReason.RELIEF_REFUSED_FINAL_ACCOMMODATION_OFFER,
        DutyEndReason.RELIEF_REFUSED_FINAL_PART6_OFFER)) {
      OfferKind kind = reason.offer().get();
      assertProblem(endingRefused(IN_RELIEF, offer(kind, false, ExistingObligations.CAN_END_IN_TIME), DutyKind.RELIEF,
          reason), CaseProblems.OFFER_NOT_SATISFIED_SUITABLE, "offer.satisfiedSuitable", "s.193A(6)");
      assertProblem(endingRefused(IN_RELIEF, offer(kind, true, ExistingObligations.CANNOT_END_IN_TIME),
          DutyKind.RELIEF, reason), CaseProblems.OFFER_BARRED_BY_EXISTING_OBLIGATIONS, "offer.existingObligations",
          "s.193A(6)-(7)");
      assertTrue(ends(IN_RELIEF, offer(kind, true, ExistingObligations.CAN_END_IN_TIME), DutyKind.RELIEF, reason),
          reason.name());
    }
  }

  @Test
  void s193C_aFinalOfferEndsTheNonCooperationDutyOnlyWhenSuitableAndNotBarredByObligations() {
    for (DutyEndReason reason : List.of(DutyEndReason.NON_COOPERATION_REFUSED_FINAL_ACCOMMODATION_OFFER,
        DutyEndReason.NON_COOPERATION_REFUSED_FINAL_PART6_OFFER)) {
      OfferKind kind = reason.offer().get();
      assertProblem(endingRefused(TO_NON_COOPERATION_DUTY, offer(kind, false, ExistingObligations.CAN_END_IN_TIME),
          DutyKind.NON_COOPERATION_ACCOMMODATION, reason), CaseProblems.OFFER_NOT_SATISFIED_SUITABLE,
          "offer.satisfiedSuitable", "s.193C");
      assertProblem(endingRefused(TO_NON_COOPERATION_DUTY, offer(kind, true, ExistingObligations.CANNOT_END_IN_TIME),
          DutyKind.NON_COOPERATION_ACCOMMODATION, reason), CaseProblems.OFFER_BARRED_BY_EXISTING_OBLIGATIONS,
          "offer.existingObligations", "s.193C");
      assertTrue(ends(TO_NON_COOPERATION_DUTY, offer(kind, true, ExistingObligations.CAN_END_IN_TIME),
          DutyKind.NON_COOPERATION_ACCOMMODATION, reason), reason.name());
    }
  }

  @Test
  void s195_8d_and_s189B7c_anOfferTheCouncilWereNotSatisfiedWasSuitableEndsNeitherPreventionNorRelief() {
    Offer unsure = new Offer(OfferKind.SUITABLE_ACCOMMODATION, TenancyTerm.periodic(), false, false,
        ExistingObligations.NOT_CONSIDERED);
    assertProblem(endingRefused(IN_RELIEF, unsure, DutyKind.RELIEF, DutyEndReason.RELIEF_REFUSED_SUITABLE_OFFER),
        CaseProblems.OFFER_NOT_SATISFIED_SUITABLE, "offer.satisfiedSuitable", "s.189B(7)(c)");
    Approach family = ApproachSamples.familyServedSection21(DAY);
    Problem p = refused(family, new CaseEvent.PreventionDutyAccepted(DAY), new CaseEvent.OfferMade(DAY.plusDays(5),
        unsure), ended(DAY.plusDays(10), DutyKind.PREVENTION, DutyEndReason.PREVENTION_REFUSED_SUITABLE_OFFER));
    assertProblem(p, CaseProblems.OFFER_NOT_SATISFIED_SUITABLE, "offer.satisfiedSuitable", "s.195(8)(d)");
    Offer satisfied = new Offer(OfferKind.SUITABLE_ACCOMMODATION, TenancyTerm.periodic(), false, true,
        ExistingObligations.NOT_CONSIDERED);
    assertTrue(ends(IN_RELIEF, satisfied, DutyKind.RELIEF, DutyEndReason.RELIEF_REFUSED_SUITABLE_OFFER),
        "s.193A(6)-(7)'s bar is for final offers, not an offer of suitable accommodation");
  }

  @Test
  void s193_7F_theEndingRestsOnTheLatestFinalPart6Offer_notAnEarlierLawfulOne() {
    LocalDate first = DECIDED.plusDays(5);
    Offer unlawful = offer(OfferKind.FINAL_PART6_OFFER, false, ExistingObligations.NOT_CONSIDERED);
    Offer lawful = offer(OfferKind.FINAL_PART6_OFFER, true, ExistingObligations.CAN_END_IN_TIME);
    HomelessnessCase c = ok(JORDAN, events(TO_MAIN_DUTY,
        new CaseEvent.OfferMade(first, unlawful), new CaseEvent.OfferMade(first.plusDays(3), lawful),
        ended(first.plusDays(10), DutyKind.MAIN, DutyEndReason.MAIN_REFUSED_FINAL_PART6_OFFER)));
    assertFalse(c.latest(DutyKind.MAIN).get().isLiveOn(first.plusDays(10)), "the refused offer was lawful");
    Problem p = refused(JORDAN, events(TO_MAIN_DUTY,
        new CaseEvent.OfferMade(first, lawful), new CaseEvent.OfferMade(first.plusDays(3), unlawful),
        ended(first.plusDays(10), DutyKind.MAIN, DutyEndReason.MAIN_REFUSED_FINAL_PART6_OFFER)));
    assertEquals(CaseProblems.OFFER_NOT_SATISFIED_SUITABLE, p.code(), "a withdrawn lawful offer does not stand in "
        + "for the later one refused");
  }

  @Test
  void offerCanEndADutyOnlyWhenSatisfiedSuitableAndForFinalOffersNotBarred() {
    for (OfferKind kind : OfferKind.values()) {
      assertFalse(offer(kind, false, ExistingObligations.CAN_END_IN_TIME).canEndADuty(), kind.name());
      assertTrue(offer(kind, true, ExistingObligations.CAN_END_IN_TIME).canEndADuty(), kind.name());
      assertEquals(!kind.barredByExistingObligations(), offer(kind, true, ExistingObligations.CANNOT_END_IN_TIME)
          .canEndADuty(), kind.name());
    }
    assertEquals(List.of(OfferKind.FINAL_ACCOMMODATION_OFFER, OfferKind.FINAL_PART6_OFFER,
        OfferKind.PRIVATE_RENTED_SECTOR_OFFER), List.of(OfferKind.values()).stream()
        .filter(OfferKind::barredByExistingObligations).toList());
  }

  // 2. s.198(2ZA): referral to the authority whose private rented sector offer was accepted.

  /** The Morgans, connected with Worcester, who accepted Wyre Forest's offer on {@code acceptedOn}. */
  static Approach returned(LocalDate acceptedOn, Optional<LocalAuthority> madeBy) {
    Approach morgans = ApproachSamples.familyServedSection21(DAY);
    return Approach.builder().from(morgans).earlierPrivateRentedOffer(EarlierPrivateRentedOffer.builder()
        .earlierCase(CaseId.of("WF-2022-0417")).acceptedOn(acceptedOn).madeBy(madeBy).build()).build();
  }

  static Assessment assess(Approach a) {
    return HomelessnessAssessment.worcester().assess(a, DAY).get();
  }

  @Test
  void s198_2ZA_theConditionsForReferralAreMetOnTheLastDayOfTheTwoYearsAndNotTheDayAfter() {
    // Applied on DAY: accepted on DAY minus two years plus one day makes DAY the last day of the period
    // of two years beginning with acceptance; accepted a day earlier makes DAY the day after it.
    LocalDate lastDayAcceptance = DAY.minusYears(2).plusDays(1);
    assertEquals(DAY, ReferralRule.lastDayForPrivateRentedOfferReferral(lastDayAcceptance,
        HomelessnessLaw.ENGLAND.requireInForceOn(DAY, uk.gov.worcester.housing.core.common.Path.root()).get()));
    Assessment onLastDay = assess(returned(lastDayAcceptance, Optional.of(LocalAuthority.WYRE_FOREST)));
    assertTrue(onLastDay.localConnection().outcome().with(LocalAuthority.WORCESTER),
        "connected here: no s.198(2) referral, so only (2ZA) can open one");
    assertEquals(List.of(LocalAuthority.WYRE_FOREST), onLastDay.referral().outcome().to());
    Reason why = onLastDay.referral().reasons().stream()
        .filter(r -> r.code().equals("ACCEPTED_PRIVATE_RENTED_OFFER_FROM_THERE")).findFirst().get();
    assertEquals("s.198(2ZA)(a)", why.citation().provision());
    assertTrue(why.text().contains(DAY.toString()), why.text());

    Assessment dayAfter = assess(returned(lastDayAcceptance.minusDays(1), Optional.of(LocalAuthority.WYRE_FOREST)));
    assertEquals(List.of(), dayAfter.referral().outcome().to());
    assertFalse(dayAfter.referral().hasReason("ACCEPTED_PRIVATE_RENTED_OFFER_FROM_THERE"));
  }

  @Test
  void s198_2ZA_b_noReferralIntoADistrictWhereAMemberWouldRunTheRiskOfDomesticAbuse() {
    Approach atRisk = Approach.builder().from(returned(DAY.minusYears(1), Optional.of(LocalAuthority.WYRE_FOREST)))
        .abuse(AbuseFacts.builder().kind(AbuseKind.DOMESTIC_ABUSE).areasOfRisk(List.of(LocalAuthority.WYRE_FOREST))
            .build()).build();
    Assessment a = assess(atRisk);
    assertEquals(List.of(), a.referral().outcome().to());
    assertTrue(a.referral().reasons().stream().anyMatch(r -> r.code().equals("RISK_OF_VIOLENCE_THERE")
        && r.citation().provision().equals("s.198(2ZA)(b)")));
  }

  @Test
  void s198_2ZA_noReferralWhenWhoMadeTheOfferIsNotRecordedOrItWasThisAuthority() {
    assertEquals(List.of(), assess(returned(DAY.minusYears(1), Optional.empty())).referral().outcome().to());
    assertEquals(List.of(), assess(returned(DAY.minusYears(1), Optional.of(LocalAuthority.WORCESTER)))
        .referral().outcome().to());
    assertEquals(List.of(LocalAuthority.WYRE_FOREST), assess(ApproachSamples.returnedAfterPrivateRentedOffer(DAY))
        .referral().outcome().to());
  }
}
