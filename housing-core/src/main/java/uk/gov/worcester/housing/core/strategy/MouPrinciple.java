package uk.gov.worcester.housing.core.strategy;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * A principle of collaborative working in the Health &amp; Housing Memorandum of Understanding the
 * partnership signed up to and extended (committee report, para 2.1, says the national MoU sets
 * out seven). The wording shipped is unconfirmed: its source says so.
 */
@Value.Immutable
@HousingStyle
public abstract class MouPrinciple {
  /** Its code in the plan, {@code MOU-1}. */
  public abstract String code();

  /** The principle, in words. */
  public abstract String text();

  /** Where its wording comes from. */
  public abstract PlanSource source();

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    PlanCodes.code(checks, "code", code());
    PlanCodes.text(checks, "text", text(), PlanCodes.MAX_TEXT);
    checks.throwIfAny();
  }

  /** A principle. */
  public static ImmutableMouPrinciple.Builder builder() {
    return ImmutableMouPrinciple.builder();
  }
}
