package uk.gov.worcester.housing.rules.grants;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.grants.CityPlanTheme;

/**
 * One published criterion a round's bids are scored against: a stable code, the question
 * officers answer, the City Plan theme it serves (if it is a theme criterion) and the most points
 * it can give.
 */
@Value.Immutable
@HousingStyle
public abstract class ScoringCriterion {
  public abstract String code();

  /** The published question, such as "How well does the project meet an identified local need?". */
  public abstract String question();

  public abstract Optional<CityPlanTheme> theme();

  public abstract int maxPoints();

  @Value.Check
  protected void check() {
    Checks.start()
        .require(code().matches("[A-Z][A-Z0-9_]{0,39}"), "code", ProblemCodes.INVALID_FORMAT,
            "a criterion's code is UPPER_SNAKE_CASE, 1 to 40 characters")
        .require(!question().isBlank() && question().length() <= 500, "question", ProblemCodes.INVALID_FORMAT,
            "a criterion's question is 1 to 500 characters")
        .require(maxPoints() >= 1 && maxPoints() <= 100, "maxPoints", ProblemCodes.OUT_OF_RANGE,
            "a criterion gives at most 1 to 100 points")
        .throwIfAny();
  }

  public static ImmutableScoringCriterion.Builder builder() {
    return ImmutableScoringCriterion.builder();
  }
}
