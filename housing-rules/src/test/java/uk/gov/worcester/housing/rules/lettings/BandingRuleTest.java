package uk.gov.worcester.housing.rules.lettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.ON;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.POLICY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.household.ArmedForcesService;
import uk.gov.worcester.housing.core.household.ImmutableHousehold;
import uk.gov.worcester.housing.core.household.ImmutablePerson;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.ResidencePeriod;
import uk.gov.worcester.housing.core.household.Tenure;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.ConductFinding;
import uk.gov.worcester.housing.core.lettings.ConductKind;
import uk.gov.worcester.housing.core.lettings.ForcesCircumstance;
import uk.gov.worcester.housing.core.lettings.ImmutableApplication;
import uk.gov.worcester.housing.core.lettings.NeedFact;
import uk.gov.worcester.housing.core.lettings.NeedKind;
import uk.gov.worcester.housing.core.lettings.ReasonablePreference;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.homelessness.CaseStatus;
import uk.gov.worcester.housing.testkit.lettings.LettingsGen;
import uk.gov.worcester.housing.testkit.lettings.LettingsSamples;

class BandingRuleTest {
  static Decision<Banding> band(Application a, LocalDate asAt) {
    return BandingRule.assess(a, asAt, POLICY, HomelessnessStanding.none());
  }

  static ImmutableApplication single(NeedFact... needs) {
    return ImmutableApplication.copyOf(Fixtures.application(Fixtures.household(1, "A30F"))).withNeeds(needs);
  }

  @Test
  void goldLackingOneBedroomByTheBedroomStandardWithALocalConnection() {
    Decision<Banding> d = band(LettingsSamples.overcrowdedFamily(ON), ON);
    assertEquals(Band.GOLD, d.outcome().band());
    assertEquals("LACKING_ONE_OR_TWO_BEDROOMS", d.outcome().criterion());
    assertEquals(ON, d.outcome().bandDate());
    assertEquals(Optional.of(ON.plusMonths(12).minusDays(1)), d.outcome().awardExpiresOn());
    assertTrue(d.outcome().preferences().contains(ReasonablePreference.UNSATISFACTORY_HOUSING));
  }

  @Test
  void silverTheSameNeedWithoutALocalConnectionToTheDistrictAppliedTo() {
    Application a = ImmutableApplication.copyOf(LettingsSamples.overcrowdedFamily(ON)).withHomeAuthority(LocalAuthority.WYCHAVON);
    Decision<Banding> d = band(a, ON);
    assertEquals(Band.SILVER, d.outcome().band());
    assertTrue(d.hasReason("NOT_CONNECTED_TO_DISTRICT"));
  }

  @Test
  void goldPlusEachOfTheSixCriteriaAndSilverPlusWithoutAConnection() {
    for (NeedKind k : List.of(NeedKind.HOMELESS_NO_REHOUSING_DUTY, NeedKind.ENFORCEMENT_NOTICE,
        NeedKind.VERY_HIGH_MEDICAL_NEED, NeedKind.THREATENED_WITH_HOMELESSNESS_NO_FAULT,
        NeedKind.MOVING_ON_FROM_SUPPORTED_HOUSING, NeedKind.DOWNSIZING_FROM_FAMILY_HOME)) {
      ImmutableApplication a = single(NeedFact.of(k, ON));
      assertEquals(Band.GOLD_PLUS, band(a, ON).outcome().band(), k.name());
      assertEquals(Band.SILVER_PLUS, band(a.withHomeAuthority(LocalAuthority.BROMSGROVE), ON).outcome().band(), k.name());
      assertEquals(Optional.of(ON.plusMonths(6).minusDays(1)), band(a, ON).outcome().awardExpiresOn(), k.name());
    }
  }

  @Test
  void goldASeriousHazardOtherThanCrowdingAndSpace() {
    assertEquals(Band.GOLD, band(single(NeedFact.of(NeedKind.SERIOUS_HAZARD, ON)), ON).outcome().band());
  }

  @Test
  void bronzePlusALowNeedWithAConnectionAndBronzeWithout() {
    ImmutableApplication a = single(NeedFact.of(NeedKind.LOW_HOUSING_NEED, ON));
    assertEquals(Band.BRONZE_PLUS, band(a, ON).outcome().band());
    assertEquals("LOW_HOUSING_NEED", band(a, ON).outcome().criterion());
    assertEquals(Band.BRONZE, band(a.withHomeAuthority(LocalAuthority.WYRE_FOREST), ON).outcome().band());
  }

  @Test
  void goldPlusLackingThreeBedroomsIsTheUnconfirmedHigherBand() {
    Application a = Fixtures.application(Fixtures.household(1, "A40F", "O25M", "O23F", "O22M", "C12M"));
    assertEquals(Band.GOLD_PLUS, band(a, ON).outcome().band());
    assertEquals("LACKING_THREE_OR_MORE_BEDROOMS", band(a, ON).outcome().criterion());
  }

  @Test
  void priorityWhileTheMainDutyIsLiveOnTheHomelessnessCaseForThreeMonths() {
    Application a = LettingsSamples.homelessParent(ON);
    CaseStatus status = CaseStatus.builder().caseId(CaseId.of("HL-1")).asAt(ON)
        .addLiveDuties(DutyKind.MAIN).addDuties(Fixtures.duty(DutyKind.MAIN, ON)).build();
    HomelessnessStanding standing = HomelessnessStanding.of(status);
    Decision<Banding> d = BandingRule.assess(a, ON.plusDays(10), POLICY, standing);
    assertEquals(Band.PRIORITY, d.outcome().band());
    assertEquals(ON, d.outcome().bandDate());
    assertTrue(d.outcome().preferences().contains(ReasonablePreference.OWED_DUTY));
    Decision<Banding> later = BandingRule.assess(a, ON.plusMonths(3), POLICY, standing);
    assertEquals(Band.BRONZE_PLUS, later.outcome().band(), "the Priority award lasts three months, then falls back");
    assertEquals(Band.BRONZE_PLUS, BandingRule.assess(a, ON.plusDays(10), POLICY, HomelessnessStanding.none())
        .outcome().band(), "no duty on the case, no Priority band");
  }

  @Test
  void aLapsedGoldPlusAwardFallsBackToTheBaseBandAndSaysSo() {
    ImmutableApplication a = single(NeedFact.of(NeedKind.VERY_HIGH_MEDICAL_NEED, ON));
    Decision<Banding> d = band(a, ON.plusMonths(6));
    assertEquals(Band.BRONZE_PLUS, d.outcome().band());
    assertTrue(d.hasReason("AWARD_LAPSED"));
    assertEquals(ON, d.outcome().bandDate(), "moving down keeps the band date by default");
  }

  @Test
  void aMoveUpDatesTheBandFromTheMoveAndAMoveDownKeepsOrResetsItAsThePolicySays() {
    LocalDate later = ON.plusMonths(2);
    ImmutableApplication a = single(NeedFact.of(NeedKind.LOW_HOUSING_NEED, ON), NeedFact.of(NeedKind.SERIOUS_HAZARD, later));
    assertEquals(later, band(a, later.plusDays(1)).outcome().bandDate());
    LocalDate moved = later.plusDays(40);
    ImmutableApplication down = a.withNeeds(NeedFact.of(NeedKind.LOW_HOUSING_NEED, ON),
        NeedFact.builder().kind(NeedKind.SERIOUS_HAZARD).assessedOn(later).until(moved.minusDays(1)).build());
    assertEquals(later, band(down, moved.plusDays(5)).outcome().bandDate());
    assertEquals(Band.BRONZE_PLUS, band(down, moved.plusDays(5)).outcome().band());
    LettingsPolicy reset = LettingsPolicy.builder().from(POLICY).bandDateOnMoveDown(BandDateOnMoveDown.DATE_OF_CHANGE).build();
    assertEquals(moved, BandingRule.assess(down, moved.plusDays(5), reset, HomelessnessStanding.none()).outcome().bandDate());
  }

  @Test
  void aChangeOfCircumstancesThatEndsOvercrowdingKeepsTheBandDateAndOneThatCausesItDatesTheMoveUp() {
    Application crowded = LettingsSamples.overcrowdedFamily(ON);
    LocalDate left = ON.plusMonths(4);
    ImmutableHousehold smaller = ImmutableHousehold.copyOf(crowded.household())
        .withRecordedOn(left).withMembers(crowded.household().members().subList(0, 3));
    uk.gov.worcester.housing.core.lettings.ApplicationRecord down = uk.gov.worcester.housing.core.lettings.ApplicationRecord
        .of(crowded, List.of(new uk.gov.worcester.housing.core.lettings.RegisterEvent.CircumstancesChanged(left, smaller,
            List.of(), List.of())));
    Decision<Banding> after = BandingRule.assess(down, left.plusDays(10), POLICY, HomelessnessStanding.none());
    assertEquals(Band.BRONZE_PLUS, after.outcome().band());
    assertEquals(ON, after.outcome().bandDate(), "the Gold band date is kept on the move down");
    Application roomy = ImmutableApplication.copyOf(crowded).withHousehold(smaller.withRecordedOn(ON));
    LocalDate born = ON.plusMonths(2);
    uk.gov.worcester.housing.core.lettings.ApplicationRecord up = uk.gov.worcester.housing.core.lettings.ApplicationRecord
        .of(roomy, List.of(new uk.gov.worcester.housing.core.lettings.RegisterEvent.CircumstancesChanged(born,
            ImmutableHousehold.copyOf(crowded.household()).withRecordedOn(born), List.of(), List.of())));
    Decision<Banding> crowdedNow = BandingRule.assess(up, born.plusDays(3), POLICY, HomelessnessStanding.none());
    assertEquals(Band.GOLD, crowdedNow.outcome().band());
    assertEquals(born, crowdedNow.outcome().bandDate(), "a move up is dated from the change");
  }

  @Test
  void schemeTimeLimitedBandsALapseAndReAwardBetweenChangesOfCircumstancesDatesTheBandFromTheReAward() {
    LocalDate registered = LocalDate.of(2025, 1, 6);
    LocalDate reAwarded = LocalDate.of(2026, 3, 2);
    List<NeedFact> needs = List.of(NeedFact.of(NeedKind.SERIOUS_HAZARD, registered), NeedFact.of(NeedKind.SERIOUS_HAZARD, reAwarded));
    Application a = ImmutableApplication.copyOf(Fixtures.application(Fixtures.household(1, "A30F"))).withRegisteredOn(registered)
        .withNeeds(needs);
    uk.gov.worcester.housing.core.lettings.ApplicationRecord record = uk.gov.worcester.housing.core.lettings.ApplicationRecord
        .of(a, List.of(new uk.gov.worcester.housing.core.lettings.RegisterEvent.CircumstancesChanged(LocalDate.of(2025, 6, 2),
            a.household(), needs, List.of())));
    Decision<Banding> lapsed = BandingRule.assess(record, LocalDate.of(2026, 2, 2), POLICY, HomelessnessStanding.none());
    assertEquals(Band.BRONZE_PLUS, lapsed.outcome().band(), "the Gold award lapsed after 12 months");
    Decision<Banding> d = BandingRule.assess(record, LocalDate.of(2026, 4, 1), POLICY, HomelessnessStanding.none());
    assertEquals(Band.GOLD, d.outcome().band());
    assertEquals(reAwarded, d.outcome().bandDate(), "the move back up is dated from the re-award, not the first Gold");
    assertEquals(band(a, LocalDate.of(2026, 4, 1)).outcome().bandDate(), d.outcome().bandDate());
  }

  @Test
  void section166A5ConductShortOfExclusionReducesTheBandButAKeptRepaymentPlanDoesNot() {
    ConductFinding asb = ConductFinding.builder().kind(ConductKind.ANTISOCIAL_BEHAVIOUR).foundOn(ON).build();
    ImmutableApplication a = single(NeedFact.of(NeedKind.SERIOUS_HAZARD, ON)).withConduct(asb);
    assertEquals(Band.REDUCED, band(a, ON).outcome().band());
    ConductFinding debt = ConductFinding.builder().kind(ConductKind.HOUSING_DEBT).foundOn(ON).repaymentPlanKept(true).build();
    assertEquals(Band.GOLD, band(a.withConduct(debt), ON).outcome().band());
  }

  @Test
  void section166A3ArmedForcesAdditionalPreferenceRaisesAnUrgentCase() {
    ImmutableApplication a = single(NeedFact.of(NeedKind.SERIOUS_HAZARD, ON)).withForces(ForcesCircumstance.SERVICE_INJURY_OR_DISABILITY);
    Decision<Banding> d = band(a, ON);
    assertEquals(Band.GOLD_PLUS, d.outcome().band());
    assertEquals(BandingRule.FORCES_CRITERION, d.outcome().criterion());
  }

  @Test
  void si2012_2989Reg2AdditionalPreferenceForAVeteranInUrgentNeedButNotWithoutUrgentNeed() {
    Person veteran = ImmutablePerson.builder().from(Fixtures.person("P-1", "A40M"))
        .armedForces(ArmedForcesService.builder().regular(true).leftOn(ON.minusYears(10)).build()).build();
    ImmutableApplication a = single(NeedFact.of(NeedKind.SERIOUS_HAZARD, ON));
    a = a.withHousehold(ImmutableHousehold.copyOf(a.household()).withMembers(veteran));
    Decision<Banding> d = band(a, ON);
    assertEquals(Band.GOLD_PLUS, d.outcome().band(), "formerly served in the regular forces, with an urgent need");
    assertEquals(BandingRule.FORCES_CRITERION, d.outcome().criterion());
    ImmutableApplication owedOnly = single().withForces(ForcesCircumstance.SERVICE_INJURY_OR_DISABILITY);
    HomelessnessStanding relief = HomelessnessStanding.of(List.of(Fixtures.duty(DutyKind.RELIEF, ON.minusDays(3))));
    assertEquals(Band.BRONZE_PLUS, BandingRule.assess(owedOnly, ON, POLICY, relief).outcome().band(),
        "a reasonable preference without an urgent need gives no additional preference");
    LettingsPolicy anyNeed = LettingsPolicy.builder().from(POLICY).addForcesUrgentBands(Band.BRONZE_PLUS).build();
    assertEquals(Band.GOLD_PLUS, BandingRule.assess(owedOnly, ON, anyNeed, relief).outcome().band(),
        "what counts as urgent is policy data");
    assertTrue(POLICY.sources().get("forcesUrgentBands").unconfirmed());
  }

  @Test
  void aServingRegularHasALocalConnectionWhereverTheyLive() {
    Person applicant = ImmutablePerson.builder().from(Fixtures.person("P-1", "A30M"))
        .armedForces(ArmedForcesService.builder().regular(true).build()).build();
    ImmutableApplication a = single(NeedFact.of(NeedKind.SERIOUS_HAZARD, ON));
    a = a.withHousehold(ImmutableHousehold.copyOf(a.household()).withMembers(applicant)
        .withResidenceHistory(ResidencePeriod.of(LocalAuthority.of("E08000025", "Birmingham"), DateRange.from(ON.minusYears(3)))));
    assertEquals(Band.GOLD, band(a, ON).outcome().band());
  }

  @Test
  void noOvercrowdingAwardForAHouseholdWithNoHomeToBeCrowdedIn() {
    Application a = Fixtures.application(Fixtures.household(Tenure.NO_FIXED_ABODE, 0, "A30F", "C5M"));
    assertEquals(Band.BRONZE_PLUS, band(a, ON).outcome().band());
  }

  @Test
  void theBandOrderIsPolicyData() {
    List<Band> order = new ArrayList<>(LettingsPolicy.DEFAULT_BAND_ORDER);
    assertEquals(1, POLICY.rank(Band.GOLD_PLUS));
    order.remove(Band.GOLD);
    order.add(1, Band.GOLD);
    LettingsPolicy goldFirst = LettingsPolicy.builder().from(POLICY).bandOrder(order).build();
    ImmutableApplication a = single(NeedFact.of(NeedKind.SERIOUS_HAZARD, ON), NeedFact.of(NeedKind.ENFORCEMENT_NOTICE, ON));
    assertEquals(Band.GOLD_PLUS, band(a, ON).outcome().band());
    assertEquals(Band.GOLD, BandingRule.assess(a, ON, goldFirst, HomelessnessStanding.none()).outcome().band());
  }

  @Test
  void bandingIsTheSameForTheSameFactsAndDate() {
    qt().withExamples(300).forAll(LettingsGen.applications(), Generate.range(0, 900)).checkAssert((a, days) -> {
      LocalDate asAt = a.registeredOn().plusDays(days);
      assertEquals(band(a, asAt), band(ImmutableApplication.copyOf(a), asAt));
    });
  }

  @Test
  void aLapsedAwardFallsBackToTheBandTheOtherFactsGive() {
    qt().withExamples(300).forAll(LettingsGen.applications()).checkAssert(a -> {
      for (NeedFact n : a.needs()) {
        int months = POLICY.criterion(n.kind()).awardMonths();
        if (months == 0 || n.assessedOn().isBefore(a.registeredOn())) {
          continue;
        }
        LocalDate lapsed = n.assessedOn().plusMonths(months);
        List<NeedFact> others = new ArrayList<>(a.needs());
        others.remove(n);
        Application without = ImmutableApplication.copyOf(a).withNeeds(others);
        assertEquals(band(without, lapsed).outcome().band(), band(a, lapsed).outcome().band());
      }
    });
  }
}
