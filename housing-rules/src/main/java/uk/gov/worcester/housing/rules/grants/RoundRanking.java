package uk.gov.worcester.housing.rules.grants;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.grants.GrantEvent;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Ranks a round's bids for the committee: by total score, highest first, then the earlier
 * received, then by reference, so the order is total and does not depend on the order the bids
 * come in. Working down the ranking, each eligible bid that reaches the pass mark is recommended
 * the award the rules allow from what is left of the fund; the rest are not recommended, with
 * the reason (not scored, below the pass mark, not eligible, or the fund spent).
 *
 * <p>What is left starts from the fund ledger's available amount as at the date (the pot less the
 * awards already made, plus what was released or clawed back), not the whole pot. Bids withdrawn
 * or refused by then are left out; a bid already awarded is listed, not recommended again
 * ({@code ALREADY_AWARDED}: its award is in the ledger).
 *
 * <p>When what is left is less than a bid would otherwise get, the bid is recommended what is
 * left (a partial award, limited by {@code FUND}) rather than passed over for a smaller bid that
 * fits: a policy choice of this library, not a published rule of the rounds (unconfirmed), and
 * said so in the recommendation's reason.
 */
public final class RoundRanking {
  private RoundRanking() {}

  /**
   * The ranking of the bids under {@code round} among {@code grants}, as at {@code asAt}; the
   * fund ledger's problem if the awards already made are more than the fund.
   */
  public static Validation<Seq<Problem>, List<RankedBid>> rank(List<Grant> grants, GrantPolicy round,
      LocalDate asAt) {
    return FundLedger.build(round, grants, asAt).map(ledger -> rank(grants, round, asAt, ledger.available()));
  }

  private static List<RankedBid> rank(List<Grant> grants, GrantPolicy round, LocalDate asAt, Money available) {
    record Bid(Grant grant, Optional<BidScore> score, GrantAssessment assessment, Optional<Money> awarded) {}
    List<Bid> bids = new ArrayList<>();
    for (Grant g : grants) {
      if (!g.policy().version().equals(round.version())) {
        continue;
      }
      Optional<BidScore> score = Optional.empty();
      Optional<Money> awarded = Optional.empty();
      boolean closed = false;
      for (GrantEvent e : g.record().events()) {
        if (e.on().isAfter(asAt)) {
          continue;
        }
        if (e instanceof GrantEvent.Scored s) {
          Validation<?, BidScore> v = BidScore.of(s.scores(), round);
          score = v.isValid() ? Optional.of(v.get()) : Optional.empty();
        } else if (e instanceof GrantEvent.Awarded a) {
          awarded = Optional.of(a.amount());
        } else if (e instanceof GrantEvent.Refused || e instanceof GrantEvent.Withdrawn) {
          closed = true;
        }
      }
      if (closed) {
        continue;
      }
      bids.add(new Bid(g, score, GrantRules.assess(g.application(), asAt, round, Money.ofPence(Long.MAX_VALUE)),
          awarded));
    }
    bids.sort(Comparator.<Bid>comparingInt(b -> -b.score().map(BidScore::total).orElse(-1))
        .thenComparing(b -> b.grant().application().receivedOn())
        .thenComparing(b -> b.grant().application().reference().value()));
    Money left = available;
    List<RankedBid> out = new ArrayList<>();
    for (int i = 0; i < bids.size(); i++) {
      Bid b = bids.get(i);
      Reasons why = new Reasons();
      Award award = AwardRule.none();
      if (b.awarded().isPresent()) {
        why.add("ALREADY_AWARDED", "The bid was awarded " + b.awarded().get() + " already; the award is in the "
            + "fund's ledger.", Sources.scheme(round, "fund"));
      } else if (b.score().isEmpty()) {
        why.add("NOT_SCORED", "The bid has not been scored against the round's criteria.",
            Sources.scheme(round, "scoring"));
      } else if (!b.score().get().passes()) {
        why.add("BELOW_PASS_MARK", "The bid scored " + b.score().get().total() + " of " + b.score().get().maximum()
            + ", below the pass mark of " + round.passMark() + ".", Sources.scheme(round, "scoring"));
      } else if (b.assessment().eligibility().outcome() != Eligibility.ELIGIBLE) {
        why.add("NOT_ELIGIBLE", "The bid is not eligible: "
            + String.join(", ", b.assessment().eligibility().reasons().stream().map(r -> r.code()).toList()) + ".",
            Sources.scheme(round, "eligibility"));
      } else if (!left.isPositive()) {
        why.add("ROUND_FUND_SPENT", "The fund is spent on higher-scoring bids.", Sources.scheme(round, "fund"));
      } else {
        award = AwardRule.calculate(b.grant().application().requested(), round.perProjectCap(),
            b.assessment().match().outcome().grantItEarns(), left, round);
        left = left.minus(award.amount());
        if (award.limitedBy() == AwardLimit.NO_TIER) {
          why.add("RECOMMENDATION_OUTSIDE_TIERS", "The amount the rules allow falls in none of the round's tiers.",
              Sources.scheme(round, "tiers"));
        } else {
          why.add("RECOMMENDED", "Recommended " + award.amount() + " (limited by " + award.limitedBy()
            + (award.limitedBy() == AwardLimit.FUND ? ": a partial award from what is left, a policy choice" : "")
            + "), scoring " + b.score().get().total() + " of " + b.score().get().maximum() + ".",
            Sources.scheme(round, "scoring"));
        }
      }
      out.add(RankedBid.builder().rank(i + 1).reference(b.grant().application().reference()).score(b.score())
          .eligibility(b.assessment().eligibility()).recommendation(Decision.of(award, asAt, round, why.list()))
          .build());
    }
    return out;
  }
}
