package uk.gov.worcester.housing.rules.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.testkit.grants.GrantsGen;

/** The invariants the issue names, over generated applications and grants. */
class GrantPropertiesTest {
  static final GrantWorkflow FLOW = GrantWorkflow.worcester();

  static Gen<GrantRecord> lawful() {
    return GrantsGen.guidedRecords(r -> FLOW.replay(r).isValid());
  }

  static Gen<List<Grant>> lawfulSets() {
    return Generate.range(0, 6).flatMap(n -> rs -> {
      List<Grant> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(FLOW.replay(lawful().generate(rs)).get());
      }
      return out;
    });
  }

  @Test
  void lawfulWalksReachEveryStage_soThePropertiesBelowAreNotVacuous() {
    java.util.Set<GrantStage> seen = java.util.EnumSet.noneOf(GrantStage.class);
    java.util.Set<LedgerEntryKind> money = java.util.EnumSet.noneOf(LedgerEntryKind.class);
    qt().withExamples(400).forAll(lawful()).checkAssert(r -> {
      Grant g = FLOW.replay(r).get();
      GrantStatus s = FLOW.statusOn(g, LocalDate.of(2030, 1, 1));
      seen.add(s.stage());
      if (s.paid().isPositive()) {
        money.add(LedgerEntryKind.PAYMENT);
      }
      if (s.released().isPositive()) {
        money.add(LedgerEntryKind.RELEASE);
      }
      if (s.clawedBack().isPositive()) {
        money.add(LedgerEntryKind.CLAWBACK);
      }
    });
    seen.add(GrantStage.RECEIVED);   // a walk always takes a step: a refusal or withdrawal is always lawful
    assertEquals(java.util.EnumSet.allOf(GrantStage.class), seen);
    assertEquals(java.util.EnumSet.of(LedgerEntryKind.PAYMENT, LedgerEntryKind.RELEASE, LedgerEntryKind.CLAWBACK),
        money);
  }

  @Test
  void theAwardNeverExceedsTheCapTheRequestTheFundOrTheMatch() {
    qt().withExamples(500).forAll(GrantsGen.applications(), Generate.longRange(-10_000, 5_000_000).map(Money::ofPence))
        .checkAssert((a, fund) -> {
          GrantPolicy p = FLOW.rules().policyFor(a, a.receivedOn()).get();
          GrantAssessment g = GrantRules.assess(a, a.receivedOn(), p, fund);
          Money award = g.award().outcome().amount();
          assertFalse(award.isNegative());
          assertFalse(award.isGreaterThan(p.perProjectCap()), "cap");
          assertFalse(award.isGreaterThan(a.requested()), "request");
          assertFalse(award.isGreaterThan(Money.max(fund, Money.ZERO)), "fund");
          assertFalse(award.isGreaterThan(g.match().outcome().total()), "match");
          if (g.eligibility().outcome() == Eligibility.ELIGIBLE) {
            Money lowest = Money.min(Money.min(a.requested(), p.perProjectCap()),
                Money.min(g.match().outcome().grantItEarns(), Money.max(fund, Money.ZERO)));
            // a scheme with size bands awards nothing below its lowest band (a fund down to its last
            // penny, say): the award is the lowest of the four only where a band holds it
            boolean inNoBand = !p.tiers().isEmpty() && lowest.isPositive() && p.tierOf(lowest).isEmpty();
            assertEquals(inNoBand ? Money.ZERO : lowest, award, "pound for pound: the lowest of the four");
          } else {
            assertEquals(Money.ZERO, award);
          }
        });
  }

  @Test
  void theValuedMatchIsTheSumOfTheLinesThatCount() {
    qt().withExamples(300).forAll(GrantsGen.applications()).checkAssert(a -> {
      GrantPolicy p = FLOW.rules().policyFor(a, a.receivedOn()).get();
      ValuedMatch m = MatchValuation.value(a.match(), p.match());
      assertEquals(a.match().size(), m.lines().size());
      assertEquals(m.total(), m.lines().stream().filter(ValuedLine::counted).map(ValuedLine::value)
          .reduce(Money.ZERO, Money::plus));
    });
  }

  @Test
  void anAssessmentIsTheSameForTheSameFactsAndDate() {
    qt().withExamples(200).forAll(GrantsGen.applications()).checkAssert(a ->
        assertEquals(FLOW.rules().assess(a, a.receivedOn().plusDays(3), Money.ofPounds(10_000)),
            FLOW.rules().assess(a, a.receivedOn().plusDays(3), Money.ofPounds(10_000))));
  }

  @Test
  void aRefusedRecordIsRefusedAtItsFirstUnlawfulEvent() {
    qt().withExamples(400).forAll(GrantsGen.records()).checkAssert(r -> {
      var v = FLOW.replay(r);
      if (v.isValid()) {
        return;
      }
      String pointer = v.getError().head().path().jsonPointer();
      assertTrue(pointer.startsWith("/events/"), pointer);
      int bad = Integer.parseInt(pointer.split("/")[2]);
      assertTrue(FLOW.replay(GrantRecord.of(r.application(), r.events().subList(0, bad))).isValid());
    });
  }

  @Test
  void aGrantsMoneyAlwaysBalances() {
    qt().withExamples(200).forAll(lawful(), Generate.range(0, 900)).checkAssert((r, days) -> {
      Grant g = FLOW.replay(r).get();
      GrantStatus s = FLOW.statusOn(g, r.application().receivedOn().plusDays(days));
      assertEquals(s.awarded(), s.released().plus(s.outstanding()).plus(s.paid()));
      assertFalse(s.outstanding().isNegative());
      assertFalse(s.netSpent().isNegative());
      assertFalse(s.netAward().isNegative());
    });
  }

  @Test
  void theLedgerDoesNotDependOnTheOrderOfTheGrants() {
    GrantPolicy small = GrantPolicy.builder().from(GrantPolicy.OUR_HAPPY_PLACE_2016).pot(Money.ofPounds(3_000)).build();
    qt().withExamples(150).forAll(lawfulSets(), Generate.range(0, 900), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((grants, days, seed) -> {
          List<Grant> shuffled = new ArrayList<>(grants);
          Collections.shuffle(shuffled, new Random(seed));
          LocalDate asAt = small.effectiveFrom().plusDays(days);
          var a = FundLedger.build(small, grants, asAt);
          var b = FundLedger.build(small, shuffled, asAt);
          assertEquals(a.isValid(), b.isValid());
          if (a.isValid()) {
            assertEquals(a.get(), b.get());
          } else {
            assertEquals(a.getError().map(Problem::code), b.getError().map(Problem::code));
          }
        });
  }

  @Test
  void theLedgerBalancesAndItsBalanceIsNeverNegative() {
    qt().withExamples(150).forAll(lawfulSets(), Generate.range(0, 900)).checkAssert((grants, days) -> {
      GrantPolicy p = GrantPolicy.OUR_HAPPY_PLACE_2016;
      LocalDate asAt = p.effectiveFrom().plusDays(days);
      var built = FundLedger.build(p, grants, asAt);
      if (built.isInvalid()) {
        assertEquals(GrantProblems.FUND_EXCEEDED, built.getError().head().code());
        return;
      }
      FundLedger l = built.get();
      assertEquals(l.pot(), l.available().plus(l.outstanding()).plus(l.netSpent()));
      l.entries().forEach(e -> assertFalse(e.available().isNegative()));
      assertFalse(l.available().isNegative());
    });
  }

  @Test
  void monitoringTotalsEqualTheSumOfTheirParts() {
    qt().withExamples(150).forAll(lawfulSets(), Generate.pick(List.of(2016, 2017, 2023, 2024))).checkAssert(
        (grants, year) -> {
          MonitoringReport r = GrantMonitoring.report(grants, FinancialYear.starting(year), LocalDate.of(2026, 1, 1),
              FLOW);
          MonitoringTotals byWard = r.byWard().values().stream().reduce(MonitoringTotals.NONE, MonitoringTotals::plus);
          MonitoringTotals byRound = r.byRound().values().stream().reduce(MonitoringTotals.NONE,
              MonitoringTotals::plus);
          assertEquals(r.total(), byWard);
          assertEquals(r.total(), byRound);
          assertEquals(r.total(), r.previousYear().plus(r.change()));
          assertTrue(r.total().volunteerHours().compareTo(BigDecimal.ZERO) >= 0);
        });
  }

  @Test
  void aStatusNeverDependsOnLaterEvents() {
    qt().withExamples(150).forAll(lawful(), Generate.range(0, 900)).checkAssert((r, days) -> {
      LocalDate asAt = r.application().receivedOn().plusDays(days);
      GrantRecord upTo = GrantRecord.of(r.application(), r.events().stream().filter(e -> !e.on().isAfter(asAt)).toList());
      assertEquals(FLOW.statusOn(FLOW.replay(r).get(), asAt), FLOW.statusOn(FLOW.replay(upTo).get(), asAt));
    });
  }

  @Test
  void theRegisterHasOneCsvRecordPerAwardMade_whateverTheNamesHold() {
    qt().withExamples(100).forAll(lawfulSets(), org.quicktheories.generators.SourceDSL.strings().allPossible()
        .ofLengthBetween(1, 40).assuming(t -> !t.isBlank())).checkAssert((grants, name) -> {
          List<Grant> renamed = new ArrayList<>();
          for (Grant g : grants) {
            var a = uk.gov.worcester.housing.core.grants.GrantApplication.builder().from(g.application())
                .group(uk.gov.worcester.housing.core.grants.ApplicantGroup.builder().from(g.application().group())
                    .name(name).build()).build();
            renamed.add(FLOW.replay(GrantRecord.of(a, g.record().events())).get());
          }
          LocalDate asAt = LocalDate.of(2026, 1, 1);
          List<PublishedAward> awards = TransparencyPublication.awards(renamed, asAt, FLOW);
          assertEquals(renamed.stream().filter(g -> FLOW.statusOn(g, asAt).awardedOn().isPresent()
              && FLOW.statusOn(g, asAt).awarded().isPositive()).count(), awards.size());
          assertEquals(1 + awards.size(), csvRecords(TransparencyPublication.csv(awards)));
        });
  }

  /** Counts RFC 4180 records: CRLF outside quotes ends one. */
  static int csvRecords(String csv) {
    int records = 0;
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        records++;
      }
    }
    assertFalse(quoted, "every quote is closed");
    return records;
  }

  @Test
  void aRankingIsTotalStableAndIndependentOfInputOrder() {
    qt().withExamples(100).forAll(lawfulSets(), Generate.longRange(0, Long.MAX_VALUE)).checkAssert((grants, seed) -> {
      List<Grant> shuffled = new ArrayList<>(grants);
      Collections.shuffle(shuffled, new Random(seed));
      GrantPolicy round = GrantPolicy.COMMUNITY_GRANTS_2024_25;
      LocalDate asAt = LocalDate.of(2024, 1, 1);
      List<RankedBid> a = RoundRanking.rank(grants, round, asAt).get();
      List<RankedBid> b = RoundRanking.rank(shuffled, round, asAt).get();
      assertEquals(a, b);
      Money recommended = a.stream().map(x -> x.recommendation().outcome().amount()).reduce(Money.ZERO, Money::plus);
      assertFalse(recommended.isGreaterThan(FundLedger.build(round, grants, asAt).get().available()));
    });
  }
}
