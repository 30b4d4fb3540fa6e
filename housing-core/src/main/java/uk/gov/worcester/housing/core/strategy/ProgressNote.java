package uk.gov.worcester.housing.core.strategy;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * One line of a reporting year's narrative: a headline achievement, a risk or a next step, under
 * one priority or for the plan as a whole.
 */
@Value.Immutable
@HousingStyle
public abstract class ProgressNote {
  /** Achievement, risk or next step. */
  public abstract NoteKind kind();

  /** The reporting year it belongs to. */
  public abstract FinancialYear year();

  /** The code of its priority; empty for the plan as a whole. */
  public abstract Optional<String> priority();

  /** What it says. */
  public abstract String text();

  /** Where it comes from. */
  public abstract PlanSource source();

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    PlanCodes.text(checks, "text", text(), PlanCodes.MAX_TEXT);
    checks.throwIfAny();
  }

  /** A note. */
  public static ImmutableProgressNote.Builder builder() {
    return ImmutableProgressNote.builder();
  }
}
