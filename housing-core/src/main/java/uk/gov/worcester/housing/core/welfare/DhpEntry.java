package uk.gov.worcester.housing.core.welfare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.DateRange;
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

  /** The period awarded, when shorter than the one asked for. */
  public abstract Optional<DateRange> awardedPeriod();

  /** The codes of the reasons the claim, or any need of it, was refused or reduced. */
  public abstract List<String> refusalCodes();

  /** The council's review, if one was asked for (there is no tribunal appeal). */
  public abstract Optional<Review> review();

  /** The claim whose overturned review this fresh decision follows, if any. */
  public abstract Optional<ApplicationId> redecides();

  /** The claim's reference. */
  public ApplicationId id() {
    return application().id();
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start()
        .require((outcome() == WelfareOutcome.AWARDED) == amount().isPositive(), "amount", ProblemCodes.INCONSISTENT,
            "an award is more than nothing and a refusal is nothing")
        .require(!decidedOn().isBefore(application().receivedOn()), "decidedOn", ProblemCodes.INCONSISTENT,
            "a claim is decided no earlier than it was received")
        .require(decidedOn().getYear() <= 2199, "decidedOn", ProblemCodes.OUT_OF_RANGE,
            "a decision is dated no later than 2199")
        .require(!policyVersion().isBlank() && policyVersion().length() <= 100, "policyVersion",
            ProblemCodes.INVALID_FORMAT, "a policy version is 1 to 100 characters")
        .require(awardedPeriod().map(p -> p.start().equals(application().period().start()) && !p.isOpen()
            && application().period().contains(p.end().orElseThrow())).orElse(true), "awardedPeriod", ProblemCodes.INCONSISTENT,
            "an awarded period starts with the period asked for and lies within it");
    refusalCodes().forEach(c -> checks.require(ProblemCodes.isWellFormed(c), "refusalCodes",
        ProblemCodes.INVALID_FORMAT, "a reason code is UPPER_SNAKE_CASE"));
    checks.throwIfAny();
  }

  public static ImmutableDhpEntry.Builder builder() {
    return ImmutableDhpEntry.builder();
  }
}
