package uk.gov.worcester.housing.rules.privatesector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.privatesector.HarmSpread;
import uk.gov.worcester.housing.core.privatesector.Hazard;
import uk.gov.worcester.housing.core.privatesector.HazardJudgement;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.privatesector.VulnerableGroup;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.testkit.privatesector.PrivateSectorSamples;

class HhsrsRuleTest {
  static HazardJudgement judged(String likelihood, String i, String ii, String iii, String iv) {
    return HazardJudgement.builder().hazard(Hazard.EXCESS_COLD).likelihood(new BigDecimal(likelihood))
        .spread(HarmSpread.of(i, ii, iii, iv)).build();
  }

  @Test
  void sch2FormulaExcessColdCategory1RoundsHalfUp() {
    HazardScore s = HhsrsRule.score(PrivateSectorSamples.excessCold());
    assertEquals(10, s.likelihoodPoint());
    assertEquals(new BigDecimal("17135.0"), s.numerator());
    assertEquals(new BigDecimal("1713.5000"), s.exactScore());
    assertEquals(1714, s.score(), "1713.5 rounds half up");
    assertEquals(HazardBand.C, s.band());
    assertEquals(HazardCategory.CATEGORY_1, s.category());
    assertEquals(249L, s.averageScore().orElseThrow(), "324138 / 1300 = 249.3, from the unsnapped averages");
  }

  @Test
  void sch2FormulaStairsCategory2() {
    HazardScore s = HhsrsRule.score(PrivateSectorSamples.stairs());
    assertEquals(new BigDecimal("11789.0"), s.numerator());
    assertEquals(37, s.score());
    assertEquals(HazardBand.H, s.band());
    assertEquals(HazardCategory.CATEGORY_2, s.category());
  }

  @Test
  void operatingGuidanceJudgedLikelihoodIsSnappedBeforeScoring() {
    // 1 in 200 falls in the range 130 to 240, scored as 1 in 180: 8454 / 180 = 46.97, score 47.
    HazardScore s = HhsrsRule.score(judged("200", "0", "4.6", "10", "85.4"));
    assertEquals(180, s.likelihoodPoint());
    assertEquals(new BigDecimal("8454.0"), s.numerator());
    assertEquals(47, s.score());
    assertEquals(HazardBand.H, s.band());
  }

  @Test
  void operatingGuidanceOffScaleOutcomesAreSnappedAndClassIvTakesTheRest() {
    // 3 -> 2.2, 12 -> 10.0, 40 -> 46.4; Class IV takes 41.4.
    HazardScore s = HhsrsRule.score(judged("100", "3", "12", "40", "45"));
    assertEquals(HarmSpread.of("2.2", "10", "46.4", "41.4"), s.scoredSpread());
    // 22000 + 10000 + 13920 + 414 = 46334; / 100 = 463.34
    assertEquals(463, s.score());
    assertEquals(HazardBand.E, s.band());
  }

  @Test
  void scoredClassesNeverExceedAHundredPerCent() {
    HazardScore s = HhsrsRule.score(judged("1", "70", "30", "0", "0"));
    assertEquals(HarmSpread.of("100", "0", "0", "0"), s.scoredSpread());
    assertEquals(1_000_000, s.score());
    assertEquals(HazardBand.A, s.band());
  }

  @ParameterizedTest(name = "reg 7 band table: {0} is band {1}")
  @CsvSource({"1000000,A", "5000,A", "4999,B", "2000,B", "1999,C", "1000,C", "999,D", "500,D", "499,E", "200,E",
      "199,F", "100,F", "99,G", "50,G", "49,H", "20,H", "19,I", "10,I", "9,J", "0,J"})
  void reg7EveryBandBoundary(long score, HazardBand band) {
    assertEquals(band, HazardBand.of(score));
    assertEquals(score >= 1000, band.category() == HazardCategory.CATEGORY_1);
  }

  @ParameterizedTest(name = "100% Class IV at 1 in {0} scores {1}, band {2}")
  @CsvSource({"1,1000,C", "2,500,D", "3,333,E", "10,100,F", "18,56,G", "32,31,H", "56,18,I", "100,10,I",
      "180,6,J"})
  void bandBoundariesThroughTheFormula(String likelihood, long score, HazardBand band) {
    HazardScore s = HhsrsRule.score(judged(likelihood, "0", "0", "0", "100"));
    assertEquals(score, s.score());
    assertEquals(band, s.band());
  }

  @Test
  void s2_1_category1IsAnExactScoreOfOrAbove1000NotARoundedOne() {
    // Built directly: 1999.0 / 2 = 999.5.
    HazardScore s = HazardScore.builder().hazard(Hazard.FIRE).likelihoodPoint(2)
        .scoredSpread(HarmSpread.of("0", "0", "0", "100")).numerator(new BigDecimal("1999.0"))
        .score(HhsrsRule.wholeScore(new BigDecimal("1999.0"), 2)).build();
    assertEquals(1000, s.score(), "shown rounded half up");
    assertEquals(new BigDecimal("999.5000"), s.exactScore());
    assertEquals(HazardBand.D, s.band(), "banded on the exact 999.5");
    assertEquals(HazardCategory.CATEGORY_2, s.category(), "999.5 is not of or above 1000");
    assertEquals(HazardBand.C, HazardBand.of(new BigDecimal("2000.0"), 2), "exactly 1000 is Category 1");
    assertEquals(999, HhsrsRule.wholeScore(new BigDecimal("1998.9"), 2), "999.45 rounds down");
  }

  @Test
  void s2_1_throughTheFormulaAnExact999Point5IsCategory2() {
    // 1 in 2 with 0.1 / 0 / 0 / 99.9: (1000 + 999) / 2 = 999.5, shown as 1000 but not "of or above" 1000.
    HazardScore s = HhsrsRule.score(judged("2", "0.1", "0", "0", "99.9"));
    assertEquals(new BigDecimal("1999.0"), s.numerator());
    assertEquals(1000, s.score());
    assertEquals(HazardBand.D, s.band());
    assertEquals(HazardCategory.CATEGORY_2, s.category());
  }

  @ParameterizedTest(name = "likelihood 1 in {0} is scored as 1 in {1}")
  @CsvSource({"1,1", "1.49,1", "1.5,1", "1.51,2", "2.5,2", "2.51,3", "4,3", "4.01,6", "7.5,6", "7.51,10", "13,10",
      "13.01,18", "24,18", "24.01,32", "42,32", "75,56", "129.99,100", "130,100", "130.01,180", "240,180", "420,320",
      "750,560", "1300,1000", "2400,1800", "2400.01,3200", "4199.99,3200", "4200,3200", "4200.01,5600",
      "1000000,5600"})
  void reg6Table1_anEdgeBelongsToTheRangeThatNamesItBeforeTo(String judged, int point) {
    assertEquals(point, HhsrsScale.likelihoodPoint(new BigDecimal(judged)));
  }

  @Test
  void reg6Table1_oneIn4200Scores3200() {
    // "Less likely than 1 in 4200: 5600; 1 in 4200 to 1 in 2400: 3200".
    assertEquals(3200, HhsrsScale.likelihoodPoint(new BigDecimal("4200")));
    assertEquals(5600, HhsrsScale.likelihoodPoint(new BigDecimal("4200.01")));
  }

  @ParameterizedTest(name = "outcome {0}% is scored as {1}%")
  @CsvSource({"0,0.0", "0.1,0.1", "0.2,0.2", "0.3,0.2", "0.4,0.5", "0.7,0.5", "0.8,1.0", "1.5,1.0", "1.6,2.2",
      "3.2,2.2", "3.3,4.6", "6.8,4.6", "6.9,10.0", "14.9,10.0", "15.0,10.0", "15.1,21.5", "31.6,21.5", "31.7,46.4",
      "68.1,46.4", "68.2,100.0", "100,100.0"})
  void reg6Table2_outcomeRangesMeetAt15_unconfirmed(String judged, String point) {
    assertEquals(new BigDecimal(point), HhsrsScale.outcomePoint(new BigDecimal(judged)));
  }

  @Test
  void everyScalePointMapsToItself() {
    HhsrsScale.LIKELIHOOD_POINTS.forEach(p -> assertEquals(p, HhsrsScale.likelihoodPoint(BigDecimal.valueOf(p))));
    HhsrsScale.OUTCOME_POINTS.forEach(p -> assertEquals(p, HhsrsScale.outcomePoint(p)));
  }

  @Test
  void sch1TwentyNineHazardsWithTheirGroups() {
    assertEquals(29, Hazard.values().length);
    for (int i = 0; i < 29; i++) {
      assertEquals(i + 1, Hazard.values()[i].number());
    }
    assertEquals(VulnerableGroup.AGED_65_OR_OVER, Hazard.EXCESS_COLD.vulnerableGroup());
    assertEquals(VulnerableGroup.AGED_60_OR_OVER, Hazard.FALLS_ON_STAIRS.vulnerableGroup());
    assertEquals(VulnerableGroup.UNDER_5, Hazard.FALLS_BETWEEN_LEVELS.vulnerableGroup());
  }

  @Test
  void aSpreadMustTotalAHundredAndHaveOneDecimalPlace() {
    InvalidValueException total = assertThrows(InvalidValueException.class, () -> HarmSpread.of("10", "10", "10", "10"));
    assertEquals("INCONSISTENT", total.problems().head().code());
    InvalidValueException places = assertThrows(InvalidValueException.class,
        () -> HarmSpread.of("10.05", "10", "10", "69.95"));
    assertEquals("/classI", places.problems().head().path().jsonPointer());
    assertEquals(HarmSpread.of("10", "10", "10", "70"), HarmSpread.of("10.0", "10.00", "10", "70.0"));
  }

  @Test
  void anInspectionJudgesEachHazardOnceAndItsDecisionShowsTheWorking() {
    assertThrows(InvalidValueException.class, () -> Inspection.builder().reference("X1").inspectedOn(LocalDate.of(2025, 1, 1))
        .addJudgements(PrivateSectorSamples.stairs(), PrivateSectorSamples.stairs()).build());
    Decision<InspectionResult> d = HhsrsRule.assess(PrivateSectorSamples.coldTerrace(), LocalDate.of(2025, 1, 15),
        HhsrsLaw.HHSRS_2006);
    assertEquals(1, d.outcome().category1().size());
    assertEquals(Hazard.EXCESS_COLD, d.outcome().highest().orElseThrow().hazard());
    assertTrue(d.hasReason("CATEGORY_1_HAZARD"));
    assertTrue(d.reasons().get(0).text().contains("17135.0 / 10 = 1713.5000, score 1714, band C"));
    assertFalse(d.toString().contains("sash"), "the justification is not shown");
  }

  @Test
  void theJustificationIsRedacted() {
    assertFalse(PrivateSectorSamples.excessCold().toString().contains("glazed"));
  }
}
