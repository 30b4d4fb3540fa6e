package uk.gov.worcester.housing.rules.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.household.ImmutableHousehold;
import uk.gov.worcester.housing.core.welfare.ApplicationId;
import uk.gov.worcester.housing.core.welfare.AwardForm;
import uk.gov.worcester.housing.core.welfare.CatalogueItem;
import uk.gov.worcester.housing.core.welfare.ClientReference;
import uk.gov.worcester.housing.core.welfare.DwasApplication;
import uk.gov.worcester.housing.core.welfare.DwasRecord;
import uk.gov.worcester.housing.core.welfare.Fulfilment;
import uk.gov.worcester.housing.core.welfare.FulfilmentKind;
import uk.gov.worcester.housing.core.welfare.ItemRequest;
import uk.gov.worcester.housing.core.welfare.NeedSituation;
import uk.gov.worcester.housing.core.welfare.OfficerId;
import uk.gov.worcester.housing.core.welfare.OtherFund;
import uk.gov.worcester.housing.core.welfare.Review;
import uk.gov.worcester.housing.core.welfare.ReviewResult;
import uk.gov.worcester.housing.core.welfare.WelfareOutcome;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.testkit.welfare.WelfareSamples;

/** Worked cases of the Discretionary Welfare Assistance Scheme, named after the scheme's rules. */
class DwasSchemeTest {
  static final DwasScheme SCHEME = DwasScheme.worcester();
  static final OfficerId OFFICER = OfficerId.of("O-1");
  static final LocalDate DAY = LocalDate.of(2024, 6, 3);

  static DwasDecision decide(DwasRecord record, DwasApplication app) {
    Validation<Seq<Problem>, DwasDecision> v = SCHEME.decide(record, app, OFFICER, app.receivedOn());
    assertTrue(v.isValid(), () -> v.getError().mkString("; "));
    return v.get();
  }

  static DwasDecision decide(DwasApplication app) {
    return decide(WelfareSamples.emptyRecord(), app);
  }

  static DwasApplication food(String id, LocalDate on) {
    return DwasApplication.builder().from(WelfareSamples.familyInCrisis(id, on))
        .requests(List.of(ItemRequest.foodVoucher())).build();
  }

  @Test
  void crisisSupportFoodVoucherIs20PoundsForTheFirstAdultAnd10ForEachFurtherMember() {
    DwasDecision d = decide(WelfareSamples.familyInCrisis("A-1", DAY));
    assertEquals(WelfareOutcome.AWARDED, d.decision().outcome());
    assertEquals(Money.of("50.00"), d.awards().get(0).value(), "four members: 20 + 3 x 10");
    assertEquals(AwardForm.VOUCHER, d.awards().get(0).form());
    assertEquals("DWAS-WORCESTER/2021", d.decision().appliedVersion());
    assertTrue(d.decision().hasReason(DwasScheme.REFERRED_BY_REGISTERED_AGENCY));
    assertTrue(d.decision().hasReason(DwasScheme.WITHIN_BUDGET));
  }

  @Test
  void crisisSupportFoodVoucherIsCappedAt70Pounds() {
    DwasApplication big = food("A-1", DAY);
    ImmutableHousehold h = ImmutableHousehold.copyOf(big.household());
    for (int i = 5; i <= 8; i++) {
      h = h.withMembers(concat(h.members(), uk.gov.worcester.housing.core.household.Person.builder()
          .from(h.members().get(2)).id(uk.gov.worcester.housing.core.common.PersonId.of("P-" + i)).build()));
    }
    DwasDecision d = decide(DwasApplication.builder().from(big).household(h).build());
    assertEquals(Money.of("70.00"), d.awards().get(0).value(), "eight members would be 90, capped at 70");
  }

  static <T> List<T> concat(List<T> a, T b) {
    List<T> all = new java.util.ArrayList<>(a);
    all.add(b);
    return all;
  }

  @Test
  void crisisSupportEnergyVoucherIs49PoundsForAFamilyAnd40ForASingleOrCouple() {
    DwasDecision family = decide(WelfareSamples.familyInCrisis("A-1", DAY));
    assertEquals(Money.of("49.00"), family.awards().get(1).value());
    DwasApplication single = DwasApplication.builder().from(WelfareSamples.plannedMove("A-2", DAY))
        .situation(NeedSituation.CRISIS).requests(List.of(ItemRequest.energyVoucher())).build();
    assertEquals(Money.of("40.00"), decide(single).awards().get(0).value());
  }

  @Test
  void referralOnlyDirectApplicationsAreRefusedAndEveryOtherFailingTestIsReportedToo() {
    DwasApplication direct = DwasApplication.builder().from(WelfareSamples.directApplication("A-1", DAY))
        .situation(NeedSituation.NO_CRISIS).otherSourceOfHelp(true).betterMetBy(OtherFund.DISCRETIONARY_HOUSING_PAYMENT)
        .household(ImmutableHousehold.copyOf(WelfareSamples.directApplication("A-1", DAY).household())
            .withWard(Ward.of("X_WARD", "Elsewhere", LocalAuthority.MALVERN_HILLS)))
        .benefits(EnumSet.noneOf(uk.gov.worcester.housing.core.welfare.QualifyingBenefit.class)).build();
    DwasDecision d = decide(direct);
    assertEquals(WelfareOutcome.REFUSED, d.decision().outcome());
    for (String code : List.of(DwasScheme.DIRECT_APPLICATION, DwasScheme.OUTSIDE_SCHEME_AREA, DwasScheme.NOT_LOW_INCOME,
        DwasScheme.NO_CRISIS, DwasScheme.OTHER_HELP_AVAILABLE, DwasScheme.BETTER_MET_BY_OTHER_FUND)) {
      assertTrue(d.decision().hasReason(code), code);
      assertTrue(d.entry().refusalCodes().contains(code), code);
    }
    assertTrue(d.awards().isEmpty());
    assertEquals(Money.ZERO, d.total());
  }

  @Test
  void referralOnlyAnUnregisteredAgencyOrAReferralWithoutConsentIsRefused() {
    DwasApplication base = WelfareSamples.familyInCrisis("A-1", DAY);
    DwasApplication unregistered = DwasApplication.builder().from(base)
        .referral(WelfareSamples.referral(WelfareSamples.UNREGISTERED, DAY)).build();
    assertTrue(decide(unregistered).decision().hasReason(DwasScheme.AGENCY_NOT_REGISTERED));
    DwasApplication noConsent = DwasApplication.builder().from(base)
        .referral(uk.gov.worcester.housing.core.welfare.Referral.builder().from(base.referral().get())
            .householdConsent(false).build()).build();
    DwasDecision d = decide(noConsent);
    assertEquals(WelfareOutcome.REFUSED, d.decision().outcome());
    assertTrue(d.decision().hasReason(DwasScheme.NO_HOUSEHOLD_CONSENT));
  }

  @Test
  void residenceNoWardRecordedMeansResidenceIsNotShown() {
    DwasApplication base = WelfareSamples.familyInCrisis("A-1", DAY);
    DwasApplication noWard = DwasApplication.builder().from(base)
        .household(ImmutableHousehold.copyOf(base.household()).withWard(Optional.empty())).build();
    assertTrue(decide(noWard).decision().hasReason(DwasScheme.RESIDENCE_NOT_SHOWN));
  }

  @Test
  void lowIncomeWithoutABenefitQualifiesNowButNotUnderTheSouthWorcestershireRules() {
    DwasApplication now = DwasApplication.builder().from(food("A-1", DAY))
        .benefits(EnumSet.noneOf(uk.gov.worcester.housing.core.welfare.QualifyingBenefit.class))
        .household(ImmutableHousehold.copyOf(food("A-1", DAY).household()).withWeeklyIncome(Money.of("180.00"))).build();
    assertTrue(decide(now).decision().hasReason(DwasScheme.LOW_INCOME));
    LocalDate then = LocalDate.of(2019, 6, 3);
    DwasApplication earlier = DwasApplication.builder().from(food("A-1", then))
        .benefits(EnumSet.noneOf(uk.gov.worcester.housing.core.welfare.QualifyingBenefit.class))
        .household(ImmutableHousehold.copyOf(food("A-1", then).household()).withWeeklyIncome(Money.of("180.00"))).build();
    DwasDecision d = decide(earlier);
    assertEquals("DWAS-SOUTH-WORCESTERSHIRE/2013", d.decision().appliedVersion());
    assertTrue(d.decision().hasReason(DwasScheme.NOT_LOW_INCOME));
  }

  @Test
  void crisisSupportThreeFoodVouchersPerRolling12MonthsThenTheFourthIsRefused() {
    DwasRecord record = WelfareSamples.emptyRecord();
    LocalDate day = DAY;
    for (int i = 1; i <= 3; i++) {
      DwasDecision d = decide(record, food("A-" + i, day));
      assertEquals(WelfareOutcome.AWARDED, d.decision().outcome(), "award " + i);
      record = d.record();
      day = day.plusDays(30);
    }
    DwasDecision fourth = decide(record, food("A-4", day));
    assertEquals(WelfareOutcome.REFUSED, fourth.decision().outcome());
    assertTrue(fourth.decision().hasReason(DwasScheme.ROLLING_LIMIT_REACHED));
    assertEquals(record.entries(), fourth.record().entries().subList(0, 3), "a refusal adds an entry and nothing else");
    assertTrue(fourth.entry().awards().isEmpty());
    // The window rolls: 12 months after the first award, one falls out.
    DwasDecision later = decide(fourth.record(), food("A-5", DAY.plusYears(1)));
    assertEquals(WelfareOutcome.AWARDED, later.decision().outcome());
    DwasDecision dayBefore = decide(fourth.record(), food("A-6", DAY.plusYears(1).minusDays(1)));
    assertEquals(WelfareOutcome.REFUSED, dayBefore.decision().outcome(), "the window includes the day 12 months on less one");
  }

  @Test
  void theSameHouseholdIsRecognisedByAClientReferenceAfterAMoveAndANewHouseholdReference() {
    DwasRecord record = WelfareSamples.emptyRecord();
    LocalDate day = DAY;
    for (int i = 1; i <= 3; i++) {
      record = decide(record, food("A-" + i, day)).record();
      day = day.plusDays(30);
    }
    DwasApplication moved = DwasApplication.builder().from(food("A-4", day))
        .household(ImmutableHousehold.copyOf(food("A-4", day).household()).withId(HouseholdId.of("HH-2002"))
            .withWard(Ward.ST_JOHN))
        .clients(List.of(ClientReference.of("C-1001-A"), ClientReference.of("C-9999"))).build();
    assertTrue(decide(record, moved).decision().hasReason(DwasScheme.ROLLING_LIMIT_REACHED));
    DwasApplication stranger = DwasApplication.builder().from(moved)
        .household(ImmutableHousehold.copyOf(moved.household()).withId(HouseholdId.of("HH-3003")))
        .clients(List.of(ClientReference.of("C-7777"))).build();
    assertEquals(WelfareOutcome.AWARDED, decide(record, stranger).decision().outcome(), "no shared reference: another household");
  }

  @Test
  void crisisSupportEssentialItemsOnceForTheLifeOfTheScheme() {
    DwasApplication first = DwasApplication.builder().from(food("A-1", DAY))
        .requests(List.of(ItemRequest.essentialItems(Money.of("120.00")))).build();
    DwasDecision d = decide(first);
    assertEquals(Money.of("120.00"), d.total());
    assertEquals(AwardForm.GOODS, d.awards().get(0).form());
    LocalDate years = DAY.plusYears(3);
    DwasApplication again = DwasApplication.builder().from(food("A-2", years))
        .requests(List.of(ItemRequest.essentialItems(Money.of("80.00")))).build();
    assertTrue(decide(d.record(), again).decision().hasReason(DwasScheme.LIFETIME_LIMIT_REACHED));
  }

  @Test
  void essentialItemsMayBeFinancialSupportUnderTheCurrentScheme() {
    DwasApplication cash = DwasApplication.builder().from(food("A-1", DAY))
        .requests(List.of(new ItemRequest.EssentialItems(Money.of("60.00"), true))).build();
    assertEquals(AwardForm.FINANCIAL_SUPPORT, decide(cash).awards().get(0).form());
    DwasPolicy inKindOnly = DwasPolicy.builder().from(DwasPolicy.WORCESTER).essentialItemsAsFinancialSupport(false).build();
    DwasDecision d = DwasScheme.of(PolicyTimeline.of(inKindOnly)).decide(WelfareSamples.emptyRecord(), cash, OFFICER, DAY).get();
    assertEquals(AwardForm.GOODS, d.awards().get(0).form());
    assertTrue(d.decision().hasReason(DwasScheme.GOODS_NOT_CASH));
  }

  @Test
  void earlierRulesTwoFoodOrEnergyAwardsPerRolling12MonthsEachVoucherCountingAsOne() {
    LocalDate then = LocalDate.of(2019, 6, 3);
    DwasApplication both = DwasApplication.builder().from(WelfareSamples.familyInCrisis("A-1", then))
        .household(ImmutableHousehold.copyOf(WelfareSamples.familyInCrisis("A-1", then).household()).withWard(Ward.GORSE_HILL))
        .build();
    DwasDecision d = decide(both);
    assertEquals(2, d.awards().size(), "a food and an energy voucher: two of the two allowed");
    DwasApplication third = DwasApplication.builder().from(both).id(ApplicationId.of("A-2")).receivedOn(then.plusDays(60))
        .referral(WelfareSamples.referral(WelfareSamples.FAMILY_SUPPORT, then.plusDays(60)))
        .requests(List.of(ItemRequest.energyVoucher())).build();
    assertTrue(decide(d.record(), third).decision().hasReason(DwasScheme.ROLLING_LIMIT_REACHED));
    DwasApplication essentials = DwasApplication.builder().from(both).requests(List.of(ItemRequest.essentialItems(Money.of("10"))))
        .build();
    assertTrue(decide(essentials).decision().hasReason(DwasScheme.ITEM_NOT_OFFERED), "no essential items strand then");
  }

  @Test
  void resettlementOneOfEachKindFromTheCatalogueForAPlannedMove() {
    DwasDecision d = decide(WelfareSamples.plannedMove("A-1", DAY));
    assertEquals(3, d.awards().size());
    assertEquals(Money.of("850.00"), d.total(), "cooker 350 + fridge 250 + bed 250");
    DwasApplication freezer = DwasApplication.builder().from(WelfareSamples.plannedMove("A-2", DAY.plusDays(60)))
        .referral(WelfareSamples.referral(WelfareSamples.HOUSING_OPTIONS, DAY.plusDays(60)))
        .requests(List.of(ItemRequest.resettlement(CatalogueItem.FRIDGE_FREEZER))).build();
    DwasDecision again = decide(d.record(), freezer);
    assertTrue(again.decision().hasReason(DwasScheme.KIND_ALREADY_SUPPLIED), "a fridge-freezer is a fridge's kind");
  }

  @Test
  void resettlementFridgeFreezersAreForFamiliesAndFridgesForOthers() {
    DwasApplication family = DwasApplication.builder().from(WelfareSamples.familyInCrisis("A-1", DAY))
        .situation(NeedSituation.PLANNED_MOVE).requests(List.of(ItemRequest.resettlement(CatalogueItem.FRIDGE))).build();
    assertTrue(decide(family).decision().hasReason(DwasScheme.NOT_FOR_THIS_HOUSEHOLD));
    DwasApplication crisis = DwasApplication.builder().from(WelfareSamples.plannedMove("A-2", DAY))
        .situation(NeedSituation.CRISIS).build();
    assertTrue(decide(crisis).decision().hasReason(DwasScheme.NOT_A_PLANNED_MOVE));
  }

  @Test
  void theFundOnceSpentRefusesAndChangesNoBalance() {
    DwasPolicy small = DwasPolicy.builder().from(DwasPolicy.WORCESTER).annualBudget(Money.of("100.00")).build();
    DwasScheme scheme = DwasScheme.of(PolicyTimeline.of(small));
    DwasDecision first = scheme.decide(WelfareSamples.emptyRecord(), WelfareSamples.familyInCrisis("A-1", DAY), OFFICER, DAY).get();
    assertEquals(Money.of("99.00"), first.total());
    DwasApplication other = DwasApplication.builder().from(WelfareSamples.plannedMove("A-2", DAY))
        .situation(NeedSituation.CRISIS).requests(List.of(ItemRequest.foodVoucher())).build();
    DwasDecision second = scheme.decide(first.record(), other, OFFICER, DAY).get();
    assertEquals(WelfareOutcome.REFUSED, second.decision().outcome());
    assertTrue(second.decision().hasReason(DwasScheme.FUND_SPENT));
    BudgetPeriod fund = small.budgetOn(DAY);
    assertEquals(DwasScheme.spent(first.record(), fund), DwasScheme.spent(second.record(), fund));
    assertEquals(LocalDate.of(2024, 4, 1), fund.period().start(), "the financial year");
  }

  @Test
  void duplicateApplicationsOnlyTheRepeatedItemWithinSevenDaysIsRefusedAndTheRuleCanBeSwitchedOff() {
    DwasDecision first = decide(food("A-1", DAY));
    DwasApplication both = DwasApplication.builder().from(WelfareSamples.familyInCrisis("A-2", DAY.plusDays(2)))
        .referral(WelfareSamples.referral(WelfareSamples.HOUSING_OPTIONS, DAY.plusDays(2))).build();
    DwasDecision dup = decide(first.record(), both);
    assertTrue(dup.decision().hasReason(DwasScheme.DUPLICATE_APPLICATION));
    assertEquals(WelfareOutcome.AWARDED, dup.decision().outcome(), "the energy voucher is not a duplicate");
    assertEquals(List.of(ItemRequest.energyVoucher()), dup.awards().stream().map(a -> a.request()).toList());
    DwasScheme off = DwasScheme.of(PolicyTimeline.of(List.of(DwasPolicy.SOUTH_WORCESTERSHIRE_2013,
        DwasPolicy.builder().from(DwasPolicy.WORCESTER).duplicateRule(false).build())));
    DwasDecision allowed = off.decide(first.record(), both, OFFICER, both.receivedOn()).get();
    assertFalse(allowed.decision().hasReason(DwasScheme.DUPLICATE_APPLICATION));
    assertEquals(2, allowed.awards().size(), "with the rule off both vouchers are awarded");
    Validation<Seq<Problem>, DwasDecision> same = SCHEME.decide(first.record(), food("A-1", DAY), OFFICER, DAY);
    assertTrue(same.isInvalid());
    assertEquals("/application/id", same.getError().head().path().jsonPointer());
    assertEquals(ProblemCodes.DUPLICATE, same.getError().head().code());
  }

  @Test
  void southWorcestershireSettlementSupportFurnitureAndAvoidingInstitutionalCare() {
    LocalDate then = LocalDate.of(2019, 6, 3);
    DwasApplication avoiding = DwasApplication.builder().from(WelfareSamples.plannedMove("A-1", then))
        .situation(NeedSituation.AVOIDING_INSTITUTIONAL_CARE)
        .requests(List.of(ItemRequest.resettlement(CatalogueItem.BED), ItemRequest.resettlement(CatalogueItem.SOFA)))
        .build();
    DwasDecision earlier = decide(avoiding);
    assertEquals(WelfareOutcome.AWARDED, earlier.decision().outcome(), earlier.decision().reasons().toString());
    assertEquals(Money.of("550.00"), earlier.total(), "a bed 250 and a sofa 300 (placeholder prices)");
    DwasApplication now = DwasApplication.builder().from(avoiding).receivedOn(DAY)
        .referral(WelfareSamples.referral(WelfareSamples.HOUSING_OPTIONS, DAY)).build();
    DwasDecision current = decide(now);
    assertEquals(WelfareOutcome.REFUSED, current.decision().outcome(), "the current version names only a planned move");
    assertTrue(current.decision().hasReason(DwasScheme.NO_CRISIS));
  }

  @Test
  void decisionsAreRecordedInDateOrder() {
    DwasDecision first = decide(food("A-1", DAY));
    Validation<Seq<Problem>, DwasDecision> earlier = SCHEME.decide(first.record(), food("A-2", DAY.minusDays(5)),
        OFFICER, DAY.minusDays(5));
    assertTrue(earlier.isInvalid());
    assertEquals(DwasScheme.DECIDED_OUT_OF_ORDER, earlier.getError().head().code());
    Validation<Seq<Problem>, DwasDecision> before2013 = SCHEME.decide(WelfareSamples.emptyRecord(),
        DwasApplication.builder().from(food("A-3", DAY)).receivedOn(LocalDate.of(2012, 1, 1))
            .referral(Optional.empty()).build(), OFFICER, DAY);
    assertEquals("NO_POLICY_IN_FORCE", before2013.getError().head().code());
  }

  @Test
  void reviewIsRequestedWithinAMonthAndDecidedByAnotherOfficer() {
    DwasDecision refused = decide(WelfareSamples.directApplication("A-1", DAY));
    ApplicationId id = ApplicationId.of("A-1");
    assertEquals(ProblemCodes.NOT_ALLOWED, SCHEME.requestReview(refused.record(), id,
        Review.requested(DAY.plusDays(3), OFFICER)).getError().head().code());
    assertEquals(DwasScheme.REVIEW_OUT_OF_TIME, SCHEME.requestReview(refused.record(), id,
        Review.requested(DAY.plusMonths(1).plusDays(1), OfficerId.of("O-2"))).getError().head().code());
    DwasRecord requested = SCHEME.requestReview(refused.record(), id, Review.requested(DAY.plusMonths(1),
        OfficerId.of("O-2"))).get();
    assertTrue(SCHEME.requestReview(requested, id, Review.requested(DAY.plusDays(4), OfficerId.of("O-3"))).isInvalid(),
        "once");
    DwasRecord decided = SCHEME.decideReview(requested, id, DAY.plusMonths(1).plusDays(7), ReviewResult.UPHELD).get();
    assertEquals(Optional.of(ReviewResult.UPHELD), decided.entry(id).get().review().get().result());
    assertTrue(SCHEME.decideReview(decided, id, DAY.plusMonths(2), ReviewResult.OVERTURNED).isInvalid(), "nothing pending");
    assertTrue(SCHEME.requestReview(decided, ApplicationId.of("NOPE"), Review.requested(DAY, OfficerId.of("O-2")))
        .isInvalid());
  }

  @Test
  void reviewOverturnedTheReviewingOfficerDecidesAFreshApplicationOnce() {
    DwasApplication withHelp = DwasApplication.builder().from(food("A-1", DAY)).otherSourceOfHelp(true).build();
    DwasDecision refused = decide(withHelp);
    assertEquals(WelfareOutcome.REFUSED, refused.decision().outcome());
    ApplicationId id = ApplicationId.of("A-1");
    OfficerId reviewer = OfficerId.of("O-2");
    DwasRecord requested = SCHEME.requestReview(refused.record(), id, Review.requested(DAY.plusDays(5), reviewer)).get();
    DwasApplication fresh = DwasApplication.builder().from(food("A-1R", DAY)).build();
    assertEquals(ProblemCodes.REQUIRED, SCHEME.redecide(requested, id, fresh, DAY.plusDays(9)).getError().head().code(),
        "no fresh decision while the review is pending");
    DwasRecord upheld = SCHEME.decideReview(requested, id, DAY.plusDays(8), ReviewResult.UPHELD).get();
    assertTrue(SCHEME.redecide(upheld, id, fresh, DAY.plusDays(9)).isInvalid(), "an upheld decision stands");
    DwasRecord overturned = SCHEME.decideReview(requested, id, DAY.plusDays(8), ReviewResult.OVERTURNED).get();
    assertEquals(ProblemCodes.INCONSISTENT, SCHEME.redecide(overturned, id, fresh, DAY.plusDays(7)).getError().head()
        .code(), "not before the review");
    DwasDecision again = SCHEME.redecide(overturned, id, fresh, DAY.plusDays(9)).get();
    assertEquals(WelfareOutcome.AWARDED, again.decision().outcome());
    assertEquals(reviewer, again.entry().decidedBy(), "the reviewing officer decides afresh");
    assertEquals(Optional.of(id), again.entry().redecides());
    assertEquals(Optional.of(id), again.record().entry(ApplicationId.of("A-1R")).get().redecides());
    DwasApplication twice = DwasApplication.builder().from(food("A-1S", DAY)).build();
    assertEquals(ProblemCodes.DUPLICATE, SCHEME.redecide(again.record(), id, twice, DAY.plusDays(10)).getError().head()
        .code(), "one fresh decision per overturned review");
  }

  @Test
  void fulfilmentIsRecordedAgainstTheAwardLineItSuits() {
    DwasDecision d = decide(WelfareSamples.familyInCrisis("A-1", DAY));
    ApplicationId id = ApplicationId.of("A-1");
    DwasRecord issued = SCHEME.fulfil(d.record(), id, new Fulfilment(0, FulfilmentKind.VOUCHER_ISSUED, DAY)).get();
    assertFalse(issued.entry(id).get().fulfilled());
    assertEquals("/fulfilments/1/line", SCHEME.fulfil(issued, id, new Fulfilment(0, FulfilmentKind.VOUCHER_ISSUED, DAY))
        .getError().head().path().jsonPointer());
    assertEquals(ProblemCodes.INCONSISTENT, SCHEME.fulfil(issued, id, new Fulfilment(1, FulfilmentKind.ITEM_DELIVERED, DAY))
        .getError().head().code());
    assertEquals(ProblemCodes.UNKNOWN_REFERENCE, SCHEME.fulfil(issued, id, new Fulfilment(5, FulfilmentKind.VOUCHER_ISSUED, DAY))
        .getError().head().code());
    assertTrue(SCHEME.fulfil(issued, id, new Fulfilment(1, FulfilmentKind.VOUCHER_ISSUED, DAY.minusDays(1))).isInvalid());
    DwasRecord both = SCHEME.fulfil(issued, id, new Fulfilment(1, FulfilmentKind.VOUCHER_ISSUED, DAY.plusDays(1))).get();
    assertTrue(both.entry(id).get().fulfilled());
  }

  @Test
  void noPersonalDataInToStringOrReasons() {
    DwasDecision d = decide(WelfareSamples.familyInCrisis("A-1", DAY));
    String text = d.toString() + d.decision().reasons();
    for (String secret : List.of("Pat Lewis", "pat.lewis@example.org", "Alex Morgan", "Tolladine")) {
      assertFalse(text.contains(secret), secret);
    }
  }
}
