package uk.gov.worcester.housing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.report.page.BarChart;
import uk.gov.worcester.housing.report.page.BarGroup;
import uk.gov.worcester.housing.report.page.Better;
import uk.gov.worcester.housing.report.page.BulletList;
import uk.gov.worcester.housing.report.page.Column;
import uk.gov.worcester.housing.report.page.Direction;
import uk.gov.worcester.housing.report.page.Figures;
import uk.gov.worcester.housing.report.page.Judgement;
import uk.gov.worcester.housing.report.page.KeyFigure;
import uk.gov.worcester.housing.report.page.Paragraph;
import uk.gov.worcester.housing.report.page.ReportPage;
import uk.gov.worcester.housing.report.page.Section;
import uk.gov.worcester.housing.report.page.Status;
import uk.gov.worcester.housing.report.page.StatusChart;
import uk.gov.worcester.housing.report.page.Table;

class PageModelTest {
  @Test
  void figuresAreGroupedInThreesWithTheirUnit() {
    assertEquals("1,234,567", Figures.format(new BigDecimal("1234567"), ""));
    assertEquals("999", Figures.format(new BigDecimal("999"), ""));
    assertEquals("1,000.50 homes", Figures.format(new BigDecimal("1000.50"), "homes"));
    assertEquals("83.5%", Figures.format(new BigDecimal("83.5"), "%"));
    assertEquals("£12,000.00", Figures.format(new BigDecimal("12000.00"), "£"));
    assertEquals("-£1,200", Figures.format(new BigDecimal("-1200"), "£"));
    assertEquals("-123,456", Figures.grouped(new BigDecimal("-123456")));
    assertEquals("1,000,000", Figures.grouped(new BigDecimal("1E+6")));
  }

  @Test
  void aKeyFiguresChangeIsWorkedOutAndJudgedByWhichWayIsBetter() {
    KeyFigure homes = KeyFigure.of("Homes", new BigDecimal("412"), "homes", new BigDecimal("356"), Better.HIGHER);
    assertEquals(Optional.of(new BigDecimal("56")), homes.change());
    assertEquals(Optional.of(Direction.UP), homes.direction());
    assertEquals(Optional.of(Judgement.BETTER), homes.judgement());
    KeyFigure sleepers = KeyFigure.of("Rough", new BigDecimal("21"), "", new BigDecimal("17"), Better.LOWER);
    assertEquals(Optional.of(Judgement.WORSE), sleepers.judgement());
    KeyFigure same = KeyFigure.of("Same", new BigDecimal("5.0"), "", new BigDecimal("5"), Better.LOWER);
    assertEquals(Optional.of(Direction.SAME), same.direction());
    assertEquals(Optional.of(Judgement.NEUTRAL), same.judgement());
    assertEquals(Judgement.NEUTRAL, Better.NEITHER.judge(Direction.UP));
    KeyFigure first = new KeyFigure("New", BigDecimal.ONE, "", Optional.empty(), Better.HIGHER);
    assertEquals(Optional.empty(), first.direction());
  }

  @Test
  void aStatusChartCountsEveryStatusAndRoundsSharesHalfUp() {
    StatusChart chart = new StatusChart("T", "S.", Map.of(Status.COMPLETED, 1, Status.DELAYED, 7));
    assertEquals(0, chart.count(Status.AT_RISK));
    assertEquals(8, chart.total());
    assertEquals(13, chart.percent(Status.COMPLETED), "12.5 rounds up");
    assertEquals(88, chart.percent(Status.DELAYED), "87.5 rounds up");
    assertEquals(5, chart.dataTable().rows().size());
    assertEquals(List.of("Delayed", "Amber", "7", "88%"), chart.dataTable().rows().get(2));
    assertEquals(0, new StatusChart("T", "S.", Map.of()).percent(Status.COMPLETED));
    assertThrows(IllegalArgumentException.class, () -> new StatusChart("T", "S.", Map.of(Status.COMPLETED, -1)));
  }

  @Test
  void aBarChartsTableAlternativeHoldsEveryFigure() {
    BarChart chart = new BarChart("Homes", "Summary.", "homes", List.of("2018/19", "2017/18"), List.of(
        BarGroup.of("Built", new BigDecimal("1200"), new BigDecimal("900"), new BigDecimal("1000")),
        new BarGroup("Bought", List.of(Optional.of(BigDecimal.TEN), Optional.empty()), Optional.empty())));
    Table table = chart.dataTable();
    assertEquals("Homes", table.caption());
    assertEquals(List.of(Column.text("Measure"), Column.number("2018/19"), Column.number("2017/18"),
        Column.number("Target")), table.columns());
    assertEquals(List.of(List.of("Built", "1,200 homes", "900 homes", "1,000 homes"),
        List.of("Bought", "10 homes", "no figure", "none set")), table.rows());
    assertEquals(new BigDecimal("1200"), chart.largest());
  }

  @Test
  void valuesThatCannotBeDrawnAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Paragraph(" "));
    assertThrows(NullPointerException.class, () -> new Paragraph(null));
    assertThrows(IllegalArgumentException.class, () -> new BulletList(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Table("C", List.of(Column.text("a")),
        List.of(List.of("1", "2"))));
    assertThrows(IllegalArgumentException.class, () -> new BarChart("T", "S.", "", List.of("a", "b", "c"),
        List.of(new BarGroup("g", List.of(Optional.empty(), Optional.empty(), Optional.empty()), Optional.empty()))));
    assertThrows(IllegalArgumentException.class, () -> new BarChart("T", "S.", "", List.of("a"),
        List.of(BarGroup.of("g", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))));
    assertThrows(IllegalArgumentException.class, () -> BarGroup.of("g", BigDecimal.ONE.negate(), BigDecimal.ONE,
        BigDecimal.ONE));
    Section deep = Section.of("6", new Paragraph("p"));
    for (int depth = 5; depth >= 1; depth--) {
      deep = Section.of(Integer.toString(depth), deep);
    }
    Section tooDeep = deep;
    assertThrows(IllegalArgumentException.class,
        () -> ReportPage.of("T", List.of(), LocalDate.of(2020, 1, 1), List.of(tooDeep)));
    Section fiveDeep = (Section) deep.blocks().get(0);
    assertEquals(5, fiveDeep.depth());
    assertEquals(1, ReportPage.of("T", List.of(), LocalDate.of(2020, 1, 1), List.of(fiveDeep)).sections().size());
  }
}
