package uk.gov.worcester.housing.rules.privatesector;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Problem;

/**
 * The outcome of checking a licence application: the licence the property needs, the problems found
 * (each at its place in the application), the term a licence would run for and its mandatory
 * conditions.
 */
@Value.Immutable
@HousingStyle
public abstract class LicenceDecision {
  public abstract HmoStatus status();

  /** The problems found, in the application's order. */
  public abstract List<Problem> problems();

  /** True when a licence is needed and nothing was found against the application. */
  public boolean grantable() {
    return problems().isEmpty() && status().licence() != LicenceNeed.NONE;
  }

  /** The term in years: what was asked for, at most the policy's longest. */
  public abstract int termYears();

  public abstract List<LicenceCondition> conditions();

  /** A builder. */
  public static ImmutableLicenceDecision.Builder builder() {
    return ImmutableLicenceDecision.builder();
  }
}
