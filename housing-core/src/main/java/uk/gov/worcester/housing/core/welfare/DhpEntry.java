package uk.gov.worcester.housing.core.welfare;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/** One decided Discretionary Housing Payment claim: the amount awarded (nothing when refused). */
@Value.Immutable
@HousingStyle
public abstract class DhpEntry {
  public abstract DhpApplication application();

  public abstract WelfareOutcome outcome();

  public abstract LocalDate decidedOn();

  public abstract OfficerId decidedBy();

  /** The policy version applied. */
  public abstract String policyVersion();

  /** The amount awarded over the period; zero when refused. */
  public abstract Money amount();

  @Value.Check
  protected void check() {
    Checks.start()
        .require((outcome() == WelfareOutcome.AWARDED) == amount().isPositive(), "amount", ProblemCodes.INCONSISTENT,
            "an award is more than nothing and a refusal is nothing")
        .require(!decidedOn().isBefore(application().receivedOn()), "decidedOn", ProblemCodes.INCONSISTENT,
            "a claim is decided no earlier than it was received")
        .require(decidedOn().getYear() <= 2199, "decidedOn", ProblemCodes.OUT_OF_RANGE,
            "a decision is dated no later than 2199")
        .require(!policyVersion().isBlank() && policyVersion().length() <= 100, "policyVersion",
            ProblemCodes.INVALID_FORMAT, "a policy version is 1 to 100 characters")
        .throwIfAny();
  }

  public static ImmutableDhpEntry.Builder builder() {
    return ImmutableDhpEntry.builder();
  }
}
