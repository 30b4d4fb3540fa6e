package uk.gov.worcester.housing.rules.lettings;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.lettings.Bid;

/** A bid left off the shortlist, with every reason. */
@Value.Immutable
@HousingStyle
public abstract class SkippedBid {
  @Value.Parameter
  public abstract Bid bid();

  @Value.Parameter
  public abstract List<SkipReason> reasons();

  static SkippedBid of(Bid bid, List<SkipReason> reasons) {
    return ImmutableSkippedBid.of(bid, reasons);
  }
}
