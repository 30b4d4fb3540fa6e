package uk.gov.worcester.housing.rules.privatesector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.privatesector.HarmSpread;
import uk.gov.worcester.housing.core.privatesector.Hazard;

/**
 * One hazard's HHSRS score, worked out exactly (see {@link HhsrsRule}): the likelihood point and
 * the spread of harm actually scored, the exact numerator {@code 10000·O1 + 1000·O2 + 300·O3 +
 * 10·O4}, the exact score as the fraction {@code numerator / likelihoodPoint}, the whole score
 * rounded from it for display, and the band and category the <b>exact</b> score falls in (Housing
 * Act 2004 s.2(1): Category 1 is a score "of or above" 1000, so an exact 999.5, shown as 1000, is
 * band D and Category 2).
 */
@Value.Immutable
@HousingStyle
public abstract class HazardScore {
  public abstract Hazard hazard();

  /** The likelihood point scored (1 to 5600). */
  public abstract int likelihoodPoint();

  /** The spread of harm scored: Classes I to III on their points, Class IV what remains. */
  public abstract HarmSpread scoredSpread();

  /** The formula's numerator, exact (scale 1). */
  public abstract BigDecimal numerator();

  /** The whole score for display: the numerator divided by the likelihood point, rounded half up. */
  public abstract long score();

  /** The national average's whole score, when the averages were recorded. */
  public abstract Optional<Long> averageScore();

  /** The band of the exact score {@code numerator / likelihoodPoint}, not of the rounded {@link #score()}. */
  @Value.Derived
  public HazardBand band() {
    return HazardBand.of(numerator(), likelihoodPoint());
  }

  /** The category of {@link #band()}. */
  @Value.Derived
  public HazardCategory category() {
    return band().category();
  }

  /** The exact score to four decimal places, for a report that shows the working. */
  public BigDecimal exactScore() {
    return numerator().divide(BigDecimal.valueOf(likelihoodPoint()), 4, RoundingMode.HALF_UP);
  }

  /** A builder. */
  public static ImmutableHazardScore.Builder builder() {
    return ImmutableHazardScore.builder();
  }
}
