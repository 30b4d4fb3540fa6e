package uk.gov.worcester.housing.core.strategy;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * An outcome of the council's corporate plan that the housing plan supports; for Worcester, the
 * City Plan 2016-21's "Stronger &amp; Connected Communities", "A Prosperous City", "A Healthy and
 * Active City" and "Sustaining and Improving Our Assets" (committee report of 24 July 2019,
 * para 3.1). They are data, so another council's plan names its own.
 */
@Value.Immutable
@HousingStyle
public abstract class CityPlanOutcome {
  /** Its code in the plan, {@code CP-HEALTHY}. */
  public abstract String code();

  /** Its title. */
  public abstract String title();

  /** Where it comes from. */
  public abstract PlanSource source();

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    PlanCodes.code(checks, "code", code());
    PlanCodes.text(checks, "title", title(), PlanCodes.MAX_TITLE);
    checks.throwIfAny();
  }

  /** An outcome. */
  public static ImmutableCityPlanOutcome.Builder builder() {
    return ImmutableCityPlanOutcome.builder();
  }
}
