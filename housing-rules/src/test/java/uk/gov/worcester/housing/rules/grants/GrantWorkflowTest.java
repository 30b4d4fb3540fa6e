package uk.gov.worcester.housing.rules.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.grants.CriterionScore;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantEvent;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.core.grants.GrantReference;
import uk.gov.worcester.housing.core.grants.MonitoringReturn;
import uk.gov.worcester.housing.testkit.grants.GrantSamples;

/** Worked cases of a grant's life: award, payment, monitoring, underspend, clawback, the fund, rounds and publication. */
class GrantWorkflowTest {
  static final GrantWorkflow FLOW = GrantWorkflow.worcester();
  static final GrantApplication GARDEN = GrantSamples.gorseHillGarden();

  static Problem refused(GrantApplication a, GrantEvent... events) {
    var v = FLOW.replay(GrantRecord.of(a, List.of(events)));
    assertTrue(v.isInvalid(), "refused");
    return v.getError().head();
  }

  static Grant grant(GrantRecord r) {
    return FLOW.replay(r).get();
  }

  static MonitoringReturn report(boolean delivered, String spent) {
    return MonitoringReturn.builder().delivered(delivered).spent(Money.of(spent)).volunteers(10)
        .volunteerHours(new BigDecimal("100")).peopleBenefitted(50).build();
  }

  @Test
  void awardPaymentAndMonitoringReturn_theGardenGrantRunsItsCourse() {
    Grant g = grant(GrantSamples.gorseHillGardenGrant());
    GrantStatus paid = FLOW.statusOn(g, LocalDate.of(2017, 1, 1));
    assertEquals(GrantStage.AWARDED, paid.stage());
    assertEquals(Money.of("1663.50"), paid.paid());
    assertEquals(Money.ZERO, paid.outstanding());
    assertEquals(Optional.of(LocalDate.of(2017, 7, 28)), paid.monitoringDueOn(), "28 days after 30 June 2017");
    GrantStatus done = FLOW.statusOn(g, LocalDate.of(2017, 9, 1));
    assertEquals(GrantStage.COMPLETED, done.stage());
    assertTrue(done.flags().isEmpty());
  }

  @Test
  void monitoringReturnIsCompulsory_overdueTheDayAfterItIsDue() {
    GrantRecord r = GrantSamples.gorseHillGardenGrant();
    Grant noReturn = grant(GrantRecord.of(r.application(), r.events().subList(0, 2)));
    assertFalse(FLOW.statusOn(noReturn, LocalDate.of(2017, 7, 28)).flags().contains(GrantFlag.MONITORING_OVERDUE));
    assertEquals(Set.of(GrantFlag.MONITORING_OVERDUE), FLOW.statusOn(noReturn, LocalDate.of(2017, 7, 29)).flags());
  }

  @Test
  void statusAsAtADate_usesOnlyEventsOnOrBeforeIt() {
    Grant g = grant(GrantSamples.gorseHillGardenGrant());
    assertEquals(GrantStage.RECEIVED, FLOW.statusOn(g, LocalDate.of(2016, 10, 19)).stage());
    assertEquals(Money.ZERO, FLOW.statusOn(g, LocalDate.of(2016, 10, 31)).paid());
  }

  @Test
  void payment_onlyOfAnAwardedGrant_andNeverMoreThanIsUnpaid() {
    Problem early = refused(GARDEN, new GrantEvent.Paid(LocalDate.of(2016, 10, 1), Money.ofPounds(100)));
    assertEquals(GrantProblems.ILLEGAL_TRANSITION, early.code());
    assertEquals("/events/0", early.path().jsonPointer());
    Problem over = refused(GARDEN, new GrantEvent.Awarded(LocalDate.of(2016, 10, 20), Money.ofPounds(1_000)),
        new GrantEvent.Paid(LocalDate.of(2016, 11, 1), Money.ofPounds(600)),
        new GrantEvent.Paid(LocalDate.of(2016, 12, 1), Money.of("400.01")));
    assertEquals(GrantProblems.EXCEEDS_UNPAID, over.code());
    assertEquals("/events/2/amount", over.path().jsonPointer());
  }

  @Test
  void award_neverAboveWhatTheRulesAllow_norToAnIneligibleGroup() {
    Problem above = refused(GARDEN, new GrantEvent.Awarded(LocalDate.of(2016, 10, 20), Money.of("1663.51")));
    assertEquals(GrantProblems.ABOVE_ENTITLEMENT, above.code());
    assertEquals("/events/0/amount", above.path().jsonPointer());
    Problem ineligible = refused(GrantSamples.individualApplicant(),
        new GrantEvent.Awarded(LocalDate.of(2016, 10, 20), Money.ofPounds(100)));
    assertEquals(GrantProblems.NOT_ELIGIBLE, ineligible.code());
    assertFalse(ineligible.message().contains("Pat"), "no personal data in a message");
    Problem twice = refused(GARDEN, new GrantEvent.Refused(LocalDate.of(2016, 10, 20)),
        new GrantEvent.Awarded(LocalDate.of(2016, 10, 21), Money.ofPounds(100)));
    assertEquals(GrantProblems.ILLEGAL_TRANSITION, twice.code());
  }

  @Test
  void events_inDateOrderAndNotBeforeTheApplication() {
    Problem before = refused(GARDEN, new GrantEvent.Refused(LocalDate.of(2016, 9, 11)));
    assertEquals(GrantProblems.OUT_OF_ORDER, before.code());
    assertEquals("/events/0/on", before.path().jsonPointer());
  }

  @Test
  void notDelivered_clawbackDueUntilRecovered() {
    List<GrantEvent> events = new ArrayList<>(List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 10, 20), Money.ofPounds(1_000)),
        new GrantEvent.Paid(LocalDate.of(2016, 11, 1), Money.ofPounds(1_000)),
        new GrantEvent.MonitoringReturned(LocalDate.of(2017, 7, 10), report(false, "0"))));
    Grant notDelivered = grant(GrantRecord.of(GARDEN, events));
    assertEquals(Set.of(GrantFlag.NOT_DELIVERED_CLAWBACK_DUE), FLOW.statusOn(notDelivered, LocalDate.of(2017, 8, 1))
        .flags());
    events.add(new GrantEvent.ClawedBack(LocalDate.of(2017, 8, 15), Money.ofPounds(1_000)));
    GrantStatus recovered = FLOW.statusOn(grant(GrantRecord.of(GARDEN, events)), LocalDate.of(2017, 9, 1));
    assertTrue(recovered.flags().isEmpty());
    assertEquals(Money.ZERO, recovered.netAward());
    assertFalse(recovered.isGrantMade());
    events.add(new GrantEvent.ClawedBack(LocalDate.of(2017, 8, 16), Money.of("0.01")));
    assertEquals(GrantProblems.EXCEEDS_PAID, refused(GARDEN, events.toArray(GrantEvent[]::new)).code());
  }

  @Test
  void underspend_givesBackTheUnpaidPart_andUnspentPaidMoneyIsFlagged() {
    Grant g = grant(GrantRecord.of(GARDEN, List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 10, 20), Money.ofPounds(1_000)),
        new GrantEvent.Paid(LocalDate.of(2016, 11, 1), Money.ofPounds(800)),
        new GrantEvent.MonitoringReturned(LocalDate.of(2017, 7, 10), report(true, "700")),
        new GrantEvent.Underspent(LocalDate.of(2017, 7, 11), Money.ofPounds(200)))));
    GrantStatus s = FLOW.statusOn(g, LocalDate.of(2017, 8, 1));
    assertEquals(Money.ofPounds(200), s.released());
    assertEquals(Money.ZERO, s.outstanding());
    assertEquals(Money.ofPounds(800), s.netAward());
    assertEquals(Set.of(GrantFlag.UNSPENT_GRANT_TO_RECOVER), s.flags());
  }

  @Test
  void withdrawal_beforeAnyPaymentOnly() {
    Problem afterPayment = refused(GARDEN, new GrantEvent.Awarded(LocalDate.of(2016, 10, 20), Money.ofPounds(500)),
        new GrantEvent.Paid(LocalDate.of(2016, 11, 1), Money.ofPounds(500)),
        new GrantEvent.Withdrawn(LocalDate.of(2016, 11, 2)));
    assertEquals(GrantProblems.ILLEGAL_TRANSITION, afterPayment.code());
    Grant givenBack = grant(GrantRecord.of(GARDEN, List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 10, 20), Money.ofPounds(500)),
        new GrantEvent.Withdrawn(LocalDate.of(2016, 11, 2)))));
    GrantStatus s = FLOW.statusOn(givenBack, LocalDate.of(2017, 12, 1));
    assertEquals(GrantStage.WITHDRAWN, s.stage());
    assertEquals(Money.ofPounds(500), s.released());
    assertTrue(s.monitoringDueOn().isEmpty());
    assertTrue(s.flags().isEmpty());
  }

  @Test
  void fundLedger_anAwardBeyondWhatIsLeftIsRefused_andReleasesAndClawbacksGoBack() {
    GrantApplication second = GrantApplication.builder().from(GrantSamples.warndonLitterPick()).build();
    GrantPolicy smallPot = GrantPolicy.builder().from(GrantPolicy.OUR_HAPPY_PLACE_2016).pot(Money.ofPounds(2_000))
        .build();
    GrantWorkflow flow = GrantWorkflow.of(GrantRules.of(
        uk.gov.worcester.housing.rules.common.PolicyTimeline.of(smallPot), GrantPolicy.COMMUNITY_GRANTS));
    Grant garden = flow.replay(GrantSamples.gorseHillGardenGrant()).get();
    Grant litter = flow.replay(GrantRecord.of(second, List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 10, 25), Money.ofPounds(400))))).get();
    var refusedLedger = FundLedger.build(smallPot, List.of(garden, litter), LocalDate.of(2017, 9, 1));
    assertEquals(GrantProblems.FUND_EXCEEDED, refusedLedger.getError().head().code());
    assertEquals("/1/events/0/amount", refusedLedger.getError().head().path().jsonPointer());

    Grant smaller = flow.replay(GrantRecord.of(second, List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 10, 25), Money.of("336.50")),
        new GrantEvent.Paid(LocalDate.of(2016, 11, 5), Money.ofPounds(300)),
        new GrantEvent.Underspent(LocalDate.of(2017, 9, 10), Money.of("36.50")),
        new GrantEvent.ClawedBack(LocalDate.of(2017, 9, 20), Money.ofPounds(100))))).get();
    FundLedger ledger = FundLedger.build(smallPot, List.of(garden, smaller), LocalDate.of(2017, 12, 31)).get();
    assertEquals(Money.of("136.50"), ledger.available());
    assertEquals(Money.ofPounds(2_000), ledger.available().plus(ledger.outstanding()).plus(ledger.netSpent()));
    assertEquals(List.of(LedgerEntryKind.COMMITMENT, LedgerEntryKind.COMMITMENT, LedgerEntryKind.PAYMENT,
        LedgerEntryKind.PAYMENT, LedgerEntryKind.RELEASE, LedgerEntryKind.CLAWBACK),
        ledger.entries().stream().map(LedgerEntry::kind).toList());
    FundLedger earlier = FundLedger.build(smallPot, List.of(garden, smaller), LocalDate.of(2016, 10, 31)).get();
    assertEquals(Money.ZERO, earlier.available(), "as at a date: only the events by then");
  }

  static Grant roundGrant(String ref, String group, Ward ward, String amount, List<CriterionScore> scores,
      GrantEvent... more) {
    List<GrantEvent> events = new ArrayList<>();
    events.add(new GrantEvent.Scored(LocalDate.of(2023, 11, 20), scores));
    events.addAll(List.of(more));
    return grant(GrantRecord.of(GrantSamples.roundBid(ref, group, ward, Money.of(amount)), events));
  }

  @Test
  void roundScoring_eachCriterionsPointsShown_andTheTotalRepeatable() {
    var s = BidScore.of(GrantSamples.scores(2, 4), GrantPolicy.COMMUNITY_GRANTS_2024_25).get();
    assertEquals(26, s.total());
    assertEquals(35, s.maximum());
    assertEquals(s.total(), s.criteria().stream().mapToInt(CriterionPoints::points).sum());
    assertEquals("STRONGER_COMMUNITIES", s.criteria().get(0).criterion());
    assertTrue(s.passes());
    List<CriterionScore> bad = new ArrayList<>(GrantSamples.scores(4, 5));
    bad.set(8, new CriterionScore("KINDNESS", 1));
    var problems = BidScore.of(bad, GrantPolicy.COMMUNITY_GRANTS_2024_25).getError();
    assertEquals(List.of("ABOVE_MAXIMUM", "ABOVE_MAXIMUM", "ABOVE_MAXIMUM", "ABOVE_MAXIMUM", "ABOVE_MAXIMUM",
        "UNKNOWN_CRITERION", "NOT_SCORED"), problems.map(Problem::code).toJavaList());
    assertEquals("/scores/8/criterion", problems.get(5).path().jsonPointer());
  }

  @Test
  void roundDecisions_awardOnlyToAScoredBidAtThePassMark() {
    GrantApplication bid = GrantSamples.roundBid("CG-24-010", "Group", Ward.CLAINES, Money.ofPounds(1_000));
    Problem unscored = refused(bid, new GrantEvent.Awarded(LocalDate.of(2023, 12, 12), Money.ofPounds(1_000)));
    assertEquals(GrantProblems.BELOW_PASS_MARK, unscored.code());
    Problem low = refused(bid, new GrantEvent.Scored(LocalDate.of(2023, 11, 20), GrantSamples.scores(1, 2)),
        new GrantEvent.Awarded(LocalDate.of(2023, 12, 12), Money.ofPounds(1_000)));
    assertEquals(GrantProblems.BELOW_PASS_MARK, low.code(), "13 of 35 is below 18");
    Problem ohpScored = refused(GARDEN, new GrantEvent.Scored(LocalDate.of(2016, 10, 1), GrantSamples.scores(1, 1)));
    assertEquals(GrantProblems.WRONG_SCHEME, ohpScored.code());
  }

  @Test
  void roundRanking_highestScoreFirst_fundedInOrderUntilTheFundIsSpent() {
    GrantPolicy round = GrantPolicy.builder().from(GrantPolicy.COMMUNITY_GRANTS_2024_25).pot(Money.ofPounds(3_000))
        .build();
    GrantWorkflow flow = GrantWorkflow.of(GrantRules.of(GrantPolicy.OUR_HAPPY_PLACE,
        uk.gov.worcester.housing.rules.common.PolicyTimeline.of(round)));
    List<Grant> bids = new ArrayList<>();
    bids.add(flow.replay(GrantRecord.of(GrantSamples.roundBid("CG-A", "A", Ward.CLAINES, Money.ofPounds(2_000)),
        List.of(new GrantEvent.Scored(LocalDate.of(2023, 11, 20), GrantSamples.scores(2, 3))))).get());
    bids.add(flow.replay(GrantRecord.of(GrantSamples.roundBid("CG-B", "B", Ward.NUNNERY, Money.ofPounds(1_500)),
        List.of(new GrantEvent.Scored(LocalDate.of(2023, 11, 20), GrantSamples.scores(3, 4))))).get());
    bids.add(flow.replay(GrantRecord.of(GrantSamples.roundBid("CG-C", "C", Ward.ST_JOHN, Money.ofPounds(1_000)),
        List.of(new GrantEvent.Scored(LocalDate.of(2023, 11, 20), GrantSamples.scores(1, 1))))).get());
    bids.add(flow.replay(GrantRecord.of(GrantSamples.roundBid("CG-D", "D", Ward.ARBORETUM, Money.ofPounds(900)),
        List.of())).get());
    List<RankedBid> ranking = RoundRanking.rank(bids, round, LocalDate.of(2023, 12, 1)).get();
    assertEquals(List.of("CG-B", "CG-A", "CG-C", "CG-D"), ranking.stream().map(r -> r.reference().value()).toList());
    assertEquals(Money.ofPounds(1_500), ranking.get(0).recommendation().outcome().amount());
    assertEquals(Money.ofPounds(1_500), ranking.get(1).recommendation().outcome().amount());
    assertEquals(AwardLimit.FUND, ranking.get(1).recommendation().outcome().limitedBy());
    assertTrue(ranking.get(2).recommendation().hasReason("BELOW_PASS_MARK"));
    assertTrue(ranking.get(3).recommendation().hasReason("NOT_SCORED"));
  }

  @Test
  void monitoring_byWardRoundAndYear_comparedWithTheYearBefore() {
    Grant garden = grant(GrantSamples.gorseHillGardenGrant());
    Grant litter = grant(GrantRecord.of(GrantSamples.warndonLitterPick(), List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 11, 1), Money.ofPounds(900)))));
    Grant lastYear = grant(GrantRecord.of(GrantApplication.builder().from(GrantSamples.warndonLitterPick())
        .reference(GrantReference.of("OHP-2016-001")).receivedOn(LocalDate.of(2016, 4, 1)).build(), List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 4, 2), Money.ofPounds(900)))));
    MonitoringReport r = GrantMonitoring.report(List.of(garden, litter, lastYear), FinancialYear.starting(2016),
        LocalDate.of(2017, 9, 1), FLOW);
    assertEquals(3, r.total().grants(), "the April 2016 award is in 2016/17 too");
    assertEquals(Money.of("3463.50"), r.total().awarded());
    assertEquals(Money.of("1663.50").plus(Money.of("993.60")).plus(Money.of("993.60")), r.total().matchValue());
    assertEquals(140, r.total().peopleBenefitted());
    assertEquals(1, r.total().returnsReceived());
    assertEquals(List.of("GORSE_HILL", "WARNDON"), List.copyOf(r.byWard().keySet()));
    assertEquals(2, r.byWard().get("WARNDON").grants());
    MonitoringReport next = GrantMonitoring.report(List.of(garden, litter, lastYear), FinancialYear.starting(2017),
        LocalDate.of(2018, 4, 1), FLOW);
    assertEquals(0, next.total().grants());
    assertEquals(-3, next.change().grants());
    assertEquals(Money.of("-3463.50"), next.change().awarded());
  }

  @Test
  void transparencyCode2015_theRegisterOfGrantsAsCsv() {
    Grant garden = grant(GrantSamples.gorseHillGardenGrant());
    Grant bid = roundGrant("CG-24-020", "=HYPERLINK(\"x\"), \"Friends\"", Ward.CLAINES, "1500.00",
        GrantSamples.scores(2, 4), new GrantEvent.Awarded(LocalDate.of(2023, 12, 12), Money.ofPounds(1_500)));
    Grant refused = roundGrant("CG-24-021", "Refused Group", Ward.CLAINES, "500.00", GrantSamples.scores(0, 0),
        new GrantEvent.Refused(LocalDate.of(2023, 12, 12)));
    List<PublishedAward> awards = TransparencyPublication.awards(List.of(bid, refused, garden),
        LocalDate.of(2024, 1, 31), FLOW);
    assertEquals(2, awards.size());
    assertFalse(awards.get(0).toString().contains("Gorse Hill Residents"), "names redacted from toString");
    String csv = TransparencyPublication.csv(awards);
    String[] lines = csv.split("\r\n");
    assertEquals("Reference,Date awarded,Period start,Period end,Department,Beneficiary,Registration number,Purpose,"
        + "Amount,Returned or recovered,Scheme,Ward", lines[0]);
    assertEquals("OHP-2016-007,2016-10-20,2016-10-01,2017-06-30,Strategic Housing & Community Activity Service "
        + "(Community Activity Service Area),"
        + "Gorse Hill Residents' Group,,A community garden and seating on the Gorse Hill green,1663.50,0.00,"
        + "OUR-HAPPY-PLACE/2016-17,Gorse Hill", lines[1]);
    assertTrue(lines[2].contains(",\"'=HYPERLINK(\"\"x\"\"), \"\"Friends\"\"\",1170123,"), lines[2]);
    assertEquals(3, lines.length);
  }
}
