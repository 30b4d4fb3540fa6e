package uk.gov.worcester.housing.examples.stories;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.household.PropertyType;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.AdvertId;
import uk.gov.worcester.housing.core.lettings.TenancyType;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.Bid;
import uk.gov.worcester.housing.core.lettings.LettingOffer;
import uk.gov.worcester.housing.core.lettings.OfferResponse;
import uk.gov.worcester.housing.core.lettings.RegisterEvent;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.lettings.LettingsJson;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reason;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.lettings.BedroomReport;
import uk.gov.worcester.housing.rules.lettings.HomelessnessStanding;
import uk.gov.worcester.housing.rules.lettings.Letting;
import uk.gov.worcester.housing.rules.lettings.LettingsAssessment;
import uk.gov.worcester.housing.rules.lettings.LettingsFigures;
import uk.gov.worcester.housing.rules.lettings.LettingsPolicy;
import uk.gov.worcester.housing.rules.lettings.OfferConsequence;
import uk.gov.worcester.housing.rules.lettings.OfferRule;
import uk.gov.worcester.housing.rules.lettings.RegisterWorkflow;
import uk.gov.worcester.housing.rules.lettings.Shortlist;
import uk.gov.worcester.housing.rules.lettings.ShortlistCandidate;
import uk.gov.worcester.housing.rules.lettings.ShortlistEntry;
import uk.gov.worcester.housing.rules.lettings.ShortlistRule;
import uk.gov.worcester.housing.rules.lettings.SkippedBid;

/**
 * The lettings story: two households join the Home Choice Plus register (an overcrowded family,
 * and a mother whose homelessness case reached the main duty), are banded, bid for a three-bedroom
 * house, and the shortlist, offer, letting and the figures strategy reporting uses follow.
 */
public final class LettingsStories {
  private LettingsStories() {}

  /** The lettings stories. */
  public static List<Story> all(HousingJson json) {
    return List.of(new Story() {
      @Override
      public String title() {
        return "Lettings from registration to offer: banding, bedrooms, a shortlist with its skipped bids, and a letting";
      }

      @Override
      public void tell(PrintWriter out) {
        registrationToOffer(json, out);
      }
    });
  }

  static void registrationToOffer(HousingJson json, PrintWriter out) {
    LettingsPolicy policy = LettingsPolicy.HCP_V1_12;
    ApplicationRecord family = Validated.orThrow(json.read(Samples.text("lettings-application-overcrowded-family.json"),
        ApplicationRecord.class));
    ApplicationRecord parent = Validated.orThrow(json.read(Samples.text("lettings-application-homeless-parent.json"),
        ApplicationRecord.class));
    Advert house = Validated.orThrow(json.read(Samples.text("lettings-advert-three-bedroom-house.json"), Advert.class));
    List<Bid> bids = Validated.orThrow(json.read(Samples.text("lettings-bids-three-bedroom-house.json"),
        LettingsJson.BIDS));
    LocalDate closes = house.closesOn();

    HomelessnessCase homelessCase = Validated.orThrow(json.read(Samples.text("case-birth-during-relief.json"),
        HomelessnessCase.class));
    CaseWorkflow flow = CaseWorkflow.worcester();
    HomelessnessStanding parentStanding = HomelessnessStanding.of(flow.statusOn(homelessCase, closes));

    out.println("1. The Okafors register: bedrooms first.");
    BedroomReport rooms = BedroomReport.of(family.application(), family.application().registeredOn(), policy);
    out.println("   bedroom standard " + rooms.bedroomStandard().outcome().bedrooms() + ", size criteria "
        + rooms.sizeCriteria().outcome().bedrooms() + ", in a home of "
        + family.application().household().currentHome().bedrooms() + "; statutorily overcrowded: "
        + rooms.statutoryOvercrowding().outcome().overcrowded());
    LettingsAssessment familyNow = Validated.orThrow(LettingsAssessment.assess(family, closes,
        LettingsPolicy.WORCESTER_TIMELINE, HomelessnessStanding.none()));
    print(out, "   ", familyNow.banding());

    out.println("2. The Evans household (the 'birth during relief' case) registers once the main duty is owed: the band "
        + "is read from the homelessness case.");
    LettingsAssessment parentNow = Validated.orThrow(LettingsAssessment.assess(parent, closes,
        LettingsPolicy.WORCESTER_TIMELINE, parentStanding));
    print(out, "   ", parentNow.banding());

    out.println("3. Advert " + house.id() + " (" + house.bedrooms() + " bedrooms, " + house.landlord() + ") closes "
        + closes + "; " + bids.size() + " bids.");
    RegisterWorkflow register = RegisterWorkflow.worcester();
    Map<ApplicationId, ShortlistCandidate> candidates = new HashMap<>();
    candidates.put(family.application().id(), ShortlistCandidate.of(family.factsOn(closes),
        register.asAt(family, closes).get().status(), closes, policy, HomelessnessStanding.none()));
    candidates.put(parent.application().id(), ShortlistCandidate.of(parent.factsOn(closes),
        register.asAt(parent, closes).get().status(), closes, policy, parentStanding));
    Decision<Shortlist> list = ShortlistRule.shortlist(house, bids, id -> Optional.ofNullable(candidates.get(id)), policy);
    for (ShortlistEntry e : list.outcome().entries()) {
      out.println("   " + e.position() + ". " + e.bid().application() + "  " + e.band() + " since " + e.bandDate());
    }
    for (SkippedBid s : list.outcome().skipped()) {
      out.println("   skipped " + s.bid().application() + " (" + s.bid().placedOn() + "): " + s.reasons());
    }

    ShortlistEntry first = list.outcome().entries().get(0);
    LettingOffer offer = LettingOffer.builder().application(first.bid().application()).advert(house.id())
        .offeredOn(closes.plusDays(3)).response(OfferResponse.ACCEPTED).build();
    Decision<List<OfferConsequence>> consequences = OfferRule.assess(offer, familyNow.banding().outcome(),
        HomelessnessStanding.none(), policy);
    out.println("4. Offered to " + first.bid().application() + " and accepted: " + consequences.outcome());
    ApplicationRecord housed = ApplicationRecord.of(family.application(), append(family.events(),
        new RegisterEvent.Housed(offer.offeredOn(), house.id())));
    out.println("   register status: " + register.replay(housed).get().status());

    Advert flat = Advert.builder().id(AdvertId.of("ADV-5002")).landlord("Rooftop Housing Group")
        .district(LocalAuthority.WORCESTER).propertyType(PropertyType.FLAT).bedrooms(2).tenancy(TenancyType.ASSURED)
        .advertisedOn(closes.plusDays(1)).closesOn(closes.plusDays(7)).build();
    LocalDate flatCloses = flat.closesOn();
    Bid evansBid = Bid.of(parent.application().id(), flat.id(), flat.advertisedOn());
    Map<ApplicationId, ShortlistCandidate> flatRegister = Map.of(parent.application().id(), ShortlistCandidate.of(
        parent.factsOn(flatCloses), register.asAt(parent, flatCloses).get().status(), flatCloses, policy,
        HomelessnessStanding.of(flow.statusOn(homelessCase, flatCloses))));
    Decision<Shortlist> flatList = ShortlistRule.shortlist(flat, List.of(evansBid),
        id -> Optional.ofNullable(flatRegister.get(id)), policy);
    ShortlistEntry top = flatList.outcome().entries().get(0);
    out.println("5. Advert " + flat.id() + " (" + flat.bedrooms() + " bedrooms): " + top.bid().application() + " is first, "
        + top.band() + ".");
    LettingOffer partSix = LettingOffer.builder().application(top.bid().application()).advert(flat.id())
        .offeredOn(flatCloses.plusDays(2)).response(OfferResponse.ACCEPTED).build(); // acceptance: final or not
    Decision<List<OfferConsequence>> ends = OfferRule.assess(partSix, parentNow.banding().outcome(),
        HomelessnessStanding.of(flow.statusOn(homelessCase, partSix.offeredOn())), policy);
    out.println("   offered and accepted: " + ends.outcome() + " - the homelessness case records the duty's end");
    for (Reason r : ends.reasons()) {
      out.println("   " + r.code() + ": " + r.text() + " (" + r.citation() + ")");
    }

    Letting letting = Letting.of(house, first.bid().application(), offer.offeredOn(), first.band(), false);
    Letting second = Letting.of(flat, top.bid().application(), partSix.offeredOn(), top.band(), true);
    LettingsFigures figures = LettingsFigures.of(List.of(letting, second), DateRange.of(LocalDate.of(2024, 7, 1),
        LocalDate.of(2024, 9, 30)));
    out.println("6. Lettings in July-September 2024: " + figures.lettings() + " (by band " + figures.byBand()
        + ", to homeless households " + figures.toHomelessHouseholds() + ")");
    out.flush();
  }

  private static List<RegisterEvent> append(List<RegisterEvent> events, RegisterEvent e) {
    List<RegisterEvent> all = new ArrayList<>(events);
    all.add(e);
    return all;
  }

  private static void print(PrintWriter out, String indent, Decision<?> d) {
    out.println(indent + "-> " + describe(d.outcome()));
    for (Reason r : d.reasons()) {
      out.println(indent + "   " + r.code() + ": " + r.text() + " (" + r.citation() + ")");
    }
  }

  private static String describe(Object outcome) {
    if (outcome instanceof uk.gov.worcester.housing.rules.lettings.Banding b) {
      return b.band() + " from " + b.bandDate() + " (" + b.criterion() + ")";
    }
    return String.valueOf(outcome);
  }
}
