package uk.gov.worcester.housing.rules.lettings;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.lettings.AdvertId;

/** An advert's shortlist: the bids in order of priority, and every bid left off with its reasons. */
@Value.Immutable
@HousingStyle
public abstract class Shortlist {
  public abstract AdvertId advert();

  public abstract List<ShortlistEntry> entries();

  /** Skipped bids, ordered by application and date. */
  public abstract List<SkippedBid> skipped();

  static ImmutableShortlist.Builder builder() {
    return ImmutableShortlist.builder();
  }
}
