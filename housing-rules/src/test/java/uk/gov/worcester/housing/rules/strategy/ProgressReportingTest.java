package uk.gov.worcester.housing.rules.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.strategy.ActionStatus;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.Figure;
import uk.gov.worcester.housing.core.strategy.Measure;
import uk.gov.worcester.housing.core.strategy.PartnershipPlan;
import uk.gov.worcester.housing.core.strategy.RagRating;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.testkit.strategy.StrategySamples;

/** The progress report on worked cases shaped like the committee report of 24 July 2019. */
class ProgressReportingTest {
  static final FinancialYear Y1 = StrategySamples.YEAR_1;
  static final FinancialYear Y2 = StrategySamples.YEAR_2;
  static final PartnershipPlan PLAN = StrategySamples.plan();

  /** A feed over a fixed table of figures. */
  static IndicatorFeed feed(Figure... figures) {
    Map<String, Figure> table = new HashMap<>();
    for (Figure f : figures) {
      table.put(f.measure() + " " + f.year() + " " + f.area().code(), f);
    }
    return (m, y, a) -> Optional.ofNullable(table.get(m + " " + y + " " + a.code()));
  }

  static final IndicatorFeed EMPTY = (m, y, a) -> Optional.empty();

  static PriorityProgress priority(ProgressReport r, String code) {
    return r.priorities().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
  }

  static IndicatorLine indicator(ProgressReport r, String code) {
    return r.priorities().stream().flatMap(p -> p.indicators().stream()).filter(i -> i.code().equals(code))
        .findFirst().orElseThrow();
  }

  @Test
  void para4_1_theYearsHeadlineAchievementsAppearUnderTheirPriority_andPlanWideRisksAtTheEnd() {
    ProgressReport r = ProgressReporting.report(PLAN, Y2, Area.county(), EMPTY);
    assertEquals(1, priority(r, "P3").achievements().size());
    assertTrue(priority(r, "P3").achievements().get(0).text().contains("Homelessness Reduction Act"));
    assertEquals(1, priority(r, "P2").nextSteps().size());
    assertEquals(1, r.risks().size());
    assertEquals(List.of(), r.achievements());
    ProgressReport year1 = ProgressReporting.report(PLAN, Y1, Area.county(), EMPTY);
    assertEquals(List.of(), priority(year1, "P3").achievements(), "notes belong to their year");
  }

  @Test
  void para5_1_mostActionsAreCompletedOrInProgress_andTheCountsByStatusAndRagAddUp() {
    ProgressReport r = ProgressReporting.report(PLAN, Y2, Area.county(), EMPTY);
    ActionCounts p3 = priority(r, "P3").actionCounts();
    assertEquals(2, p3.actions());
    assertEquals(1, p3.at(ActionStatus.COMPLETED));
    assertEquals(1, p3.at(ActionStatus.IN_PROGRESS));
    assertEquals(2, p3.at(RagRating.GREEN));
    ActionCounts p2 = priority(r, "P2").actionCounts();
    assertEquals(1, p2.at(ActionStatus.DELAYED));
    assertEquals(1, p2.notReported(), "HPP-A06 has no 2018/19 entry: not reported, not a guessed status");
    ActionCounts all = r.actionTotals();
    assertEquals(4, all.actions());
    assertEquals(all.actions(), all.byStatus().values().stream().mapToInt(Integer::intValue).sum() + all.notReported());
    assertEquals(all.actions(), all.byRag().values().stream().mapToInt(Integer::intValue).sum() + all.notReported());
    assertEquals(1, all.at(RagRating.RED));
  }

  @Test
  void para5_1_theSupportedHousingPlanIsDelayedPastItsTargetDate_andLastYearsStatusIsShown() {
    ProgressReport r = ProgressReporting.report(PLAN, Y2, Area.county(), EMPTY);
    ActionLine a08 = priority(r, "P2").actions().stream().filter(a -> a.code().equals("HPP-A08")).findFirst().get();
    assertEquals(Optional.of(ActionStatus.DELAYED), a08.status());
    assertEquals(Optional.of(ActionStatus.IN_PROGRESS), a08.lastYearStatus());
    assertTrue(a08.pastTargetDate());
    assertEquals("Worcestershire County Council, Adult Social Care", a08.owner());
    ActionLine a05 = priority(r, "P3").actions().get(0);
    assertFalse(a05.pastTargetDate(), "completed actions are not past their target date");
  }

  @Test
  void yearOnYear_theChangeIsAbsoluteAndAPercentageOfLastYear() {
    ProgressReport r = ProgressReporting.report(PLAN, Y2, Area.county(), feed(
        StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y1, Area.county(), 1_250),
        StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y2, Area.county(), 1_450)));
    IndicatorLine prevented = indicator(r, "IND-PREVENTED");
    assertEquals(Optional.of(BigDecimal.valueOf(200)), prevented.change());
    assertEquals(Optional.of(new BigDecimal("16.0")), prevented.changePercent());
    assertEquals(Trend.IMPROVED, prevented.trend());
    assertEquals(TargetStatus.MET, prevented.targetStatus());
    assertEquals("TARGET_MET", prevented.reason().code());
    assertEquals("indicator IND-PREVENTED", prevented.reason().citation().provision());
  }

  @Test
  void yearOnYear_aRiseFromZeroHasAChangeButNoPercentage() {
    ProgressReport r = ProgressReporting.report(PLAN, Y2, Area.county(), feed(
        StrategySamples.figure(Measure.HOUSEHOLDS_IN_TEMPORARY_ACCOMMODATION, Y1, Area.county(), 0),
        StrategySamples.figure(Measure.HOUSEHOLDS_IN_TEMPORARY_ACCOMMODATION, Y2, Area.county(), 12)));
    IndicatorLine ta = indicator(r, "IND-TEMP-ACCOM");
    assertEquals(Optional.of(BigDecimal.valueOf(12)), ta.change());
    assertEquals(Optional.empty(), ta.changePercent());
    assertEquals(Trend.WORSENED, ta.trend(), "lower is better, so a rise is worse");
  }

  @Test
  void targetMetByDirection_lowerIsBetterMeetsAtOrBelow_higherIsBetterAtOrAbove() {
    ProgressReport atTarget = ProgressReporting.report(PLAN, Y2, Area.county(), feed(
        StrategySamples.figure(Measure.HOUSEHOLDS_IN_TEMPORARY_ACCOMMODATION, Y2, Area.county(), 140),
        StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y2, Area.county(), 1_399)));
    assertEquals(TargetStatus.MET, indicator(atTarget, "IND-TEMP-ACCOM").targetStatus());
    assertEquals(TargetStatus.NOT_MET, indicator(atTarget, "IND-PREVENTED").targetStatus());
    ProgressReport over = ProgressReporting.report(PLAN, Y2, Area.county(), feed(
        StrategySamples.figure(Measure.HOUSEHOLDS_IN_TEMPORARY_ACCOMMODATION, Y2, Area.county(), 141)));
    assertEquals(TargetStatus.NOT_MET, indicator(over, "IND-TEMP-ACCOM").targetStatus());
    assertEquals("TARGET_NOT_MET", indicator(over, "IND-TEMP-ACCOM").reason().code());
  }

  @Test
  void aMissingFigureIsNotAvailable_neverAFalseZero() {
    ProgressReport r = ProgressReporting.report(PLAN, Y2, Area.county(), EMPTY);
    IndicatorLine prevented = indicator(r, "IND-PREVENTED");
    assertEquals(Optional.empty(), prevented.figure());
    assertEquals(TargetStatus.NO_FIGURE, prevented.targetStatus());
    assertEquals(Trend.NO_COMPARISON, prevented.trend());
    assertEquals(Optional.empty(), prevented.change());
    assertEquals("NO_FIGURE", prevented.reason().code());
    assertEquals(Optional.of(BigDecimal.valueOf(1_400)), prevented.target(), "the target is still shown");
    assertEquals(2, r.indicatorTotals().at(TargetStatus.NO_FIGURE));
  }

  @Test
  void aFigureTheFeedGivesForAnotherQuestionIsNotUsed() {
    IndicatorFeed wrong = (m, y, a) -> Optional.of(StrategySamples.figure(m, y.previous(), a, 5));
    assertEquals(Optional.empty(), indicator(ProgressReporting.report(PLAN, Y2, Area.county(), wrong),
        "IND-PREVENTED").figure());
  }

  @Test
  void aReportedIndicatorUsesItsHandEnteredFigures_forItsOwnAreaOnly() {
    ProgressReport county = ProgressReporting.report(PLAN, Y2, Area.county(), EMPTY);
    IndicatorLine dtoc = indicator(county, "IND-DTOC-HOUSING");
    assertEquals(Optional.of(BigDecimal.valueOf(31)), dtoc.figure());
    assertEquals(Optional.of(BigDecimal.valueOf(40)), dtoc.lastYear());
    assertEquals(TargetStatus.MET, dtoc.targetStatus());
    assertEquals(Trend.IMPROVED, dtoc.trend());
    ProgressReport worcester = ProgressReporting.report(PLAN, Y2, Area.district(LocalAuthority.WORCESTER), EMPTY);
    assertEquals(TargetStatus.NO_FIGURE, indicator(worcester, "IND-DTOC-HOUSING").targetStatus());
  }

  @Test
  void aDistrictsFigureIsComparedWithNoCountyTarget() {
    Area worcester = Area.district(LocalAuthority.WORCESTER);
    ProgressReport r = ProgressReporting.report(PLAN, Y2, worcester, feed(
        StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y2, worcester, 300)));
    IndicatorLine prevented = indicator(r, "IND-PREVENTED");
    assertEquals(Optional.of(BigDecimal.valueOf(300)), prevented.figure());
    assertEquals(TargetStatus.NO_TARGET, prevented.targetStatus());
    assertEquals(worcester, r.area());
  }

  @Test
  void aLinesDistrictsLeftOutAreDistinct_andOfTheReportsArea() {
    ProgressReport r = ProgressReporting.report(PLAN, Y2, Area.county(), feed(covering(
        StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y2, Area.county(), 1_450),
        LocalAuthority.WORCESTER, LocalAuthority.WYCHAVON)));
    IndicatorLine prevented = indicator(r, "IND-PREVENTED");
    var twice = org.junit.jupiter.api.Assertions.assertThrows(
        uk.gov.worcester.housing.core.common.InvalidValueException.class, () -> IndicatorLine.builder().from(prevented)
            .missing(List.of(LocalAuthority.REDDITCH, LocalAuthority.REDDITCH)).build());
    assertEquals("DUPLICATE", twice.problems().get(0).code());
    ProgressReport worcester = ProgressReporting.report(PLAN, Y2, Area.district(LocalAuthority.WORCESTER),
        feed(StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y2, Area.district(LocalAuthority.WORCESTER), 300)));
    var outside = org.junit.jupiter.api.Assertions.assertThrows(
        uk.gov.worcester.housing.core.common.InvalidValueException.class, () -> ProgressReport.builder()
            .from(worcester).priorities(worcester.priorities().stream().map(p -> PriorityProgress.builder().from(p)
                .indicators(p.indicators().stream().map(l -> l.figure().isEmpty() ? l : IndicatorLine.builder().from(l)
                    .missing(List.of(LocalAuthority.REDDITCH)).build()).toList()).build()).toList()).build());
    assertEquals("INCONSISTENT", outside.problems().get(0).code());
    assertTrue(outside.problems().get(0).path().toString().endsWith("/missing"), outside.problems().get(0).path().toString());
  }

  static Figure covering(Figure f, LocalAuthority... districts) {
    return Figure.builder().from(f).covers(List.of(districts)).build();
  }

  @Test
  void para2_1_aCountyFigureFromTwoOfTheSixDistrictsIsNotJudgedAgainstTheCountyTarget() {
    ProgressReport r = ProgressReporting.report(PLAN, Y2, Area.county(), feed(covering(
        StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y2, Area.county(), 1_450),
        LocalAuthority.WORCESTER, LocalAuthority.WYCHAVON)));
    IndicatorLine prevented = indicator(r, "IND-PREVENTED");
    assertEquals(Optional.of(BigDecimal.valueOf(1_450)), prevented.figure());
    assertEquals(Optional.of(BigDecimal.valueOf(1_400)), prevented.target(), "the county target is still shown");
    assertEquals(TargetStatus.PARTIAL_FIGURE, prevented.targetStatus(),
        "1,450 would meet the county's 1,400, but it is the sum of two districts of six");
    assertEquals(List.of(LocalAuthority.BROMSGROVE, LocalAuthority.MALVERN_HILLS, LocalAuthority.REDDITCH,
        LocalAuthority.WYRE_FOREST), prevented.missing());
    assertEquals("PARTIAL_FIGURE", prevented.reason().code());
    assertTrue(prevented.reason().text().contains("leaves out Bromsgrove, Malvern Hills, Redditch and Wyre Forest"),
        prevented.reason().text());
    assertTrue(prevented.reason().text().contains("not judged against the target of 1400"), prevented.reason().text());
    assertTrue(prevented.reason().text().contains("whose records were not given or do not cover the year"),
        "records given that do not cover the year leave a district out too: " + prevented.reason().text());
    assertEquals(1, r.indicatorTotals().at(TargetStatus.PARTIAL_FIGURE));
    assertEquals(1, r.indicatorTotals().at(TargetStatus.MET), "only the hand-reported county figure is judged");
  }

  @Test
  void para2_1_figuresCoveringDifferentDistrictsAreNotComparedYearOnYear_theSameDistrictsAre() {
    IndicatorLine different = indicator(ProgressReporting.report(PLAN, Y2, Area.county(), feed(
        covering(StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y1, Area.county(), 500), LocalAuthority.WORCESTER),
        covering(StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y2, Area.county(), 800), LocalAuthority.WORCESTER,
            LocalAuthority.WYCHAVON))), "IND-PREVENTED");
    assertEquals(Trend.NOT_COMPARABLE, different.trend(), "a rise of 300 that is only Wychavon joining");
    assertEquals(Optional.empty(), different.change());
    assertEquals(Optional.empty(), different.changePercent());
    assertTrue(different.lastYearMissing().contains(LocalAuthority.WYCHAVON));
    assertFalse(different.missing().contains(LocalAuthority.WYCHAVON));
    IndicatorLine wholeThenPart = indicator(ProgressReporting.report(PLAN, Y2, Area.county(), feed(
        StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y1, Area.county(), 1_250),
        covering(StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y2, Area.county(), 800), LocalAuthority.WORCESTER))),
        "IND-PREVENTED");
    assertEquals(Trend.NOT_COMPARABLE, wholeThenPart.trend());
    IndicatorLine same = indicator(ProgressReporting.report(PLAN, Y2, Area.county(), feed(
        covering(StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y1, Area.county(), 500), LocalAuthority.WYCHAVON,
            LocalAuthority.WORCESTER),
        covering(StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y2, Area.county(), 800), LocalAuthority.WORCESTER,
            LocalAuthority.WYCHAVON))), "IND-PREVENTED");
    assertEquals(Trend.IMPROVED, same.trend(), "the same two districts both years");
    assertEquals(Optional.of(BigDecimal.valueOf(300)), same.change());
    assertEquals(TargetStatus.PARTIAL_FIGURE, same.targetStatus());
  }

  @Test
  void thePlanVersionInForceOnTheYearsLastDayIsReportedOn_andNoneBeforeTheFirst() {
    PartnershipPlan later = PartnershipPlan.builder().from(PLAN).version("SAMPLE-HPP/2019")
        .effectiveFrom(LocalDate.of(2019, 4, 1)).approvedIn(java.time.YearMonth.of(2019, 3)).notes(List.of())
        .actions(List.of()).indicators(List.of()).build();
    PolicyTimeline<PlanVersion> plans = PolicyTimeline.of(List.of(PlanVersion.of(PLAN), PlanVersion.of(later)));
    assertEquals("SAMPLE-HPP/2017", ProgressReporting.report(plans, Y2, Area.county(), EMPTY).get().planVersion());
    assertEquals("SAMPLE-HPP/2019", ProgressReporting.report(plans, FinancialYear.starting(2019), Area.county(), EMPTY)
        .get().planVersion());
    var none = ProgressReporting.report(plans, FinancialYear.starting(2016), Area.county(), EMPTY);
    assertEquals("/year " + PolicyTimeline.NO_POLICY_IN_FORCE, none.getError().head().path() + " "
        + none.getError().head().code());
  }

  @Test
  void theReportIsAPureFunctionOfItsInputs() {
    IndicatorFeed f = feed(StrategySamples.figure(Measure.HOUSEHOLDS_PREVENTED, Y2, Area.county(), 10));
    assertEquals(ProgressReporting.report(PLAN, Y2, Area.county(), f), ProgressReporting.report(PLAN, Y2, Area.county(), f));
  }

  @Test
  void aPlanVersionsToStringNamesTheVersionOnly() {
    assertEquals("PlanVersion{SAMPLE-HPP/2017 from 2017-04-01}", PlanVersion.of(PLAN).toString());
  }
}
