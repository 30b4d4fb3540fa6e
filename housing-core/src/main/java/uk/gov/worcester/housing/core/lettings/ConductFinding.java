package uk.gov.worcester.housing.core.lettings;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * An officer's finding about an applicant's conduct: whether it is serious enough to make them
 * unsuitable to be a tenant (and so not qualify, s.160ZA(7)), or only reduces their preference.
 * The finding is the officer's; the rules never make it. Redacted from {@code toString()} where
 * it appears, as it is sensitive.
 */
@Value.Immutable
@HousingStyle
public abstract class ConductFinding {
  public abstract ConductKind kind();

  /** The day the officer made the finding. */
  public abstract LocalDate foundOn();

  /** Serious enough to make the applicant unsuitable to be a tenant: they do not qualify. */
  @Value.Default
  public boolean excludes() {
    return false;
  }

  /** For housing debt: an agreed repayment plan is being kept to, so the debt does not reduce the band. */
  @Value.Default
  public boolean repaymentPlanKept() {
    return false;
  }

  /** The last day the finding applies (the debt cleared, the behaviour ceased long enough). */
  public abstract Optional<LocalDate> until();

  /** True when the finding applies on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return !foundOn().isAfter(date) && until().map(u -> !date.isAfter(u)).orElse(true);
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(until().map(u -> !u.isBefore(foundOn())).orElse(true), "until", ProblemCodes.INCONSISTENT,
            "a finding cannot end before it was made")
        .require(!repaymentPlanKept() || kind() == ConductKind.HOUSING_DEBT, "repaymentPlanKept",
            ProblemCodes.INCONSISTENT, "only housing debt has a repayment plan")
        .throwIfAny();
  }

  public static ImmutableConductFinding.Builder builder() {
    return ImmutableConductFinding.builder();
  }
}
