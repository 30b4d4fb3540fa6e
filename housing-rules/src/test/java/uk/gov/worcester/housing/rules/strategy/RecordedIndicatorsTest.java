package uk.gov.worcester.housing.rules.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.homelessness.CountNight;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.lettings.AdvertId;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.RegisterEvent;
import uk.gov.worcester.housing.core.privatesector.Hazard;
import uk.gov.worcester.housing.core.privatesector.HazardRemoval;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.Completion;
import uk.gov.worcester.housing.core.strategy.DistrictRecords;
import uk.gov.worcester.housing.core.strategy.Figure;
import uk.gov.worcester.housing.core.strategy.Measure;
import uk.gov.worcester.housing.core.strategy.RecordKind;
import uk.gov.worcester.housing.core.strategy.StrategyRecords;
import uk.gov.worcester.housing.rules.grants.GrantMonitoring;
import uk.gov.worcester.housing.rules.grants.GrantWorkflow;
import uk.gov.worcester.housing.rules.grants.MonitoringReport;
import uk.gov.worcester.housing.rules.homelessness.CaseStatus;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.PlacementFlag;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingRule;
import uk.gov.worcester.housing.rules.lettings.HomelessnessStanding;
import uk.gov.worcester.housing.rules.lettings.Letting;
import uk.gov.worcester.housing.rules.lettings.LettingsAssessment;
import uk.gov.worcester.housing.rules.lettings.LettingsFigures;
import uk.gov.worcester.housing.rules.lettings.LettingsPolicy;
import uk.gov.worcester.housing.rules.privatesector.HazardScore;
import uk.gov.worcester.housing.rules.privatesector.HhsrsLaw;
import uk.gov.worcester.housing.rules.privatesector.HhsrsRule;
import uk.gov.worcester.housing.rules.welfare.DhpPolicy;
import uk.gov.worcester.housing.rules.welfare.DwasPolicy;
import uk.gov.worcester.housing.rules.welfare.WelfareReport;
import uk.gov.worcester.housing.testkit.strategy.StrategyRecordsGen;
import uk.gov.worcester.housing.testkit.strategy.StrategyRecordsSamples;

/**
 * Each indicator equals what its own domain's rule or report gives for the same records and
 * dates; the county is the sum of its districts; a year without records gives no figure.
 */
class RecordedIndicatorsTest {
  static final FinancialYear YEAR2 = FinancialYear.starting(2018);
  static final FinancialYear YEAR1 = FinancialYear.starting(2017);
  static final LocalDate MARCH_31 = LocalDate.of(2019, 3, 31);
  static final Area WORCESTER = Area.district(LocalAuthority.WORCESTER);
  static final Area WYCHAVON = Area.district(LocalAuthority.WYCHAVON);
  static final RecordedIndicators FEED = RecordedIndicators.of(StrategyRecordsSamples.worcestershire()).get();

  static BigDecimal value(Measure m, FinancialYear y, Area a) {
    return FEED.figure(m, y, a).orElseThrow(() -> new AssertionError(m + " " + y + " " + a + " is empty")).value();
  }

  static List<HomelessnessCase> cases(DistrictRecords d) {
    return d.cases().stream().map(c -> CaseWorkflow.worcester().replay(c).get()).toList();
  }

  @Test
  void preventionAndReliefEndingsWithAccommodationSecuredAreTheDutiesTheCaseWorkflowEnds() {
    for (DistrictRecords d : StrategyRecordsSamples.worcestershire().districts()) {
      Area area = Area.district(d.authority());
      long prevented = cases(d).stream().filter(c -> c.latest(DutyKind.PREVENTION).flatMap(x -> x.endReason())
          .filter(DutyEndReason.PREVENTION_ACCOMMODATION_SECURED::equals).isPresent()
          && YEAR2.contains(c.latest(DutyKind.PREVENTION).get().endedOn().get())).count();
      long relieved = cases(d).stream().filter(c -> c.latest(DutyKind.RELIEF).flatMap(x -> x.endReason())
          .filter(DutyEndReason.RELIEF_ACCOMMODATION_SECURED::equals).isPresent()).count();
      assertEquals(BigDecimal.valueOf(prevented), value(Measure.HOUSEHOLDS_PREVENTED, YEAR2, area));
      assertEquals(BigDecimal.valueOf(relieved), value(Measure.HOUSEHOLDS_RELIEVED, YEAR2, area));
    }
    assertEquals(BigDecimal.ONE, value(Measure.HOUSEHOLDS_PREVENTED, YEAR2, WORCESTER), "the Morgans' new tenancy");
    assertEquals(BigDecimal.valueOf(2), value(Measure.HOUSEHOLDS_RELIEVED, YEAR2, Area.county()));
  }

  @Test
  void mainDutiesAcceptedAreMainDutiesTheWorkflowStartedInTheYear() {
    long main = cases(StrategyRecordsSamples.worcester()).stream().filter(c -> c.latest(DutyKind.MAIN)
        .filter(x -> YEAR2.contains(x.startedOn())).isPresent()).count();
    assertEquals(1, main);
    assertEquals(BigDecimal.valueOf(main), value(Measure.MAIN_DUTIES_ACCEPTED, YEAR2, WORCESTER));
    assertEquals(BigDecimal.ZERO, value(Measure.MAIN_DUTIES_ACCEPTED, YEAR2, WYCHAVON), "a true zero: cases, no main duty");
  }

  @Test
  void temporaryAccommodationAndBedAndBreakfastAreTheCaseStatusPlacementsOn31March() {
    List<CaseStatus> statuses = cases(StrategyRecordsSamples.worcester()).stream()
        .map(c -> CaseWorkflow.worcester().statusOn(c, MARCH_31)).toList();
    long placed = statuses.stream().filter(s -> !s.placements().isEmpty()).count();
    long overSixWeeks = statuses.stream().filter(s -> s.placements().stream()
        .anyMatch(p -> p.flags().contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS))).count();
    assertEquals(1, placed);
    assertEquals(1, overSixWeeks, "in shared B&B from 1 February: 59 days by 31 March (SI 2003/3326 art.4)");
    assertEquals(BigDecimal.valueOf(placed), value(Measure.HOUSEHOLDS_IN_TEMPORARY_ACCOMMODATION, YEAR2, WORCESTER));
    assertEquals(Map.of("BED_AND_BREAKFAST", BigDecimal.ONE),
        FEED.figure(Measure.HOUSEHOLDS_IN_TEMPORARY_ACCOMMODATION, YEAR2, WORCESTER).get().breakdown());
    assertEquals(BigDecimal.valueOf(overSixWeeks),
        value(Measure.FAMILIES_IN_BED_AND_BREAKFAST_OVER_SIX_WEEKS, YEAR2, WORCESTER));
  }

  @Test
  void roughSleepersAreTheSnapshotOfTheCountNightInTheYear() {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    int count = RoughSleepingRule.snapshot(w.streetContacts(), LocalDate.of(2018, 11, 8)).count();
    assertEquals(3, count, "the hostel contact is excluded, and a night three days later is not the count");
    assertEquals(BigDecimal.valueOf(count), value(Measure.ROUGH_SLEEPERS_AT_COUNT, YEAR2, WORCESTER));
    assertEquals(BigDecimal.valueOf(RoughSleepingRule.snapshot(w.streetContacts(), LocalDate.of(2017, 11, 9)).count()),
        value(Measure.ROUGH_SLEEPERS_AT_COUNT, YEAR1, WORCESTER));
    assertEquals(BigDecimal.valueOf(5), value(Measure.ROUGH_SLEEPERS_AT_COUNT, YEAR2, Area.county()));
  }

  @Test
  void si2003_3326_art4_familiesInBedAndBreakfastAreCountedAgainstTheStatutorySixWeeks_whateverTheLocalLimit() {
    var builder = uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy.builder()
        .from(uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy.WORCESTER);
    // art.4(1)(b) sets six weeks: a council may hold itself to fewer, never to more
    org.junit.jupiter.api.Assertions.assertThrows(uk.gov.worcester.housing.core.common.InvalidValueException.class,
        () -> builder.bedAndBreakfastFamilyLimitWeeks(9).build());
    var fourWeeks = builder.bedAndBreakfastFamilyLimitWeeks(4).build();
    CaseWorkflow stricter = CaseWorkflow.of(uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment.of(
        uk.gov.worcester.housing.rules.homelessness.HomelessnessLaw.ENGLAND,
        uk.gov.worcester.housing.rules.common.PolicyTimeline.of(fourWeeks)));
    DistrictRecords w = StrategyRecordsSamples.worcester();
    Figure f = RecordedIndicators.of(StrategyRecords.of(w), stricter).get()
        .figure(Measure.FAMILIES_IN_BED_AND_BREAKFAST_OVER_SIX_WEEKS, YEAR2, WORCESTER).get();
    assertEquals(BigDecimal.ONE, f.value(), "59 days is over the Order's six weeks (42 days)");
    assertEquals(f, RecordedIndicators.of(StrategyRecords.of(w)).get()
        .figure(Measure.FAMILIES_IN_BED_AND_BREAKFAST_OVER_SIX_WEEKS, YEAR2, WORCESTER).get(),
        "the same figure under Worcester's six weeks");
    assertTrue(f.basis().contains("SI 2003/3326 art.4(1)(b)"), f.basis());
  }

  static Optional<Figure> roughSleepers(List<LocalDate> nights) {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    DistrictRecords d = DistrictRecords.builder().from(w)
        .countNights(nights.stream().map(n -> CountNight.of(LocalAuthority.WORCESTER, n)).toList()).build();
    return RecordedIndicators.of(StrategyRecords.of(d)).get().figure(Measure.ROUGH_SLEEPERS_AT_COUNT, YEAR2, WORCESTER);
  }

  @Test
  void roughSleepingSnapshot_theCountIsOneNightBetween1OctoberAnd30November_aNightOutsideIsNotTheYearsCount() {
    // The project's homelessness notes (section 5, "Snapshot"): "one typical night 1 Oct–30 Nov".
    Figure withALaterNight = roughSleepers(List.of(LocalDate.of(2018, 11, 8), LocalDate.of(2019, 2, 20))).get();
    assertEquals(BigDecimal.valueOf(3), withALaterNight.value(), "the February night is not the autumn count");
    assertTrue(withALaterNight.basis().contains("between 1 October and 30 November"), withALaterNight.basis());
    assertTrue(withALaterNight.basis().contains("2018-11-08"), withALaterNight.basis());
    assertEquals(Optional.empty(), roughSleepers(List.of(LocalDate.of(2019, 2, 20))), "no count night in the window");
    assertEquals(Optional.empty(), roughSleepers(List.of(LocalDate.of(2018, 9, 30))));
    assertEquals(Optional.empty(), roughSleepers(List.of(LocalDate.of(2018, 12, 1))));
    assertTrue(roughSleepers(List.of(LocalDate.of(2018, 10, 1))).isPresent(), "1 October is in the window");
    assertTrue(roughSleepers(List.of(LocalDate.of(2018, 11, 30))).isPresent(), "30 November is in the window");
  }

  @Test
  void roughSleeping_twoCountNightsInTheWindow_theLatestIsTaken_andTheBasisSaysSo() {
    Figure two = roughSleepers(List.of(LocalDate.of(2018, 10, 20), LocalDate.of(2018, 11, 8))).get();
    assertEquals(BigDecimal.valueOf(3), two.value(), "the 8 November night, the latest in the window");
    assertTrue(two.basis().contains("More than one count night is recorded in the window (2018-10-20, 2018-11-08): "
        + "the latest is taken"), two.basis());
    Figure one = roughSleepers(List.of(LocalDate.of(2018, 11, 8), LocalDate.of(2019, 2, 20))).get();
    assertFalse(one.basis().contains("More than one count night"), one.basis());
  }

  @Test
  void lettingsAreTheLettingsFiguresOfTheRegistersHousedEventsByBand() {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    List<Letting> lettings = new ArrayList<>();
    for (ApplicationRecord r : w.lettingsApplications()) {
      for (RegisterEvent e : r.events()) {
        if (e instanceof RegisterEvent.Housed h) {
          var band = LettingsAssessment.assess(r, h.on(), LettingsPolicy.WORCESTER_TIMELINE, HomelessnessStanding.none())
              .get().banding().outcome().band();
          var advert = w.adverts().stream().filter(a -> a.id().equals(h.advert())).findFirst().get();
          lettings.add(Letting.of(advert, r.application().id(), h.on(), band, false));
        }
      }
    }
    LettingsFigures f = LettingsFigures.of(lettings, YEAR2.days());
    Figure figure = FEED.figure(Measure.LETTINGS, YEAR2, WORCESTER).get();
    assertEquals(BigDecimal.valueOf(f.lettings()), figure.value());
    assertEquals(2, f.lettings());
    f.byBand().forEach((band, n) -> assertEquals(BigDecimal.valueOf(n), figure.breakdown().get(band.name()), band.name()));
    assertEquals(f.byBand().size(), figure.breakdown().size());
  }

  @Test
  void homeChoicePlus_aCountywideRegister_aWychavonApplicantHousedInAWorcesterHomeFindsItsAdvert() {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    DistrictRecords y = StrategyRecordsSamples.wychavon();
    ApplicationRecord first = y.lettingsApplications().get(0);
    ApplicationRecord acrossTheBorder = ApplicationRecord.of(first.application(), List.of(first.events().get(0),
        new RegisterEvent.Housed(LocalDate.of(2019, 1, 21), AdvertId.of("ADV-W-18-02"))));
    DistrictRecords y2 = DistrictRecords.builder().from(y)
        .lettingsApplications(List.of(first, acrossTheBorder)).build();
    DistrictRecords w2 = DistrictRecords.builder().from(w)
        .lettingsApplications(w.lettingsApplications().subList(0, 2)).build();
    var feed = RecordedIndicators.of(StrategyRecords.of(w2, y2));
    assertTrue(feed.isValid(), () -> feed.getError().map(p -> p.path().jsonPointer() + " " + p.code()).mkString(", "));
    assertEquals(BigDecimal.valueOf(2), feed.get().figure(Measure.LETTINGS, YEAR2, WORCESTER).get().value(),
        "the Worcester home let to the Wychavon applicant counts where the home is");
    assertEquals(BigDecimal.ONE, feed.get().figure(Measure.LETTINGS, YEAR2, WYCHAVON).get().value());
    assertEquals(value(Measure.LETTINGS, YEAR2, Area.county()),
        feed.get().figure(Measure.LETTINGS, YEAR2, Area.county()).get().value(), "the same three lettings in the county");
  }

  @Test
  void homeChoicePlus_oneAdvertIdInTwoDistrictsIsADuplicateWhenTheBundleIsBuilt_notTheFirstKeptInSilence() {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    DistrictRecords y = StrategyRecordsSamples.wychavon();
    DistrictRecords sameId = DistrictRecords.builder().from(y).addAdverts(uk.gov.worcester.housing.core.lettings.Advert
        .builder().from(w.adverts().get(0)).district(LocalAuthority.WYCHAVON).build()).build();
    var e = org.junit.jupiter.api.Assertions.assertThrows(
        uk.gov.worcester.housing.core.common.InvalidValueException.class, () -> StrategyRecords.of(w, sameId));
    assertEquals(List.of("DUPLICATE /districts/1/adverts/1/id"),
        e.problems().map(p -> p.code() + " " + p.path()).toJavaList());
    assertTrue(e.problems().get(0).message().contains("Worcester"), e.problems().get(0).message());
    var twice = org.junit.jupiter.api.Assertions.assertThrows(
        uk.gov.worcester.housing.core.common.InvalidValueException.class,
        () -> DistrictRecords.builder().from(w).addAdverts(w.adverts().get(0)).build());
    assertEquals("DUPLICATE", twice.problems().get(0).code());
  }

  @Test
  void aDistrictsLettingsFigureSaysItIsNotCompleteWhenOtherDistrictsApplicationsWereNotGiven() {
    Figure alone = RecordedIndicators.of(StrategyRecords.of(StrategyRecordsSamples.worcester())).get()
        .figure(Measure.LETTINGS, YEAR2, WORCESTER).orElseThrow();
    assertTrue(alone.basis().contains("Not complete: the lettings applications of Bromsgrove, Malvern Hills, "
        + "Redditch, Wychavon, Wyre Forest were not given"), alone.basis());
    Figure both = FEED.figure(Measure.LETTINGS, YEAR2, WORCESTER).orElseThrow();
    assertTrue(both.basis().contains("Not complete: the lettings applications of Bromsgrove, Malvern Hills, "
        + "Redditch, Wyre Forest were not given"), both.basis());
    List<DistrictRecords> all = new ArrayList<>(StrategyRecordsSamples.worcestershire().districts());
    for (LocalAuthority a : LocalAuthority.WORCESTERSHIRE_DISTRICTS) {
      if (a != LocalAuthority.WORCESTER && a != LocalAuthority.WYCHAVON) {
        all.add(DistrictRecords.builder().authority(a).addSupplied(RecordKind.LETTINGS_APPLICATIONS).build());
      }
    }
    Figure every = RecordedIndicators.of(StrategyRecords.of(all)).get().figure(Measure.LETTINGS, YEAR2, WORCESTER)
        .orElseThrow();
    assertFalse(every.basis().contains("Not complete"), every.basis());
    assertEquals(both.value(), every.value());
  }

  @Test
  void welfareAwardsAndSpendAreTheWelfareReportsFigures() {
    for (DistrictRecords d : StrategyRecordsSamples.worcestershire().districts()) {
      WelfareReport r = WelfareReport.of(d.welfare().dwas(), d.welfare().dhp(), YEAR2.days(),
          DwasPolicy.WORCESTER_TIMELINE, DhpPolicy.WORCESTER_TIMELINE);
      Area area = Area.district(d.authority());
      assertEquals(BigDecimal.valueOf(r.awarded() + r.dhpAwards().count()), value(Measure.WELFARE_AWARDS, YEAR2, area));
      Money spend = r.byStrand().values().stream().map(WelfareReport.Tally::value).reduce(r.dhpAwards().value(), Money::plus);
      assertEquals(spend.pounds(), value(Measure.WELFARE_SPEND, YEAR2, area));
    }
    assertEquals(new BigDecimal("489.00"), value(Measure.WELFARE_SPEND, YEAR2, WORCESTER), "£99 of vouchers and a £390 DHP");
  }

  @Test
  void grantsAndMatchAreGrantMonitoringsTotals() {
    GrantWorkflow flow = GrantWorkflow.worcester();
    MonitoringReport r = GrantMonitoring.report(flow.replayAll(StrategyRecordsSamples.worcester().grants()).get(), YEAR1,
        LocalDate.of(2018, 3, 31), flow);
    assertEquals(BigDecimal.valueOf(r.total().grants()), value(Measure.GRANTS_AWARDED, YEAR1, WORCESTER));
    assertEquals(r.total().matchValue().pounds(), value(Measure.GRANT_MATCH_VALUE, YEAR1, WORCESTER));
    assertEquals(2, r.total().grants());
    assertTrue(r.total().matchValue().isPositive());
    assertEquals(Optional.empty(), FEED.figure(Measure.GRANTS_AWARDED, YEAR1, WYCHAVON), "Wychavon has no grant records");
    assertEquals(Optional.empty(), FEED.figure(Measure.GRANTS_AWARDED, YEAR2, WORCESTER), "no grant record dated in 2018/19");
  }

  @Test
  void hazardsRemovedAreOnlyThoseTheHhsrsRuleScoresCategoryOne() {
    var scored = HhsrsRule.assess(StrategyRecordsSamples.worcester().inspections().get(1), LocalDate.of(2018, 5, 21),
        HhsrsLaw.HHSRS_2006).outcome().category1().stream().map(HazardScore::hazard).toList();
    assertEquals(List.of(Hazard.EXCESS_COLD), scored, "falls on stairs scores band H");
    assertEquals(BigDecimal.ONE, value(Measure.HAZARDS_REMOVED, YEAR2, WORCESTER), "the stairs removal does not count");
    assertEquals(BigDecimal.valueOf(2), value(Measure.HAZARDS_REMOVED, YEAR2, Area.county()));
    assertEquals(BigDecimal.valueOf(2), value(Measure.HMO_LICENCES_ISSUED, YEAR2, WORCESTER));
    assertEquals(Optional.empty(), FEED.figure(Measure.HMO_LICENCES_ISSUED, YEAR2, WYCHAVON),
        "inspections and removals, no licences given: not available, not 0");
  }

  @Test
  void housingAct2004_s2_aHazardWhoseRemovalIsRecordedTwiceInTheYearIsRemovedOnce() {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    DistrictRecords twice = DistrictRecords.builder().from(w)
        .addHazardRemovals(HazardRemoval.builder().inspection("PSH-W-2018-044").hazard(Hazard.EXCESS_COLD)
            .confirmedOn(LocalDate.of(2019, 1, 14)).build()).build();
    RecordedIndicators feed = RecordedIndicators.of(StrategyRecords.of(twice)).get();
    Figure f = feed.figure(Measure.HAZARDS_REMOVED, YEAR2, WORCESTER).get();
    assertEquals(BigDecimal.ONE, f.value(), "the excess cold found at PSH-W-2018-044, confirmed removed twice");
    assertEquals(Map.of("EXCESS_COLD", BigDecimal.ONE), f.breakdown());
    assertTrue(f.basis().contains("counted once"), f.basis());
  }

  @Test
  void housingAct2004_s2_aHazardRemovedAgainInALaterYearCountsOnce_inTheYearOfItsFirstRemoval() {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    DistrictRecords again = DistrictRecords.builder().from(w)
        .addHazardRemovals(HazardRemoval.builder().inspection("PSH-W-2018-044").hazard(Hazard.EXCESS_COLD)
            .confirmedOn(LocalDate.of(2019, 6, 3)).build()).build();
    RecordedIndicators feed = RecordedIndicators.of(StrategyRecords.of(again)).get();
    assertEquals(BigDecimal.ONE, feed.figure(Measure.HAZARDS_REMOVED, YEAR2, WORCESTER).get().value());
    Figure later = feed.figure(Measure.HAZARDS_REMOVED, FinancialYear.starting(2019), WORCESTER).orElseThrow();
    assertEquals(BigDecimal.ZERO, later.value(), "removed in 2018/19 already: not a 2019/20 hazard removed");
    assertTrue(later.basis().contains("in the year of its first removal record"), later.basis());
  }

  @Test
  void affordableHomesAreCompletionsInTheYearByTenureAndLand() {
    Figure w = FEED.figure(Measure.AFFORDABLE_HOMES_DELIVERED, YEAR2, WORCESTER).get();
    assertEquals(BigDecimal.valueOf(14), w.value());
    assertEquals(Map.of("SOCIAL_RENT/PUBLIC_LAND", BigDecimal.TEN, "SHARED_OWNERSHIP/PUBLIC_LAND", BigDecimal.valueOf(4)),
        w.breakdown());
    assertEquals(BigDecimal.valueOf(44), value(Measure.AFFORDABLE_HOMES_DELIVERED, YEAR2, Area.county()));
    assertEquals(BigDecimal.valueOf(20), value(Measure.AFFORDABLE_HOMES_DELIVERED, YEAR1, Area.county()));
  }

  @Test
  void para2_1_aCountyFigureSaysWhichOfTheSixDistrictsItCovers() {
    for (Measure m : List.of(Measure.AFFORDABLE_HOMES_DELIVERED, Measure.HOUSEHOLDS_RELIEVED, Measure.WELFARE_AWARDS)) {
      Figure county = FEED.figure(m, YEAR2, Area.county()).get();
      assertEquals(List.of(LocalAuthority.WORCESTER, LocalAuthority.WYCHAVON), county.covers(), m.name());
      assertEquals(List.of(LocalAuthority.BROMSGROVE, LocalAuthority.MALVERN_HILLS, LocalAuthority.REDDITCH,
          LocalAuthority.WYRE_FOREST), county.missing(), m.name());
      assertFalse(county.complete());
      assertTrue(county.basis().contains("Not included (records not given, or not covering the year): Bromsgrove, Malvern Hills, Redditch, "
          + "Wyre Forest."), county.basis());
    }
    Figure worcester = FEED.figure(Measure.AFFORDABLE_HOMES_DELIVERED, YEAR2, WORCESTER).get();
    assertEquals(List.of(LocalAuthority.WORCESTER), worcester.covers());
    assertTrue(worcester.complete(), "a district's figure covers its district");
  }

  @Test
  void completionsAreAvailableOnlyWithinTheirOwnSpan_notBecauseAnotherDomainHasARecordInTheYear() {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    DistrictRecords earlierOnly = DistrictRecords.builder().from(w)
        .completions(w.completions().stream().filter(c -> YEAR1.contains(c.completedOn())).toList()).build();
    RecordedIndicators feed = RecordedIndicators.of(StrategyRecords.of(earlierOnly)).get();
    assertEquals(Optional.empty(), feed.figure(Measure.AFFORDABLE_HOMES_DELIVERED, YEAR2, WORCESTER),
        "the completions stop in 2017/18: 2018/19 is not known, whatever cases or lettings say of the year");
    DistrictRecords around = DistrictRecords.builder().from(earlierOnly).addCompletions(Completion.builder()
        .from(w.completions().get(0)).completedOn(LocalDate.of(2019, 5, 1)).build()).build();
    Figure none = RecordedIndicators.of(StrategyRecords.of(around)).get()
        .figure(Measure.AFFORDABLE_HOMES_DELIVERED, YEAR2, WORCESTER)
        .orElseThrow(() -> new AssertionError("completions before and after 2018/19: the year is in their span"));
    assertEquals(BigDecimal.ZERO, none.value());
    assertEquals(Map.of(), none.breakdown());
    assertTrue(none.basis().contains("within the span of the records"), none.basis());
    DistrictRecords noCompletions = DistrictRecords.builder().from(w).completions(List.of()).build();
    assertEquals(Optional.empty(), RecordedIndicators.of(StrategyRecords.of(noCompletions)).get()
        .figure(Measure.AFFORDABLE_HOMES_DELIVERED, YEAR2, WORCESTER), "no completions given: not available");
  }

  @Test
  void privateSectorKindsAreEachTheirOwn_noLicencesGivenIsNotAvailableNotZero() {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    DistrictRecords noLicences = DistrictRecords.builder().from(w).licencesGranted(List.of()).build();
    RecordedIndicators feed = RecordedIndicators.of(StrategyRecords.of(noLicences)).get();
    assertEquals(Optional.empty(), feed.figure(Measure.HMO_LICENCES_ISSUED, YEAR2, WORCESTER),
        "inspections and hazard removals do not tell how many licences were granted");
    assertTrue(feed.figure(Measure.HAZARDS_REMOVED, YEAR2, WORCESTER).isPresent());
    DistrictRecords noRemovals = DistrictRecords.builder().from(w).hazardRemovals(List.of()).build();
    RecordedIndicators without = RecordedIndicators.of(StrategyRecords.of(noRemovals)).get();
    assertEquals(Optional.empty(), without.figure(Measure.HAZARDS_REMOVED, YEAR2, WORCESTER));
    assertTrue(without.figure(Measure.HMO_LICENCES_ISSUED, YEAR2, WORCESTER).isPresent());
  }

  @Test
  void roughSleeping_aCountNightWithoutStreetContactsSuppliedIsNotAvailable_suppliedAndNoneOnTheNightIsZero() {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    DistrictRecords noContacts = DistrictRecords.builder().from(w).streetContacts(List.of()).build();
    assertFalse(noContacts.supplies(RecordKind.STREET_CONTACTS));
    assertEquals(Optional.empty(), RecordedIndicators.of(StrategyRecords.of(noContacts)).get()
        .figure(Measure.ROUGH_SLEEPERS_AT_COUNT, YEAR2, WORCESTER), "a count night alone does not say who slept out");
    DistrictRecords noneSeen = DistrictRecords.builder().from(noContacts).addSupplied(RecordKind.STREET_CONTACTS).build();
    assertTrue(noneSeen.supplies(RecordKind.STREET_CONTACTS));
    Figure zero = RecordedIndicators.of(StrategyRecords.of(noneSeen)).get()
        .figure(Measure.ROUGH_SLEEPERS_AT_COUNT, YEAR2, WORCESTER).orElseThrow();
    assertEquals(BigDecimal.ZERO, zero.value(), "contacts supplied, none on the count night: a true 0");
    assertTrue(zero.basis().contains("Without street contacts supplied the count is not available"), zero.basis());
  }

  @Test
  void aKindSuppliedWithNoRecordsGivesNoSpan_soStillNoFigure() {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    DistrictRecords emptyLicences = DistrictRecords.builder().from(w).licencesGranted(List.of())
        .addSupplied(RecordKind.LICENCES_GRANTED).build();
    assertEquals(Optional.empty(), RecordedIndicators.of(StrategyRecords.of(emptyLicences)).get()
        .figure(Measure.HMO_LICENCES_ISSUED, YEAR2, WORCESTER));
    assertEquals(emptyLicences.supplied(), emptyLicences.merge(DistrictRecords.empty(LocalAuthority.WORCESTER))
        .supplied(), "merging keeps the kinds supplied");
  }

  @Test
  void aYearInsideARegistersSpanWithNothingToCountIsATrueZero() {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    DistrictRecords gap = DistrictRecords.builder().from(w)
        .licencesGranted(w.licencesGranted().stream().filter(l -> YEAR1.contains(l.grantedOn())).toList())
        .inspections(w.inspections().stream().filter(i -> YEAR1.contains(i.inspectedOn())).toList())
        .hazardRemovals(w.hazardRemovals().stream().filter(r -> YEAR1.contains(r.confirmedOn())).toList())
        .addLicencesGranted(uk.gov.worcester.housing.core.privatesector.LicenceGrant.builder()
            .from(w.licencesGranted().get(0)).grantedOn(LocalDate.of(2019, 6, 3)).build())
        .build();
    RecordedIndicators feed = RecordedIndicators.of(StrategyRecords.of(gap)).get();
    assertEquals(BigDecimal.ZERO, feed.figure(Measure.HMO_LICENCES_ISSUED, YEAR2, WORCESTER).get().value(),
        "licences recorded in 2017/18 and 2019/20, none in 2018/19");
    assertEquals(Optional.empty(), feed.figure(Measure.HMO_LICENCES_ISSUED, FinancialYear.starting(2020), WORCESTER),
        "after the last record: not available");
  }

  @Test
  void aYearWithoutRecordsGivesNoFigureNotAZero() {
    for (Measure m : Measure.values()) {
      assertEquals(Optional.empty(), FEED.figure(m, FinancialYear.starting(2015), Area.county()), m.name());
      assertEquals(Optional.empty(), FEED.figure(m, YEAR2, Area.district(LocalAuthority.REDDITCH)), m.name());
    }
    assertEquals(Optional.empty(), FEED.figure(Measure.HOUSEHOLDS_PREVENTED, YEAR1, WORCESTER),
        "no cases before the Homelessness Reduction Act");
    assertEquals(Optional.empty(), RecordedIndicators.of(StrategyRecords.empty()).get()
        .figure(Measure.LETTINGS, YEAR2, Area.county()));
  }

  @Test
  void everyMeasureHasAFigureWithItsBasis() {
    for (Measure m : Measure.values()) {
      FinancialYear y = m == Measure.GRANTS_AWARDED || m == Measure.GRANT_MATCH_VALUE ? YEAR1 : YEAR2;
      Figure f = FEED.figure(m, y, Area.county()).orElseThrow(() -> new AssertionError(m.name()));
      assertFalse(f.basis().isBlank());
      assertTrue(f.basis().contains("Worcester") && f.basis().contains("Wychavon") || m == Measure.GRANTS_AWARDED
          || m == Measure.GRANT_MATCH_VALUE, f.basis());
      if (!f.breakdown().isEmpty()) {
        assertEquals(0, f.breakdown().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(f.value()));
      }
      assertEquals(m.unit() == Measure.Unit.MONEY ? 2 : 0, f.value().scale(), m.name());
    }
  }

  @Test
  void noFigureNamesAPersonOrSaysWhereTheyLive() {
    List<String> names = new ArrayList<>();
    for (DistrictRecords d : StrategyRecordsSamples.worcestershire().districts()) {
      d.cases().forEach(c -> c.approach().household().members().forEach(p -> names.add(p.name())));
      d.lettingsApplications().forEach(r -> r.application().household().members().forEach(p -> names.add(p.name())));
    }
    assertFalse(names.isEmpty());
    for (Measure m : Measure.values()) {
      for (FinancialYear y : List.of(YEAR1, YEAR2)) {
        for (Area a : List.of(Area.county(), WORCESTER, WYCHAVON)) {
          FEED.figure(m, y, a).ifPresent(f -> names.forEach(n -> {
            assertFalse(f.basis().contains(n), m.name());
            assertFalse(f.toString().contains(n), m.name());
          }));
        }
      }
    }
  }

  @Test
  void aRecordTheDomainRefusesIsAProblemAtItsPlace() {
    DistrictRecords bad = DistrictRecords.builder().from(StrategyRecordsSamples.worcester())
        .addHazardRemovals(HazardRemoval.builder().inspection("PSH-NONE").hazard(Hazard.EXCESS_COLD)
            .confirmedOn(LocalDate.of(2018, 6, 1)).build())
        .addLettingsApplications(ApplicationRecord.of(StrategyRecordsSamples.worcester().lettingsApplications().get(0)
            .application(), List.of(new RegisterEvent.Assessed(LocalDate.of(2016, 12, 1), true),
                new RegisterEvent.Housed(LocalDate.of(2017, 1, 2), AdvertId.of("ADV-NOWHERE"))))).build();
    var problems = RecordedIndicators.of(StrategyRecords.of(bad)).getError();
    assertEquals(List.of("/districts/0/lettingsApplications/3/events/1/advert", "/districts/0/hazardRemovals/3/inspection"),
        problems.map(Problem::path).map(p -> p.jsonPointer()).toJavaList());
  }

  @Test
  void theCountyIsTheSumOfItsDistrictsForGeneratedRecords() {
    qt().withExamples(40).forAll(StrategyRecordsGen.strategyRecords()).checkAssert(records -> {
      RecordedIndicators feed = RecordedIndicators.of(records).get();
      for (Measure m : Measure.values()) {
        for (FinancialYear y : List.of(YEAR1, YEAR2, FinancialYear.starting(2019))) {
          BigDecimal sum = BigDecimal.ZERO;
          boolean any = false;
          for (LocalAuthority a : LocalAuthority.WORCESTERSHIRE_DISTRICTS) {
            Optional<Figure> f = feed.figure(m, y, Area.district(a));
            any |= f.isPresent();
            sum = sum.add(f.map(Figure::value).orElse(BigDecimal.ZERO));
          }
          Optional<Figure> county = feed.figure(m, y, Area.county());
          assertEquals(any, county.isPresent(), m + " " + y);
          if (any) {
            assertEquals(0, sum.compareTo(county.get().value()), m + " " + y);
          }
        }
      }
    });
  }

  @Test
  void splittingTheRecordsInTwoAndMergingThemGivesTheSameFigures() {
    qt().withExamples(30).forAll(StrategyRecordsGen.strategyRecords(), StrategyRecordsGen.days()).checkAssert((records, cut) -> {
      List<DistrictRecords> before = new ArrayList<>();
      List<DistrictRecords> after = new ArrayList<>();
      for (DistrictRecords d : records.districts()) {
        before.add(DistrictRecords.builder().authority(d.authority())
            .completions(d.completions().stream().filter(c -> c.completedOn().isBefore(cut)).toList())
            .countNights(d.countNights()).streetContacts(d.streetContacts()).cases(d.cases()).build());
        after.add(DistrictRecords.builder().from(d)
            .completions(d.completions().stream().filter(c -> !c.completedOn().isBefore(cut)).toList())
            .countNights(List.<CountNight>of()).streetContacts(List.of()).cases(List.of()).build());
      }
      StrategyRecords merged = StrategyRecords.of(before).merge(StrategyRecords.of(after));
      RecordedIndicators whole = RecordedIndicators.of(records).get();
      RecordedIndicators parts = RecordedIndicators.of(merged).get();
      for (Measure m : Measure.values()) {
        for (Area a : List.of(Area.county(), WORCESTER, WYCHAVON)) {
          assertEquals(whole.figure(m, YEAR2, a).map(Figure::value), parts.figure(m, YEAR2, a).map(Figure::value),
              m + " " + a);
          assertEquals(whole.figure(m, YEAR2, a).map(Figure::breakdown), parts.figure(m, YEAR2, a).map(Figure::breakdown));
        }
      }
    });
  }
}
