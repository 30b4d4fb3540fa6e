package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import java.util.Collection;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.Bid;
import uk.gov.worcester.housing.core.lettings.BidPlacer;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * A Bronze application with no bid of its own for the policy's months (12) is closed (HCP, 2015
 * or later). The months run from the later of the last bid and the band date; 0 months means
 * never.
 */
public final class BronzeClosureRule {
  private BronzeClosureRule() {}

  /** True when the application is due to be closed as at {@code asAt}. */
  public static Decision<Boolean> assess(Banding banding, Collection<Bid> bids, LocalDate asAt, LettingsPolicy policy) {
    Reasons why = new Reasons();
    if (banding.band() != Band.BRONZE || policy.bronzeClosureMonths() == 0) {
      why.add("NOT_DUE_FOR_CLOSURE", "Only a Bronze application with no bid for " + policy.bronzeClosureMonths()
          + " months is closed.", Cite.scheme(policy, "Bronze band"));
      return Decision.of(false, asAt, policy, why.list());
    }
    LocalDate since = banding.bandDate();
    for (Bid b : bids) {
      if (b.placedBy() == BidPlacer.APPLICANT && !b.placedOn().isAfter(asAt) && b.placedOn().isAfter(since)) {
        since = b.placedOn();
      }
    }
    boolean due = !since.plusMonths(policy.bronzeClosureMonths()).isAfter(asAt);
    why.add(due ? "NO_BID_FOR_CLOSURE_PERIOD" : "NOT_DUE_FOR_CLOSURE", due
        ? "No bid for " + policy.bronzeClosureMonths() + " months in the Bronze band: the application is closed."
        : "The Bronze application has bid, or been in the band, within " + policy.bronzeClosureMonths() + " months.",
        Cite.scheme(policy, "Bronze band"));
    return Decision.of(due, asAt, policy, why.list());
  }
}
