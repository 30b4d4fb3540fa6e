package uk.gov.worcester.housing.rules.lettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.ON;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.POLICY;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.household.ArmedForcesService;
import uk.gov.worcester.housing.core.household.EmploymentPeriod;
import uk.gov.worcester.housing.core.household.FamilyAssociation;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Immigration;
import uk.gov.worcester.housing.core.household.ImmigrationStatus;
import uk.gov.worcester.housing.core.household.ImmutableHousehold;
import uk.gov.worcester.housing.core.household.ImmutablePerson;
import uk.gov.worcester.housing.core.household.ResidencePeriod;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ConductFinding;
import uk.gov.worcester.housing.core.lettings.ConductKind;
import uk.gov.worcester.housing.core.lettings.ForcesCircumstance;
import uk.gov.worcester.housing.core.lettings.ImmutableApplication;
import uk.gov.worcester.housing.core.lettings.NeedFact;
import uk.gov.worcester.housing.core.lettings.NeedKind;
import uk.gov.worcester.housing.rules.common.Decision;

class QualificationRuleTest {
  static final LocalAuthority BIRMINGHAM = LocalAuthority.of("E08000025", "Birmingham");

  /** The policy without the special-circumstances connection, to test the connection grounds alone. */
  static final LettingsPolicy STRICT = LettingsPolicy.builder().from(POLICY).reasonablePreferenceGivesConnection(false).build();

  static Decision<Qualification> qualify(Application a, LettingsPolicy policy) {
    return QualificationRule.assess(a, ON, policy, HomelessnessStanding.none());
  }

  static ImmutableApplication fromBirmingham(String... members) {
    Household h = ImmutableHousehold.copyOf(Fixtures.household(1, members))
        .withResidenceHistory(ResidencePeriod.of(BIRMINGHAM, DateRange.from(ON.minusYears(10))));
    return ImmutableApplication.copyOf(Fixtures.application(h));
  }

  @Test
  void section160ZA7EveryFailedTestIsReportedNotOnlyTheFirst() {
    ImmutableApplication a = fromBirmingham("A15F").withConduct(ConductFinding.builder()
        .kind(ConductKind.ANTISOCIAL_BEHAVIOUR).foundOn(ON.minusMonths(2)).excludes(true).build());
    Decision<Qualification> d = qualify(a, POLICY);
    assertEquals(List.of(QualificationTest.AGE, QualificationTest.LOCAL_CONNECTION, QualificationTest.HOUSING_NEED,
        QualificationTest.UNACCEPTABLE_BEHAVIOUR), d.outcome().failed());
    assertTrue(d.reasons().size() >= 4);
  }

  @Test
  void v1_12LocalConnectionByTwoYearsResidenceSixMonthsWorkOrFiveYearsOfImmediateFamily() {
    ImmutableApplication a = fromBirmingham("A30F").withNeeds(NeedFact.of(NeedKind.SERIOUS_HAZARD, ON));
    assertFalse(qualify(a, STRICT).outcome().qualifies());
    Household h = a.household();
    Application worker = a.withHousehold(ImmutableHousehold.copyOf(h).withEmploymentHistory(
        EmploymentPeriod.of(LocalAuthority.WYCHAVON, DateRange.from(ON.minusMonths(7)))));
    assertEquals(List.of(ConnectionGround.EMPLOYMENT), List.copyOf(qualify(worker, STRICT).outcome().connection()));
    Application newWorker = a.withHousehold(ImmutableHousehold.copyOf(h).withEmploymentHistory(
        EmploymentPeriod.of(LocalAuthority.WYCHAVON, DateRange.from(ON.minusMonths(5)))));
    assertFalse(qualify(newWorker, STRICT).outcome().qualifies());
    Application family = a.withHousehold(ImmutableHousehold.copyOf(h).withFamilyAssociations(
        FamilyAssociation.of(FamilyAssociation.Relative.PARENT, LocalAuthority.WORCESTER, ON.minusYears(5))));
    assertTrue(qualify(family, STRICT).outcome().qualifies());
    Application resident = a.withHousehold(ImmutableHousehold.copyOf(h).withResidenceHistory(
        ResidencePeriod.of(LocalAuthority.MALVERN_HILLS, DateRange.from(ON.minusYears(2).plusDays(1)))));
    assertTrue(qualify(resident, STRICT).outcome().qualifies());
    Application shortStay = a.withHousehold(ImmutableHousehold.copyOf(h).withResidenceHistory(
        ResidencePeriod.of(LocalAuthority.MALVERN_HILLS, DateRange.from(ON.minusYears(2).plusDays(2)))));
    assertFalse(qualify(shortStay, STRICT).outcome().qualifies());
  }

  @Test
  void redditchIsNotAPartnerSoLivingThereGivesNoConnection() {
    ImmutableApplication a = fromBirmingham("A30F").withNeeds(NeedFact.of(NeedKind.SERIOUS_HAZARD, ON));
    Application redditch = a.withHousehold(ImmutableHousehold.copyOf(a.household()).withResidenceHistory(
        ResidencePeriod.of(LocalAuthority.REDDITCH, DateRange.from(ON.minusYears(10)))));
    assertEquals(List.of(QualificationTest.LOCAL_CONNECTION), qualify(redditch, STRICT).outcome().failed());
  }

  @Test
  void si2012_1869Reg3NoLocalConnectionForServingRegularsThoseWhoLeftWithinFiveYearsAndBereavedPartners() {
    ImmutableApplication a = fromBirmingham("A30M").withNeeds(NeedFact.of(NeedKind.SERIOUS_HAZARD, ON));
    Household served = ImmutableHousehold.copyOf(a.household()).withMembers(ImmutablePerson.copyOf(
        a.household().applicant()).withArmedForces(ArmedForcesService.builder().regular(true).leftOn(ON.minusYears(4)).build()));
    Decision<Qualification> d = qualify(a.withHousehold(served), STRICT);
    assertTrue(d.outcome().qualifies());
    assertTrue(d.hasReason("ARMED_FORCES_EXEMPT"));
    Household longAgo = ImmutableHousehold.copyOf(a.household()).withMembers(ImmutablePerson.copyOf(
        a.household().applicant()).withArmedForces(ArmedForcesService.builder().regular(true).leftOn(ON.minusYears(6)).build()));
    assertFalse(qualify(a.withHousehold(longAgo), STRICT).outcome().qualifies());
    assertTrue(qualify(a.withForces(ForcesCircumstance.BEREAVED_PARTNER_LEAVING_SERVICE_HOUSING), STRICT).outcome().qualifies());
  }

  @Test
  void si2012_1869Reg3_3_aTheExemptionProtectsTheApplicantThePartnerOnlyWhereThePolicySaysSo() {
    ImmutableApplication a = fromBirmingham("A30F", "P32M").withNeeds(NeedFact.of(NeedKind.SERIOUS_HAZARD, ON));
    Household partnerServed = ImmutableHousehold.copyOf(a.household()).withMembers(a.household().applicant(),
        ImmutablePerson.copyOf(a.household().partner().orElseThrow())
            .withArmedForces(ArmedForcesService.builder().regular(true).leftOn(ON.minusYears(2)).build()));
    assertFalse(qualify(a.withHousehold(partnerServed), STRICT).outcome().qualifies(),
        "reg.3(3)(a) is about the applicant's own service");
    LettingsPolicy partners = LettingsPolicy.builder().from(STRICT).forcesExemptionCoversPartner(true).build();
    assertTrue(qualify(a.withHousehold(partnerServed), partners).outcome().qualifies(), "a scheme may extend it (2020 guidance)");
    assertTrue(POLICY.sources().get("forcesExemptionCoversPartner").unconfirmed());
  }

  @Test
  void schemeH5AHouseholdWithAReasonablePreferenceHasALocalConnectionBySpecialCircumstances() {
    ImmutableApplication a = fromBirmingham("A30F").withNeeds(NeedFact.of(NeedKind.SERIOUS_HAZARD, ON));
    Decision<Qualification> d = qualify(a, POLICY);
    assertTrue(d.outcome().qualifies());
    assertTrue(d.outcome().connection().contains(ConnectionGround.SPECIAL_CIRCUMSTANCES));
    assertTrue(POLICY.sources().get("reasonablePreferenceGivesConnection").unconfirmed());
    assertFalse(qualify(fromBirmingham("A30F").withNeeds(NeedFact.of(NeedKind.LOW_HOUSING_NEED, ON)), POLICY).outcome()
        .qualifies(), "no reasonable preference, no special circumstances");
  }

  @Test
  void before1June2015NeitherLocalConnectionNorNeedWasAQualificationTest() {
    Application a = fromBirmingham("A30F");
    assertTrue(qualify(a, LettingsPolicy.HCP_2013).outcome().qualifies());
    assertEquals(LettingsPolicy.HCP_2013, LettingsPolicy.WORCESTER_TIMELINE.inForceOn(java.time.LocalDate.of(2015, 5, 31)).get());
    assertEquals(LettingsPolicy.HCP_V1_12, LettingsPolicy.WORCESTER_TIMELINE.inForceOn(java.time.LocalDate.of(2015, 6, 1)).get());
  }

  @Test
  void aHomelessnessDutyIsAHousingNeed() {
    Application a = Fixtures.application(Fixtures.household(1, "A30F"));
    assertFalse(qualify(a, POLICY).outcome().qualifies());
    Decision<Qualification> owed = QualificationRule.assess(a, ON, POLICY,
        HomelessnessStanding.of(List.of(Fixtures.duty(DutyKind.RELIEF, ON.minusDays(3)))));
    assertTrue(owed.outcome().qualifies());
  }

  @Test
  void incomeAndSavingsLimitsWhereThePolicySetsThem() {
    Application a = ImmutableApplication.copyOf(Fixtures.application(ImmutableHousehold.copyOf(Fixtures.household(1, "A30F"))
        .withWeeklyIncome(Money.of("1000.00")).withSavings(Money.of("60000.00"))))
        .withNeeds(NeedFact.of(NeedKind.SERIOUS_HAZARD, ON));
    assertTrue(qualify(a, POLICY).outcome().qualifies());
    LettingsPolicy means = LettingsPolicy.builder().from(POLICY).qualificationAnnualIncome(Money.ofPounds(50_000))
        .qualificationSavings(Money.ofPounds(50_000)).build();
    assertEquals(List.of(QualificationTest.INCOME, QualificationTest.SAVINGS), qualify(a, means).outcome().failed());
  }

  @Test
  void section160ZAEligibilityOfTheApplicantAndJointApplicant() {
    Application ok = Fixtures.application(Fixtures.household(1, "A30F", "P30M"));
    assertEquals(AllocationEligibility.Status.ELIGIBLE, AllocationEligibilityRule.assess(ok, ON, POLICY).outcome().status());
    Household h = ok.household();
    Household partnerNoRecourse = ImmutableHousehold.copyOf(h).withMembers(h.members().get(0), ImmutablePerson.copyOf(
        h.members().get(1)).withImmigration(Immigration.of(ImmigrationStatus.LIMITED_LEAVE_NO_RECOURSE)));
    Decision<AllocationEligibility> d = AllocationEligibilityRule.assess(ImmutableApplication.copyOf(ok)
        .withHousehold(partnerNoRecourse), ON, POLICY);
    assertEquals(AllocationEligibility.Status.NOT_ELIGIBLE, d.outcome().status());
    assertEquals(List.of(h.members().get(1).id()), d.outcome().notEligible());
    Household jobseeker = ImmutableHousehold.copyOf(h).withMembers(ImmutablePerson.copyOf(h.members().get(0))
        .withImmigration(Immigration.of(ImmigrationStatus.EUSS_PRE_SETTLED_EXCLUDED_RIGHT)), h.members().get(1));
    assertTrue(AllocationEligibilityRule.assess(ImmutableApplication.copyOf(ok).withHousehold(jobseeker), ON, POLICY)
        .hasReason("EXCLUDED_RIGHT_TO_RESIDE"));
    Household returning = ImmutableHousehold.copyOf(h).withMembers(ImmutablePerson.copyOf(h.members().get(0))
        .withImmigration(Immigration.builder().status(ImmigrationStatus.BRITISH_CITIZEN).habituallyResident(false).build()),
        h.members().get(1));
    assertTrue(AllocationEligibilityRule.assess(ImmutableApplication.copyOf(ok).withHousehold(returning), ON, POLICY)
        .hasReason("NOT_HABITUALLY_RESIDENT"));
  }
}
