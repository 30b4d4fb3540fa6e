package uk.gov.worcester.housing.core.grants;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/** One line of a project's budget: what it pays for and how much. */
@Value.Immutable
@HousingStyle
public abstract class ProjectCost {
  @Value.Parameter
  public abstract CostCategory category();

  @Value.Parameter
  public abstract Money amount();

  @Value.Check
  protected void check() {
    Checks.start().require(amount().isPositive() && !amount().isGreaterThan(MatchContribution.MAX_AMOUNT), "amount",
        ProblemCodes.OUT_OF_RANGE, "a cost is more than nothing and at most " + MatchContribution.MAX_AMOUNT)
        .throwIfAny();
  }

  public static ProjectCost of(CostCategory category, Money amount) {
    return ImmutableProjectCost.of(category, amount);
  }
}
