package uk.gov.worcester.housing.rules.lettings;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.ApplicationStatus;
import uk.gov.worcester.housing.core.lettings.Bid;
import uk.gov.worcester.housing.core.lettings.LocalLettingsPlan;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * An advert's shortlist. Every bid is checked against the register and the advert's criteria and
 * each one that fails is kept with all its reasons. The rest are ordered by band (the policy's
 * order), then band date, then registration date, then application reference: a total order, so
 * the shortlist is the same whatever order the bids arrive in. The HCP tie-breaks are not
 * published (unconfirmed); the landlord's own pre-offer checks (arrears) come after.
 */
public final class ShortlistRule {
  private ShortlistRule() {}

  /** Shortlists the bids on {@code advert}; {@code register} finds an application's candidate. */
  public static Decision<Shortlist> shortlist(Advert advert, Collection<Bid> bids,
      Function<ApplicationId, Optional<ShortlistCandidate>> register, LettingsPolicy policy) {
    Comparator<Bid> earliest = Comparator.comparing(Bid::placedOn).thenComparing(Bid::placedBy);
    Map<ApplicationId, Bid> first = new HashMap<>(bids.size() * 2);
    List<SkippedBid> skipped = new ArrayList<>();
    for (Bid b : bids) {
      if (!b.advert().equals(advert.id())) {
        skipped.add(SkippedBid.of(b, List.of(SkipReason.OTHER_ADVERT)));
        continue;
      }
      Bid kept = first.get(b.application());
      if (kept == null) {
        first.put(b.application(), b);
      } else if (earliest.compare(b, kept) < 0) {
        first.put(b.application(), b);
        skipped.add(SkippedBid.of(kept, List.of(SkipReason.DUPLICATE_BID)));
      } else {
        skipped.add(SkippedBid.of(b, List.of(SkipReason.DUPLICATE_BID)));
      }
    }
    int[] rank = new int[policy.bandOrder().size()];
    for (int i = 0; i < rank.length; i++) {
      rank[policy.bandOrder().get(i).ordinal()] = i;
    }
    List<Ranked> ranked = new ArrayList<>(first.size());
    for (Bid b : first.values()) {
      Optional<ShortlistCandidate> found = register.apply(b.application());
      if (found.isEmpty()) {
        skipped.add(SkippedBid.of(b, List.of(SkipReason.NOT_ON_REGISTER)));
        continue;
      }
      ShortlistCandidate c = found.get();
      List<SkipReason> reasons = check(advert, b, c);
      if (reasons.isEmpty()) {
        ranked.add(new Ranked(b, c, rank[c.band().ordinal()], c.bandDate().toEpochDay(), c.registeredOn().toEpochDay(),
            c.application().value()));
      } else {
        skipped.add(SkippedBid.of(b, reasons));
      }
    }
    ranked.sort(ShortlistRule::byPriority);
    List<ShortlistEntry> entries = new ArrayList<>(ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      Ranked r = ranked.get(i);
      entries.add(ShortlistEntry.builder().position(i + 1).bid(r.bid()).band(r.candidate().band())
          .bandDate(r.candidate().bandDate()).registeredOn(r.candidate().registeredOn()).build());
    }
    skipped.sort(ShortlistRule::bySkippedOrder);
    Reasons why = new Reasons();
    why.add("SHORTLIST_ORDER", "Bids are ordered by band, then band date, then registration date, then application "
        + "reference.", Cite.scheme(policy, "Selection process"));
    if (!skipped.isEmpty()) {
      why.add("BIDS_SKIPPED", skipped.size() + " bid" + (skipped.size() == 1 ? " was" : "s were")
          + " left off the shortlist; each is listed with its reasons.", HA_1996.at("s.166A(1)"));
    }
    Shortlist list = Shortlist.builder().advert(advert.id()).entries(entries).skipped(skipped).build();
    return Decision.of(list, advert.closesOn(), policy, why.list());
  }

  /** A bid that passed, with the keys that order it worked out once. */
  private record Ranked(Bid bid, ShortlistCandidate candidate, int rank, long bandDate, long registeredOn,
      String reference) {}

  private static int byPriority(Ranked a, Ranked b) {
    if (a.rank() != b.rank()) {
      return Integer.compare(a.rank(), b.rank());
    }
    if (a.bandDate() != b.bandDate()) {
      return Long.compare(a.bandDate(), b.bandDate());
    }
    if (a.registeredOn() != b.registeredOn()) {
      return Long.compare(a.registeredOn(), b.registeredOn());
    }
    return a.reference().compareTo(b.reference());
  }

  private static int bySkippedOrder(SkippedBid a, SkippedBid b) {
    int c = a.bid().application().value().compareTo(b.bid().application().value());
    if (c != 0) {
      return c;
    }
    c = a.bid().placedOn().compareTo(b.bid().placedOn());
    if (c != 0) {
      return c;
    }
    c = a.bid().placedBy().compareTo(b.bid().placedBy());
    if (c != 0) {
      return c;
    }
    c = a.bid().advert().value().compareTo(b.bid().advert().value());
    return c != 0 ? c : Integer.compare(reasonKey(a), reasonKey(b));
  }

  /** A total order of reason lists, for skipped bids that are otherwise alike. */
  private static int reasonKey(SkippedBid s) {
    int key = 0;
    for (SkipReason r : s.reasons()) {
      key = key * 31 + r.ordinal() + 1;
    }
    return key;
  }

  /** Every reason the candidate's bid fails the advert's criteria. */
  static List<SkipReason> check(Advert advert, Bid b, ShortlistCandidate c) {
    List<SkipReason> reasons = new ArrayList<>(2);
    if (c.status() != ApplicationStatus.ACTIVE) {
      reasons.add(SkipReason.NOT_ACTIVE);
    }
    if (!advert.openOn(b.placedOn())) {
      reasons.add(SkipReason.OUT_OF_TIME);
    }
    int need = c.sizes().need();
    if (need < advert.minimumBedroomNeed() || need > advert.maximumBedroomNeed()) {
      reasons.add(SkipReason.BEDROOM_NEED);
    }
    if (!c.sizes().allows(advert.bedrooms())) {
      reasons.add(SkipReason.PROPERTY_SIZE);
    }
    if (advert.minimumApplicantAge().map(min -> c.applicantAge() < min).orElse(false)) {
      reasons.add(SkipReason.APPLICANT_TOO_YOUNG);
    }
    if (advert.maximumApplicantAge().map(max -> c.applicantAge() > max).orElse(false)) {
      reasons.add(SkipReason.APPLICANT_TOO_OLD);
    }
    if (advert.adapted() && !c.needsAdaptedHome()) {
      reasons.add(SkipReason.ADAPTED_HOME);
    }
    if (advert.localLettingsPlan().isPresent()) {
      LocalLettingsPlan plan = advert.localLettingsPlan().get();
      if (plan.connectionTo().map(d -> !c.connectedWith().contains(d)).orElse(false)) {
        reasons.add(SkipReason.LOCAL_LETTINGS_CONNECTION);
      }
      if (plan.minimumMemberAge().map(min -> c.youngestMemberAge() < min).orElse(false)) {
        reasons.add(SkipReason.LOCAL_LETTINGS_AGE);
      }
    }
    return reasons;
  }
}
