package uk.gov.worcester.housing.rules.grants;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.grants.CityPlanTheme;

/** One criterion's line of a bid's score, shown in full so the score can be checked and repeated. */
@Value.Immutable
@HousingStyle
public abstract class CriterionPoints {
  public abstract String criterion();

  /** The published question. */
  public abstract String question();

  public abstract Optional<CityPlanTheme> theme();

  public abstract int points();

  public abstract int maxPoints();

  public static ImmutableCriterionPoints.Builder builder() {
    return ImmutableCriterionPoints.builder();
  }
}
