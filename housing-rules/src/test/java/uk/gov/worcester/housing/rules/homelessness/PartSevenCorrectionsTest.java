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
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.core.homelessness.CircumstanceChange;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.ExistingObligations;
import uk.gov.worcester.housing.core.homelessness.EarlierPrivateRentedOffer;
import uk.gov.worcester.housing.core.homelessness.HousingSituation;
import uk.gov.worcester.housing.core.homelessness.IntentionalityFinding;
import uk.gov.worcester.housing.core.homelessness.MainDutyOutcome;
import uk.gov.worcester.housing.core.homelessness.NoticeKind;
import uk.gov.worcester.housing.core.homelessness.Offer;
import uk.gov.worcester.housing.core.homelessness.OfferKind;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.homelessness.PlanStep;
import uk.gov.worcester.housing.core.homelessness.PriorPlacement;
import uk.gov.worcester.housing.core.homelessness.TemporaryAccommodationType;
import uk.gov.worcester.housing.core.homelessness.TenancyNotice;
import uk.gov.worcester.housing.core.homelessness.TenancyTerm;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Immigration;
import uk.gov.worcester.housing.core.household.ImmigrationStatus;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.Relationship;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;

/**
 * Worked cases for the corrections made after reading the landed rules against Housing Act 1996
 * Part 7 (issue 13), each named after its provision.
 */
class PartSevenCorrectionsTest {
  static final LocalDate DAY = LocalDate.of(2024, 5, 1);
  static final CaseWorkflow FLOW = CaseWorkflow.worcester();
  static final HomelessnessLaw LAW = HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021;

  /** Jordan, 17 (priority need under SI 2002/2051 art.3), with no intentionality finding yet. */
  static Approach jordanNoFinding() {
    return Approach.builder().from(ApproachSamples.seventeenYearOldAskedToLeave(DAY))
        .intentionality(Optional.empty()).build();
  }

  static IntentionalityFinding intentional() {
    return IntentionalityFinding.builder().deliberateActOrOmission(true).causedLossOfAccommodation(true)
        .accommodationWasAvailableAndReasonable(true).build();
  }

  // 1. s.189B(4): "not satisfied that ... intentionally" includes no finding yet.

  @Test
  void s189B4_reliefEndsByItselfWhenNoIntentionalityFindingHasBeenMade() {
    HomelessnessCase c = ok(jordanNoFinding(), new CaseEvent.ReliefDutyAccepted(DAY));
    LocalDate end = DAY.plusDays(56);
    assertTrue(FLOW.asAt(c, end.minusDays(1)).latest(DutyKind.RELIEF).get().isLiveOn(end.minusDays(1)));
    Duty relief = FLOW.asAt(c, end).latest(DutyKind.RELIEF).get();
    assertEquals(Optional.of(end), relief.endedOn());
    assertEquals(Optional.of(DutyEndReason.RELIEF_56_DAYS_AUTOMATIC), relief.endReason());
    assertTrue(FLOW.statusOn(c, DAY.plusDays(10)).deadlines().stream().anyMatch(d -> d.code().equals("RELIEF_ENDS")));
  }

  @Test
  void s189B7b_noticeAfter56DaysIsRefusedWhileTheCouncilIsNotSatisfiedOfIntentionality() {
    Problem p = refused(jordanNoFinding(), new CaseEvent.ReliefDutyAccepted(DAY),
        ended(DAY.plusDays(56), DutyKind.RELIEF, DutyEndReason.RELIEF_56_DAYS_ELAPSED));
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, p.code());
  }

  @Test
  void s189B4_aFindingOfIntentionalityKeepsReliefRunningToANotice() {
    Approach found = Approach.builder().from(jordanNoFinding()).intentionality(intentional()).build();
    HomelessnessCase c = ok(found, new CaseEvent.ReliefDutyAccepted(DAY));
    assertTrue(FLOW.asAt(c, DAY.plusDays(80)).latest(DutyKind.RELIEF).get().isLiveOn(DAY.plusDays(80)));
    ok(found, new CaseEvent.ReliefDutyAccepted(DAY),
        ended(DAY.plusDays(56), DutyKind.RELIEF, DutyEndReason.RELIEF_56_DAYS_ELAPSED));
  }

  @Test
  void s193C4_accommodationDutyAfterNonCooperationWhenNoIntentionalityFindingHasBeenMade() {
    HomelessnessCase c = ok(jordanNoFinding(), new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.PlanAgreed(DAY.plusDays(1), List.of(new PlanStep("Attend the tenancy course", true, true)), true),
        new CaseEvent.RelevantWarningGiven(DAY.plusDays(5), DutyKind.RELIEF),
        new CaseEvent.NonCooperationNoticeGiven(DAY.plusDays(20), DutyKind.RELIEF, true));
    assertTrue(c.latest(DutyKind.NON_COOPERATION_ACCOMMODATION).isPresent(),
        "s.193C(3)(b): the council are not satisfied the applicant became homeless intentionally");
  }

  // 2. s.193(5): the consequences and the review right must be explained first.

  @Test
  void s193_5_refusingSuitableAccommodationEndsTheMainDutyOnlyAfterTheConsequencesWereExplained() {
    Approach jordan = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    LocalDate decided = DAY.plusDays(56);
    List<CaseEvent> toMainDuty = List.of(new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.MainDutyDecided(decided, MainDutyOutcome.MAIN_DUTY_OWED));
    CaseEvent unexplained = new CaseEvent.OfferMade(decided.plusDays(10),
        new Offer(OfferKind.SUITABLE_TEMPORARY_ACCOMMODATION, TenancyTerm.periodic(), false, true, ExistingObligations.CAN_END_IN_TIME));
    CaseEvent refusal = ended(decided.plusDays(20), DutyKind.MAIN, DutyEndReason.MAIN_REFUSED_SUITABLE_OFFER);
    assertEquals(CaseProblems.OFFER_REQUIRED, refused(jordan, events(toMainDuty, unexplained, refusal)).code());
    CaseEvent explained = new CaseEvent.OfferMade(decided.plusDays(10),
        new Offer(OfferKind.SUITABLE_TEMPORARY_ACCOMMODATION, TenancyTerm.periodic(), true, true, ExistingObligations.CAN_END_IN_TIME));
    assertFalse(ok(jordan, events(toMainDuty, explained, refusal)).latest(DutyKind.MAIN).get().isLiveOn(decided.plusDays(20)));
  }

  @Test
  void s195_8d_and_s189B7c_needNoExplanationOfConsequencesBeforeTheRefusal() {
    assertFalse(OfferKind.SUITABLE_ACCOMMODATION.needsConsequencesExplained());
    for (OfferKind kind : List.of(OfferKind.FINAL_ACCOMMODATION_OFFER, OfferKind.FINAL_PART6_OFFER,
        OfferKind.PRIVATE_RENTED_SECTOR_OFFER, OfferKind.SUITABLE_TEMPORARY_ACCOMMODATION)) {
      assertTrue(kind.needsConsequencesExplained(), kind + ": s.193(5), (7), (7AA), s.193A(3), s.193C(6)");
    }
  }

  // 3. Six months: a reasonable prospect, met by periodic and lifetime tenancies.

  @Test
  void s189B7c_aPeriodicOrLifetimeTenancyHasAReasonableProspectOfSixMonths() {
    Approach jordan = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    for (TenancyTerm term : List.of(TenancyTerm.periodic(), TenancyTerm.lifetime(), TenancyTerm.fixedTerm(6))) {
      HomelessnessCase c = ok(jordan, new CaseEvent.ReliefDutyAccepted(DAY),
          new CaseEvent.OfferMade(DAY.plusDays(5), new Offer(OfferKind.SUITABLE_ACCOMMODATION, term, false, true, ExistingObligations.CAN_END_IN_TIME)),
          ended(DAY.plusDays(10), DutyKind.RELIEF, DutyEndReason.RELIEF_REFUSED_SUITABLE_OFFER));
      assertEquals(Optional.of(DutyEndReason.RELIEF_REFUSED_SUITABLE_OFFER), c.latest(DutyKind.RELIEF).get().endReason());
    }
    Problem shortFixedTerm = refused(jordan, new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.OfferMade(DAY.plusDays(5), new Offer(OfferKind.SUITABLE_ACCOMMODATION, TenancyTerm.fixedTerm(5),
            false, true, ExistingObligations.CAN_END_IN_TIME)));
    assertEquals("/events/1/offer/term", shortFixedTerm.path().jsonPointer());
  }

  @Test
  void s193_7AC_aPrivateRentedSectorOfferIsAFixedTermOfAtLeastTwelveMonths() {
    assertTrue(OfferKind.PRIVATE_RENTED_SECTOR_OFFER.allows(TenancyTerm.fixedTerm(12)));
    assertFalse(OfferKind.PRIVATE_RENTED_SECTOR_OFFER.allows(TenancyTerm.fixedTerm(11)));
    assertFalse(OfferKind.PRIVATE_RENTED_SECTOR_OFFER.allows(TenancyTerm.periodic()));
    assertTrue(OfferKind.FINAL_ACCOMMODATION_OFFER.allows(TenancyTerm.fixedTerm(6)), "s.193A(4)(c)");
    assertFalse(OfferKind.FINAL_ACCOMMODATION_OFFER.allows(TenancyTerm.periodic()), "s.193A(4)(c)");
    assertTrue(OfferKind.FINAL_PART6_OFFER.allows(TenancyTerm.lifetime()));
  }

  // 4. SI 2003/3326 art.4(1)(b): "a period, or a total of periods".

  static Placement bedAndBreakfast(String ref, LocalDate start, Optional<LocalDate> end) {
    return Placement.builder().reference(ref).type(TemporaryAccommodationType.BED_AND_BREAKFAST)
        .district(LocalAuthority.WORCESTER).stay(end.map(e -> DateRange.of(start, e)).orElse(DateRange.from(start)))
        .underDuty(DutyKind.INTERIM_ACCOMMODATION).build();
  }

  @Test
  void si2003_3326_art4_1_b_bedAndBreakfastDaysAddUpOverEveryPlacementForTheApplication() {
    Approach family = ApproachSamples.familyServedSection21(DAY);
    LocalDate homeless = DAY.plusDays(41);
    LocalDate secondStart = homeless.plusDays(40);
    HomelessnessCase c = ok(family, new CaseEvent.PreventionDutyAccepted(DAY),
        ended(homeless, DutyKind.PREVENTION, DutyEndReason.PREVENTION_BECAME_HOMELESS),
        new CaseEvent.ReliefDutyAccepted(homeless), new CaseEvent.InterimAccommodationProvided(homeless),
        new CaseEvent.PlacementStarted(homeless, bedAndBreakfast("TA-1", homeless, Optional.empty())),
        new CaseEvent.PlacementEnded(homeless.plusDays(27), "TA-1"),
        new CaseEvent.PlacementStarted(secondStart, bedAndBreakfast("TA-2", secondStart, Optional.empty())));
    // 28 days in the first stay; the second may add only 14 more before the total passes six weeks.
    CaseStatus status = FLOW.statusOn(c, secondStart.plusDays(3));
    Deadline limit = status.deadlines().stream().filter(d -> d.code().equals("BED_AND_BREAKFAST_LIMIT")).findFirst()
        .orElseThrow();
    assertEquals(secondStart.plusDays(14), limit.dueOn());
    assertFalse(status.placements().get(0).flags().contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS));
    CaseStatus later = FLOW.statusOn(c, secondStart.plusDays(14));
    assertTrue(later.placements().get(0).flags().contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS),
        "43 days in all: each stay alone is under six weeks, the total is not");
    assertEquals(43, TemporaryAccommodationRule.bedAndBreakfastDays(c.placements(), secondStart.plusDays(14)));
  }

  // 5. s.198(A1): at the relief stage only to another authority in England.

  @Test
  void s198A1_aReliefStageReferralGoesOnlyToAnotherAuthorityInEngland() {
    Approach dana = ApproachSamples.domesticAbuseSurvivor(DAY);
    Problem p = refused(dana, new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.ReferralMade(DAY.plusDays(3), LocalAuthority.of("W06000015", "Cardiff")));
    assertEquals("/events/1/to", p.path().jsonPointer());
    assertTrue(p.message().contains("England"));
    assertTrue(LocalAuthority.WYCHAVON.inEngland());
    assertFalse(LocalAuthority.of("S12000036", "City of Edinburgh").inEngland());
  }

  // 6. s.198(4)(b): the period runs to the present application.

  @Test
  void s198_4_b_theFiveYearsRunToTheDateOfThePresentApplicationNotTheDecision() {
    Approach placed = Approach.builder().from(ApproachSamples.roughSleeper(DAY))
        .priorPlacement(PriorPlacement.of(LocalAuthority.BROMSGROVE, DAY.minusYears(5).plusDays(10))).build();
    Assessment later = HomelessnessAssessment.worcester().assess(placed, DAY.plusDays(60)).get();
    assertTrue(later.referral().outcome().to().contains(LocalAuthority.BROMSGROVE),
        "placed within five years of the application, though more than five years before the decision");
    Approach tooOld = Approach.builder().from(placed)
        .priorPlacement(PriorPlacement.of(LocalAuthority.BROMSGROVE, DAY.minusYears(5).minusDays(1))).build();
    assertFalse(HomelessnessAssessment.worcester().assess(tooOld, DAY).get().referral().outcome().to()
        .contains(LocalAuthority.BROMSGROVE));
  }

  // 7. s.184(7): who is a restricted person.

  static Approach familyWithChildren(Immigration childStatus) {
    Approach family = ApproachSamples.familyServedSection21(DAY);
    Household h = family.household();
    List<Person> members = new ArrayList<>(h.members());
    for (int i = 2; i < members.size(); i++) {
      members.set(i, Person.builder().from(members.get(i)).immigration(childStatus).build());
    }
    return Approach.builder().from(family).household(Household.builder().from(h).members(members).build()).build();
  }

  @Test
  void s184_7_onlyMembersSubjectToControlWithNoLeaveOrNoRecourseLeaveAreRestrictedPersons() {
    for (Immigration notRestricted : List.of(
        Immigration.builder().status(ImmigrationStatus.BRITISH_CITIZEN).habituallyResident(false).build(),
        Immigration.builder().status(ImmigrationStatus.INDEFINITE_LEAVE).habituallyResident(false).build(),
        Immigration.of(ImmigrationStatus.EUSS_PRE_SETTLED_EXCLUDED_RIGHT))) {
      Eligibility e = HomelessnessAssessment.worcester().assess(familyWithChildren(notRestricted), DAY).get()
          .eligibility().outcome();
      assertEquals(List.of(), e.restrictedPersons(), notRestricted.status().name());
      assertFalse(e.restrictedCase(), "s.193(3B): " + notRestricted.status());
    }
    for (ImmigrationStatus restricted : List.of(ImmigrationStatus.NO_LEAVE,
        ImmigrationStatus.LIMITED_LEAVE_NO_RECOURSE)) {
      Eligibility e = HomelessnessAssessment.worcester().assess(familyWithChildren(Immigration.of(restricted)), DAY)
          .get().eligibility().outcome();
      assertEquals(2, e.restrictedPersons().size(), restricted.name());
      assertTrue(e.restrictedCase());
    }
  }

  // 8. s.188(1ZA)(b) and (1ZB).

  @Test
  void s188_1ZB_and_1ZA_b_citeTheEndingsOfInterimAccommodation() {
    assertEquals("s.188(1ZB)", DutyEndReason.INTERIM_NEXT_DUTY_NOTIFIED.provision());
    assertEquals("s.188(1ZA)(b)", DutyEndReason.INTERIM_NO_FURTHER_DUTY_NOTIFIED.provision());
    HomelessnessCase c = ok(ApproachSamples.seventeenYearOldAskedToLeave(DAY), new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.InterimAccommodationProvided(DAY),
        new CaseEvent.MainDutyDecided(DAY.plusDays(56), MainDutyOutcome.MAIN_DUTY_OWED),
        ended(DAY.plusDays(57), DutyKind.INTERIM_ACCOMMODATION, DutyEndReason.INTERIM_NEXT_DUTY_NOTIFIED));
    assertTrue(c.notices().stream().anyMatch(n -> n.citation().provision().equals("s.188(1ZB)")));
  }

  // 9. A status as at a date uses only the events dated on or before it.

  @Test
  void statusOnADateIgnoresEventsDatedAfterIt() {
    Approach jordan = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    HomelessnessCase c = ok(jordan, new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.OfferMade(DAY.plusDays(20), new Offer(OfferKind.SUITABLE_ACCOMMODATION, TenancyTerm.periodic(),
            false, true, ExistingObligations.CAN_END_IN_TIME)),
        ended(DAY.plusDays(30), DutyKind.RELIEF, DutyEndReason.RELIEF_REFUSED_SUITABLE_OFFER));
    CaseStatus before = FLOW.statusOn(c, DAY.plusDays(25));
    assertEquals(List.of(DutyKind.RELIEF), before.liveDuties());
    assertTrue(before.duties().stream().allMatch(d -> d.endedOn().isEmpty()),
        "the ending on day 30 was not known on day 25");
    assertEquals(before, FLOW.statusOn(ok(jordan, new CaseEvent.ReliefDutyAccepted(DAY)), DAY.plusDays(25)));
  }

  // Facts that change during a case.

  static Person baby(LocalDate born) {
    return Person.builder().id(PersonId.of("P-9")).name("Baby Evans").dateOfBirth(born).sex(Sex.MALE)
        .relationship(Relationship.CHILD).build();
  }

  @Test
  void s189_1_b_aBirthDuringReliefGivesPriorityNeedFromThatDay() {
    Approach riley = ApproachSamples.sofaSurfer(DAY);
    LocalDate born = DAY.plusDays(30);
    CaseEvent birth = new CaseEvent.CircumstancesChanged(born,
        new CircumstanceChange.Birth(baby(born), PersonId.of("P-1")));
    HomelessnessCase c = ok(riley, new CaseEvent.ReliefDutyAccepted(DAY), birth);
    assertEquals(PriorityNeedStatus.NO, HomelessnessAssessment.worcester().assess(c.factsOn(born.minusDays(1)),
        born.minusDays(1)).get().priorityNeed().outcome().status());
    assertEquals(PriorityNeedStatus.YES, HomelessnessAssessment.worcester().assess(c.factsOn(born), born).get()
        .priorityNeed().outcome().status());
    Duty relief = FLOW.asAt(c, DAY.plusDays(56)).latest(DutyKind.RELIEF).get();
    assertEquals(Optional.of(DutyEndReason.RELIEF_56_DAYS_AUTOMATIC), relief.endReason(),
        "in priority need by the end of the 56 days, relief ends by itself (s.189B(4))");
    ok(riley, new CaseEvent.ReliefDutyAccepted(DAY), birth,
        new CaseEvent.MainDutyDecided(DAY.plusDays(56), MainDutyOutcome.MAIN_DUTY_OWED));
    // Without the birth, relief runs on and the decision is "no priority need".
    ok(riley, new CaseEvent.ReliefDutyAccepted(DAY),
        ended(DAY.plusDays(56), DutyKind.RELIEF, DutyEndReason.RELIEF_56_DAYS_ELAPSED),
        new CaseEvent.MainDutyDecided(DAY.plusDays(57), MainDutyOutcome.NO_PRIORITY_NEED));
  }

  @Test
  void aChangeThatCannotApplyIsAProblemAtTheEvent() {
    Approach riley = ApproachSamples.sofaSurfer(DAY);
    Problem leaving = refused(riley, new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.CircumstancesChanged(DAY.plusDays(3), new CircumstanceChange.MemberLeft(PersonId.of("P-1"))));
    assertEquals("/events/1/change/person", leaving.path().jsonPointer());
    Problem stranger = refused(riley, new CaseEvent.CircumstancesChanged(DAY.plusDays(3),
        new CircumstanceChange.MemberLeft(PersonId.of("P-7"))));
    assertEquals(ProblemCodes.UNKNOWN_REFERENCE, stranger.code());
    Problem wrongBirthday = refused(riley, new CaseEvent.CircumstancesChanged(DAY.plusDays(3),
        new CircumstanceChange.Birth(baby(DAY.plusDays(2)), PersonId.of("P-1"))));
    assertEquals("/events/0/change/child/dateOfBirth", wrongBirthday.path().jsonPointer());
  }

  @Test
  void s185_lossOfEligibilityDuringReliefAllowsTheIneligibilityEnding() {
    Approach riley = ApproachSamples.sofaSurfer(DAY);
    CaseEvent relief = new CaseEvent.ReliefDutyAccepted(DAY);
    CaseEvent ending = ended(DAY.plusDays(20), DutyKind.RELIEF, DutyEndReason.RELIEF_NO_LONGER_ELIGIBLE);
    assertEquals(CaseProblems.ILLEGAL_TRANSITION, refused(riley, relief, ending).code());
    ok(riley, relief, new CaseEvent.CircumstancesChanged(DAY.plusDays(15), new CircumstanceChange.ImmigrationChanged(
        PersonId.of("P-1"), Immigration.of(ImmigrationStatus.LIMITED_LEAVE_NO_RECOURSE))), ending);
  }

  // s.195A: re-application within two years of accepting a private rented sector offer.

  static Approach rileyReapplying(LocalDate acceptedOn) {
    return Approach.builder().from(ApproachSamples.sofaSurfer(DAY))
        .earlierPrivateRentedOffer(EarlierPrivateRentedOffer.of(CaseId.of("HL-2022-0099"), acceptedOn)).build();
  }

  @Test
  void s195A_1_theMainDutyIsOwedWhateverThePriorityNeedWithinTwoYears() {
    Approach riley = rileyReapplying(DAY.minusYears(2).plusDays(1));
    Assessment a = HomelessnessAssessment.worcester().assess(riley, DAY).get();
    assertEquals(RepeatApplication.WITHIN_TWO_YEARS, a.repeatApplication().outcome());
    assertEquals(PriorityNeedStatus.NO, a.priorityNeed().outcome().status());
    assertTrue(a.duties().outcome().duties().contains(DutyKind.INTERIM_ACCOMMODATION), "s.188(1A)");
    ok(riley, new CaseEvent.ReliefDutyAccepted(DAY), new CaseEvent.InterimAccommodationProvided(DAY),
        ended(DAY.plusDays(56), DutyKind.RELIEF, DutyEndReason.RELIEF_56_DAYS_ELAPSED),
        new CaseEvent.MainDutyDecided(DAY.plusDays(57), MainDutyOutcome.MAIN_DUTY_OWED));
  }

  @Test
  void s195A_1_twoYearsBeginWithTheDayOfAcceptance() {
    assertEquals(RepeatApplication.AFTER_TWO_YEARS, HomelessnessAssessment.worcester()
        .assess(rileyReapplying(DAY.minusYears(2)), DAY).get().repeatApplication().outcome());
    assertEquals(PriorityNeedStatus.NO, HomelessnessAssessment.worcester().assess(rileyReapplying(DAY.minusYears(2)),
        DAY).get().priorityNeed().outcome().status());
    refused(rileyReapplying(DAY.minusYears(2)), new CaseEvent.ReliefDutyAccepted(DAY),
        ended(DAY.plusDays(56), DutyKind.RELIEF, DutyEndReason.RELIEF_56_DAYS_ELAPSED),
        new CaseEvent.MainDutyDecided(DAY.plusDays(57), MainDutyOutcome.MAIN_DUTY_OWED));
  }

  @Test
  void s195A_6_doesNotApplyWhenTheEarlierApplicationWasItselfARepeat() {
    Approach chained = Approach.builder().from(rileyReapplying(DAY.minusMonths(6)))
        .earlierPrivateRentedOffer(EarlierPrivateRentedOffer.builder().earlierCase(CaseId.of("HL-2023-0010"))
            .acceptedOn(DAY.minusMonths(6)).precedingApplicationWasRepeat(true).build()).build();
    assertEquals(RepeatApplication.PRECEDING_APPLICATION_WAS_REPEAT,
        HomelessnessAssessment.worcester().assess(chained, DAY).get().repeatApplication().outcome());
  }

  @Test
  void s195A_2_aSection21NoticeMakesTheApplicantHomelessFromTheDayItExpires() {
    LocalDate expires = DAY.plusDays(10);
    Approach family = ApproachSamples.familyServedSection21(DAY);
    HousingSituation served = HousingSituation.builder().hasAccommodation(true)
        .notice(TenancyNotice.builder().from(TenancyNotice.of(NoticeKind.SECTION_21, DAY.minusDays(50), expires))
            .landlordIntendsToSeekPossession(false).build()).build();
    Approach repeat = Approach.builder().from(family).situation(served)
        .earlierPrivateRentedOffer(EarlierPrivateRentedOffer.of(CaseId.of("HL-2023-0042"), DAY.minusYears(1))).build();
    Approach first = Approach.builder().from(family).situation(served).build();
    HomelessnessAssessment rules = HomelessnessAssessment.worcester();
    assertFalse(RepeatApplicationRule.treatedAsHomeless(repeat, expires.minusDays(1), LAW));
    assertTrue(RepeatApplicationRule.treatedAsHomeless(repeat, expires, LAW));
    assertTrue(rules.assess(repeat, expires).get().repeatApplication().hasReason("SECTION_21_EXPIRED_ON_REPEAT_APPLICATION"));
    assertEquals(HomelessStatus.THREATENED, rules.assess(repeat, expires).get().homelessness().outcome(),
        "treated as homeless for s.195A(1) only, not as a finding for every purpose");
    assertTrue(rules.assess(repeat, expires).get().duties().outcome().duties().contains(DutyKind.INTERIM_ACCOMMODATION),
        "s.188(1A): reason to believe the s.193(2) duty may apply under s.195A(1)");
    assertFalse(RepeatApplicationRule.treatedAsHomeless(first, expires, LAW), "without s.195A the landlord's intention decides");
  }

  @Test
  void s193_3B_aRestrictedPersonMakesARestrictedCaseOnlyWhenTheDutyDependsOnThem() {
    Approach family = ApproachSamples.familyServedSection21(DAY);
    Household h = family.household();
    List<Person> members = new ArrayList<>(h.members());
    members.set(1, Person.builder().from(members.get(1)).immigration(Immigration.of(ImmigrationStatus.NO_LEAVE)).build());
    Approach partnerWithoutLeave = Approach.builder().from(family)
        .household(Household.builder().from(h).members(members).build()).build();
    Eligibility e = HomelessnessAssessment.worcester().assess(partnerWithoutLeave, DAY).get().eligibility().outcome();
    assertEquals(1, e.restrictedPersons().size());
    assertFalse(e.restrictedCase(), "the children give priority need without the partner");
    assertTrue(HomelessnessAssessment.worcester().assess(partnerWithoutLeave, DAY).get().eligibility()
        .hasReason("RESTRICTED_PERSON_NOT_RELIED_ON"));
  }

  // From the review against the Act's words.

  @Test
  void s189B4_priorityNeedFoundAfterThe56DaysEndsReliefOnThatDay() {
    Approach riley = ApproachSamples.sofaSurfer(DAY);
    LocalDate born = DAY.plusDays(60);
    HomelessnessCase c = ok(riley, new CaseEvent.ReliefDutyAccepted(DAY), new CaseEvent.CircumstancesChanged(born,
        new CircumstanceChange.Birth(baby(born), PersonId.of("P-1"))));
    assertTrue(FLOW.asAt(c, born.minusDays(1)).latest(DutyKind.RELIEF).get().isLiveOn(born.minusDays(1)));
    Duty relief = FLOW.asAt(c, born.plusDays(100)).latest(DutyKind.RELIEF).get();
    assertEquals(Optional.of(born), relief.endedOn(), "the 56 days have already ended when priority need arises");
    ok(riley, new CaseEvent.ReliefDutyAccepted(DAY), new CaseEvent.CircumstancesChanged(born,
        new CircumstanceChange.Birth(baby(born), PersonId.of("P-1"))),
        new CaseEvent.MainDutyDecided(born, MainDutyOutcome.MAIN_DUTY_OWED));
  }

  @Test
  void s191_aFindingOfIntentionalityCountsFromTheDayItIsMade() {
    Approach jordan = jordanNoFinding();
    LocalDate found = DAY.plusDays(40);
    HomelessnessCase c = ok(jordan, new CaseEvent.ReliefDutyAccepted(DAY), new CaseEvent.CircumstancesChanged(found,
        new CircumstanceChange.IntentionalityFound(intentional())));
    assertEquals(Intentionality.NOT_YET_DECIDED, HomelessnessAssessment.worcester().assess(c.factsOn(found.minusDays(1)),
        found.minusDays(1)).get().intentionality().outcome());
    assertEquals(Intentionality.INTENTIONAL, HomelessnessAssessment.worcester().assess(c.factsOn(found), found).get()
        .intentionality().outcome());
    assertTrue(FLOW.asAt(c, DAY.plusDays(80)).latest(DutyKind.RELIEF).get().isLiveOn(DAY.plusDays(80)),
        "satisfied of intentionality by day 56, so relief runs on to a notice (s.189B(7)(b))");
  }

  @Test
  void s189B5_theNoticeEndingReliefAfter56DaysIsGivenOnlyOnceThe56DaysHaveEnded() {
    Approach found = Approach.builder().from(jordanNoFinding()).intentionality(intentional()).build();
    Problem early = refused(found, new CaseEvent.ReliefDutyAccepted(DAY), new CaseEvent.DutyEnded(DAY.plusDays(56),
        DutyKind.RELIEF, DutyEndReason.RELIEF_56_DAYS_ELAPSED, Optional.of(DAY.plusDays(10))));
    assertEquals("/events/1/noticeGivenOn", early.path().jsonPointer());
    assertEquals(CaseProblems.TOO_EARLY, early.code());
  }

  @Test
  void s188_1ZB_interimAccommodationEndsOnNotificationOfTheDutyAfterANonCooperationNotice() {
    ok(jordanNoFinding(), new CaseEvent.ReliefDutyAccepted(DAY), new CaseEvent.InterimAccommodationProvided(DAY),
        new CaseEvent.PlanAgreed(DAY.plusDays(1), List.of(new PlanStep("Attend the tenancy course", true, true)), true),
        new CaseEvent.RelevantWarningGiven(DAY.plusDays(5), DutyKind.RELIEF),
        new CaseEvent.NonCooperationNoticeGiven(DAY.plusDays(20), DutyKind.RELIEF, true),
        ended(DAY.plusDays(21), DutyKind.INTERIM_ACCOMMODATION, DutyEndReason.INTERIM_NEXT_DUTY_NOTIFIED));
  }

  @Test
  void si2003_3326_art4_aDayMovingBetweenBedAndBreakfastsCountsOnce() {
    LocalDate start = DAY;
    List<Placement> two = List.of(bedAndBreakfast("TA-1", start, Optional.of(start.plusDays(9))),
        bedAndBreakfast("TA-2", start.plusDays(9), Optional.empty()));
    assertEquals(20, TemporaryAccommodationRule.bedAndBreakfastDays(two, start.plusDays(19)));
  }

  @Test
  void hclic_reliefThatEndedByItselfIsReportedAndLaterEventsDoNotLeakIntoTheQuarter() {
    Approach jordan = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    HomelessnessCase c = ok(jordan, new CaseEvent.ReliefDutyAccepted(DAY),
        new CaseEvent.MainDutyDecided(LocalDate.of(2024, 7, 10), MainDutyOutcome.MAIN_DUTY_OWED));
    uk.gov.worcester.housing.rules.homelessness.hclic.HclicReturn q2 =
        uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport.build(List.of(c),
            uk.gov.worcester.housing.core.common.Quarter.parse("2024Q2").get(), LocalAuthority.WORCESTER,
            uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable.placeholder(),
            HomelessnessAssessment.worcester());
    var relief = q2.records().stream().filter(r -> r.section()
        == uk.gov.worcester.housing.rules.homelessness.hclic.HclicSection.RELIEF).findFirst().orElseThrow();
    assertEquals(DAY.plusDays(56).toString(), relief.items().get("endDate"), "s.189B(4): ended 26 June 2024");
    assertTrue(q2.records().stream().noneMatch(r -> r.section()
        == uk.gov.worcester.housing.rules.homelessness.hclic.HclicSection.FINAL_DUTIES),
        "the main duty decision of 10 July belongs to the next quarter");
  }

  /** The Morgans again: a mandatory step refused during prevention, warned, then the notice. */
  private static List<CaseEvent> preventionNoticeOn(LocalDate noticeOn) {
    return List.of(new CaseEvent.PreventionDutyAccepted(DAY),
        new CaseEvent.PlanAgreed(DAY.plusDays(1), List.of(new PlanStep("Attend the tenancy course", true, true)), true),
        new CaseEvent.RelevantWarningGiven(DAY.plusDays(5), DutyKind.PREVENTION),
        new CaseEvent.NonCooperationNoticeGiven(noticeOn, DutyKind.PREVENTION, true));
  }

  @Test
  void s193_1A_b_noMainDutyAfterANonCooperationNoticeGivenDuringPrevention() {
    Approach family = ApproachSamples.familyServedSection21(DAY);
    LocalDate homeless = DAY.plusDays(41);
    Problem p = refused(family, events(preventionNoticeOn(DAY.plusDays(20)),
        new CaseEvent.ReliefDutyAccepted(homeless),
        new CaseEvent.MainDutyDecided(homeless.plusDays(56), MainDutyOutcome.MAIN_DUTY_OWED)));
    assertTrue(p.message().contains("s.193(1A)(b)"), p.message());
    assertTrue(p.message().contains("NO_MAIN_DUTY_AFTER_NON_COOPERATION_NOTICE"), p.message());
  }

  /**
   * s.193(1A)(b) and s.188(1ZA)(b): the family, threatened when the prevention notice ended that
   * duty, later become homeless and are owed relief and interim accommodation; when relief ends the
   * council decide that s.193 does not apply, and interim accommodation ends on that notice (it
   * could not end at all before: every outcome was refused).
   */
  @Test
  void s193_1A_b_s188_1ZA_b_theDecisionAfterAPreventionNoticeIsRecordedAndInterimAccommodationEnds() {
    Approach family = ApproachSamples.familyServedSection21(DAY);
    LocalDate homeless = DAY.plusDays(41);
    LocalDate decided = homeless.plusDays(56);
    HomelessnessCase c = ok(family, events(preventionNoticeOn(DAY.plusDays(20)),
        new CaseEvent.ReliefDutyAccepted(homeless), new CaseEvent.InterimAccommodationProvided(homeless),
        new CaseEvent.MainDutyDecided(decided, MainDutyOutcome.NO_MAIN_DUTY_AFTER_NON_COOPERATION_NOTICE),
        ended(decided, DutyKind.INTERIM_ACCOMMODATION, DutyEndReason.INTERIM_NO_FURTHER_DUTY_NOTIFIED)));
    assertTrue(c.duties().stream().noneMatch(d -> d.kind() == DutyKind.MAIN
        || d.kind() == DutyKind.NON_COOPERATION_ACCOMMODATION), c.duties().toString());
    assertTrue(c.duties().stream().noneMatch(d -> d.isLiveOn(decided.plusDays(1))), c.duties().toString());
  }

  /**
   * s.193C(3)-(4): a notice that ends the prevention duty when the family are already homeless (the
   * section 21 notice has expired, the prevention duty not yet ended) puts the accommodation duty
   * in place of s.193, as a notice ending relief does.
   */
  @Test
  void s193C_3_4_aPreventionNoticeGivenOnceTheFamilyAreHomelessStartsTheNonCooperationAccommodationDuty() {
    Approach family = ApproachSamples.familyServedSection21(DAY);
    LocalDate noticeOn = DAY.plusDays(45);
    assertEquals(HomelessStatus.HOMELESS, HomelessnessAssessment.worcester().assess(family, noticeOn).get()
        .homelessness().outcome(), "the family are homeless by then");
    HomelessnessCase c = ok(family, events(preventionNoticeOn(noticeOn)));
    assertTrue(c.duties().stream().anyMatch(d -> d.kind() == DutyKind.NON_COOPERATION_ACCOMMODATION
        && d.startedOn().equals(noticeOn)), c.duties().toString());
    HomelessnessCase threatened = ok(family, events(preventionNoticeOn(DAY.plusDays(20))));
    assertTrue(threatened.duties().stream().noneMatch(d -> d.kind() == DutyKind.NON_COOPERATION_ACCOMMODATION),
        "only threatened on 21 May: no s.193C(4) duty");
  }

  @Test
  void s185_4_5_membersAreDisregardedOnlyForAnApplicantInAnEligibleClass() {
    Approach family = familyWithChildren(Immigration.of(ImmigrationStatus.NO_LEAVE));
    Household h = family.household();
    List<Person> members = new ArrayList<>(h.members());
    members.set(0, Person.builder().from(members.get(0)).immigration(Immigration.of(ImmigrationStatus.NOT_KNOWN)).build());
    Approach unknown = Approach.builder().from(family).household(Household.builder().from(h).members(members).build())
        .build();
    assertEquals(List.of(), HomelessnessAssessment.worcester().assess(unknown, DAY).get().eligibility().outcome()
        .disregardedMembers(), "the applicant's own class is not yet known");
    members.set(0, Person.builder().from(members.get(0)).immigration(Immigration.of(ImmigrationStatus.REFUGEE)).build());
    Approach refugee = Approach.builder().from(family).household(Household.builder().from(h).members(members).build())
        .build();
    assertEquals(2, HomelessnessAssessment.worcester().assess(refugee, DAY).get().eligibility().outcome()
        .disregardedMembers().size(), "a refugee with leave is in an eligible class (SI 2006/1294 reg.5)");
  }

  private static CaseEvent[] events(List<CaseEvent> first, CaseEvent... more) {
    List<CaseEvent> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return all.toArray(new CaseEvent[0]);
  }
}
