package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.Bid;
import uk.gov.worcester.housing.core.lettings.BidPlacer;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Whether a bid may be placed: the advert's criteria (as the shortlist checks them) and the
 * weekly bid limit (3 a week, Worcester CC, March 2020; the week starts on the policy's day, Monday
 * by default, unconfirmed). Bids officers place on
 * an applicant's behalf, and a Priority applicant's bids (they must bid for every eligible home),
 * do not count against the limit (unconfirmed).
 */
public final class BidRule {
  private BidRule() {}

  /** Accepted, or refused with every reason. */
  public static Decision<List<SkipReason>> check(Bid bid, Advert advert, ShortlistCandidate candidate,
      Collection<Bid> earlierBids, LettingsPolicy policy) {
    List<SkipReason> reasons = new ArrayList<>(ShortlistRule.check(advert, bid, candidate));
    Reasons why = new Reasons();
    for (SkipReason r : reasons) {
      why.add("BID_CRITERIA_NOT_MET", "The bid does not meet the advert's criteria (" + r.name() + ").",
          Cite.scheme(policy, "Bidding"));
    }
    boolean counts = bid.placedBy() == BidPlacer.APPLICANT && candidate.band() != Band.PRIORITY;
    if (counts && policy.weeklyBidLimit() > 0) {
      LocalDate weekStart = bid.placedOn().with(TemporalAdjusters.previousOrSame(policy.bidWeekStartsOn()));
      LocalDate weekEnd = weekStart.plusDays(6);
      long placed = earlierBids.stream().filter(b -> b.application().equals(bid.application())
          && b.placedBy() == BidPlacer.APPLICANT && !b.placedOn().isBefore(weekStart) && !b.placedOn().isAfter(weekEnd))
          .count();
      if (placed >= policy.weeklyBidLimit()) {
        why.add("WEEKLY_BID_LIMIT", "The application has already placed " + placed + " bids this week; the limit is "
            + policy.weeklyBidLimit() + ".", Cite.scheme(policy, "Number of bids"));
        return Decision.of(withLimit(reasons), bid.placedOn(), policy, why.list());
      }
    }
    if (reasons.isEmpty()) {
      why.add("BID_ACCEPTED", "The bid meets the advert's criteria and the weekly limit.", Cite.scheme(policy, "Bidding"));
    }
    return Decision.of(List.copyOf(reasons), bid.placedOn(), policy, why.list());
  }

  private static List<SkipReason> withLimit(List<SkipReason> reasons) {
    List<SkipReason> all = new ArrayList<>(reasons);
    all.add(SkipReason.OVER_WEEKLY_LIMIT);
    return List.copyOf(all);
  }
}
