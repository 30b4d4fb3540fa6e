package uk.gov.worcester.housing.rules.privatesector;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;

/**
 * A Disabled Facilities Grant decision: whether the application qualifies, whether the test of
 * resources applied, the relevant persons' contribution, the grant (the cost less the contribution,
 * at most the maximum), whether the maximum cut it, and the day by which the council must decide.
 * For a landlord's application the amount is the council's to determine (HGCRA 1996 s.31(3)):
 * until it has, {@link #amountForCouncil()} is true and the grant is shown as nothing.
 */
@Value.Immutable
@HousingStyle
public abstract class DfgOutcome {
  public abstract boolean eligible();

  public abstract boolean meansTested();

  @Value.Redacted
  public abstract Money contribution();

  public abstract Money grant();

  /** True when the maximum grant reduced the grant. */
  public abstract boolean capped();

  /**
   * True for an eligible landlord's application whose amount the council has yet to determine
   * (HGCRA 1996 s.31(3)); the grant is then nothing until it does.
   */
  @Value.Default
  public boolean amountForCouncil() {
    return false;
  }

  /** The last day for the council's decision. */
  public abstract LocalDate decideBy();

  /** A builder. */
  public static ImmutableDfgOutcome.Builder builder() {
    return ImmutableDfgOutcome.builder();
  }
}
