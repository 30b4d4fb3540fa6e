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
 * rounded from it, and the band and category the whole score falls in.
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

  /** The whole score: the numerator divided by the likelihood point, rounded half up. */
  public abstract long score();

  /** The national average's whole score, when the averages were recorded. */
  public abstract Optional<Long> averageScore();

  /** The band of {@link #score()}. */
  @Value.Derived
  public HazardBand band() {
    return HazardBand.of(score());
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
