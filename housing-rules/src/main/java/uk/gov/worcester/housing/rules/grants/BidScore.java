package uk.gov.worcester.housing.rules.grants;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.grants.CriterionScore;

/**
 * A bid's score against a round's published criteria: each criterion's points beside its
 * maximum, in the policy's order, the total, the most possible and the pass mark. Adding the
 * points shown gives the total, so anyone can repeat it.
 */
@Value.Immutable
@HousingStyle
public abstract class BidScore {
  /** Every criterion of the round, in the policy's order. */
  public abstract List<CriterionPoints> criteria();

  /** The sum of the points shown. */
  public abstract int total();

  /** The most points the criteria give. */
  public abstract int maximum();

  public abstract int passMark();

  /** True when the total reaches the pass mark. */
  public boolean passes() {
    return total() >= passMark();
  }

  /**
   * Scores officers' points against {@code policy}'s criteria: problems for a criterion the round
   * does not publish, one scored twice, points above a criterion's maximum and a criterion left
   * unscored, at {@code scores/i}.
   */
  public static Validation<Seq<Problem>, BidScore> of(List<CriterionScore> scores, GrantPolicy policy) {
    Map<String, Integer> given = new HashMap<>();
    Checks checks = Checks.start();
    if (!policy.isScored()) {
      checks.add(Problem.at("scores", GrantProblems.WRONG_SCHEME, "this scheme's bids are not scored"));
    }
    for (int i = 0; i < scores.size(); i++) {
      CriterionScore s = scores.get(i);
      Path at = Path.of("scores").index(i);
      var criterion = policy.criteria().stream().filter(c -> c.code().equals(s.criterion())).findFirst();
      checks.require(policy.criteria().isEmpty() || criterion.isPresent(), at.field("criterion"),
          GrantProblems.UNKNOWN_CRITERION, "the round publishes no criterion with this code");
      checks.require(given.putIfAbsent(s.criterion(), s.points()) == null, at.field("criterion"),
          ProblemCodes.DUPLICATE, "a criterion is scored once");
      criterion.ifPresent(c -> checks.require(s.points() <= c.maxPoints(), at.field("points"),
          GrantProblems.ABOVE_MAXIMUM, "this criterion gives at most " + c.maxPoints() + " points"));
    }
    for (ScoringCriterion c : policy.criteria()) {
      checks.require(given.containsKey(c.code()), Path.of("scores"), GrantProblems.NOT_SCORED,
          "the criterion " + c.code() + " has no score");
    }
    if (!checks.isEmpty()) {
      return Validation.invalid(checks.problems());
    }
    ImmutableBidScore.Builder b = ImmutableBidScore.builder();
    int total = 0;
    for (ScoringCriterion c : policy.criteria()) {
      int points = given.get(c.code());
      total += points;
      b.addCriteria(CriterionPoints.builder().criterion(c.code()).question(c.question()).theme(c.theme())
          .points(points).maxPoints(c.maxPoints()).build());
    }
    return Validation.valid(b.total(total).maximum(policy.maximumScore()).passMark(policy.passMark()).build());
  }
}
