package uk.gov.worcester.housing.rules.grants;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.grants.GrantReference;
import uk.gov.worcester.housing.rules.common.Decision;

/**
 * One bid in a round's ranking: its place, its score shown criterion by criterion, its
 * eligibility, and the award recommended to the committee with the reasons.
 */
@Value.Immutable
@HousingStyle
public abstract class RankedBid {
  /** 1 for the highest-scoring bid. */
  public abstract int rank();

  public abstract GrantReference reference();

  /** The bid's score, once officers have scored it. */
  public abstract Optional<BidScore> score();

  public abstract Decision<Eligibility> eligibility();

  /** The award recommended (nothing for a bid not recommended), with why. */
  public abstract Decision<Award> recommendation();

  public static ImmutableRankedBid.Builder builder() {
    return ImmutableRankedBid.builder();
  }
}
