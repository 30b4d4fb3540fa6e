package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.ExistingObligations;
import uk.gov.worcester.housing.core.homelessness.MainDutyOutcome;
import uk.gov.worcester.housing.core.homelessness.Offer;
import uk.gov.worcester.housing.core.homelessness.TenancyTerm;
import uk.gov.worcester.housing.core.homelessness.OfferKind;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.homelessness.PlanStep;
import uk.gov.worcester.housing.core.homelessness.ReviewOutcome;
import uk.gov.worcester.housing.core.homelessness.ReviewableDecision;
import uk.gov.worcester.housing.core.homelessness.TemporaryAccommodationType;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;

class CaseWorkflowTest {
  static final LocalDate DAY = LocalDate.of(2024, 5, 1);
  static final CaseWorkflow FLOW = CaseWorkflow.worcester();

  static Validation<Seq<Problem>, HomelessnessCase> replay(Approach a, CaseEvent... events) {
    return FLOW.replay(CaseRecord.of(a, List.of(events)));
  }

  static HomelessnessCase ok(Approach a, CaseEvent... events) {
    Validation<Seq<Problem>, HomelessnessCase> v = replay(a, events);
    assertTrue(v.isValid(), () -> v.getError().toString());
    return v.get();
  }

  static Problem refused(Approach a, CaseEvent... events) {
    Validation<Seq<Problem>, HomelessnessCase> v = replay(a, events);
    assertTrue(v.isInvalid(), "the last event should have been refused");
    assertEquals("/events/" + (events.length - 1), "/" + v.getError().head().path().jsonPointer().split("/", 3)[1]
        + "/" + v.getError().head().path().jsonPointer().split("/", 4)[2]);
    return v.getError().head();
  }

  static CaseEvent.DutyEnded ended(LocalDate on, DutyKind duty, DutyEndReason reason) {
    return new CaseEvent.DutyEnded(on, duty, reason, Optional.of(on));
  }

  static final Approach FAMILY = ApproachSamples.familyServedSection21(DAY);

  /** The Morgans: prevention, the notice expires, relief, then the main duty and a review. */
  @Test
  void preventionToReliefToMainDutyAndReview() {
    LocalDate homeless = DAY.plusDays(41);
    LocalDate reliefEnds = homeless.plusDays(56);
    HomelessnessCase c = ok(FAMILY,
        new CaseEvent.PreventionDutyAccepted(DAY),
        new CaseEvent.PlanAgreed(DAY.plusDays(2), List.of(new PlanStep("Register with Home Choice Plus", true, true),
            new PlanStep("Contact landlords through the rent deposit scheme", false, false)), true),
        ended(homeless, DutyKind.PREVENTION, DutyEndReason.PREVENTION_BECAME_HOMELESS),
        new CaseEvent.ReliefDutyAccepted(homeless),
        new CaseEvent.InterimAccommodationProvided(homeless),
        new CaseEvent.PlacementStarted(homeless, Placement.builder().reference("TA-1")
            .type(TemporaryAccommodationType.PRIVATE_SECTOR_LEASED).district(LocalAuthority.WORCESTER)
            .stay(DateRange.from(homeless)).underDuty(DutyKind.INTERIM_ACCOMMODATION).build()),
        new CaseEvent.MainDutyDecided(reliefEnds, MainDutyOutcome.MAIN_DUTY_OWED),
        new CaseEvent.ReviewRequested(reliefEnds.plusDays(20), ReviewableDecision.DUTY_OWED, reliefEnds, false),
        new CaseEvent.ReviewDecided(reliefEnds.plusDays(50), ReviewableDecision.DUTY_OWED, ReviewOutcome.UPHELD));
    Duty relief = c.latest(DutyKind.RELIEF).get();
    assertEquals(Optional.of(reliefEnds), relief.endedOn(), "relief ended by itself after 56 days");
    assertEquals(Optional.of(DutyEndReason.RELIEF_56_DAYS_AUTOMATIC), relief.endReason());
    assertEquals(56, relief.daysRunOn(reliefEnds.plusDays(100)));
    assertTrue(c.latest(DutyKind.MAIN).get().isLiveOn(reliefEnds));
    assertEquals(ReviewOutcome.UPHELD, c.reviews().get(0).outcome().get());
    assertEquals(List.of("PREVENTION_BECAME_HOMELESS", "MAIN_DUTY_OWED", "REVIEW_UPHELD"),
        c.notices().stream().map(WrittenNotice::subject).toList());
  }

  @Test
  void preventionNeedsAThreatAndReliefNeedsHomelessness() {
    Approach kim = ApproachSamples.roughSleeper(DAY);
    assertTrue(refused(kim, new CaseEvent.PreventionDutyAccepted(DAY)).message().contains("threatened"));
    assertTrue(refused(FAMILY, new CaseEvent.ReliefDutyAccepted(DAY)).message().contains("homeless household"));
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, refused(FAMILY, new CaseEvent.PreventionDutyAccepted(DAY),
        new CaseEvent.ReliefDutyAccepted(DAY.plusDays(41))).code(), "prevention still live");
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, refused(FAMILY, new CaseEvent.PreventionDutyAccepted(DAY),
        new CaseEvent.PreventionDutyAccepted(DAY)).code(), "accepted once");
  }

  @Test
  void reliefCannotEndBy56DaysBeforeTheyHaveRun() {
    Approach kim = ApproachSamples.roughSleeper(DAY);
    Problem p = refused(kim, new CaseEvent.ReliefDutyAccepted(DAY),
        ended(DAY.plusDays(55), DutyKind.RELIEF, DutyEndReason.RELIEF_56_DAYS_ELAPSED));
    assertEquals(CaseProblems.TOO_EARLY, p.code());
    assertTrue(p.message().contains(DAY.plusDays(56).toString()), p.message());
    HomelessnessCase c = ok(kim, new CaseEvent.ReliefDutyAccepted(DAY),
        ended(DAY.plusDays(56), DutyKind.RELIEF, DutyEndReason.RELIEF_56_DAYS_ELAPSED),
        new CaseEvent.MainDutyDecided(DAY.plusDays(57), MainDutyOutcome.NO_PRIORITY_NEED));
    assertEquals(MainDutyOutcome.NO_PRIORITY_NEED, c.mainDutyDecision().get().outcome());
  }

  @Test
  void reliefForAPriorityHouseholdEndsByItselfNotByNotice() {
    Approach jordan = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    Problem p = refused(jordan, new CaseEvent.ReliefDutyAccepted(DAY),
        ended(DAY.plusDays(60), DutyKind.RELIEF, DutyEndReason.RELIEF_56_DAYS_ELAPSED));
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, p.code(), "by then it had already ended by itself");
    assertEquals(CaseProblems.TOO_EARLY, refused(jordan, new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.MainDutyDecided(DAY.plusDays(55), MainDutyOutcome.MAIN_DUTY_OWED)).code());
    assertTrue(replay(jordan, new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.MainDutyDecided(DAY.plusDays(56), MainDutyOutcome.MAIN_DUTY_OWED)).isValid());
  }

  @Test
  void theMainDutyDecisionMustBeTheOneTheFactsSupport() {
    Approach jordan = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    Problem p = refused(jordan, new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.MainDutyDecided(DAY.plusDays(56), MainDutyOutcome.NO_PRIORITY_NEED));
    assertTrue(p.message().contains("MAIN_DUTY_OWED"), p.message());
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, refused(jordan,
        new CaseEvent.MainDutyDecided(DAY, MainDutyOutcome.MAIN_DUTY_OWED)).code(), "no relief duty yet");
  }

  @Test
  void preventionCannotEndBy56DaysWhileAValidSection21HasExpiredOrIsAboutTo() {
    Problem p = refused(FAMILY, new CaseEvent.PreventionDutyAccepted(DAY),
        ended(DAY.plusDays(56), DutyKind.PREVENTION, DutyEndReason.PREVENTION_56_DAYS_ELAPSED));
    assertTrue(p.message().contains("s.195(6)"), p.message());
  }

  @Test
  void writtenNoticesAreRequired() {
    Approach kim = ApproachSamples.roughSleeper(DAY);
    Problem p = refused(kim, new CaseEvent.ReliefDutyAccepted(DAY), new CaseEvent.DutyEnded(DAY.plusDays(3),
        DutyKind.RELIEF, DutyEndReason.RELIEF_WITHDREW, Optional.empty()));
    assertEquals(CaseProblems.NOTICE_REQUIRED, p.code());
    assertEquals("/events/1/noticeGivenOn", p.path().jsonPointer());
  }

  @Test
  void aFinalOfferRefusalNeedsTheOfferWithItsConsequencesExplainedAndThenNoMainDuty() {
    Approach jordan = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    CaseEvent relief = new CaseEvent.ReliefDutyAccepted(DAY);
    assertEquals(CaseProblems.OFFER_REQUIRED, refused(jordan, relief,
        ended(DAY.plusDays(10), DutyKind.RELIEF, DutyEndReason.RELIEF_REFUSED_FINAL_ACCOMMODATION_OFFER)).code());
    CaseEvent unexplained = new CaseEvent.OfferMade(DAY.plusDays(5), new Offer(OfferKind.FINAL_ACCOMMODATION_OFFER,
        TenancyTerm.fixedTerm(6), false, true, ExistingObligations.CAN_END_IN_TIME));
    assertEquals(CaseProblems.OFFER_REQUIRED, refused(jordan, relief, unexplained,
        ended(DAY.plusDays(10), DutyKind.RELIEF, DutyEndReason.RELIEF_REFUSED_FINAL_ACCOMMODATION_OFFER)).code());
    Problem shortTerm = refused(jordan, relief, new CaseEvent.OfferMade(DAY.plusDays(5),
        new Offer(OfferKind.FINAL_ACCOMMODATION_OFFER, TenancyTerm.fixedTerm(5), true, true, ExistingObligations.CAN_END_IN_TIME)));
    assertEquals("/events/1/offer/term", shortTerm.path().jsonPointer());
    CaseEvent explained = new CaseEvent.OfferMade(DAY.plusDays(5), new Offer(OfferKind.FINAL_ACCOMMODATION_OFFER,
        TenancyTerm.fixedTerm(6), true, true, ExistingObligations.CAN_END_IN_TIME));
    CaseEvent refusedOffer = ended(DAY.plusDays(10), DutyKind.RELIEF, DutyEndReason.RELIEF_REFUSED_FINAL_ACCOMMODATION_OFFER);
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, refused(jordan, relief, explained, refusedOffer,
        new CaseEvent.MainDutyDecided(DAY.plusDays(11), MainDutyOutcome.MAIN_DUTY_OWED)).code());
    assertTrue(replay(jordan, relief, explained, refusedOffer, new CaseEvent.MainDutyDecided(DAY.plusDays(11),
        MainDutyOutcome.NO_DUTY_AFTER_FINAL_OFFER_REFUSED)).isValid());
  }

  @Test
  void nonCooperationNeedsAMandatoryStepAWarningTheReasonablePeriodAndASecondOfficer() {
    Approach jordan = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    CaseEvent relief = new CaseEvent.ReliefDutyAccepted(DAY);
    CaseEvent advisoryPlan = new CaseEvent.PlanAgreed(DAY, List.of(new PlanStep("Bid weekly", true, false)), true);
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, refused(jordan, relief, advisoryPlan,
        new CaseEvent.RelevantWarningGiven(DAY.plusDays(5), DutyKind.RELIEF)).code());
    CaseEvent plan = new CaseEvent.PlanAgreed(DAY, List.of(new PlanStep("Attend the tenancy course", true, true)), true);
    CaseEvent warning = new CaseEvent.RelevantWarningGiven(DAY.plusDays(5), DutyKind.RELIEF);
    assertEquals(CaseProblems.WARNING_REQUIRED, refused(jordan, relief, plan, warning,
        new CaseEvent.NonCooperationNoticeGiven(DAY.plusDays(18), DutyKind.RELIEF, true)).code());
    assertEquals(CaseProblems.SECOND_OFFICER_REQUIRED, refused(jordan, relief, plan, warning,
        new CaseEvent.NonCooperationNoticeGiven(DAY.plusDays(19), DutyKind.RELIEF, false)).code());
    HomelessnessCase c = ok(jordan, relief, plan, warning,
        new CaseEvent.NonCooperationNoticeGiven(DAY.plusDays(19), DutyKind.RELIEF, true));
    assertEquals(Optional.of(DutyEndReason.RELIEF_NON_COOPERATION), c.latest(DutyKind.RELIEF).get().endReason());
    assertTrue(c.latest(DutyKind.NON_COOPERATION_ACCOMMODATION).get().isLiveOn(DAY.plusDays(19)),
        "in priority need, not intentional: s.193C(4) instead of the main duty");
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, refused(jordan, relief, plan, warning,
        new CaseEvent.NonCooperationNoticeGiven(DAY.plusDays(19), DutyKind.RELIEF, true),
        new CaseEvent.MainDutyDecided(DAY.plusDays(60), MainDutyOutcome.MAIN_DUTY_OWED)).code());
  }

  @Test
  void noReferralDuringPreventionButAtReliefWhenTheConditionsAreMet() {
    assertTrue(refused(FAMILY, new CaseEvent.PreventionDutyAccepted(DAY), new CaseEvent.ReferralMade(DAY.plusDays(1),
        LocalAuthority.WYCHAVON)).message().contains("prevention"));
    Approach placed = Approach.builder().from(ApproachSamples.roughSleeper(DAY))
        .priorPlacement(uk.gov.worcester.housing.core.homelessness.PriorPlacement.of(LocalAuthority.REDDITCH,
            DAY.minusYears(1))).build();
    HomelessnessCase c = ok(placed, new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.ReferralMade(DAY.plusDays(3), LocalAuthority.REDDITCH),
        ended(DAY.plusDays(10), DutyKind.RELIEF, DutyEndReason.RELIEF_REFERRED_TO_ANOTHER_AUTHORITY));
    assertEquals(Optional.of(DutyEndReason.RELIEF_REFERRED_TO_ANOTHER_AUTHORITY), c.latest(DutyKind.RELIEF).get()
        .endReason());
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, refused(placed, new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.ReferralMade(DAY.plusDays(3), LocalAuthority.BROMSGROVE)).code());
  }

  @Test
  void reviewsAreAskedForWithin21DaysAndThereIsNoReviewOfAReview() {
    Approach kim = ApproachSamples.roughSleeper(DAY);
    CaseEvent relief = new CaseEvent.ReliefDutyAccepted(DAY);
    assertEquals(CaseProblems.REVIEW_OUT_OF_TIME, refused(kim, relief, new CaseEvent.ReviewRequested(DAY.plusDays(21),
        ReviewableDecision.RELIEF_STEPS, DAY, false)).code());
    assertTrue(replay(kim, relief, new CaseEvent.ReviewRequested(DAY.plusDays(20), ReviewableDecision.RELIEF_STEPS,
        DAY, false)).isValid(), "day 21 beginning with the notification day");
    assertTrue(replay(kim, relief, new CaseEvent.ReviewRequested(DAY.plusDays(40), ReviewableDecision.RELIEF_STEPS,
        DAY, true)).isValid(), "late, with the council's agreement");
    CaseEvent asked = new CaseEvent.ReviewRequested(DAY.plusDays(2), ReviewableDecision.RELIEF_STEPS, DAY, false);
    CaseEvent decided = new CaseEvent.ReviewDecided(DAY.plusDays(10), ReviewableDecision.RELIEF_STEPS,
        ReviewOutcome.UPHELD);
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, refused(kim, relief, asked, decided,
        new CaseEvent.ReviewRequested(DAY.plusDays(12), ReviewableDecision.RELIEF_STEPS, DAY, false)).code());
    HomelessnessCase c = ok(kim, relief, asked);
    assertEquals(DAY.plusDays(2).plusWeeks(3).minusDays(1), c.reviews().get(0).decisionDueBy());
  }

  @Test
  void placementsGoUnderALiveAccommodationDutyOneAtATime() {
    Approach jordan = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    Placement ta = Placement.builder().reference("TA-1").type(TemporaryAccommodationType.HOSTEL)
        .district(LocalAuthority.WORCESTER).stay(DateRange.from(DAY)).underDuty(DutyKind.INTERIM_ACCOMMODATION).build();
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, refused(jordan, new CaseEvent.PlacementStarted(DAY, ta)).code());
    CaseEvent interim = new CaseEvent.InterimAccommodationProvided(DAY);
    HomelessnessCase c = ok(jordan, interim, new CaseEvent.PlacementStarted(DAY, ta),
        new CaseEvent.PlacementEnded(DAY.plusDays(9), "TA-1"));
    assertEquals(Optional.of(DAY.plusDays(9)), c.placements().get(0).stay().end());
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, refused(jordan, interim, new CaseEvent.PlacementStarted(DAY, ta),
        new CaseEvent.PlacementStarted(DAY.plusDays(1), Placement.builder().from(ta).reference("TA-2")
            .stay(DateRange.from(DAY.plusDays(1))).build())).code());
    assertEquals("UNKNOWN_REFERENCE", refused(jordan, interim, new CaseEvent.PlacementEnded(DAY, "TA-9")).code());
  }

  @Test
  void interimAccommodationEndsOnlyWhenTheApplicantIsToldWhatFollows() {
    Approach jordan = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, refused(jordan, new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.InterimAccommodationProvided(DAY),
        ended(DAY.plusDays(10), DutyKind.INTERIM_ACCOMMODATION, DutyEndReason.INTERIM_NO_FURTHER_DUTY_NOTIFIED)).code());
    assertTrue(replay(jordan, new CaseEvent.ReliefDutyAccepted(DAY), new CaseEvent.InterimAccommodationProvided(DAY),
        new CaseEvent.MainDutyDecided(DAY.plusDays(56), MainDutyOutcome.MAIN_DUTY_OWED),
        ended(DAY.plusDays(56), DutyKind.INTERIM_ACCOMMODATION, DutyEndReason.INTERIM_NEXT_DUTY_NOTIFIED)).isValid());
  }

  @Test
  void aDutyEndsForIneligibilityOnlyWhenTheFactsShowIt() {
    Approach kim = ApproachSamples.roughSleeper(DAY);
    assertTrue(refused(kim, new CaseEvent.ReliefDutyAccepted(DAY), ended(DAY.plusDays(3), DutyKind.RELIEF,
        DutyEndReason.RELIEF_NO_LONGER_ELIGIBLE)).message().contains("still eligible"));
  }

  @Test
  void eventsComeInDateOrderAndNotBeforeTheApplication() {
    assertEquals(CaseProblems.OUT_OF_ORDER, refused(FAMILY, new CaseEvent.PreventionDutyAccepted(DAY.minusDays(1)))
        .code());
    assertEquals(CaseProblems.OUT_OF_ORDER, refused(FAMILY, new CaseEvent.PreventionDutyAccepted(DAY.plusDays(3)),
        new CaseEvent.PlanAgreed(DAY.plusDays(2), List.of(), true)).code());
  }

  @Test
  void theStatusListsTheDeadlinesEarliestFirst() {
    Approach jordan = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    HomelessnessCase c = ok(jordan, new CaseEvent.ReliefDutyAccepted(DAY), new CaseEvent.InterimAccommodationProvided(DAY),
        new CaseEvent.PlacementStarted(DAY, Placement.builder().reference("TA-1")
            .type(TemporaryAccommodationType.BED_AND_BREAKFAST).district(LocalAuthority.MALVERN_HILLS)
            .stay(DateRange.from(DAY)).underDuty(DutyKind.INTERIM_ACCOMMODATION).build()));
    CaseStatus s = CaseStatusRule.statusOn(c, DAY.plusDays(10), FLOW, LocalHomelessnessPolicy.WORCESTER,
        HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021);
    assertEquals(List.of(DutyKind.RELIEF, DutyKind.INTERIM_ACCOMMODATION), s.liveDuties());
    assertEquals(List.of("RELIEF_ENDS"), s.deadlines().stream().map(Deadline::code).toList());
    assertEquals(DAY.plusDays(56), s.deadlines().get(0).dueOn());
    assertEquals(List.of(PlacementFlag.BED_AND_BREAKFAST_AGED_16_OR_17, PlacementFlag.OUT_OF_AREA),
        s.placements().get(0).flags());
    CaseStatus later = CaseStatusRule.statusOn(c, DAY.plusDays(57), FLOW, LocalHomelessnessPolicy.WORCESTER,
        HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021);
    assertEquals(List.of(DutyKind.INTERIM_ACCOMMODATION), later.liveDuties(), "relief ended by itself");
    assertEquals("MAIN_DUTY_DECISION_DUE", later.deadlines().get(0).code());
    assertEquals(later, FLOW.statusOn(c, DAY.plusDays(57)), "the workflow's own law and policy");
  }

  @Test
  void aFamilyInSharedBedAndBreakfastIsFlaggedAndPastSixWeeksItIsUnlawful() {
    Approach family = Approach.builder().from(ApproachSamples.familyServedSection21(DAY))
        .situation(uk.gov.worcester.housing.core.homelessness.HousingSituation.builder().hasAccommodation(false).build())
        .build();
    HomelessnessCase c = ok(family, new CaseEvent.ReliefDutyAccepted(DAY), new CaseEvent.InterimAccommodationProvided(DAY),
        new CaseEvent.PlacementStarted(DAY, Placement.builder().reference("BB-1")
            .type(TemporaryAccommodationType.BED_AND_BREAKFAST).district(LocalAuthority.WORCESTER)
            .stay(DateRange.from(DAY)).underDuty(DutyKind.INTERIM_ACCOMMODATION).build()));
    CaseStatus day42 = CaseStatusRule.statusOn(c, DAY.plusDays(41), FLOW, LocalHomelessnessPolicy.WORCESTER,
        HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021);
    assertEquals(List.of(PlacementFlag.BED_AND_BREAKFAST_WITH_CHILDREN), day42.placements().get(0).flags());
    assertTrue(day42.deadlines().stream().anyMatch(d -> d.code().equals("BED_AND_BREAKFAST_LIMIT")
        && d.dueOn().equals(DAY.plusWeeks(6))));
    CaseStatus day43 = CaseStatusRule.statusOn(c, DAY.plusDays(42), FLOW, LocalHomelessnessPolicy.WORCESTER,
        HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021);
    assertTrue(day43.placements().get(0).flags().contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS));
  }

  @Test
  void applyingAnEventIsTheSameAsReplayingTheRecord() {
    HomelessnessCase start = FLOW.open(FAMILY).get();
    HomelessnessCase one = FLOW.apply(start, new CaseEvent.PreventionDutyAccepted(DAY)).get();
    assertEquals(ok(FAMILY, new CaseEvent.PreventionDutyAccepted(DAY)), one);
    List<CaseEvent> events = new ArrayList<>(one.record().events());
    assertEquals(1, events.size());
    assertFalse(FLOW.apply(one, new CaseEvent.PreventionDutyAccepted(DAY)).isValid());
  }
}
