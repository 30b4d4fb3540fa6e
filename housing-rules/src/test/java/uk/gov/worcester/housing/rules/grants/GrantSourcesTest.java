package uk.gov.worcester.housing.rules.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantEvent;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.testkit.grants.GrantSamples;

/**
 * Worked cases from the sources the grants domain was reviewed against, each named after its
 * source: the domain notes' section 3 (community grants), the service areas seed, the May 2024
 * ward change (hclic-and-codes section 4) and the Local Government Transparency Code 2015.
 */
class GrantSourcesTest {
  static final LocalDate WARD_CHANGE = LocalDate.of(2024, 5, 2);

  static GrantPolicy ohpFrom(LocalDate from, List<Ward> wards) {
    return GrantPolicy.builder().from(GrantPolicy.OUR_HAPPY_PLACE_2016).version("OHP/TEST")
        .effectiveFrom(from).lastDay(java.util.Optional.empty()).wards(wards).build();
  }

  @Test
  void hclicSection4_wardChange2May2024_aVersionNamesOnlyWardsInForceThroughItsLife() {
    // A version with no end that names Warndon would name it after 1 May 2024, when it ceased.
    InvalidValueException spans = assertThrows(InvalidValueException.class,
        () -> ohpFrom(LocalDate.of(2024, 4, 1), List.of(Ward.WARNDON, Ward.RAINBOW_HILL)));
    assertTrue(spans.problems().exists(p -> p.code().equals(Ward.NOT_IN_FORCE)
        && p.path().jsonPointer().equals("/wards/0")), spans.problems().toString());
    // Ending it on 1 May 2024 keeps the old ward lawful.
    GrantPolicy ended = GrantPolicy.builder().from(GrantPolicy.OUR_HAPPY_PLACE_2016).version("OHP/TEST")
        .effectiveFrom(LocalDate.of(2024, 4, 1)).lastDay(LocalDate.of(2024, 5, 1)).wards(List.of(Ward.WARNDON))
        .build();
    assertEquals(LocalDate.of(2024, 5, 1), ended.lastDay().get());
    // A successor version from 2 May 2024 names the successor wards.
    GrantPolicy successor = ohpFrom(WARD_CHANGE, List.of(Ward.WARNDON_AND_ELBURY_PARK, Ward.RAINBOW_HILL));
    assertTrue(successor.wards().stream().allMatch(w -> w.inForceOn(WARD_CHANGE)));
    // The new ward cannot be named before it existed.
    assertThrows(InvalidValueException.class, () -> GrantPolicy.builder().from(successor)
        .effectiveFrom(LocalDate.of(2024, 5, 1)).build());
    // Nor can a version end before it begins.
    assertThrows(InvalidValueException.class, () -> GrantPolicy.builder().from(ended)
        .lastDay(LocalDate.of(2024, 3, 31)).build());
  }

  @Test
  void domainSection3_1_ourHappyPlaceClosedAfter31August2017_laterApplicationsHaveNoPolicy() {
    assertEquals(LocalDate.of(2017, 8, 31), GrantPolicy.OUR_HAPPY_PLACE_2016.lastDay().get());
    assertTrue(GrantPolicy.OUR_HAPPY_PLACE_2016.sources().get("lastDay").unconfirmed());
    GrantApplication late = GrantApplication.builder().from(GrantSamples.gorseHillGarden())
        .receivedOn(LocalDate.of(2017, 9, 1)).build();
    var result = GrantRules.worcester().assess(late, LocalDate.of(2017, 9, 5), Money.ofPounds(25_000));
    assertEquals("NO_POLICY_IN_FORCE", result.getError().head().code());
    assertEquals("/receivedOn", result.getError().head().path().jsonPointer());
    // An application received while the scheme ran is still assessed under it later on.
    assertFalse(GrantRules.worcester().assess(GrantSamples.gorseHillGarden(), LocalDate.of(2018, 1, 5),
        Money.ofPounds(25_000)).isInvalid());
  }

  static final LocalDate SCORED = LocalDate.of(2023, 11, 20);

  static Grant bid(GrantWorkflow flow, String ref, Money requested, GrantEvent... later) {
    List<GrantEvent> events = new java.util.ArrayList<>();
    events.add(new GrantEvent.Scored(SCORED, GrantSamples.scores(3, 4)));
    events.addAll(List.of(later));
    return flow.replay(GrantRecord.of(GrantSamples.roundBid(ref, ref, Ward.CLAINES, requested), events)).get();
  }

  @Test
  void domainSection3_2_roundRanking_leavesOutWithdrawnAndRefusedBids_andStartsFromWhatTheLedgerHasLeft() {
    GrantPolicy round = GrantPolicy.builder().from(GrantPolicy.COMMUNITY_GRANTS_2024_25).pot(Money.ofPounds(3_000))
        .build();
    GrantWorkflow flow = GrantWorkflow.of(GrantRules.of(GrantPolicy.OUR_HAPPY_PLACE, PolicyTimeline.of(round)));
    LocalDate december = LocalDate.of(2023, 12, 5);
    List<Grant> bids = List.of(
        bid(flow, "CG-WITHDRAWN", Money.ofPounds(2_000), new GrantEvent.Withdrawn(LocalDate.of(2023, 11, 25))),
        bid(flow, "CG-REFUSED", Money.ofPounds(2_000), new GrantEvent.Refused(LocalDate.of(2023, 11, 25))),
        bid(flow, "CG-AWARDED", Money.ofPounds(2_000), new GrantEvent.Awarded(LocalDate.of(2023, 12, 1),
            Money.ofPounds(2_000))),
        bid(flow, "CG-WAITING", Money.ofPounds(2_000)));
    List<RankedBid> ranking = RoundRanking.rank(bids, round, december).get();
    assertEquals(List.of("CG-AWARDED", "CG-WAITING"), ranking.stream().map(r -> r.reference().value()).toList());
    assertTrue(ranking.get(0).recommendation().hasReason("ALREADY_AWARDED"));
    assertEquals(Money.ZERO, ranking.get(0).recommendation().outcome().amount());
    assertEquals(Money.ofPounds(1_000), ranking.get(1).recommendation().outcome().amount(),
        "the £3,000 fund less the £2,000 already committed");
    assertEquals(AwardLimit.FUND, ranking.get(1).recommendation().outcome().limitedBy());
  }

  @Test
  void domainSection3_2_scoringAgainstCityPlanThemesIsFrom2024_25() {
    GrantPolicy before = GrantPolicy.COMMUNITY_GRANTS.inForceOn(LocalDate.of(2022, 6, 1)).get();
    assertFalse(before.isScored());
    assertEquals(0, before.passMark());
    assertFalse(before.sources().containsKey("criteria"));
    assertTrue(GrantPolicy.COMMUNITY_GRANTS_2024_25.isScored());
    assertTrue(GrantPolicy.COMMUNITY_GRANTS_2024_25.sources().get("criteria").note().orElse("").contains("2024/25"));
  }

  @Test
  void domainSection3_2_termsOfReferenceAndIdentifiedNeedAreOurHappyPlaceRules_needIsScoredInTheRounds() {
    for (GrantPolicy p : GrantPolicy.COMMUNITY_GRANTS.versions()) {
      assertFalse(p.termsOfReferenceRequired(), p.version());
      assertFalse(p.identifiedNeedRequired(), p.version());
      for (String figure : List.of("termsOfReferenceRequired", "identifiedNeedRequired", "donationsNeedEvidence",
          "grantPercentOfMatch")) {
        assertTrue(p.sources().containsKey(figure), p.version() + " " + figure);
      }
    }
    assertTrue(GrantPolicy.COMMUNITY_GRANTS_2024_25.criteria().stream().anyMatch(c -> c.code().equals("LOCAL_NEED")));
    assertTrue(GrantPolicy.OUR_HAPPY_PLACE_2016.termsOfReferenceRequired());
    assertTrue(GrantPolicy.OUR_HAPPY_PLACE_2016.identifiedNeedRequired());
  }

  @Test
  void domainSection3_2_oneFundForEachFinancialYearBeforeTheAnnualCall() {
    List<String> versions = GrantPolicy.COMMUNITY_GRANTS.versions().map(GrantPolicy::version).toJavaList();
    assertEquals(List.of("WORCESTER-COMMUNITY-GRANTS/2020-21", "WORCESTER-COMMUNITY-GRANTS/2021-22",
        "WORCESTER-COMMUNITY-GRANTS/2022-23", "WORCESTER-COMMUNITY-GRANTS/2023-24",
        "WORCESTER-COMMUNITY-GRANTS/2024-25"), versions);
    assertEquals("WORCESTER-COMMUNITY-GRANTS/2021-22",
        GrantPolicy.COMMUNITY_GRANTS.inForceOn(LocalDate.of(2022, 3, 31)).get().version());
    assertEquals("WORCESTER-COMMUNITY-GRANTS/2022-23",
        GrantPolicy.COMMUNITY_GRANTS.inForceOn(LocalDate.of(2022, 4, 1)).get().version());
    assertTrue(GrantPolicy.COMMUNITY_GRANTS_SMALL_AND_MEDIUM.sources().get("pot").unconfirmed());
  }

  @Test
  void domainSection3_2_tiersInExactMoneyMeet_mediumFrom2000Pounds01() {
    GrantPolicy p = GrantPolicy.COMMUNITY_GRANTS_SMALL_AND_MEDIUM;
    assertEquals("SMALL", p.tierOf(Money.ofPounds(2_000)).get().code());
    assertEquals("MEDIUM", p.tierOf(Money.of("2000.01")).get().code());
    InvalidValueException gap = assertThrows(InvalidValueException.class, () -> GrantPolicy.builder().from(p)
        .tiers(List.of(GrantTier.of("SMALL", Money.ofPounds(1), Money.ofPounds(2_000)),
            GrantTier.of("MEDIUM", Money.ofPounds(2_001), Money.ofPounds(15_000)))).build());
    assertEquals("/tiers/1", gap.problems().head().path().jsonPointer());
    assertThrows(InvalidValueException.class, () -> GrantPolicy.builder().from(p)
        .tiers(List.of(GrantTier.of("SMALL", Money.ofPounds(1), Money.ofPounds(2_000)),
            GrantTier.of("MEDIUM", Money.ofPounds(1_500), Money.ofPounds(15_000)))).build());
    // 50p of match earns 50p: below the smallest band, so no award, with the reason.
    GrantApplication bid = GrantApplication.builder().from(GrantSamples.roundBid("CG-21-001", "Tiny", Ward.CLAINES,
        Money.of("0.50"))).round(java.util.Optional.empty()).receivedOn(LocalDate.of(2021, 6, 1)).build();
    GrantAssessment a = GrantRules.worcester().assess(bid, LocalDate.of(2021, 6, 2), Money.ofPounds(45_000)).get();
    assertEquals(Eligibility.ELIGIBLE, a.eligibility().outcome(), a.eligibility().reasons().toString());
    assertEquals(Money.ZERO, a.award().outcome().amount());
    assertEquals(AwardLimit.NO_TIER, a.award().outcome().limitedBy());
    assertTrue(a.award().hasReason("AWARD_OUTSIDE_TIERS"));
  }

  @Test
  void domainSection3_2_theRoundsTiersAndOurHappyPlacesFirstDayAreUnconfirmed() {
    assertTrue(GrantPolicy.COMMUNITY_GRANTS_2024_25.sources().get("tiers").unconfirmed());
    assertTrue(GrantPolicy.OUR_HAPPY_PLACE_2016.sources().get("lastDay").note().orElse("").contains("1 April 2016"));
  }

  @Test
  void transparencyCode2015_publishesTheAmountAwarded_aRowForEveryAwardMade() {
    GrantWorkflow flow = GrantWorkflow.worcester();
    Grant underspent = flow.replay(GrantRecord.of(GrantSamples.gorseHillGarden(), List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 10, 20), Money.of("1663.50")),
        new GrantEvent.Paid(LocalDate.of(2016, 11, 1), Money.ofPounds(1_000)),
        new GrantEvent.Underspent(LocalDate.of(2017, 7, 1), Money.of("663.50"))))).get();
    Grant givenBack = flow.replay(GrantRecord.of(GrantSamples.warndonLitterPick(), List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 11, 1), Money.ofPounds(900)),
        new GrantEvent.Withdrawn(LocalDate.of(2016, 12, 1))))).get();
    List<PublishedAward> awards = TransparencyPublication.awards(List.of(underspent, givenBack),
        LocalDate.of(2017, 9, 1), flow);
    assertEquals(2, awards.size(), "the award given back was still made");
    assertEquals(Money.of("1663.50"), awards.get(0).amount(), "the amount awarded, not net of the underspend");
    assertEquals(Money.ofPounds(900), awards.get(1).amount());
    assertEquals(Money.of("663.50"), awards.get(0).returned());
    assertEquals(Money.ofPounds(900), awards.get(1).returned());
    String[] lines = TransparencyPublication.csv(awards).split("\r\n");
    assertTrue(lines[0].contains(",Amount,Returned or recovered,"), lines[0]);
    assertTrue(lines[1].contains(",1663.50,663.50,"), lines[1]);
    // A publication of one year: 2016/17's awards, not 2017/18's.
    assertEquals(2, TransparencyPublication.awards(List.of(underspent, givenBack), LocalDate.of(2017, 9, 1), flow,
        java.util.Optional.of(uk.gov.worcester.housing.core.common.FinancialYear.starting(2016))).size());
    assertEquals(0, TransparencyPublication.awards(List.of(underspent, givenBack), LocalDate.of(2017, 9, 1), flow,
        java.util.Optional.of(uk.gov.worcester.housing.core.common.FinancialYear.starting(2017))).size());
  }

  @Test
  void fundLedger_onOneDayReleasesComeBeforeCommitments_whateverTheInputOrder() {
    GrantPolicy small = GrantPolicy.builder().from(GrantPolicy.OUR_HAPPY_PLACE_2016).pot(Money.ofPounds(2_000)).build();
    GrantWorkflow flow = GrantWorkflow.of(GrantRules.of(PolicyTimeline.of(small), GrantPolicy.COMMUNITY_GRANTS));
    LocalDate sameDay = LocalDate.of(2016, 11, 1);
    Grant givenBack = flow.replay(GrantRecord.of(GrantSamples.gorseHillGarden(), List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 10, 20), Money.of("1663.50")),
        new GrantEvent.Withdrawn(sameDay)))).get();
    Grant next = flow.replay(GrantRecord.of(GrantSamples.warndonLitterPick(), List.of(
        new GrantEvent.Awarded(sameDay, Money.ofPounds(900))))).get();
    FundLedger one = FundLedger.build(small, List.of(givenBack, next), sameDay).get();
    FundLedger other = FundLedger.build(small, List.of(next, givenBack), sameDay).get();
    assertEquals(one, other);
    assertEquals(Money.ofPounds(1_100), one.available());
    assertEquals(List.of(LedgerEntryKind.COMMITMENT, LedgerEntryKind.RELEASE, LedgerEntryKind.COMMITMENT),
        one.entries().stream().map(LedgerEntry::kind).toList());
  }

  @Test
  void serviceAreas_ourHappyPlacesDepartmentAndMonitoringMeasuresAreConfirmed() {
    GrantPolicy ohp = GrantPolicy.OUR_HAPPY_PLACE_2016;
    assertEquals("Strategic Housing & Community Activity Service (Community Activity Service Area)",
        ohp.awardingDepartment());
    assertFalse(ohp.sources().get("awardingDepartment").unconfirmed());
    assertTrue(ohp.sources().get("awardingDepartment").citation().get().instrument().contains("service areas"));
    assertTrue(ohp.sources().get("monitoringReturnDueDays").unconfirmed(), "the 28 days stay unconfirmed");
    assertTrue(ohp.sources().get("monitoringReturnDueDays").note().get().contains("volunteer hours are not"));
    assertTrue(GrantPolicy.COMMUNITY_GRANTS_2024_25.sources().get("awardingDepartment").unconfirmed());
  }

  static uk.gov.worcester.housing.core.grants.MonitoringReturn postProjectReport(boolean delivered, String spent) {
    return uk.gov.worcester.housing.core.grants.MonitoringReturn.builder().delivered(delivered)
        .spent(Money.of(spent)).volunteers(3).volunteerHours(new java.math.BigDecimal("10")).peopleBenefitted(5)
        .outcomes("Report").build();
  }

  @Test
  void domainSection3_2_compulsoryPostProjectReport_spentMoreThanPaid_andAnUndeliveredAwardsUnpaidPartReleased() {
    GrantWorkflow flow = GrantWorkflow.worcester();
    LocalDate reported = LocalDate.of(2017, 7, 20);
    Grant overspent = flow.replay(GrantRecord.of(GrantSamples.gorseHillGarden(), List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 10, 20), Money.of("1663.50")),
        new GrantEvent.Paid(LocalDate.of(2016, 11, 1), Money.ofPounds(1_000)),
        new GrantEvent.MonitoringReturned(reported, postProjectReport(true, "1663.50"))))).get();
    assertEquals(java.util.Set.of(GrantFlag.SPENT_MORE_THAN_PAID), flow.statusOn(overspent, reported).flags());
    Grant undelivered = flow.replay(GrantRecord.of(GrantSamples.gorseHillGarden(), List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 10, 20), Money.of("1663.50")),
        new GrantEvent.Paid(LocalDate.of(2016, 11, 1), Money.ofPounds(1_000)),
        new GrantEvent.MonitoringReturned(reported, postProjectReport(false, "0.00"))))).get();
    assertEquals(java.util.Set.of(GrantFlag.NOT_DELIVERED_CLAWBACK_DUE, GrantFlag.NOT_DELIVERED_RELEASE_DUE),
        flow.statusOn(undelivered, reported).flags());
  }
}
