package uk.gov.worcester.housing.core.welfare;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Ward;

/**
 * A claim for a Discretionary Housing Payment (Discretionary Financial Assistance Regulations
 * 2001): the help with housing costs the household receives, its liability, the eligible rent or
 * housing costs that limit the ongoing award, whether it needs further help with its housing costs
 * (reg.2(1)(b)), what it needs money for, and the period asked for.
 */
@Value.Immutable
@HousingStyle
public abstract class DhpApplication {
  /** The most needs one claim may list. */
  public static final int MAX_NEEDS = 15;

  public abstract ApplicationId id();

  /** The day the claim was received: it decides which policy version applies. */
  public abstract LocalDate receivedOn();

  /** The household's council reference. */
  public abstract HouseholdId householdId();

  /** The household's ward, for reporting. */
  public abstract Optional<Ward> ward();

  public abstract HousingCostSupport support();

  public abstract RentLiability liability();

  /**
   * The eligible rent (Housing Benefit) or the housing costs element (Universal Credit) over the
   * award period asked for: the periodic needs together may not exceed it (reg.4).
   */
  public abstract Money eligibleHousingCosts();

  /**
   * Whether the household requires some further financial assistance with its housing costs
   * (reg.2(1)(b)): a shortfall its income cannot meet, as the officer judged its affordability.
   */
  public abstract boolean furtherAssistanceNeeded();

  /** What the payment is asked to meet, each purpose once. */
  public abstract List<DhpNeed> needs();

  /** The award period asked for, with an end. */
  public abstract DateRange period();

  @Value.Check
  protected void check() {
    Checks checks = Checks.start()
        .require(receivedOn().getYear() >= 1990 && receivedOn().getYear() <= 2199, "receivedOn",
            ProblemCodes.OUT_OF_RANGE, "an application is received between 1990 and 2199")
        .require(!eligibleHousingCosts().isNegative(), "eligibleHousingCosts", ProblemCodes.OUT_OF_RANGE,
            "eligible housing costs are not negative")
        .require(!needs().isEmpty(), "needs", ProblemCodes.REQUIRED, "a claim names at least one need")
        .require(needs().size() <= MAX_NEEDS, "needs", ProblemCodes.TOO_MANY,
            "a claim names at most " + MAX_NEEDS + " needs")
        .require(!period().isOpen(), Path.of("period").field("end"), ProblemCodes.REQUIRED,
            "an award period has an end");
    Set<DhpPurpose> seen = EnumSet.noneOf(DhpPurpose.class);
    for (int i = 0; i < needs().size(); i++) {
      checks.require(seen.add(needs().get(i).purpose()), Path.of("needs").index(i).field("purpose"),
          ProblemCodes.DUPLICATE, "each purpose is named once");
    }
    checks.throwIfAny();
  }

  public static ImmutableDhpApplication.Builder builder() {
    return ImmutableDhpApplication.builder();
  }
}
