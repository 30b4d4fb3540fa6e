package uk.gov.worcester.housing.rules.grants;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.grants.GrantReference;
import uk.gov.worcester.housing.core.grants.MonitoringReturn;

/**
 * A grant as at a date, from the events on or before it: its stage, the money (awarded, given
 * back unpaid, paid, clawed back), its score, the monitoring return's due date and whether it is
 * overdue, and anything to act on. The money always balances: {@code awarded = released +
 * outstanding + paid} and {@code netSpent = paid - clawedBack}.
 */
@Value.Immutable
@HousingStyle
public abstract class GrantStatus {
  public abstract GrantReference reference();

  public abstract LocalDate asAt();

  /** The policy version the grant is under. */
  public abstract String policyVersion();

  public abstract GrantStage stage();

  /** The day of the award, if there was one. */
  public abstract Optional<LocalDate> awardedOn();

  /** The amount awarded (committed from the fund). */
  public abstract Money awarded();

  /** Of the award, what went back to the fund unpaid: underspends, and an award given back. */
  public abstract Money released();

  public abstract Money paid();

  public abstract Money clawedBack();

  /** The bid's total score, for a scored round. */
  public abstract Optional<Integer> score();

  /** The day the monitoring return is due, once a grant is awarded. */
  public abstract Optional<LocalDate> monitoringDueOn();

  public abstract Optional<LocalDate> monitoringReceivedOn();

  /** The monitoring return, once received. */
  public abstract Optional<MonitoringReturn> monitoring();

  public abstract Set<GrantFlag> flags();

  /** Of the award, what is still to be paid. */
  public Money outstanding() {
    return awarded().minus(released()).minus(paid());
  }

  /** What the group has been paid and keeps. */
  public Money netSpent() {
    return paid().minus(clawedBack());
  }

  /** The grant in the end: awarded, less what went back unpaid or was recovered. */
  public Money netAward() {
    return awarded().minus(released()).minus(clawedBack());
  }

  /** True for a grant made: awarded, not withdrawn, and not wholly given back. */
  public boolean isGrantMade() {
    return (stage() == GrantStage.AWARDED || stage() == GrantStage.COMPLETED) && netAward().isPositive();
  }

  public static ImmutableGrantStatus.Builder builder() {
    return ImmutableGrantStatus.builder();
  }
}
