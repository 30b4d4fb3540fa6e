package uk.gov.worcester.housing.rules.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.strategy.ActionStatus;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.Figure;
import uk.gov.worcester.housing.core.strategy.PartnershipPlan;
import uk.gov.worcester.housing.core.strategy.RagRating;
import uk.gov.worcester.housing.testkit.strategy.StrategyGen;

/** The roll-up invariants over generated plans, years, areas and figures. */
class ProgressReportPropertiesTest {
  static IndicatorFeed feed(List<Figure> figures) {
    Map<String, Figure> table = new HashMap<>();
    figures.forEach(f -> table.put(f.measure() + " " + f.year() + " " + f.area().code(), f));
    return (m, y, a) -> Optional.ofNullable(table.get(m + " " + y + " " + a.code()));
  }

  /** Figures for the county, moved to {@code area} (the values do not depend on the area). */
  static List<Figure> in(Area area, List<Figure> figures) {
    return figures.stream().map(f -> (Figure) Figure.builder().from(f).area(area)
        .covers(area.isCounty() ? f.covers() : area.authorities().toJavaList()).build()).toList();
  }

  static ProgressReport report(PartnershipPlan plan, FinancialYear year, Area area, List<Figure> figures) {
    return ProgressReporting.report(plan, year, area, feed(figures));
  }

  @Test
  void countsByStatusAndByRagAddUpToTheActions_inEachPriorityAndInTotal() {
    qt().withExamples(300).forAll(StrategyGen.plans(), StrategyGen.years(), StrategyGen.areas())
        .checkAssert((plan, year, area) -> {
          ProgressReport r = report(plan, year, area, List.of());
          int actions = 0;
          for (PriorityProgress p : r.priorities()) {
            ActionCounts c = p.actionCounts();
            assertEquals(p.actions().size(), c.actions());
            int byStatus = 0;
            for (ActionStatus s : ActionStatus.values()) {
              byStatus += c.at(s);
            }
            int byRag = 0;
            for (RagRating g : RagRating.values()) {
              byRag += c.at(g);
            }
            assertEquals(c.actions(), byStatus + c.notReported());
            assertEquals(c.actions(), byRag + c.notReported());
            actions += c.actions();
          }
          assertEquals(plan.actions().size(), actions, "every action is under exactly one priority");
          assertEquals(plan.actions().size(), r.actionTotals().actions());
          for (ActionStatus s : ActionStatus.values()) {
            assertEquals(r.priorities().stream().mapToInt(p -> p.actionCounts().at(s)).sum(), r.actionTotals().at(s));
          }
        });
  }

  @Test
  void indicatorCountsAddUp_andAnEmptyFeedGivesNoComputedFigureAtAll() {
    qt().withExamples(300).forAll(StrategyGen.plans(), StrategyGen.years(), StrategyGen.areas())
        .checkAssert((plan, year, area) -> {
          ProgressReport r = report(plan, year, area, List.of());
          assertEquals(plan.indicators().size(), r.indicatorTotals().indicators());
          int sum = 0;
          for (TargetStatus s : TargetStatus.values()) {
            sum += r.indicatorTotals().at(s);
          }
          assertEquals(plan.indicators().size(), sum);
          r.priorities().stream().flatMap(p -> p.indicators().stream())
              .filter(i -> i.method() == uk.gov.worcester.housing.core.strategy.IndicatorMethod.Kind.COMPUTED)
              .forEach(i -> {
                assertEquals(Optional.empty(), i.figure(), "never a false zero");
                assertEquals(TargetStatus.NO_FIGURE, i.targetStatus());
              });
        });
  }

  @Test
  void theChangeIsThisYearLessLastYear_andTheTargetStatusFollowsTheDirection() {
    qt().withExamples(200).forAll(StrategyGen.plans(), StrategyGen.years(), StrategyGen.areas(),
        StrategyGen.figureSets(Area.county())).checkAssert((plan, year, area, figures) -> check(plan, year, area,
        in(area, figures)));
  }

  static void check(PartnershipPlan plan, FinancialYear year, Area area, List<Figure> figures) {
          ProgressReport r = report(plan, year, area, figures);
          r.priorities().stream().flatMap(p -> p.indicators().stream()).forEach(i -> {
            boolean sameDistricts = new java.util.HashSet<>(i.missing()).equals(new java.util.HashSet<>(i.lastYearMissing()));
            if (i.figure().isPresent() && i.lastYear().isPresent() && sameDistricts) {
              assertEquals(0, i.change().get().compareTo(i.figure().get().subtract(i.lastYear().get())));
              assertEquals(i.lastYear().get().signum() != 0, i.changePercent().isPresent());
            } else {
              assertEquals(Optional.empty(), i.change());
              assertEquals(Optional.empty(), i.changePercent());
              assertEquals(i.figure().isPresent() && i.lastYear().isPresent() ? Trend.NOT_COMPARABLE : Trend.NO_COMPARISON,
                  i.trend(), "figures of different districts are not compared");
            }
            if (i.figure().isPresent() && !i.missing().isEmpty()) {
              assertEquals(TargetStatus.PARTIAL_FIGURE, i.targetStatus(), "never judged against the area's target");
              i.missing().forEach(d -> assertTrue(i.reason().text().contains(d.name()), d.name()));
            } else if (i.figure().isPresent() && i.target().isPresent()) {
              int c = i.figure().get().compareTo(i.target().get());
              boolean met = i.direction() == uk.gov.worcester.housing.core.strategy.Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
              assertEquals(met ? TargetStatus.MET : TargetStatus.NOT_MET, i.targetStatus());
            }
            assertTrue(i.reason().code().equals(i.targetStatus().name()) || i.targetStatus() == TargetStatus.MET
                || i.targetStatus() == TargetStatus.NOT_MET);
          });
  }

  @Test
  void theReportDoesNotDependOnTheOrderOfTheFigures() {
    qt().withExamples(100).forAll(StrategyGen.plans(), StrategyGen.years(), StrategyGen.areas(),
        StrategyGen.figureSets(Area.county())).checkAssert((plan, year, area, county) -> {
          List<Figure> figures = in(area, county);
          List<Figure> reversed = new java.util.ArrayList<>(figures);
          java.util.Collections.reverse(reversed);
          assertEquals(report(plan, year, area, figures), report(plan, year, area, reversed));
        });
  }
}
