package uk.gov.worcester.housing.rules.welfare;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.welfare.DhpEntry;
import uk.gov.worcester.housing.core.welfare.DhpRecord;
import uk.gov.worcester.housing.core.welfare.WelfareOutcome;
import uk.gov.worcester.housing.rules.common.Decision;

/** A decided Discretionary Housing Payment claim, its entry and the record with it added. */
@Value.Immutable
@HousingStyle
public abstract class DhpDecision {
  /** Awarded or refused, with its reasons. */
  public abstract Decision<WelfareOutcome> decision();

  /** The entry recording the decision. */
  public abstract DhpEntry entry();

  /** The record with {@link #entry()} added. */
  public abstract DhpRecord record();

  public static ImmutableDhpDecision.Builder builder() {
    return ImmutableDhpDecision.builder();
  }
}
