package uk.gov.worcester.housing.rules.grants;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.grants.ContributionKind;

/**
 * One line of a group's match as valued: its place in the application's list, its kind, its
 * value, and whether it counts (a kind the scheme does not count, or a donation without evidence,
 * is valued but does not count), with the code saying why.
 */
@Value.Immutable
@HousingStyle
public abstract class ValuedLine {
  /** The line's index in the application's {@code match} list. */
  public abstract int index();

  public abstract ContributionKind kind();

  /** Its value at the scheme's rates. */
  public abstract Money value();

  /** True if it counts as match. */
  public abstract boolean counted();

  /** {@code COUNTED}, {@code KIND_NOT_COUNTED} or {@code NO_EVIDENCE}. */
  public abstract String code();

  public static ImmutableValuedLine.Builder builder() {
    return ImmutableValuedLine.builder();
  }
}
