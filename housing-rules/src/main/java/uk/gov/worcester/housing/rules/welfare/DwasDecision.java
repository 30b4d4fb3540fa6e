package uk.gov.worcester.housing.rules.welfare;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.welfare.AwardLine;
import uk.gov.worcester.housing.core.welfare.DwasEntry;
import uk.gov.worcester.housing.core.welfare.DwasRecord;
import uk.gov.worcester.housing.core.welfare.WelfareOutcome;
import uk.gov.worcester.housing.rules.common.Decision;

/**
 * A decided Discretionary Welfare Assistance Scheme application: the decision with every reason
 * (each eligibility test passed or failed, each item awarded or refused, the budget), the entry
 * that records it, and the scheme's record with the entry added.
 */
@Value.Immutable
@HousingStyle
public abstract class DwasDecision {
  /** Awarded or refused, with its reasons, as-at date and policy version. */
  public abstract Decision<WelfareOutcome> decision();

  /** The entry recording the decision. */
  public abstract DwasEntry entry();

  /** The scheme's record with {@link #entry()} added. */
  public abstract DwasRecord record();

  /** The lines awarded. */
  public List<AwardLine> awards() {
    return entry().awards();
  }

  /** The value awarded. */
  public Money total() {
    return entry().total();
  }

  public static ImmutableDwasDecision.Builder builder() {
    return ImmutableDwasDecision.builder();
  }
}
