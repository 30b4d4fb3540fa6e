package uk.gov.worcester.housing.rules.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.grants.ApplicantGroup;
import uk.gov.worcester.housing.core.grants.ContributionKind;
import uk.gov.worcester.housing.core.grants.CostCategory;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.MatchContribution;
import uk.gov.worcester.housing.core.grants.Project;
import uk.gov.worcester.housing.core.grants.ProjectCost;
import uk.gov.worcester.housing.core.grants.SkillLevel;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.testkit.grants.GrantSamples;

/** Worked cases of the Our Happy Place and general round rules, each named after the rule it shows. */
class GrantRulesTest {
  static final GrantRules RULES = GrantRules.worcester();
  static final LocalDate AUTUMN_2016 = LocalDate.of(2016, 10, 15);
  static final Money FULL_FUND = Money.ofPounds(25_000);

  static GrantAssessment assess(GrantApplication a) {
    return RULES.assess(a, AUTUMN_2016, FULL_FUND).get();
  }

  static GrantApplication withMatch(GrantApplication a, MatchContribution... match) {
    return GrantApplication.builder().from(a).match(List.of(match)).build();
  }

  static GrantApplication withGroup(GrantApplication a, ApplicantGroup group) {
    return GrantApplication.builder().from(a).group(group).build();
  }

  static GrantApplication withProject(GrantApplication a, Project project) {
    return GrantApplication.builder().from(a).project(project).build();
  }

  @Test
  void ourHappyPlaceMatch_volunteerTimeEarnsGrantPoundForPound() {
    GrantAssessment a = assess(GrantSamples.gorseHillGarden());
    assertEquals(Eligibility.ELIGIBLE, a.eligibility().outcome());
    assertEquals(Money.of("1663.50"), a.match().outcome().total(), "150 hours at £11.09");
    assertEquals(Money.of("1663.50"), a.award().outcome().amount());
    assertEquals(AwardLimit.MATCH, a.award().outcome().limitedBy());
    assertTrue(a.award().hasReason("AWARD_LIMITED_BY_MATCH"));
    assertEquals("OUR-HAPPY-PLACE/2016-17", a.award().appliedVersion());
    assertEquals(12, a.match().outcome().volunteers());
    assertEquals(new BigDecimal("150.00"), a.match().outcome().volunteerHours());
  }

  @Test
  void ourHappyPlaceAward_neverAboveTheRequest_withSkilledDayRatesAndEvidencedDonations() {
    GrantAssessment a = assess(GrantSamples.warndonLitterPick());
    assertEquals(Money.of("993.60"), a.match().outcome().total(), "£443.60 + 2 days at £150 + £250");
    assertEquals(Money.ofPounds(900), a.award().outcome().amount());
    assertEquals(AwardLimit.REQUEST, a.award().outcome().limitedBy());
  }

  @Test
  void ourHappyPlaceCap_twoThousandPoundsAProject() {
    GrantApplication a = GrantApplication.builder().from(GrantSamples.gorseHillGarden()).requested(Money.ofPounds(3_000))
        .match(List.of(new MatchContribution.Expertise(new BigDecimal("70"), SkillLevel.PROFESSIONAL))).build();
    GrantAssessment result = assess(a);
    assertEquals(Money.ofPounds(3_500), result.match().outcome().total(), "ten 7-hour days at £350");
    assertEquals(Money.ofPounds(2_000), result.award().outcome().amount());
    assertEquals(AwardLimit.PROJECT_CAP, result.award().outcome().limitedBy());
  }

  @Test
  void ourHappyPlaceFund_theAwardIsNeverAboveWhatIsLeft() {
    GrantAssessment a = RULES.assess(GrantSamples.gorseHillGarden(), AUTUMN_2016, Money.of("412.20")).get();
    assertEquals(Money.of("412.20"), a.award().outcome().amount());
    assertEquals(AwardLimit.FUND, a.award().outcome().limitedBy());
    GrantAssessment spent = RULES.assess(GrantSamples.gorseHillGarden(), AUTUMN_2016, Money.ZERO).get();
    assertEquals(Money.ZERO, spent.award().outcome().amount());
  }

  @Test
  void timeRates_roundDownToThePenny_soMatchIsNeverOverValued() {
    TimeRate hourly = TimeRate.hourly(Money.of("11.09"));
    assertEquals(Money.of("3.65"), hourly.valueOf(new BigDecimal("0.33")), "£3.6597 rounds down");
    assertEquals(Money.of("21.42"), TimeRate.of(Money.ofPounds(50), 7).valueOf(new BigDecimal("3")), "£21.428...");
    assertEquals(Money.ofPounds(150), TimeRate.of(Money.ofPounds(150), 7).valueOf(new BigDecimal("7")));
  }

  @Test
  void ourHappyPlaceMatch_cashIsNotCountedAndDonationsNeedEvidence() {
    GrantApplication a = withMatch(GrantSamples.gorseHillGarden(), new MatchContribution.Cash(Money.ofPounds(500)),
        new MatchContribution.Donation(ContributionKind.DONATED_GOODS, Money.ofPounds(300), Optional.empty()),
        new MatchContribution.Donation(ContributionKind.DONATED_GOODS, Money.ofPounds(200), Optional.of("Receipt 1")));
    GrantAssessment result = assess(a);
    assertEquals(Money.ofPounds(200), result.match().outcome().total());
    assertTrue(result.match().hasReason("KIND_NOT_COUNTED"));
    assertTrue(result.match().hasReason("NO_EVIDENCE"));
    assertEquals(List.of("KIND_NOT_COUNTED", "NO_EVIDENCE", "COUNTED"),
        result.match().outcome().lines().stream().map(ValuedLine::code).toList());
    assertEquals(Money.ofPounds(200), result.award().outcome().amount());
  }

  @Test
  void ourHappyPlaceApplicants_notIndividuals() {
    GrantAssessment a = assess(GrantSamples.individualApplicant());
    assertEquals(Eligibility.NOT_ELIGIBLE, a.eligibility().outcome());
    assertTrue(a.eligibility().hasReason("INDIVIDUAL_NOT_ELIGIBLE"));
    assertTrue(a.eligibility().hasReason("NO_TERMS_OF_REFERENCE"));
    assertEquals(Money.ZERO, a.award().outcome().amount());
    assertEquals(AwardLimit.NOT_ELIGIBLE, a.award().outcome().limitedBy());
  }

  @Test
  void ourHappyPlaceApplicants_everyMemberThirteenOrOver() {
    GrantApplication a = GrantSamples.gorseHillGarden();
    GrantAssessment young = assess(withGroup(a, ApplicantGroup.builder().from(a.group()).youngestMemberAge(12).build()));
    assertTrue(young.eligibility().hasReason("MEMBER_UNDER_MINIMUM_AGE"));
    GrantAssessment thirteen = assess(withGroup(a, ApplicantGroup.builder().from(a.group()).youngestMemberAge(13)
        .build()));
    assertEquals(Eligibility.ELIGIBLE, thirteen.eligibility().outcome());
    GrantAssessment unknown = assess(withGroup(a, ApplicantGroup.builder().from(a.group())
        .youngestMemberAge(Optional.empty()).build()));
    assertTrue(unknown.eligibility().hasReason("MEMBER_AGES_NOT_GIVEN"));
  }

  @Test
  void ourHappyPlaceWards_benefitsGoToWarndonGorseHillAndRainbowHill() {
    GrantApplication a = GrantSamples.gorseHillGarden();
    GrantAssessment outside = assess(withProject(a, Project.builder().from(a.project())
        .wards(List.of(Ward.GORSE_HILL, Ward.ST_JOHN)).build()));
    assertTrue(outside.eligibility().hasReason("WARD_NOT_IN_SCHEME"));
    assertFalse(outside.eligibility().reasons().toString().contains("Residents"), "no group or project text");
    GrantAssessment rainbow = assess(withProject(a, Project.builder().from(a.project())
        .wards(List.of(Ward.RAINBOW_HILL, Ward.WARNDON)).build()));
    assertEquals(Eligibility.ELIGIBLE, rainbow.eligibility().outcome());
  }

  @Test
  void ourHappyPlaceProjects_respondToAnIdentifiedNeedAndFinishBy31August2017() {
    GrantApplication a = GrantSamples.gorseHillGarden();
    GrantAssessment noNeed = assess(withProject(a, Project.builder().from(a.project()).identifiedNeed(Optional.empty())
        .build()));
    assertTrue(noNeed.eligibility().hasReason("NO_IDENTIFIED_NEED"));
    GrantAssessment late = assess(withProject(a, Project.builder().from(a.project())
        .endsOn(LocalDate.of(2017, 9, 1)).build()));
    assertTrue(late.eligibility().hasReason("COMPLETES_TOO_LATE"));
    GrantAssessment lastDay = assess(withProject(a, Project.builder().from(a.project())
        .endsOn(LocalDate.of(2017, 8, 31)).build()));
    assertEquals(Eligibility.ELIGIBLE, lastDay.eligibility().outcome());
  }

  @Test
  void policyInForce_noOurHappyPlaceBeforeApril2016_andNoAssessmentBeforeTheApplicationArrives() {
    GrantApplication early = GrantApplication.builder().from(GrantSamples.gorseHillGarden())
        .receivedOn(LocalDate.of(2016, 3, 1)).build();
    assertEquals("NO_POLICY_IN_FORCE", RULES.assess(early, LocalDate.of(2016, 3, 2), FULL_FUND).getError().head()
        .code());
    var before = RULES.assess(GrantSamples.gorseHillGarden(), LocalDate.of(2016, 9, 1), FULL_FUND);
    assertEquals("/receivedOn", before.getError().head().path().jsonPointer());
  }

  @Test
  void communityRounds_matchAtLeastEqualToTheRequest() {
    GrantApplication bid = GrantSamples.roundBid("CG-24-001", "Friends of Gheluvelt Park", Ward.CLAINES,
        Money.ofPounds(1_500));
    GrantAssessment ok = RULES.assess(bid, LocalDate.of(2023, 12, 5), Money.ofPounds(41_500)).get();
    assertEquals(Eligibility.ELIGIBLE, ok.eligibility().outcome());
    assertEquals("WORCESTER-COMMUNITY-GRANTS/2024-25", ok.eligibility().appliedVersion());
    assertEquals(Optional.of("SMALL"), ok.award().outcome().tier());
    GrantApplication short1 = withMatch(bid, new MatchContribution.Cash(Money.of("1499.99")));
    GrantAssessment shortfall = RULES.assess(short1, LocalDate.of(2023, 12, 5), Money.ofPounds(41_500)).get();
    assertTrue(shortfall.eligibility().hasReason("MATCH_BELOW_REQUEST"));
  }

  @Test
  void communityRounds_projectsNotCoreCosts() {
    GrantApplication bid = GrantSamples.roundBid("CG-24-002", "St John's Lunch Club", Ward.ST_JOHN,
        Money.ofPounds(1_500));
    GrantApplication salaries = withProject(bid, Project.builder().from(bid.project())
        .costs(List.of(ProjectCost.of(CostCategory.SALARIES, Money.ofPounds(1_200)),
            ProjectCost.of(CostCategory.ACTIVITIES, Money.ofPounds(300)))).build());
    GrantAssessment a = RULES.assess(salaries, LocalDate.of(2023, 12, 5), Money.ofPounds(41_500)).get();
    assertTrue(a.eligibility().hasReason("CORE_COSTS_NOT_FUNDED"));
  }

  @Test
  void communityRounds_oneAnnualCall22Septemberto10November2023() {
    GrantApplication late = GrantApplication.builder().from(GrantSamples.roundBid("CG-24-003", "Late Group",
        Ward.NUNNERY, Money.ofPounds(800))).receivedOn(LocalDate.of(2023, 11, 11)).build();
    GrantAssessment a = RULES.assess(late, LocalDate.of(2023, 12, 5), Money.ofPounds(41_500)).get();
    assertTrue(a.eligibility().hasReason("OUTSIDE_APPLICATION_WINDOW"));
  }

  @Test
  void communityRounds_aBidNamesARoundThePolicyHas() {
    GrantApplication bid = GrantApplication.builder().from(GrantSamples.roundBid("CG-24-004", "Group", Ward.NUNNERY,
        Money.ofPounds(800))).round("WORCESTER-COMMUNITY-GRANTS/1999").build();
    var result = RULES.assess(bid, LocalDate.of(2023, 12, 5), Money.ofPounds(41_500));
    assertEquals(GrantProblems.UNKNOWN_ROUND, result.getError().head().code());
    assertEquals("/round", result.getError().head().path().jsonPointer());
  }

  @Test
  void communityGrantTiers_smallAndMediumBeforeTheAnnualCall() {
    GrantPolicy p = GrantPolicy.COMMUNITY_GRANTS.inForceOn(LocalDate.of(2022, 6, 1)).get();
    assertEquals("MEDIUM", p.tierOf(Money.ofPounds(2_001)).get().code());
    assertEquals("SMALL", p.tierOf(Money.ofPounds(2_000)).get().code());
    assertTrue(p.tierOf(Money.ofPounds(15_001)).isEmpty());
    assertEquals(GrantPolicy.COMMUNITY_GRANTS_2024_25,
        GrantPolicy.COMMUNITY_GRANTS.inForceOn(LocalDate.of(2023, 9, 22)).get());
  }

  @Test
  void anotherCouncilsPolicy_isData() {
    GrantPolicy generous = GrantPolicy.builder().from(GrantPolicy.OUR_HAPPY_PLACE_2016).version("OHP/HIGHER-CAP")
        .perProjectCap(Money.ofPounds(5_000)).match(MatchPolicy.builder().from(GrantPolicy.OUR_HAPPY_PLACE_2016.match())
            .addCountedKinds(ContributionKind.CASH).build()).build();
    GrantRules rules = GrantRules.of(PolicyTimeline.of(generous), GrantPolicy.COMMUNITY_GRANTS);
    GrantApplication a = GrantApplication.builder().from(GrantSamples.gorseHillGarden()).requested(Money.ofPounds(4_000))
        .match(List.of(new MatchContribution.Cash(Money.ofPounds(4_500)))).build();
    GrantAssessment result = rules.assess(a, AUTUMN_2016, FULL_FUND).get();
    assertEquals(Money.ofPounds(4_000), result.award().outcome().amount());
    assertEquals("OHP/HIGHER-CAP", result.award().appliedVersion());
  }
}
