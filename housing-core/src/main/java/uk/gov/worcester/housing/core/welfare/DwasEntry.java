package uk.gov.worcester.housing.core.welfare;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * One decided application in the scheme's record: what was awarded (nothing, when refused), by
 * whom and when, under which policy version, and what has happened since: fulfilment of each award
 * line and any review. Only awarded lines count towards limits and the budget, so a refused
 * application changes no balance.
 */
@Value.Immutable
@HousingStyle
public abstract class DwasEntry {
  public abstract DwasApplication application();

  public abstract WelfareOutcome outcome();

  public abstract LocalDate decidedOn();

  /** The officer who decided. */
  public abstract OfficerId decidedBy();

  /** The policy version the decision applied. */
  public abstract String policyVersion();

  /** The lines awarded; empty when refused. */
  public abstract List<AwardLine> awards();

  /** The codes of the reasons the application, or any item of it, was refused. */
  public abstract List<String> refusalCodes();

  /** Vouchers issued and items delivered, against award lines. */
  public abstract List<Fulfilment> fulfilments();

  /** The review, if one was asked for. */
  public abstract Optional<Review> review();

  /** The application whose overturned review this fresh decision follows, if any. */
  public abstract Optional<ApplicationId> redecides();

  /** The application's reference. */
  public ApplicationId id() {
    return application().id();
  }

  /** The value of everything awarded. */
  public Money total() {
    Money sum = Money.ZERO;
    for (AwardLine a : awards()) {
      sum = sum.plus(a.value());
    }
    return sum;
  }

  /** True if every award line has been fulfilled. */
  public boolean fulfilled() {
    return fulfilments().size() == awards().size();
  }

  @Value.Check
  protected void check() {
    boolean awarded = outcome() == WelfareOutcome.AWARDED;
    Checks checks = Checks.start()
        .require(awarded != awards().isEmpty(), "awards", ProblemCodes.INCONSISTENT,
            "an award has at least one line and a refusal has none")
        .require(!decidedOn().isBefore(application().receivedOn()), "decidedOn", ProblemCodes.INCONSISTENT,
            "an application is decided no earlier than it was received")
        .require(decidedOn().getYear() <= 2199, "decidedOn", ProblemCodes.OUT_OF_RANGE,
            "a decision is dated no later than 2199")
        .require(!policyVersion().isBlank() && policyVersion().length() <= 100, "policyVersion",
            ProblemCodes.INVALID_FORMAT, "a policy version is 1 to 100 characters");
    refusalCodes().forEach(c -> checks.require(ProblemCodes.isWellFormed(c), "refusalCodes",
        ProblemCodes.INVALID_FORMAT, "a reason code is UPPER_SNAKE_CASE"));
    Set<Integer> lines = new HashSet<>();
    for (int i = 0; i < fulfilments().size(); i++) {
      Fulfilment f = fulfilments().get(i);
      Path at = Path.of("fulfilments").index(i);
      boolean known = f.line() < awards().size();
      checks.require(known, at.field("line"), ProblemCodes.UNKNOWN_REFERENCE, "no award line has this number")
          .require(!known || FulfilmentKind.of(awards().get(f.line()).form()) == f.kind(), at.field("kind"),
              ProblemCodes.INCONSISTENT, "a voucher is issued, goods delivered and support paid: not otherwise")
          .require(!f.on().isBefore(decidedOn()), at.field("on"), ProblemCodes.INCONSISTENT,
              "an award is fulfilled no earlier than it was decided")
          .require(lines.add(f.line()), at.field("line"), ProblemCodes.DUPLICATE, "an award line is fulfilled once");
    }
    review().ifPresent(r -> checks
        .require(!r.reviewer().equals(decidedBy()), Path.of("review").field("reviewer"), ProblemCodes.NOT_ALLOWED,
            "a review is decided by an officer who did not make the decision")
        .require(!r.requestedOn().isBefore(decidedOn()), Path.of("review").field("requestedOn"),
            ProblemCodes.INCONSISTENT, "a review is requested after the decision"));
    checks.throwIfAny();
  }

  public static ImmutableDwasEntry.Builder builder() {
    return ImmutableDwasEntry.builder();
  }
}
