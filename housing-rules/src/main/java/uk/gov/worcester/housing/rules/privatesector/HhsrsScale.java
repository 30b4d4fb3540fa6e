package uk.gov.worcester.housing.rules.privatesector;

import java.math.BigDecimal;
import java.util.List;

/**
 * The two scales of representative scale points (RSPs) the HHSRS formula uses in place of the
 * judged figures (HHSRS Operating Guidance 2006, the likelihood and spread-of-harm scales).
 *
 * <p><b>Likelihood.</b> A judged ratio "1 in L" becomes one of 16 points, 1, 2, 3, 6, 10, 18, 32,
 * 56, 100, 180, 320, 560, 1000, 1800, 3200 and 5600, by the range it falls in; the ranges' edges are
 * 1.5, 2.5, 4, 7.5, 13, 24, 42, 75, 130, 240, 420, 750, 1300, 2400 and 4200 (as printed on the
 * Operating Guidance's rating forms). <b>Rule at an edge:</b> each range includes its lower edge
 * and excludes its upper one, so a judged 1 in 4 takes the point 6 and 1 in 4200 takes 5600; which
 * side an edge falls on is (unconfirmed).
 *
 * <p><b>Spread of harm.</b> A judged percentage becomes one of 0, 0.1, 0.2, 0.5, 1.0, 2.2, 4.6,
 * 10.0, 21.5, 46.4 and 100 by ranges with edges 0.05, 0.15, 0.3, 0.7, 1.5, 3.2, 6.8, 14.7, 31.6 and
 * 68.1 (the geometric midpoints; the edges are (unconfirmed)); the same lower-edge-included rule.
 * Every point maps to itself, so an inspector who judges on the points gets exactly those back.
 */
public final class HhsrsScale {
  private HhsrsScale() {}

  /** The 16 likelihood points, most likely first. */
  public static final List<Integer> LIKELIHOOD_POINTS =
      List.of(1, 2, 3, 6, 10, 18, 32, 56, 100, 180, 320, 560, 1000, 1800, 3200, 5600);

  /** The 15 edges between the likelihood ranges. */
  public static final List<BigDecimal> LIKELIHOOD_EDGES = decimals("1.5", "2.5", "4", "7.5", "13", "24", "42",
      "75", "130", "240", "420", "750", "1300", "2400", "4200");

  /** The 11 spread-of-harm points, at scale 1. */
  public static final List<BigDecimal> OUTCOME_POINTS = decimals("0.0", "0.1", "0.2", "0.5", "1.0", "2.2", "4.6",
      "10.0", "21.5", "46.4", "100.0");

  /** The 10 edges between the spread-of-harm ranges. */
  public static final List<BigDecimal> OUTCOME_EDGES = decimals("0.05", "0.15", "0.3", "0.7", "1.5", "3.2", "6.8",
      "14.7", "31.6", "68.1");

  private static List<BigDecimal> decimals(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** The likelihood point for a judged "1 in {@code ratio}" (ratio at least 1). */
  public static int likelihoodPoint(BigDecimal ratio) {
    return LIKELIHOOD_POINTS.get(rangeOf(ratio, LIKELIHOOD_EDGES));
  }

  /** The spread-of-harm point for a judged percentage. */
  public static BigDecimal outcomePoint(BigDecimal percent) {
    return OUTCOME_POINTS.get(rangeOf(percent, OUTCOME_EDGES));
  }

  /** The index of the range holding {@code value}: the number of edges at or below it. */
  private static int rangeOf(BigDecimal value, List<BigDecimal> edges) {
    int i = 0;
    while (i < edges.size() && value.compareTo(edges.get(i)) >= 0) {
      i++;
    }
    return i;
  }
}
