package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.homelessness.AbuseFacts;
import uk.gov.worcester.housing.core.homelessness.AbuseKind;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.HousingSituation;
import uk.gov.worcester.housing.core.homelessness.IntentionalityFinding;
import uk.gov.worcester.housing.core.homelessness.NoticeKind;
import uk.gov.worcester.housing.core.homelessness.PriorPlacement;
import uk.gov.worcester.housing.core.homelessness.TenancyNotice;
import uk.gov.worcester.housing.core.homelessness.VulnerabilityGround;
import uk.gov.worcester.housing.core.homelessness.VulnerabilityJudgement;
import uk.gov.worcester.housing.core.household.CareHistory;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Immigration;
import uk.gov.worcester.housing.core.household.ImmigrationStatus;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.PropertyType;
import uk.gov.worcester.housing.core.household.CurrentHome;
import uk.gov.worcester.housing.core.household.Tenure;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;

class AssessmentTest {
  static final LocalDate DAY = LocalDate.of(2024, 5, 1);
  static final HomelessnessAssessment RULES = HomelessnessAssessment.worcester();

  static Assessment assess(Approach a, LocalDate asAt) {
    return RULES.assess(a, asAt).getOrElseThrow(() -> new AssertionError("not assessed"));
  }

  static Approach withSituation(Approach a, HousingSituation s) {
    return Approach.builder().from(a).situation(s).build();
  }

  static Approach withApplicant(Approach a, Person applicant) {
    Household h = a.household();
    java.util.List<Person> members = new java.util.ArrayList<>(h.members());
    members.set(0, applicant);
    return Approach.builder().from(a).household(Household.builder().from(h).members(members).build()).build();
  }

  @Test
  void aSection21NoticeExpiringWithin56DaysMeansThreatened() {
    Assessment a = assess(ApproachSamples.familyServedSection21(DAY), DAY);
    assertEquals(HomelessStatus.THREATENED, a.homelessness().outcome());
    assertTrue(a.homelessness().hasReason("SECTION_21_NOTICE"));
    assertEquals("s.175(5)", a.homelessness().reasons().get(0).citation().provision());
    assertEquals(List.of(DutyKind.PREVENTION), a.duties().outcome().duties());
  }

  @Test
  void aNoticeExpiringOn56thDayCountsAndOn57thDoesNot() {
    Approach base = ApproachSamples.familyServedSection21(DAY);
    Approach on56 = withSituation(base, HousingSituation.builder().hasAccommodation(true)
        .notice(TenancyNotice.of(NoticeKind.SECTION_21, DAY.minusDays(1), DAY.plusDays(56))).build());
    Approach on57 = withSituation(base, HousingSituation.builder().hasAccommodation(true)
        .notice(TenancyNotice.of(NoticeKind.SECTION_21, DAY.minusDays(1), DAY.plusDays(57))).build());
    assertEquals(HomelessStatus.THREATENED, assess(on56, DAY).homelessness().outcome());
    assertEquals(HomelessStatus.NOT_HOMELESS, assess(on57, DAY).homelessness().outcome());
  }

  @Test
  void anExpiredSection21WithTheLandlordSeekingPossessionMeansHomeless() {
    Assessment a = assess(ApproachSamples.familyServedSection21(DAY), DAY.plusDays(41));
    assertEquals(HomelessStatus.HOMELESS, a.homelessness().outcome());
    assertTrue(a.homelessness().hasReason("NOTICE_EXPIRED"));
  }

  @Test
  void anInvalidNoticeOrOneOnAnotherHomeDoesNotThreaten() {
    Approach base = ApproachSamples.familyServedSection21(DAY);
    Approach invalid = withSituation(base, HousingSituation.builder().hasAccommodation(true)
        .notice(TenancyNotice.builder().kind(NoticeKind.SECTION_21).givenOn(DAY).expiresOn(DAY.plusDays(30)).valid(false)
            .build()).build());
    assertEquals(HomelessStatus.NOT_HOMELESS, assess(invalid, DAY).homelessness().outcome());
  }

  @Test
  void fromMay2026ASection8NoticeThreatensAndANewSection21DoesNot() {
    LocalDate day = LocalDate.of(2026, 6, 1);
    Approach base = ApproachSamples.familyServedSection21(day);
    Approach s8 = withSituation(base, HousingSituation.builder().hasAccommodation(true)
        .notice(TenancyNotice.of(NoticeKind.SECTION_8, day.minusDays(3), day.plusDays(30))).build());
    Approach newS21 = withSituation(base, HousingSituation.builder().hasAccommodation(true)
        .notice(TenancyNotice.of(NoticeKind.SECTION_21, LocalDate.of(2026, 5, 10), day.plusDays(30))).build());
    Approach oldS21 = withSituation(base, HousingSituation.builder().hasAccommodation(true)
        .notice(TenancyNotice.of(NoticeKind.SECTION_21, LocalDate.of(2026, 4, 20), day.plusDays(30))).build());
    assertEquals(HomelessStatus.THREATENED, assess(s8, day).homelessness().outcome());
    assertTrue(assess(s8, day).homelessness().hasReason("SECTION_8_NOTICE"));
    assertEquals(HomelessStatus.NOT_HOMELESS, assess(newS21, day).homelessness().outcome());
    assertEquals(HomelessStatus.THREATENED, assess(oldS21, day).homelessness().outcome());
    assertEquals("HA1996-P7/RRA2025", assess(s8, day).lawVersion());
    Approach s8Before = withSituation(ApproachSamples.familyServedSection21(DAY), HousingSituation.builder()
        .hasAccommodation(true).notice(TenancyNotice.of(NoticeKind.SECTION_8, DAY, DAY.plusDays(30))).build());
    assertEquals(HomelessStatus.NOT_HOMELESS, assess(s8Before, DAY).homelessness().outcome(),
        "before May 2026 a s.8 notice is not a s.175(5) notice");
  }

  @Test
  void eachRouteIntoHomelessnessHasItsOwnReason() {
    Approach base = ApproachSamples.familyServedSection21(DAY);
    assertEquals("NO_ACCOMMODATION", firstReason(withSituation(base, HousingSituation.builder().hasAccommodation(false)
        .build())));
    assertEquals("CANNOT_SECURE_ENTRY", firstReason(withSituation(base, HousingSituation.builder().hasAccommodation(true)
        .canSecureEntry(false).build())));
    assertEquals("NOT_AVAILABLE_TO_WHOLE_HOUSEHOLD", firstReason(withSituation(base, HousingSituation.builder()
        .hasAccommodation(true).availableToWholeHousehold(false).build())));
    assertEquals("NOT_REASONABLE_TO_OCCUPY", firstReason(withSituation(base, HousingSituation.builder()
        .hasAccommodation(true).reasonableToContinueToOccupy(false).build())));
    Household boat = Household.builder().from(base.household()).currentHome(CurrentHome.of(Tenure.OWNER_OCCUPIER,
        PropertyType.HOUSEBOAT, 1)).build();
    assertEquals("NO_PLACE_FOR_MOVEABLE_HOME", firstReason(Approach.builder().from(base).household(boat)
        .situation(HousingSituation.builder().hasAccommodation(true).lawfulPitchOrMooring(false).build()).build()));
    assertEquals("DOMESTIC_ABUSE", firstReason(Approach.builder().from(base).abuse(AbuseFacts.of(AbuseKind.DOMESTIC_ABUSE))
        .build()));
    assertEquals("VIOLENCE", firstReason(Approach.builder().from(base).abuse(AbuseFacts.of(AbuseKind.OTHER_VIOLENCE))
        .build()));
  }

  private static String firstReason(Approach a) {
    Assessment x = assess(a, DAY);
    assertEquals(HomelessStatus.HOMELESS, x.homelessness().outcome());
    return x.homelessness().reasons().get(0).code();
  }

  @Test
  void theDomesticAbuseWordingFollowsTheLawVersion() {
    Approach before = ApproachSamples.domesticAbuseSurvivor(LocalDate.of(2021, 7, 4));
    Approach after = ApproachSamples.domesticAbuseSurvivor(LocalDate.of(2021, 7, 5));
    assertTrue(assess(before, before.appliedOn()).homelessness().reasons().get(0).text().contains("domestic violence"));
    assertTrue(assess(after, after.appliedOn()).homelessness().reasons().get(0).text().contains("domestic abuse"));
  }

  @Test
  void aDomesticAbuseVictimIsInPriorityNeedFromTheFifthOfJuly2021ButNotTheDayBefore() {
    Approach before = ApproachSamples.domesticAbuseSurvivor(LocalDate.of(2021, 7, 4));
    Approach after = ApproachSamples.domesticAbuseSurvivor(LocalDate.of(2021, 7, 5));
    Assessment b = assess(before, before.appliedOn());
    Assessment a = assess(after, after.appliedOn());
    assertEquals(PriorityNeedStatus.AWAITING_JUDGEMENT, b.priorityNeed().outcome().status());
    assertTrue(b.priorityNeed().reasons().get(0).text().contains("Before 5 July 2021"));
    assertEquals(PriorityNeedStatus.YES, a.priorityNeed().outcome().status());
    assertEquals(List.of(PriorityNeedCategory.DOMESTIC_ABUSE_VICTIM), a.priorityNeed().outcome().categories());
    assertEquals("s.189(1)(e)", a.priorityNeed().reasons().get(0).citation().provision());
    Approach judged = Approach.builder().from(before).addVulnerabilityJudgements(VulnerabilityJudgement.of(
        PersonId.of("P-1"), VulnerabilityGround.FLED_VIOLENCE, true, before.appliedOn())).build();
    assertEquals(List.of(PriorityNeedCategory.VULNERABLE_FLED_VIOLENCE),
        assess(judged, judged.appliedOn()).priorityNeed().outcome().categories());
  }

  @Test
  void aSeventeenYearOldIsInPriorityNeedUnlessChildrensServicesOweThemAccommodation() {
    Approach a = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    Assessment x = assess(a, DAY);
    assertEquals(HomelessStatus.HOMELESS, x.homelessness().outcome());
    assertEquals(List.of(PriorityNeedCategory.AGED_16_OR_17), x.priorityNeed().outcome().categories());
    assertEquals(List.of(DutyKind.INTERIM_ACCOMMODATION, DutyKind.RELIEF), x.duties().outcome().duties());
    assertTrue(x.duties().outcome().reliefEndsByItself());
    Approach s20 = Approach.builder().from(a).childrenActSection20DutyOwed(true).build();
    assertEquals(PriorityNeedStatus.NO, assess(s20, DAY).priorityNeed().outcome().status());
    Person relevantChild = Person.builder().from(a.household().applicant()).careHistory(CareHistory.builder()
        .lookedAfterWhileAged16Or17(true).relevantChild(true).build()).build();
    assertEquals(PriorityNeedStatus.NO, assess(withApplicant(a, relevantChild), DAY).priorityNeed().outcome().status());
  }

  @Test
  void aCareLeaverUnder21IsInPriorityNeedAndAt21NeedsAJudgement() {
    Approach a = ApproachSamples.seventeenYearOldAskedToLeave(DAY);
    Person leaver = Person.builder().from(a.household().applicant()).dateOfBirth(DAY.minusYears(20))
        .careHistory(CareHistory.builder().lookedAfterWhileAged16Or17(true).relevantChild(false).build()).build();
    Approach x = withApplicant(a, leaver);
    assertEquals(List.of(PriorityNeedCategory.CARE_LEAVER_UNDER_21), assess(x, DAY).priorityNeed().outcome().categories());
    assertEquals(PriorityNeedStatus.AWAITING_JUDGEMENT, assess(x, DAY.plusYears(1)).priorityNeed().outcome().status());
  }

  @Test
  void pregnancyAndDependentChildrenGivePriorityNeed() {
    Assessment a = assess(ApproachSamples.familyServedSection21(DAY), DAY);
    assertEquals(List.of(PriorityNeedCategory.DEPENDENT_CHILDREN), a.priorityNeed().outcome().categories());
  }

  @Test
  void aSingleAdultWithNothingRecordedIsNotInPriorityNeed() {
    Assessment a = assess(ApproachSamples.roughSleeper(DAY), DAY);
    assertEquals(PriorityNeedStatus.NO, a.priorityNeed().outcome().status());
    assertEquals(List.of(DutyKind.RELIEF), a.duties().outcome().duties());
    assertTrue(!a.duties().outcome().reliefEndsByItself());
  }

  @Test
  void ineligibleApplicantsAreOwedAdviceOnly() {
    Approach a = ApproachSamples.roughSleeper(DAY);
    Person noRecourse = Person.builder().from(a.household().applicant())
        .immigration(Immigration.of(ImmigrationStatus.LIMITED_LEAVE_NO_RECOURSE)).build();
    Assessment x = assess(withApplicant(a, noRecourse), DAY);
    assertEquals(EligibilityStatus.INELIGIBLE, x.eligibility().outcome().status());
    assertEquals(List.of(), x.duties().outcome().duties());
    assertTrue(x.duties().hasReason("INELIGIBLE_ADVICE_ONLY"));
    Person notResident = Person.builder().from(a.household().applicant())
        .immigration(Immigration.builder().status(ImmigrationStatus.BRITISH_CITIZEN).habituallyResident(false).build())
        .build();
    assertTrue(assess(withApplicant(a, notResident), DAY).eligibility().hasReason("NOT_HABITUALLY_RESIDENT"));
    Person refugee = Person.builder().from(a.household().applicant()).immigration(Immigration.of(ImmigrationStatus.REFUGEE))
        .build();
    assertEquals(EligibilityStatus.ELIGIBLE, assess(withApplicant(a, refugee), DAY).eligibility().outcome().status());
    Person sponsored = Person.builder().from(a.household().applicant()).immigration(Immigration.builder()
        .status(ImmigrationStatus.INDEFINITE_LEAVE).sponsoredWithinFiveYears(true).build()).build();
    assertEquals(EligibilityStatus.INELIGIBLE, assess(withApplicant(a, sponsored), DAY).eligibility().outcome().status());
  }

  @Test
  void anIneligibleChildIsDisregardedForASubjectApplicantAndMakesARestrictedCaseOtherwise() {
    Approach family = ApproachSamples.familyServedSection21(DAY);
    Household h = family.household();
    java.util.List<Person> members = new java.util.ArrayList<>(h.members());
    for (int i = 2; i < members.size(); i++) {
      members.set(i, Person.builder().from(members.get(i)).immigration(Immigration.of(ImmigrationStatus.NO_LEAVE)).build());
    }
    Approach british = Approach.builder().from(family).household(Household.builder().from(h).members(members).build())
        .build();
    Assessment b = assess(british, DAY);
    assertTrue(b.eligibility().outcome().restrictedCase());
    assertEquals(PriorityNeedStatus.YES, b.priorityNeed().outcome().status());
    members.set(0, Person.builder().from(members.get(0)).immigration(Immigration.of(ImmigrationStatus.REFUGEE)).build());
    members.set(1, Person.builder().from(members.get(1)).immigration(Immigration.of(ImmigrationStatus.REFUGEE)).build());
    Approach subject = Approach.builder().from(family).household(Household.builder().from(h).members(members).build())
        .build();
    Assessment s = assess(subject, DAY);
    assertEquals(2, s.eligibility().outcome().disregardedMembers().size());
    assertEquals(PriorityNeedStatus.NO, s.priorityNeed().outcome().status(), "the children are disregarded (s.185(4))");
  }

  @Test
  void intentionalityNeedsEveryElementAndSaysWhichFails() {
    Approach base = ApproachSamples.roughSleeper(DAY);
    IntentionalityFinding all = IntentionalityFinding.builder().deliberateActOrOmission(true)
        .causedLossOfAccommodation(true).accommodationWasAvailableAndReasonable(true).build();
    assertEquals(Intentionality.INTENTIONAL, assess(Approach.builder().from(base).intentionality(all).build(), DAY)
        .intentionality().outcome());
    Assessment goodFaith = assess(Approach.builder().from(base).intentionality(IntentionalityFinding.builder()
        .from(all).goodFaithUnawareOfRelevantFact(true).build()).build(), DAY);
    assertEquals(Intentionality.NOT_INTENTIONAL, goodFaith.intentionality().outcome());
    assertTrue(goodFaith.intentionality().hasReason("GOOD_FAITH"));
    Assessment notReasonable = assess(Approach.builder().from(base).intentionality(IntentionalityFinding.builder()
        .from(all).accommodationWasAvailableAndReasonable(false).causedLossOfAccommodation(false).build()).build(), DAY);
    assertEquals(List.of("NOT_THE_CAUSE", "ACCOMMODATION_NOT_REASONABLE"),
        notReasonable.intentionality().reasons().stream().map(r -> r.code()).toList());
    assertEquals(Intentionality.INTENTIONAL, assess(Approach.builder().from(base).intentionality(IntentionalityFinding
        .builder().deliberateActOrOmission(false).causedLossOfAccommodation(false)
        .accommodationWasAvailableAndReasonable(false).collusion(true).build()).build(), DAY).intentionality().outcome());
    Approach none = Approach.builder().from(base).intentionality(java.util.Optional.empty()).build();
    assertEquals(Intentionality.NOT_YET_DECIDED, assess(none, DAY).intentionality().outcome());
  }

  @Test
  void localConnectionFollowsTheReferralGuidelines() {
    Assessment family = assess(ApproachSamples.familyServedSection21(DAY), DAY);
    LocalConnection c = family.localConnection().outcome();
    assertTrue(c.with(LocalAuthority.WORCESTER));
    assertEquals(List.of(ConnectionGround.RESIDENCE), c.connections().get(0).grounds());
    Assessment dana = assess(ApproachSamples.domesticAbuseSurvivor(DAY), DAY);
    assertTrue(dana.localConnection().outcome().with(LocalAuthority.WYCHAVON));
    assertTrue(dana.localConnection().outcome().with(LocalAuthority.WORCESTER), "her parent has lived in Worcester 25 years");
  }

  @Test
  void noReferralWhereTheHouseholdIsConnectedHereOrAtRiskThere() {
    Approach dana = ApproachSamples.domesticAbuseSurvivor(DAY);
    assertEquals(false, assess(dana, DAY).referral().outcome().open());
    Household noFamily = Household.builder().from(dana.household()).familyAssociations(List.of()).build();
    Approach atRisk = Approach.builder().from(dana).household(noFamily).build();
    Assessment r = assess(atRisk, DAY);
    assertEquals(false, r.referral().outcome().open());
    assertTrue(r.referral().hasReason("RISK_OF_VIOLENCE_THERE"));
    Approach noRisk = Approach.builder().from(atRisk).abuse(AbuseFacts.builder().kind(AbuseKind.DOMESTIC_ABUSE).build())
        .build();
    assertEquals(List.of(LocalAuthority.WYCHAVON), assess(noRisk, DAY).referral().outcome().to());
  }

  @Test
  void aHouseholdPlacedHereByAnotherCouncilCanBeReferredBackWithinFiveYears() {
    Approach kim = ApproachSamples.roughSleeper(DAY);
    Approach placed = Approach.builder().from(kim).priorPlacement(PriorPlacement.of(LocalAuthority.REDDITCH,
        DAY.minusYears(4))).build();
    assertEquals(List.of(LocalAuthority.REDDITCH), assess(placed, DAY).referral().outcome().to());
    Approach longAgo = Approach.builder().from(kim).priorPlacement(PriorPlacement.of(LocalAuthority.REDDITCH,
        DAY.minusYears(6))).build();
    assertEquals(List.of(), assess(longAgo, DAY).referral().outcome().to());
  }

  @Test
  void applicationsBeforeTheReductionActAreNotModelled() {
    Approach early = ApproachSamples.roughSleeper(LocalDate.of(2018, 4, 2));
    assertEquals("NO_POLICY_IN_FORCE", RULES.assess(early, early.appliedOn()).getError().head().code());
    assertEquals("BEFORE_APPLICATION", RULES.assess(ApproachSamples.roughSleeper(DAY), DAY.minusDays(1)).getError()
        .head().code());
  }
}
