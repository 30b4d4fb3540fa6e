package uk.gov.worcester.housing.rules.privatesector;

import java.math.BigDecimal;
import java.util.List;

/**
 * The two scales of representative scale points (RSPs) the HHSRS formula uses in place of the
 * judged figures (HHSRS (England) Regulations 2005, SI 2005/3208, reg 6 Tables 1 and 2; Operating
 * Guidance 2006).
 *
 * <p><b>Likelihood.</b> A judged ratio "1 in L" becomes one of 16 points, 1, 2, 3, 6, 10, 18, 32,
 * 56, 100, 180, 320, 560, 1000, 1800, 3200 and 5600, by the range it falls in; the ranges' edges are
 * 1.5, 2.5, 4, 7.5, 13, 24, 42, 75, 130, 240, 420, 750, 1300, 2400 and 4200. <b>Rule at an edge:</b>
 * Table 1 reads "Less likely than 1 in 4200: 5600; 1 in 4200 to 1 in 2400: 3200; 1 in 2400 to 1 in
 * 1300: 1800; ...", so an edge belongs to the range that names it before "to", the more likely
 * side: each range is (previous edge, edge], and a judged 1 in 4200 takes 3200, 1 in 2400 takes
 * 1800, 1 in 4 takes 3 and 1 in 1.5 takes 1. Those rows were read in the Welsh Regulations' table
 * (SI 2006/1702 reg 6, Table 1, as far as 1 in 240) and match the English wording the legal review
 * quotes; the English table itself and its remaining rows are (unconfirmed).
 *
 * <p><b>Spread of harm.</b> A judged percentage becomes one of 0, 0.1, 0.2, 0.5, 1.0, 2.2, 4.6,
 * 10.0, 21.5, 46.4 and 100 by ranges with edges 0.05, 0.15, 0.3, 0.7, 1.5, 3.2, 6.8, 15.0, 31.6 and
 * 68.1, by the same rule at an edge (an edge takes the lower point). Table 2 was not read: the
 * edges, including 15.0 where 10 and 21.5 meet (formerly taken as the geometric midpoint 14.7), and
 * the side an edge falls on are (unconfirmed). Every point maps to itself, so an inspector who
 * judges on the points gets exactly those back.
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
      "15.0", "31.6", "68.1");

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

  /** The index of the range holding {@code value}: the number of edges strictly below it (an edge takes the lower range). */
  private static int rangeOf(BigDecimal value, List<BigDecimal> edges) {
    int i = 0;
    while (i < edges.size() && value.compareTo(edges.get(i)) > 0) {
      i++;
    }
    return i;
  }
}
