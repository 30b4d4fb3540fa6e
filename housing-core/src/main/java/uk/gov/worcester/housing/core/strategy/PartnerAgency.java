package uk.gov.worcester.housing.core.strategy;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * An organisation of the partnership that owns or shares actions: a district council, the county
 * council's Adult Social Care, a health body, a housing association, probation.
 */
@Value.Immutable
@HousingStyle
public abstract class PartnerAgency {
  /** Its code in the plan, {@code WCC}. */
  public abstract String code();

  /** Its name. */
  public abstract String name();

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    PlanCodes.code(checks, "code", code());
    PlanCodes.text(checks, "name", name(), PlanCodes.MAX_TITLE);
    checks.throwIfAny();
  }

  /** A partner of {@code code} named {@code name}. */
  public static PartnerAgency of(String code, String name) {
    return ImmutablePartnerAgency.builder().code(code).name(name).build();
  }
}
