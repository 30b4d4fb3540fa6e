package uk.gov.worcester.housing.core.grants;

import java.util.Objects;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * The points an officer gave a bid against one published scoring criterion, named by the
 * criterion's code in the round's policy.
 *
 * @param criterion the criterion's code, such as {@code LOCAL_NEED}
 * @param points the points given, from nothing up to the criterion's maximum
 */
public record CriterionScore(String criterion, int points) {
  /** Checks the code's form and that the points are not negative. */
  public CriterionScore {
    Objects.requireNonNull(criterion, "criterion");
    Checks.start()
        .require(criterion.matches("[A-Z][A-Z0-9_]{0,39}"), "criterion", ProblemCodes.INVALID_FORMAT,
            "a criterion is named by its UPPER_SNAKE_CASE code")
        .require(points >= 0 && points <= 1_000, "points", ProblemCodes.OUT_OF_RANGE, "points are 0 to 1000")
        .throwIfAny();
  }
}
