package uk.gov.worcester.housing.rules.privatesector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.privatesector.DfgApplicantKind;
import uk.gov.worcester.housing.core.privatesector.DfgApplication;
import uk.gov.worcester.housing.core.privatesector.MeansFacts;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.testkit.privatesector.PrivateSectorGen;
import uk.gov.worcester.housing.testkit.privatesector.PrivateSectorSamples;

class DfgRuleTest {
  static final LocalDate AS_AT = LocalDate.of(2025, 3, 1);
  static final DfgPolicy POLICY = DfgPolicy.ENGLAND_2008;

  static DfgApplication child(String cost) {
    return DfgApplication.builder().from(PrivateSectorSamples.showerAdaptation()).disabledOccupantChildOrYoungPerson(true)
        .estimatedCost(Money.of(cost)).build();
  }

  @ParameterizedTest(name = "SI 2008/1189: cost {0} gives a grant of {1}")
  @CsvSource({"29999.99,29999.99,false", "30000.00,30000.00,false", "30000.01,30000.00,true", "45000,30000.00,true"})
  void si2008_1189GrantCap(String cost, String grant, boolean capped) {
    DfgOutcome o = DfgRule.assess(child(cost), AS_AT, POLICY).get().outcome();
    assertEquals(Money.of(grant), o.grant());
    assertEquals(capped, o.capped());
    assertFalse(o.meansTested(), "no test of resources for a disabled child");
  }

  @Test
  void hrgRegsTestOfResourcesShape() {
    // Capital 7,000: 1,000 over the 6,000 disregard = 4 steps of 250, tariff 4.00 a week.
    // Excess = 310.00 + 4.00 - 305.50 = 8.50 a week; owner factor 520: contribution 4,420.00.
    Decision<DfgOutcome> d = DfgRule.assess(PrivateSectorSamples.showerAdaptation(), AS_AT, POLICY).get();
    assertEquals(Money.of("4420.00"), d.outcome().contribution());
    assertEquals(Money.of("30000.00"), d.outcome().grant(), "34,500 less 4,420 is 30,080, capped at 30,000");
    assertTrue(d.outcome().capped());
    assertEquals(LocalDate.of(2025, 8, 10), d.outcome().decideBy(), "s.34: six months from the full application");
  }

  @Test
  void capitalOneStepPartlyUsedCountsAsAWholeStep() {
    MeansFacts m = MeansFacts.builder().weeklyIncome(Money.of("100")).weeklyApplicableAmount(Money.of("100"))
        .capital(Money.of("6000.01")).passportedBenefit(false).build();
    assertEquals(Money.of("260.00"), DfgRule.contribution(m, DfgApplicantKind.TENANT, POLICY));
    MeansFacts atDisregard = MeansFacts.builder().from(m).capital(Money.ofPounds(6_000)).build();
    assertEquals(Money.ZERO, DfgRule.contribution(atDisregard, DfgApplicantKind.TENANT, POLICY));
  }

  @Test
  void passportedBenefitMeansNilContributionAndLandlordsAreNotMeansTested() {
    DfgApplication passported = DfgApplication.builder().from(PrivateSectorSamples.showerAdaptation())
        .means(MeansFacts.builder().from(PrivateSectorSamples.showerAdaptation().means().get()).passportedBenefit(true)
            .build()).estimatedCost(Money.ofPounds(8_000)).build();
    assertEquals(Money.ofPounds(8_000), DfgRule.assess(passported, AS_AT, POLICY).get().outcome().grant());
    DfgApplication landlord = DfgApplication.builder().from(passported).applicantKind(DfgApplicantKind.LANDLORD)
        .means(java.util.Optional.empty()).build();
    assertTrue(DfgRule.assess(landlord, AS_AT, POLICY).get().hasReason("NO_TEST_OF_RESOURCES"));
  }

  @Test
  void s31_3_aLandlordsApplicationAmountIsForTheCouncilToDetermine() {
    DfgApplication landlord = DfgApplication.builder().from(PrivateSectorSamples.showerAdaptation())
        .applicantKind(DfgApplicantKind.LANDLORD).means(java.util.Optional.empty()).estimatedCost(Money.ofPounds(12_000))
        .build();
    Decision<DfgOutcome> open = DfgRule.assess(landlord, AS_AT, POLICY).get();
    assertTrue(open.outcome().eligible());
    assertTrue(open.outcome().amountForCouncil(), "not the cost capped at 30,000");
    assertEquals(Money.ZERO, open.outcome().grant());
    assertFalse(open.outcome().meansTested());
    assertTrue(open.hasReason("AMOUNT_FOR_COUNCIL"));
    Decision<DfgOutcome> determined = DfgRule.assess(DfgApplication.builder().from(landlord)
        .councilDeterminedAmount(Money.ofPounds(7_500)).build(), AS_AT, POLICY).get();
    assertFalse(determined.outcome().amountForCouncil());
    assertEquals(Money.ofPounds(7_500), determined.outcome().grant(), "the council's amount, not the cost of 12,000");
    assertTrue(determined.hasReason("AMOUNT_DETERMINED"));
    assertEquals(Money.ofPounds(30_000), DfgRule.assess(DfgApplication.builder().from(landlord)
        .councilDeterminedAmount(Money.ofPounds(40_000)).build(), AS_AT, POLICY).get().outcome().grant());
  }

  @Test
  void s22_3_aTenantsApplicationNeedsTheLandlordsCertificateUnlessTheCouncilThinksItUnreasonable() {
    DfgApplication tenant = DfgApplication.builder().from(PrivateSectorSamples.showerAdaptation())
        .applicantKind(DfgApplicantKind.TENANT).build();
    Decision<DfgOutcome> without = DfgRule.assess(tenant, AS_AT, POLICY).get();
    assertFalse(without.outcome().eligible());
    assertTrue(without.hasReason("NO_LANDLORDS_CERTIFICATE"));
    assertTrue(DfgRule.assess(DfgApplication.builder().from(tenant).landlordsCertificateGiven(true).build(), AS_AT,
        POLICY).get().outcome().eligible());
    assertTrue(DfgRule.assess(DfgApplication.builder().from(tenant).landlordsCertificateUnreasonableToRequire(true)
        .build(), AS_AT, POLICY).get().outcome().eligible());
    assertTrue(DfgRule.assess(PrivateSectorSamples.showerAdaptation(), AS_AT, POLICY).get().outcome().eligible(),
        "an owner-occupier needs no landlord's certificate");
  }

  @Test
  void s3_1_noGrantUnlessTheApplicantIs18OrOver() {
    Decision<DfgOutcome> d = DfgRule.assess(DfgApplication.builder().from(PrivateSectorSamples.showerAdaptation())
        .applicantAged18OrOver(false).build(), AS_AT, POLICY).get();
    assertFalse(d.outcome().eligible());
    assertEquals(Money.ZERO, d.outcome().grant());
    assertTrue(d.hasReason("APPLICANT_UNDER_18"));
  }

  @Test
  void onlyALandlordsApplicationHasACouncilDeterminedAmount() {
    org.junit.jupiter.api.Assertions.assertThrows(uk.gov.worcester.housing.core.common.InvalidValueException.class,
        () -> DfgApplication.builder().from(PrivateSectorSamples.showerAdaptation())
            .councilDeterminedAmount(Money.ofPounds(1)).build());
  }

  @Test
  void aMeansTestedApplicationWithoutMeansIsAProblemNotAnException() {
    DfgApplication a = DfgApplication.builder().from(PrivateSectorSamples.showerAdaptation())
        .means(java.util.Optional.empty()).build();
    assertEquals("/means", DfgRule.assess(a, AS_AT, POLICY).getError().head().path().jsonPointer());
  }

  @Test
  void s21NoFiveYearCertificateNoGrant() {
    DfgApplication a = DfgApplication.builder().from(PrivateSectorSamples.showerAdaptation())
        .fiveYearOccupationCertified(false).build();
    Decision<DfgOutcome> d = DfgRule.assess(a, AS_AT, POLICY).get();
    assertFalse(d.outcome().eligible());
    assertEquals(Money.ZERO, d.outcome().grant());
    assertTrue(d.hasReason("NO_OCCUPATION_CERTIFICATE"));
  }

  @Test
  void theGrantNeverExceedsTheMaximumOrTheCost() {
    qt().withExamples(1000).forAll(PrivateSectorGen.dfgApplications()).checkAssert(a ->
        DfgRule.assess(a, AS_AT, POLICY).forEach(d -> {
          Money grant = d.outcome().grant();
          assertFalse(grant.isNegative());
          assertFalse(grant.isGreaterThan(POLICY.maximumGrant()));
          assertFalse(grant.isGreaterThan(a.estimatedCost()));
        }));
  }

  @Test
  void meansAreRedacted() {
    assertFalse(PrivateSectorSamples.showerAdaptation().toString().contains("310"));
  }
}
