package uk.gov.worcester.housing.rules.privatesector;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_2004;
import static uk.gov.worcester.housing.rules.common.Legislation.HHSRS_REGULATIONS_2005;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.privatesector.HarmClass;
import uk.gov.worcester.housing.core.privatesector.HarmSpread;
import uk.gov.worcester.housing.core.privatesector.HazardJudgement;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Scores hazards by the HHSRS formula (HHSRS (England) Regulations 2005, SI 2005/3208, Sch 2;
 * Operating Guidance 2006), exactly and reproducibly:
 *
 * <ol>
 *   <li>The judged likelihood "1 in L" is replaced by its point on the likelihood scale
 *       ({@link HhsrsScale#likelihoodPoint}).</li>
 *   <li>The judged percentages for Classes I, II and III are each replaced by their point on the
 *       spread-of-harm scale ({@link HhsrsScale#outcomePoint}), each no more than what the
 *       classes above it leave of 100; Class IV takes what remains, so the four total 100 (the
 *       remainder rule of the guidance's profiles, where the last class is not a scale point).</li>
 *   <li>The numerator {@code 10000·O1 + 1000·O2 + 300·O3 + 10·O4} is worked out in exact decimal
 *       arithmetic (no floating point).</li>
 *   <li><b>Bands on the exact score:</b> the band and category are those of the exact score,
 *       the numerator divided by the likelihood point, unrounded: Category 1 is a score "of or
 *       above" 1000 (Housing Act 2004 s.2(1)), so an exact 999.5 is Category 2 (band D). The
 *       score shown is that exact score rounded to the nearest whole number, halves up, for
 *       display only ({@link HazardScore#score()}; four places in {@link HazardScore#exactScore()}).</li>
 * </ol>
 *
 * <p>The national average score, for comparison, is worked out from the average likelihood and
 * spread as published, not snapped to the scales, rounded the same way.
 *
 * <p>So the same judgement always gives the same score, a more likely judgement (smaller L) never
 * gives a lower one, and moving a share of harm from Class IV into a more severe class never lowers
 * it either. Moving a share between two of Classes I to III is another matter: each class is
 * snapped on its own, so 6.9 per cent of Class II (scored as 10) moved by 0.1 into Class I (scored
 * as 0.1, while the 6.8 left is scored as 4.6) lowers the score. That is the guidance's method, kept
 * as it is, and a test shows it.
 */
public final class HhsrsRule {
  private HhsrsRule() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100).setScale(1);
  private static final Citation FORMULA = HHSRS_REGULATIONS_2005.at("Sch 2");
  private static final Citation CATEGORIES = HA_2004.at("s.2(1)");

  /** The score of one judgement. */
  public static HazardScore score(HazardJudgement judgement) {
    int point = HhsrsScale.likelihoodPoint(judgement.likelihood());
    HarmSpread spread = scoredSpread(judgement.spread());
    BigDecimal numerator = numerator(spread);
    Optional<Long> average = judgement.averageLikelihood().flatMap(l -> judgement.averageSpread()
        .map(s -> numerator(s).divide(l, 0, RoundingMode.HALF_UP).longValueExact()));
    return HazardScore.builder().hazard(judgement.hazard()).likelihoodPoint(point).scoredSpread(spread)
        .numerator(numerator).score(wholeScore(numerator, point)).averageScore(average).build();
  }

  /** The spread scored for a judged spread: Classes I to III on their points, Class IV the rest. */
  public static HarmSpread scoredSpread(HarmSpread judged) {
    BigDecimal left = HUNDRED;
    BigDecimal one = HhsrsScale.outcomePoint(judged.classI()).min(left);
    left = left.subtract(one);
    BigDecimal two = HhsrsScale.outcomePoint(judged.classII()).min(left);
    left = left.subtract(two);
    BigDecimal three = HhsrsScale.outcomePoint(judged.classIII()).min(left);
    left = left.subtract(three);
    return HarmSpread.builder().classI(one).classII(two).classIII(three).classIV(left).build();
  }

  /** {@code 10000·O1 + 1000·O2 + 300·O3 + 10·O4}, exact. */
  public static BigDecimal numerator(HarmSpread spread) {
    BigDecimal total = BigDecimal.ZERO.setScale(1);
    for (HarmClass c : HarmClass.values()) {
      total = total.add(spread.percent(c).multiply(BigDecimal.valueOf(c.weighting())));
    }
    return total;
  }

  /** The numerator over the likelihood point, rounded to a whole number, halves up. */
  public static long wholeScore(BigDecimal numerator, int likelihoodPoint) {
    return numerator.divide(BigDecimal.valueOf(likelihoodPoint), 0, RoundingMode.HALF_UP).longValueExact();
  }

  /** Scores every hazard of an inspection, with a reason per hazard showing the working. */
  public static Decision<InspectionResult> assess(Inspection inspection, LocalDate asAt, HhsrsLaw law) {
    Reasons reasons = new Reasons();
    List<HazardScore> scores = new ArrayList<>(inspection.judgements().size());
    for (HazardJudgement j : inspection.judgements()) {
      HazardScore s = score(j);
      scores.add(s);
      HarmSpread o = s.scoredSpread();
      reasons.add("HAZARD_SCORED", j.hazard().title() + " (judged for " + j.hazard().vulnerableGroup().description()
          + "): likelihood 1 in " + s.likelihoodPoint() + ", harm " + o.classI() + " / " + o.classII() + " / "
          + o.classIII() + " / " + o.classIV() + " per cent; " + s.numerator().toPlainString() + " / "
          + s.likelihoodPoint() + " = " + s.exactScore().toPlainString() + ", score " + s.score() + ", band "
          + s.band() + averageText(s) + ".", FORMULA);
      if (s.category() == HazardCategory.CATEGORY_1) {
        reasons.add("CATEGORY_1_HAZARD", j.hazard().title() + " scores 1000 or more, exactly (band " + s.band()
            + "), a Category 1 hazard.", CATEGORIES);
      }
    }
    if (scores.isEmpty()) {
      reasons.add("NO_HAZARDS_JUDGED", "No hazard was judged, so there is nothing to score.", CATEGORIES);
    }
    InspectionResult result = InspectionResult.builder().reference(inspection.reference()).scores(scores).build();
    return Decision.of(result, asAt, law, reasons.list());
  }

  private static String averageText(HazardScore s) {
    return s.averageScore().map(a -> " (national average " + a + ", band " + HazardBand.of(a) + ")").orElse("");
  }
}
