package uk.gov.worcester.housing.rules.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.welfare.ApplicationId;
import uk.gov.worcester.housing.core.welfare.Review;
import uk.gov.worcester.housing.core.welfare.ReviewResult;
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
  void dhpGuidanceAwardPeriodsAFullFinancialYearIsAllowedAndALongerPeriodIsShortenedNotRefused() {
    LocalDate april2023 = LocalDate.of(2023, 4, 1);
    DhpApplication leapYear = DhpApplication.builder().from(WelfareSamples.dhpClaim("D-1", april2023))
        .period(DateRange.of(april2023, LocalDate.of(2024, 3, 31))).build();
    DhpDecision full = DhpScheme.worcester().decide(DhpRecord.empty(), leapYear, OFFICER, april2023).get();
    assertEquals(WelfareOutcome.AWARDED, full.decision().outcome());
    assertTrue(!full.decision().hasReason(DhpScheme.AWARD_PERIOD_SHORTENED), "366 days, a whole leap year");
    assertEquals(Money.of("390.00"), full.entry().amount());
    assertEquals(java.util.Optional.empty(), full.entry().awardedPeriod());

    LocalDate april2024 = LocalDate.of(2024, 4, 1);
    DhpApplication longer = DhpApplication.builder().from(WelfareSamples.dhpClaim("D-1", april2024))
        .eligibleHousingCosts(Money.of("10000.00"))
        .needs(List.of(new DhpNeed(DhpPurpose.LHA_SHORTFALL, Money.of("4260.00")),
            new DhpNeed(DhpPurpose.DEPOSIT, Money.of("500.00"))))
        .period(DateRange.of(april2024, LocalDate.of(2025, 5, 31))).build();
    DhpDecision d = DhpScheme.worcester().decide(DhpRecord.empty(), longer, OFFICER, april2024).get();
    assertEquals(WelfareOutcome.AWARDED, d.decision().outcome());
    assertTrue(d.decision().hasReason(DhpScheme.AWARD_PERIOD_SHORTENED));
    assertEquals(java.util.Optional.of(DateRange.of(april2024, LocalDate.of(2025, 4, 1))), d.entry().awardedPeriod());
    assertEquals(Money.of("4160.00"), d.entry().amount(), "4260.00 x 366/426 = 3660.00, and the 500.00 deposit whole");
    assertTrue(d.entry().refusalCodes().contains(DhpScheme.AWARD_PERIOD_SHORTENED));
  }

  @Test
  void reg4TheOngoingAwardIsLimitedToTheEligibleRentButLumpSumsAreNot() {
    DhpApplication claim = DhpApplication.builder().from(WelfareSamples.dhpClaim("D-1", DAY))
        .needs(List.of(new DhpNeed(DhpPurpose.LHA_SHORTFALL, Money.of("1500.00")),
            new DhpNeed(DhpPurpose.SIZE_CRITERIA_SHORTFALL, Money.of("600.00")),
            new DhpNeed(DhpPurpose.DEPOSIT, Money.of("500.00")),
            new DhpNeed(DhpPurpose.RENT_IN_ADVANCE, Money.of("650.00")))).build();
    DhpDecision d = decide(claim);
    assertEquals(WelfareOutcome.AWARDED, d.decision().outcome());
    assertTrue(d.decision().hasReason(DhpScheme.ABOVE_ELIGIBLE_RENT));
    assertEquals(Money.of("3100.00"), d.entry().amount(), "2100.00 periodic capped at 1950.00, plus 1150.00 lump sums");
    assertEquals(List.of(DhpScheme.ABOVE_ELIGIBLE_RENT), d.entry().refusalCodes());
    assertEquals("reg.4", d.decision().reasons().stream().filter(r -> r.code().equals(DhpScheme.ABOVE_ELIGIBLE_RENT))
        .findFirst().orElseThrow().citation().provision());
    DhpApplication within = DhpApplication.builder().from(claim)
        .needs(List.of(new DhpNeed(DhpPurpose.LHA_SHORTFALL, Money.of("1950.00")))).build();
    assertTrue(!decide(within).decision().hasReason(DhpScheme.ABOVE_ELIGIBLE_RENT), "at the limit is within it");
  }

  @Test
  void reg3ExcludedCausesAreNeverPaidEachCitingItsProvision() {
    java.util.Map<DhpPurpose, String> provisions = java.util.Map.of(
        DhpPurpose.INELIGIBLE_SERVICE_CHARGES, "reg.3(a)",
        DhpPurpose.UC_INELIGIBLE_SERVICE_CHARGES, "reg.3(aa)",
        DhpPurpose.UC_OVERPAYMENT_RECOVERY_SHORTFALL, "reg.3(o)",
        DhpPurpose.UC_SANCTION_SHORTFALL, "reg.3(p)",
        DhpPurpose.COUNCIL_TAX, "reg.2(3)(b)",
        DhpPurpose.BENEFIT_OFFENCE_REDUCTION, "reg.3",
        DhpPurpose.COMMUNITY_ORDER_RESTRICTION, "reg.3",
        DhpPurpose.WATER_SEWERAGE_ENVIRONMENTAL_CHARGES, "reg.3");
    provisions.forEach((purpose, provision) -> {
      DhpApplication claim = DhpApplication.builder().from(WelfareSamples.dhpClaim("D-1", DAY))
          .needs(List.of(new DhpNeed(purpose, Money.of("100.00")))).build();
      DhpDecision d = decide(claim);
      assertEquals(WelfareOutcome.REFUSED, d.decision().outcome(), purpose.name());
      assertEquals(provision, d.decision().reasons().stream().filter(r -> r.code().equals(DhpScheme.NEED_NOT_PAYABLE))
          .findFirst().orElseThrow().citation().provision(), purpose.name());
      assertEquals(List.of(DhpScheme.NEED_NOT_PAYABLE), d.entry().refusalCodes());
    });
  }

  @Test
  void reg3TheRentShortfallCatchAllIsPaidOnlyWhenTheOfficerStatesItsCause() {
    DhpApplication bare = DhpApplication.builder().from(WelfareSamples.dhpClaim("D-1", DAY))
        .needs(List.of(new DhpNeed(DhpPurpose.RENT_SHORTFALL, Money.of("200.00")))).build();
    DhpDecision refused = decide(bare);
    assertEquals(WelfareOutcome.REFUSED, refused.decision().outcome());
    assertTrue(refused.decision().hasReason(DhpScheme.SHORTFALL_CAUSE_NOT_STATED));
    DhpApplication stated = DhpApplication.builder().from(bare).needs(List.of(new DhpNeed(DhpPurpose.RENT_SHORTFALL,
        Money.of("200.00"), java.util.Optional.of("A rent rise above the eligible rent; no reg.3 cause applies."))))
        .build();
    DhpDecision paid = decide(stated);
    assertEquals(WelfareOutcome.AWARDED, paid.decision().outcome());
    assertEquals(Money.of("200.00"), paid.entry().amount());
    assertTrue(!stated.needs().get(0).toString().contains("rent rise"), "the note stays out of toString");
  }

  @Test
  void reg2_1_bAClaimantWhoNeedsNoFurtherAssistanceIsRefused() {
    DhpApplication able = DhpApplication.builder().from(WelfareSamples.dhpClaim("D-1", DAY))
        .furtherAssistanceNeeded(false).build();
    DhpDecision d = decide(able);
    assertEquals(WelfareOutcome.REFUSED, d.decision().outcome());
    assertTrue(d.decision().hasReason(DhpScheme.NO_FURTHER_ASSISTANCE_NEEDED));
    assertEquals(Money.ZERO, d.entry().amount());
    assertTrue(decide(WelfareSamples.dhpClaim("D-1", DAY)).decision().hasReason(DhpScheme.FURTHER_ASSISTANCE_NEEDED));
  }

  @Test
  void reg6AndDwpGuidanceReviewIsByAnotherOfficerWithinAMonthAndAnOverturnedReviewIsDecidedAfresh() {
    DhpScheme scheme = DhpScheme.worcester();
    DhpApplication claim = DhpApplication.builder().from(WelfareSamples.dhpClaim("D-1", DAY))
        .furtherAssistanceNeeded(false).build();
    DhpDecision refused = decide(claim);
    ApplicationId id = ApplicationId.of("D-1");
    OfficerId reviewer = OfficerId.of("O-2");
    assertEquals(ProblemCodes.NOT_ALLOWED, scheme.requestReview(refused.record(), id,
        Review.requested(DAY.plusDays(3), OFFICER)).getError().head().code(), "not the deciding officer");
    assertEquals(DwasScheme.REVIEW_OUT_OF_TIME, scheme.requestReview(refused.record(), id,
        Review.requested(DAY.plusMonths(1).plusDays(1), reviewer)).getError().head().code());
    DhpRecord requested = scheme.requestReview(refused.record(), id, Review.requested(DAY.plusDays(3), reviewer)).get();
    assertTrue(scheme.requestReview(requested, id, Review.requested(DAY.plusDays(4), OfficerId.of("O-3"))).isInvalid(),
        "once");
    DhpRecord overturned = scheme.decideReview(requested, id, DAY.plusDays(10), ReviewResult.OVERTURNED).get();
    assertEquals(Optional.of(ReviewResult.OVERTURNED), overturned.entry(id).get().review().get().result());
    DhpApplication fresh = DhpApplication.builder().from(WelfareSamples.dhpClaim("D-1R", DAY)).build();
    DhpDecision again = scheme.redecide(overturned, id, fresh, DAY.plusDays(10)).get();
    assertEquals(WelfareOutcome.AWARDED, again.decision().outcome());
    assertEquals(reviewer, again.entry().decidedBy());
    assertEquals(Optional.of(id), again.entry().redecides());
    assertTrue(scheme.redecide(again.record(), id, DhpApplication.builder().from(fresh).id(ApplicationId.of("D-1S"))
        .build(), DAY.plusDays(11)).isInvalid(), "once");
    assertTrue(scheme.redecide(requested, id, fresh, DAY.plusDays(10)).isInvalid(), "only after an overturned review");
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
    assertEquals("s.70", refused.decision().reasons().stream().filter(r -> r.code().equals(DhpScheme.POT_SPENT))
        .findFirst().orElseThrow().citation().provision(), "Child Support, Pensions and Social Security Act 2000");
    LocalDate nextYear = LocalDate.of(2025, 4, 1);
    DhpApplication third = DhpApplication.builder().from(second).id(uk.gov.worcester.housing.core.welfare.ApplicationId.of("D-3"))
        .receivedOn(nextYear).period(DateRange.of(nextYear, nextYear.plusWeeks(4))).build();
    assertEquals(WelfareOutcome.AWARDED, small.decide(refused.record(), third, OFFICER, nextYear).get().decision().outcome(),
        "a new financial year, a new pot");
  }
}
