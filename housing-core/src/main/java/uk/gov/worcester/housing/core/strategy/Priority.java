package uk.gov.worcester.housing.core.strategy;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * One of a plan's long-term, high-level priorities ("Drive the growth of the right type of
 * homes"), with the City Plan outcomes it supports (by their codes in the same plan).
 */
@Value.Immutable
@HousingStyle
public abstract class Priority {
  /** Its code in the plan, {@code P1}. */
  public abstract String code();

  /** Its title, as the plan words it. */
  public abstract String title();

  /** What it means in practice. */
  public abstract String summary();

  /** The codes of the City Plan outcomes it supports. */
  public abstract List<String> outcomes();

  /** Where it comes from. */
  public abstract PlanSource source();

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    PlanCodes.code(checks, "code", code());
    PlanCodes.text(checks, "title", title(), PlanCodes.MAX_TITLE);
    PlanCodes.text(checks, "summary", summary(), PlanCodes.MAX_TEXT);
    checks.throwIfAny();
  }

  /** A priority. */
  public static ImmutablePriority.Builder builder() {
    return ImmutablePriority.builder();
  }
}
