package uk.gov.worcester.housing.rules.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.welfare.DhpApplication;
import uk.gov.worcester.housing.core.welfare.DhpRecord;
import uk.gov.worcester.housing.core.welfare.DwasApplication;
import uk.gov.worcester.housing.core.welfare.DwasEntry;
import uk.gov.worcester.housing.core.welfare.DwasRecord;
import uk.gov.worcester.housing.core.welfare.OfficerId;
import uk.gov.worcester.housing.core.welfare.WelfareOutcome;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.testkit.welfare.WelfareGen;
import uk.gov.worcester.housing.testkit.welfare.WelfareSamples;

/** The invariants issue 16 names, over generated sequences of applications. */
class WelfarePropertiesTest {
  static final OfficerId OFFICER = OfficerId.of("O-1");
  /** A small fund, so sequences run it out. */
  static final DwasScheme SMALL_FUND = DwasScheme.of(PolicyTimeline.of(
      DwasPolicy.builder().from(DwasPolicy.WORCESTER).annualBudget(Money.ofPounds(600)).build()));
  static final DhpScheme SMALL_POT = DhpScheme.of(PolicyTimeline.of(
      DhpPolicy.builder().from(DhpPolicy.WORCESTER).annualPot(Money.ofPounds(4000)).build()));

  static List<DwasDecision> run(DwasScheme scheme, List<DwasApplication> apps) {
    DwasRecord record = WelfareSamples.emptyRecord();
    List<DwasDecision> decisions = new ArrayList<>();
    for (DwasApplication a : apps) {
      DwasDecision d = scheme.decide(record, a, OFFICER, a.receivedOn().plusDays(1)).get();
      decisions.add(d);
      record = d.record();
    }
    return decisions;
  }

  /**
   * Every award leaves the household, as the record recognises it when the award is made, within
   * every limit that counts the award, on that day. (Two households the record did not link may be linked by a later
   * application, such as a partner joining; their earlier awards then count together from that
   * day on, so further awards wait until the window clears.)
   */
  @Test
  void theRollingWindowLimitIsNeverExceededOverAnySequenceOfApplications() {
    AtomicInteger reached = new AtomicInteger();
    qt().withExamples(100).forAll(WelfareGen.applicationSequences(30)).checkAssert(apps -> {
      for (DwasDecision d : run(DwasScheme.worcester(), apps)) {
        if (d.decision().hasReason(DwasScheme.ROLLING_LIMIT_REACHED)) {
          reached.incrementAndGet();
        }
        List<DwasEntry> household = HouseholdRecognition.sameHousehold(d.record(), d.entry().application());
        for (AwardLimit limit : DwasPolicy.WORCESTER.limits()) {
          int n = DwasScheme.countInWindow(household, limit, d.entry().decidedOn());
          boolean counted = d.awards().stream().anyMatch(a -> limit.items().contains(a.item()));
          assertTrue(!counted || n <= limit.count(), "limit " + limit + " exceeded: " + n);
        }
      }
    });
    assertTrue(reached.get() > 0, "the sequences reach the limits");
  }

  @Test
  void aRefusedApplicationChangesNoBalance() {
    qt().withExamples(100).forAll(WelfareGen.applicationSequences(30)).checkAssert(apps -> {
      DwasRecord before = WelfareSamples.emptyRecord();
      for (DwasDecision d : run(SMALL_FUND, apps)) {
        if (d.decision().outcome() == WelfareOutcome.REFUSED) {
          assertTrue(d.awards().isEmpty());
          BudgetPeriod fund = SMALL_FUND.timeline().versions().head().budgetOn(d.entry().decidedOn());
          assertEquals(DwasScheme.spent(before, fund), DwasScheme.spent(d.record(), fund));
          for (AwardLimit limit : DwasPolicy.WORCESTER.limits()) {
            assertEquals(DwasScheme.countInWindow(HouseholdRecognition.sameHousehold(before, d.entry().application()),
                limit, d.entry().decidedOn()),
                DwasScheme.countInWindow(HouseholdRecognition.sameHousehold(d.record(), d.entry().application()),
                    limit, d.entry().decidedOn()));
          }
        }
        before = d.record();
      }
    });
  }

  @Test
  void theFundAndThePotNeverGoNegative() {
    AtomicInteger spent = new AtomicInteger();
    qt().withExamples(100).forAll(WelfareGen.applicationSequences(30)).checkAssert(apps -> {
      for (DwasDecision d : run(SMALL_FUND, apps)) {
        if (d.decision().hasReason(DwasScheme.FUND_SPENT)) {
          spent.incrementAndGet();
        }
        BudgetPeriod fund = SMALL_FUND.timeline().versions().head().budgetOn(d.entry().decidedOn());
        assertFalse(fund.amount().minus(DwasScheme.spent(d.record(), fund)).isNegative());
      }
    });
    qt().withExamples(200).forAll(WelfareGen.dhpSequences(40)).checkAssert(claims -> {
      DhpRecord record = DhpRecord.empty();
      for (DhpApplication c : claims) {
        DhpDecision d = SMALL_POT.decide(record, c, OFFICER, c.receivedOn()).get();
        record = d.record();
        BudgetPeriod pot = SMALL_POT.timeline().versions().head().potOn(c.receivedOn());
        assertFalse(pot.amount().minus(DhpScheme.spent(record, pot)).isNegative());
        if (d.decision().hasReason(DhpScheme.POT_SPENT)) {
          spent.incrementAndGet();
        }
      }
    });
    assertTrue(spent.get() > 1, "the sequences spend the fund and the pot");
  }

  @Test
  void decisionsDependOnlyOnFactsPolicyAndDate() {
    qt().withExamples(80).forAll(WelfareGen.applicationSequences(20)).checkAssert(apps -> {
      List<DwasDecision> once = run(DwasScheme.worcester(), apps);
      List<DwasDecision> twice = run(DwasScheme.worcester(), apps);
      assertEquals(once, twice);
      // The order a household's clients are listed in is not a fact that matters.
      List<DwasApplication> shuffled = new ArrayList<>();
      for (DwasApplication a : apps) {
        List<uk.gov.worcester.housing.core.welfare.ClientReference> clients = new ArrayList<>(a.clients());
        Collections.reverse(clients);
        shuffled.add(DwasApplication.builder().from(a).clients(clients).build());
      }
      List<DwasDecision> reordered = run(DwasScheme.worcester(), shuffled);
      for (int i = 0; i < once.size(); i++) {
        assertEquals(once.get(i).decision(), reordered.get(i).decision());
      }
    });
  }

  @Test
  void anApplicationIsJudgedByTheRulesInForceOnTheDayItWasReceived() {
    qt().withExamples(100).forAll(WelfareGen.applications()).checkAssert(a -> {
      LocalDate later = a.receivedOn().plusDays(40);
      DwasDecision d = DwasScheme.worcester().decide(WelfareSamples.emptyRecord(), a, OFFICER, later).get();
      assertEquals(DwasPolicy.WORCESTER_TIMELINE.inForceOn(a.receivedOn()).get().version(), d.decision().appliedVersion());
      assertEquals(d.entry().policyVersion(), d.decision().appliedVersion());
    });
  }
}
