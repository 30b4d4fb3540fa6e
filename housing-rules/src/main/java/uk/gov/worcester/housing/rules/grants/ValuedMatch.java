package uk.gov.worcester.housing.rules.grants;

import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;

/**
 * A group's match as valued under a scheme's policy: every line, the total that counts, the
 * volunteers and volunteer hours offered, and the grant that match can earn.
 */
@Value.Immutable
@HousingStyle
public abstract class ValuedMatch {
  public abstract List<ValuedLine> lines();

  /** The sum of the lines that count. */
  public abstract Money total();

  /** The grant the match can earn at the scheme's ratio (pound for pound: the total). */
  public abstract Money grantItEarns();

  /** Volunteers offered in volunteer time lines. */
  public abstract int volunteers();

  /** Hours offered in volunteer time and expertise lines. */
  public abstract BigDecimal volunteerHours();

  public static ImmutableValuedMatch.Builder builder() {
    return ImmutableValuedMatch.builder();
  }
}
