package uk.gov.worcester.housing.rules.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.welfare.DhpApplication;
import uk.gov.worcester.housing.core.welfare.DhpNeed;
import uk.gov.worcester.housing.core.welfare.DhpPurpose;
import uk.gov.worcester.housing.core.welfare.DhpRecord;
import uk.gov.worcester.housing.core.welfare.HousingCostSupport;
import uk.gov.worcester.housing.core.welfare.OfficerId;
import uk.gov.worcester.housing.core.welfare.RentLiability;
import uk.gov.worcester.housing.core.welfare.WelfareOutcome;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.testkit.welfare.WelfareSamples;

/** Worked Discretionary Housing Payment cases (SI 2001/1167). */
class DhpSchemeTest {
  static final OfficerId OFFICER = OfficerId.of("O-1");
  static final LocalDate DAY = LocalDate.of(2024, 6, 3);

  static DhpDecision decide(DhpApplication claim) {
    return DhpScheme.worcester().decide(DhpRecord.empty(), claim, OFFICER, DAY).get();
  }

  @Test
  void reg2AShortfallIsPaidAndReg3CouncilTaxIsNever() {
    DhpDecision d = decide(WelfareSamples.dhpClaim("D-1", DAY));
    assertEquals(WelfareOutcome.AWARDED, d.decision().outcome());
    assertEquals(Money.of("390.00"), d.entry().amount(), "the LHA shortfall only");
    assertTrue(d.decision().hasReason(DhpScheme.NEED_NOT_PAYABLE));
    assertTrue(d.decision().hasReason(DhpScheme.WITHIN_POT));
  }

  @Test
  void reg2NoHousingBenefitOrUniversalCreditHousingCostsMeansNoPayment() {
    DhpApplication none = DhpApplication.builder().from(WelfareSamples.dhpClaim("D-1", DAY))
        .support(HousingCostSupport.NONE).liability(RentLiability.OWNER_OCCUPIER).build();
    DhpDecision d = decide(none);
    assertEquals(WelfareOutcome.REFUSED, d.decision().outcome());
    assertTrue(d.decision().hasReason(DhpScheme.NO_HOUSING_COSTS_SUPPORT));
    assertTrue(d.decision().hasReason(DhpScheme.OWNER_OCCUPIER));
    assertEquals(Money.ZERO, d.entry().amount());
  }

  @Test
  void aSharedOwnerMayBeHelpedWithTheRent() {
    DhpApplication shared = DhpApplication.builder().from(WelfareSamples.dhpClaim("D-1", DAY))
        .liability(RentLiability.SHARED_OWNER).build();
    assertEquals(WelfareOutcome.AWARDED, decide(shared).decision().outcome());
  }

  @Test
  void awardPeriodsLongerThanTheCouncilsLongestAreRefused() {
    DhpApplication longer = DhpApplication.builder().from(WelfareSamples.dhpClaim("D-1", DAY))
        .period(DateRange.of(DAY, DAY.plusWeeks(53))).build();
    assertTrue(decide(longer).decision().hasReason(DhpScheme.AWARD_PERIOD_TOO_LONG));
  }

  @Test
  void theCashLimitedPotOverTheFinancialYear() {
    DhpScheme small = DhpScheme.of(PolicyTimeline.of(DhpPolicy.builder().from(DhpPolicy.WORCESTER)
        .annualPot(Money.of("500.00")).build()));
    DhpDecision first = small.decide(DhpRecord.empty(), WelfareSamples.dhpClaim("D-1", DAY), OFFICER, DAY).get();
    DhpApplication second = DhpApplication.builder().from(WelfareSamples.dhpClaim("D-2", DAY))
        .needs(List.of(new DhpNeed(DhpPurpose.DEPOSIT, Money.of("200.00")))).build();
    DhpDecision refused = small.decide(first.record(), second, OFFICER, DAY).get();
    assertTrue(refused.decision().hasReason(DhpScheme.POT_SPENT));
    LocalDate nextYear = LocalDate.of(2025, 4, 1);
    DhpApplication third = DhpApplication.builder().from(second).id(uk.gov.worcester.housing.core.welfare.ApplicationId.of("D-3"))
        .receivedOn(nextYear).period(DateRange.of(nextYear, nextYear.plusWeeks(4))).build();
    assertEquals(WelfareOutcome.AWARDED, small.decide(refused.record(), third, OFFICER, nextYear).get().decision().outcome(),
        "a new financial year, a new pot");
  }
}
