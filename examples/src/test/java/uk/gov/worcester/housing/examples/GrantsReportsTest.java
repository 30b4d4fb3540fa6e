package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantEvent;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.core.grants.GrantReference;
import uk.gov.worcester.housing.examples.stories.GrantsReports;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.grants.AwardLimit;
import uk.gov.worcester.housing.rules.grants.Grant;
import uk.gov.worcester.housing.rules.grants.GrantPolicy;
import uk.gov.worcester.housing.rules.grants.GrantRules;
import uk.gov.worcester.housing.rules.grants.GrantWorkflow;
import uk.gov.worcester.housing.testkit.grants.GrantSamples;

/** Worked cases of the reports the grants commands print, named after what they show. */
class GrantsReportsTest {
  static final GrantPolicy SMALL_FUND = GrantPolicy.builder().from(GrantPolicy.OUR_HAPPY_PLACE_2016)
      .pot(Money.ofPounds(2_000)).build();
  static final GrantWorkflow FLOW = GrantWorkflow.of(GrantRules.of(PolicyTimeline.of(SMALL_FUND),
      GrantPolicy.COMMUNITY_GRANTS));
  static final LocalDate AS_AT = LocalDate.of(2016, 12, 1);

  @Test
  void assess_theAssessedGrantIsNotCountedTwiceWhenAlsoGivenWithTheOthers() {
    GrantRecord garden = GrantSamples.gorseHillGardenGrant();
    Grant onRecord = FLOW.replay(garden).get();
    var assessed = GrantsReports.assess(FLOW, garden, true, List.of(onRecord), AS_AT, Optional.empty()).get();
    assertEquals(Money.of("1663.50"), assessed.assessment().award().outcome().amount(),
        "its own award is not taken from the fund it is assessed against");
    assertEquals(AwardLimit.MATCH, assessed.assessment().award().outcome().limitedBy());
  }

  @Test
  void assess_aLedgerThatCannotBalanceIsReported_notTakenAsAnEmptyFund() {
    Grant garden = FLOW.replay(GrantSamples.gorseHillGardenGrant()).get();
    Grant litter = FLOW.replay(GrantRecord.of(GrantSamples.warndonLitterPick(), List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 11, 1), Money.ofPounds(900))))).get();
    GrantApplication another = GrantApplication.builder().from(GrantSamples.gorseHillGarden())
        .reference(GrantReference.of("OHP-2016-099")).build();
    var result = GrantsReports.assess(FLOW, GrantRecord.of(another, List.of()), false, List.of(garden, litter), AS_AT,
        Optional.empty());
    assertTrue(result.isInvalid(), "the £2,000 fund cannot bear both awards");
    assertEquals("FUND_EXCEEDED", result.getError().head().code());
  }
}
