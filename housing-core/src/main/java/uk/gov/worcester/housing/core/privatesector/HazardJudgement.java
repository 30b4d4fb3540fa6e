package uk.gov.worcester.housing.core.privatesector;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * What an inspector judged about one hazard in a dwelling (Housing Act 2004 s.2; HHSRS Operating
 * Guidance 2006): the likelihood, as "1 in {@code likelihood}", of an occurrence in the next 12
 * months that harms a member of the hazard's vulnerable age group, and the spread of harm such an
 * occurrence could cause; with, for comparison, the national averages for the dwelling's type and
 * age (from the hazard profiles) when the inspector records them.
 */
@Value.Immutable
@HousingStyle
public abstract class HazardJudgement {
  /** The largest likelihood ratio accepted: far beyond the scale's last point (5600). */
  public static final BigDecimal LIKELIHOOD_LIMIT = BigDecimal.valueOf(1_000_000);

  public abstract Hazard hazard();

  /** The judged likelihood ratio L ("1 in L"), from 1 upwards, at most two decimal places. */
  public abstract BigDecimal likelihood();

  /** The judged spread of harm. */
  public abstract HarmSpread spread();

  /** The national average likelihood for this kind of dwelling, when recorded. */
  public abstract Optional<BigDecimal> averageLikelihood();

  /** The national average spread of harm for this kind of dwelling, when recorded. */
  public abstract Optional<HarmSpread> averageSpread();

  /**
   * The hazard involves an imminent risk of serious harm to the health or safety of any occupiers
   * (Housing Act 2004 ss.40(1)(b), 43(1)(b)): what opens emergency action.
   */
  @Value.Default
  public boolean imminentRiskOfSeriousHarm() {
    return false;
  }

  /**
   * The prescribed circumstances apply in which a Category 2 hazard allows a demolition order or a
   * clearance area (HA 1985 s.265(3) or (4) and s.289(2ZB), HA 2004 s.7(2)(d)-(e); the circumstances are set by order and are
   * (unconfirmed) here, so the inspector records whether they apply).
   */
  @Value.Default
  public boolean demolitionCircumstancesPrescribed() {
    return false;
  }

  /** The inspector's justification: free text, so redacted from {@code toString()}. */
  @Value.Redacted
  public abstract Optional<String> justification();

  @Value.Check
  protected HazardJudgement normalise() {
    Checks checks = Checks.start();
    checkLikelihood(checks, "likelihood", likelihood());
    averageLikelihood().ifPresent(a -> checkLikelihood(checks, "averageLikelihood", a));
    justification().ifPresent(j -> checks.require(j.length() <= 2000, "justification", ProblemCodes.TOO_LONG,
        "a justification is at most 2000 characters"));
    checks.throwIfAny();
    BigDecimal l = Dates.canonical(likelihood());
    Optional<BigDecimal> a = averageLikelihood().map(Dates::canonical);
    if (l.equals(likelihood()) && a.equals(averageLikelihood())) {
      return this;
    }
    return builder().from(this).likelihood(l).averageLikelihood(a).build();
  }

  private static void checkLikelihood(Checks checks, String field, BigDecimal value) {
    checks.require(value.compareTo(BigDecimal.ONE) >= 0 && value.compareTo(LIKELIHOOD_LIMIT) <= 0, field,
        ProblemCodes.OUT_OF_RANGE, "a likelihood is 1 in a number from 1 to 1,000,000");
    checks.require(value.stripTrailingZeros().scale() <= 2, field, ProblemCodes.INVALID_FORMAT,
        "a likelihood has at most two decimal places");
  }

  /** A builder. */
  public static ImmutableHazardJudgement.Builder builder() {
    return ImmutableHazardJudgement.builder();
  }
}
