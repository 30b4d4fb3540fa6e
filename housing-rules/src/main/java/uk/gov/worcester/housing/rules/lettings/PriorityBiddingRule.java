package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import java.util.Collection;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.Bid;
import uk.gov.worcester.housing.core.lettings.BidPlacer;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * The Priority band's duty to bid: a Priority applicant must bid for every eligible home; with no
 * bid of their own within the policy's days (14), officers bid on their behalf. The days run from
 * the later of the duty's acceptance and the band date (registration, or the move to Priority), so a
 * duty accepted before the household joined the register still leaves it two weeks to bid.
 */
public final class PriorityBiddingRule {
  private PriorityBiddingRule() {}

  /** Where the applicant stands as at {@code asAt}, given the application's bids. */
  public static Decision<PriorityBidding> assess(Banding banding, Collection<Bid> bids, LocalDate asAt,
      LettingsPolicy policy) {
    Reasons why = new Reasons();
    if (banding.band() != Band.PRIORITY) {
      why.add("NOT_PRIORITY", "The household is not in the Priority band.", Cite.scheme(policy, "Priority band"));
      return Decision.of(PriorityBidding.NOT_PRIORITY, asAt, policy, why.list());
    }
    LocalDate start = banding.awardStartedOn().isAfter(banding.bandDate()) ? banding.awardStartedOn() : banding.bandDate();
    LocalDate graceEnds = start.plusDays(policy.priorityBidGraceDays() - 1L);
    boolean bidInGrace = bids.stream().anyMatch(b -> b.placedBy() == BidPlacer.APPLICANT
        && !b.placedOn().isBefore(start) && !b.placedOn().isAfter(graceEnds) && !b.placedOn().isAfter(asAt));
    if (bidInGrace) {
      why.add("PRIORITY_BIDDING", "The applicant has bid since the Priority award.", Cite.scheme(policy, "Priority band"));
      return Decision.of(PriorityBidding.BIDDING, asAt, policy, why.list());
    }
    if (!asAt.isAfter(graceEnds)) {
      why.add("PRIORITY_GRACE_PERIOD", "The applicant has until the end of the first " + policy.priorityBidGraceDays()
          + " days of the award to bid.", Cite.scheme(policy, "Priority band"));
      return Decision.of(PriorityBidding.GRACE_PERIOD, asAt, policy, why.list());
    }
    why.add("OFFICER_TO_BID", "No bid in the first " + policy.priorityBidGraceDays() + " days of the Priority award: "
        + "officers bid for every eligible home on the applicant's behalf.", Cite.scheme(policy, "Priority band"));
    return Decision.of(PriorityBidding.OFFICER_TO_BID, asAt, policy, why.list());
  }
}
