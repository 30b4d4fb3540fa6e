package uk.gov.worcester.housing.rules.grants;

import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.grants.ContributionKind;
import uk.gov.worcester.housing.core.grants.SkillLevel;

/**
 * How a scheme values a group's match: which kinds of contribution count, the rate for each
 * level of donated time, whether a donation counts only with evidence of its value, and how much
 * grant each pound of match earns ({@link #grantPercentOfMatch()}: 100 is pound for pound).
 */
@Value.Immutable
@HousingStyle
public abstract class MatchPolicy {
  /** The kinds of contribution that count as match. */
  public abstract Set<ContributionKind> countedKinds();

  /** The rate for each level of donated time; every level has one. */
  public abstract Map<SkillLevel, TimeRate> timeRates();

  /** A donation of goods or services counts only with evidence of its value. */
  @Value.Default
  public boolean donationsNeedEvidence() {
    return true;
  }

  /** Pence of grant per pound of match, as a percentage: 100 is pound for pound. */
  @Value.Default
  public int grantPercentOfMatch() {
    return 100;
  }

  /** The rate for {@code level}. */
  public TimeRate rateFor(SkillLevel level) {
    return timeRates().get(level);
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(timeRates().keySet().containsAll(Set.of(SkillLevel.values())), "timeRates", ProblemCodes.REQUIRED,
            "every skill level (GENERAL, SKILLED, PROFESSIONAL) has a rate")
        .require(grantPercentOfMatch() >= 1 && grantPercentOfMatch() <= 1_000, "grantPercentOfMatch",
            ProblemCodes.OUT_OF_RANGE, "grant per pound of match is 1 to 1000 percent")
        .throwIfAny();
  }

  public static ImmutableMatchPolicy.Builder builder() {
    return ImmutableMatchPolicy.builder();
  }
}
