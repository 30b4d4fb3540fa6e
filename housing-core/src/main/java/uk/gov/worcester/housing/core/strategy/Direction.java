package uk.gov.worcester.housing.core.strategy;

import java.math.BigDecimal;

/** Which way an indicator should move: more prevented is better, fewer in bed and breakfast is. */
public enum Direction {
  /** A higher figure is better (households prevented, homes delivered). */
  HIGHER_IS_BETTER,
  /** A lower figure is better (households in temporary accommodation, rough sleepers). */
  LOWER_IS_BETTER;

  /** True if {@code figure} meets {@code target} in this direction (equal meets it). */
  public boolean meets(BigDecimal figure, BigDecimal target) {
    int c = figure.compareTo(target);
    return this == HIGHER_IS_BETTER ? c >= 0 : c <= 0;
  }

  /** True if moving from {@code before} to {@code after} is an improvement in this direction. */
  public boolean isImprovement(BigDecimal before, BigDecimal after) {
    int c = after.compareTo(before);
    return this == HIGHER_IS_BETTER ? c > 0 : c < 0;
  }
}
