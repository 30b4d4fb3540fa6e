package uk.gov.worcester.housing.core.grants;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * The compulsory end-of-project monitoring return: whether the project was delivered, what of
 * the grant was spent, and the measures monitoring adds up (volunteers, volunteer hours, people
 * who benefitted). Which measures the council asks for was not confirmed (unconfirmed); these are
 * the issue's. The group's own account of outcomes is free text, redacted from {@code toString()}.
 */
@Value.Immutable
@HousingStyle
public abstract class MonitoringReturn {
  /** The longest account of outcomes accepted. */
  public static final int MAX_OUTCOMES_LENGTH = 4_000;

  /** The project was delivered as funded. */
  public abstract boolean delivered();

  /** How much of the grant was spent. */
  public abstract Money spent();

  /** How many volunteers took part. */
  public abstract int volunteers();

  /** Volunteer hours given in all, to the hundredth of an hour. */
  public abstract BigDecimal volunteerHours();

  /** How many people benefitted. */
  public abstract int peopleBenefitted();

  /** The group's account of what the project achieved. */
  @Value.Redacted
  public abstract Optional<String> outcomes();

  @Value.Check
  protected MonitoringReturn normalise() {
    Checks.start()
        .require(!spent().isNegative() && !spent().isGreaterThan(MatchContribution.MAX_AMOUNT), "spent",
            ProblemCodes.OUT_OF_RANGE, "the amount spent is nothing or more, at most " + MatchContribution.MAX_AMOUNT)
        .require(volunteers() >= 0 && volunteers() <= MatchContribution.MAX_VOLUNTEERS, "volunteers",
            ProblemCodes.OUT_OF_RANGE, "volunteers are 0 to " + MatchContribution.MAX_VOLUNTEERS)
        .require(volunteerHours().signum() >= 0 && volunteerHours().compareTo(MatchContribution.MAX_HOURS) <= 0,
            "volunteerHours", ProblemCodes.OUT_OF_RANGE, "volunteer hours are 0 to "
                + MatchContribution.MAX_HOURS.toPlainString())
        .require(volunteerHours().stripTrailingZeros().scale() <= 2, "volunteerHours", ProblemCodes.INVALID_FORMAT,
            "hours are recorded to at most two decimal places")
        .require(peopleBenefitted() >= 0 && peopleBenefitted() <= 1_000_000, "peopleBenefitted",
            ProblemCodes.OUT_OF_RANGE, "people benefitted are 0 to 1000000")
        .require(outcomes().map(o -> !o.isBlank() && o.length() <= MAX_OUTCOMES_LENGTH).orElse(true), "outcomes",
            ProblemCodes.INVALID_FORMAT, "an account of outcomes is 1 to " + MAX_OUTCOMES_LENGTH + " characters")
        .throwIfAny();
    if (volunteerHours().scale() == 2) {
      return this;
    }
    return ImmutableMonitoringReturn.copyOf(this).withVolunteerHours(volunteerHours().setScale(2));
  }

  public static ImmutableMonitoringReturn.Builder builder() {
    return ImmutableMonitoringReturn.builder();
  }
}
