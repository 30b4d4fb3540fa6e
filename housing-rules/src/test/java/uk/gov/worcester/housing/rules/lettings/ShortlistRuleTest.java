package uk.gov.worcester.housing.rules.lettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.ON;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.POLICY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.ApplicationStatus;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.Bid;
import uk.gov.worcester.housing.core.lettings.BidPlacer;
import uk.gov.worcester.housing.core.lettings.ImmutableAdvert;
import uk.gov.worcester.housing.core.lettings.LocalLettingsPlan;
import uk.gov.worcester.housing.testkit.lettings.LettingsGen;
import uk.gov.worcester.housing.testkit.lettings.LettingsSamples;

class ShortlistRuleTest {
  static final Advert HOUSE = LettingsSamples.threeBedroomHouse(ON);

  static ShortlistCandidate candidate(String id, Band band, LocalDate bandDate, LocalDate registered, int need) {
    return ShortlistCandidate.builder().application(ApplicationId.of(id)).status(ApplicationStatus.ACTIVE).band(band)
        .bandDate(bandDate).registeredOn(registered).sizes(ImmutablePropertySizes.builder().need(need)
            .minimumBedrooms(need).maximumBedrooms(need).build()).applicantAge(40).youngestMemberAge(4)
        .needsAdaptedHome(false).connectedWith(Set.of(LocalAuthority.WORCESTER)).build();
  }

  static Map<ApplicationId, ShortlistCandidate> register(ShortlistCandidate... cs) {
    Map<ApplicationId, ShortlistCandidate> m = new HashMap<>();
    for (ShortlistCandidate c : cs) {
      m.put(c.application(), c);
    }
    return m;
  }

  static Shortlist shortlist(Advert advert, List<Bid> bids, Map<ApplicationId, ShortlistCandidate> register) {
    return ShortlistRule.shortlist(advert, bids, id -> Optional.ofNullable(register.get(id)), POLICY).outcome();
  }

  static Bid bid(String id) {
    return Bid.of(ApplicationId.of(id), HOUSE.id(), ON.plusDays(1));
  }

  @Test
  void orderedByBandThenBandDateThenRegistrationDateThenReference() {
    Map<ApplicationId, ShortlistCandidate> reg = register(
        candidate("A-4", Band.GOLD, ON.minusYears(1), ON.minusYears(3), 3),
        candidate("A-1", Band.PRIORITY, ON.minusDays(5), ON.minusDays(5), 3),
        candidate("A-3", Band.GOLD, ON.minusYears(2), ON.minusYears(2), 3),
        candidate("A-2", Band.GOLD, ON.minusYears(1), ON.minusYears(4), 3),
        candidate("A-5", Band.GOLD, ON.minusYears(1), ON.minusYears(4), 3));
    Shortlist s = shortlist(HOUSE, List.of(bid("A-5"), bid("A-4"), bid("A-3"), bid("A-2"), bid("A-1")), reg);
    assertEquals(List.of("A-1", "A-3", "A-2", "A-5", "A-4"),
        s.entries().stream().map(e -> e.bid().application().value()).toList());
    assertEquals(1, s.entries().get(0).position());
  }

  @Test
  void everySkippedBidIsKeptWithAllItsReasons() {
    ShortlistCandidate tooSmall = candidate("A-2", Band.GOLD, ON, ON, 1);
    ShortlistCandidate suspended = ShortlistCandidate.builder().from(candidate("A-3", Band.GOLD, ON, ON, 3))
        .status(ApplicationStatus.SUSPENDED).build();
    Advert plan = ImmutableAdvert.copyOf(HOUSE).withLocalLettingsPlan(LocalLettingsPlan.builder().reference("LLP-1")
        .connectionTo(LocalAuthority.WYCHAVON).build()).withMinimumApplicantAge(55);
    List<Bid> bids = List.of(bid("A-1"), bid("A-2"), bid("A-3"), Bid.of(ApplicationId.of("A-4"), HOUSE.id(), ON.plusDays(30)),
        bid("A-9"), bid("A-2"));
    Shortlist s = shortlist(plan, bids, register(candidate("A-1", Band.GOLD, ON, ON, 3), tooSmall, suspended,
        candidate("A-4", Band.GOLD, ON, ON, 3)));
    assertTrue(s.entries().isEmpty());
    Map<String, List<SkipReason>> why = new HashMap<>();
    s.skipped().forEach(k -> why.merge(k.bid().application().value(), k.reasons(), (a, b) -> {
      List<SkipReason> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    }));
    assertEquals(List.of(SkipReason.APPLICANT_TOO_YOUNG, SkipReason.LOCAL_LETTINGS_CONNECTION), why.get("A-1"));
    assertTrue(why.get("A-2").containsAll(List.of(SkipReason.DUPLICATE_BID, SkipReason.BEDROOM_NEED, SkipReason.PROPERTY_SIZE)));
    assertTrue(why.get("A-3").contains(SkipReason.NOT_ACTIVE));
    assertTrue(why.get("A-4").contains(SkipReason.OUT_OF_TIME));
    assertEquals(List.of(SkipReason.NOT_ON_REGISTER), why.get("A-9"));
  }

  static Gen<Object[]> bidsAndRegister() {
    return LettingsGen.adverts().flatMap(advert -> rs -> {
      int n = Generate.range(0, 60).generate(rs);
      Map<ApplicationId, ShortlistCandidate> reg = new HashMap<>();
      List<ApplicationId> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ApplicationId id = ApplicationId.of("A-" + i);
        ids.add(id);
        if (Generate.range(0, 9).generate(rs) > 0) {
          Band band = Generate.enumValues(Band.class).generate(rs);
          LocalDate bandDate = advert.advertisedOn().minusDays(Generate.range(0, 20).generate(rs));
          reg.put(id, candidate(id.value(), band, bandDate, bandDate.minusDays(Generate.range(0, 5).generate(rs)),
              Math.max(1, advert.bedrooms())));
        }
      }
      return new Object[] {advert, LettingsGen.bidsOn(advert, ids).generate(rs), reg};
    });
  }

  @Test
  void theShortlistIsTotalStableAndIndependentOfTheOrderOfBids() {
    qt().withExamples(200).forAll(bidsAndRegister(), Generate.longRange(0, Long.MAX_VALUE)).checkAssert((o, seed) -> {
      Advert advert = (Advert) o[0];
      @SuppressWarnings("unchecked")
      List<Bid> bids = (List<Bid>) o[1];
      @SuppressWarnings("unchecked")
      Map<ApplicationId, ShortlistCandidate> reg = (Map<ApplicationId, ShortlistCandidate>) o[2];
      Shortlist first = shortlist(advert, bids, reg);
      List<Bid> shuffled = new ArrayList<>(bids);
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(first, shortlist(advert, shuffled, reg));
      assertEquals(bids.size(), first.entries().size() + first.skipped().size(), "every bid is placed or skipped");
      for (int i = 1; i < first.entries().size(); i++) {
        ShortlistEntry a = first.entries().get(i - 1);
        ShortlistEntry b = first.entries().get(i);
        int byBand = Integer.compare(POLICY.rank(a.band()), POLICY.rank(b.band()));
        assertTrue(byBand < 0 || (byBand == 0 && (a.bandDate().isBefore(b.bandDate())
            || (a.bandDate().equals(b.bandDate()) && (a.registeredOn().isBefore(b.registeredOn())
            || (a.registeredOn().equals(b.registeredOn())
            && a.bid().application().value().compareTo(b.bid().application().value()) < 0))))),
            "strictly ordered at " + i);
      }
    });
  }

  @Test
  void threeBidsAWeekAndOfficerBidsDoNotCount() {
    ShortlistCandidate c = candidate("A-1", Band.GOLD, ON, ON, 3);
    LocalDate monday = LocalDate.of(2024, 6, 3);
    List<Bid> earlier = List.of(Bid.of(c.application(), HOUSE.id(), monday), Bid.of(c.application(), HOUSE.id(), monday.plusDays(1)),
        Bid.builder().application(c.application()).advert(HOUSE.id()).placedOn(monday).placedBy(BidPlacer.OFFICER).build());
    assertTrue(BidRule.check(Bid.of(c.application(), HOUSE.id(), monday.plusDays(2)), HOUSE, c, earlier, POLICY)
        .outcome().isEmpty());
    List<Bid> three = new ArrayList<>(earlier);
    three.add(Bid.of(c.application(), HOUSE.id(), monday.plusDays(2)));
    assertEquals(List.of(SkipReason.OVER_WEEKLY_LIMIT),
        BidRule.check(Bid.of(c.application(), HOUSE.id(), monday.plusDays(6)), HOUSE, c, three, POLICY).outcome());
    Advert twoWeeks = ImmutableAdvert.copyOf(HOUSE).withClosesOn(monday.plusDays(13));
    assertTrue(BidRule.check(Bid.of(c.application(), HOUSE.id(), monday.plusDays(7)), twoWeeks, c, three, POLICY)
        .outcome().isEmpty(), "a new week starts on Monday");
  }

  @Test
  void schemeNumberOfBidsTheBidWeeksFirstDayIsPolicyData() {
    ShortlistCandidate c = candidate("A-1", Band.GOLD, ON, ON, 3);
    LocalDate monday = LocalDate.of(2024, 6, 3);
    List<Bid> three = List.of(Bid.of(c.application(), HOUSE.id(), monday), Bid.of(c.application(), HOUSE.id(), monday.plusDays(1)),
        Bid.of(c.application(), HOUSE.id(), monday.plusDays(2)));
    Advert twoWeeks = ImmutableAdvert.copyOf(HOUSE).withClosesOn(monday.plusDays(13));
    LettingsPolicy fromWednesday = LettingsPolicy.builder().from(POLICY).bidWeekStartsOn(java.time.DayOfWeek.WEDNESDAY).build();
    assertTrue(BidRule.check(Bid.of(c.application(), HOUSE.id(), monday.plusDays(4)), twoWeeks, c, three, fromWednesday)
        .outcome().isEmpty(), "a week from Wednesday holds only one of the three bids");
    assertEquals(List.of(SkipReason.OVER_WEEKLY_LIMIT),
        BidRule.check(Bid.of(c.application(), HOUSE.id(), monday.plusDays(4)), twoWeeks, c, three, POLICY).outcome());
    assertTrue(POLICY.sources().get("bidWeekStartsOn").unconfirmed());
  }

  @Test
  void personalDataAgesAreRedactedFromTheCandidatesText() {
    ShortlistCandidate c = candidate("A-1", Band.GOLD, ON, ON, 3);
    String text = c.toString();
    assertFalse(text.contains("youngestMemberAge=" + c.youngestMemberAge()), text);
    assertFalse(text.contains("applicantAge=" + c.applicantAge()), text);
  }
}
