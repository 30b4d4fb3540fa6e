package uk.gov.worcester.housing.testkit.lettings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.homelessness.ExistingObligations;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.PropertyType;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.AdvertId;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.BedroomFacts;
import uk.gov.worcester.housing.core.lettings.Bid;
import uk.gov.worcester.housing.core.lettings.BidPlacer;
import uk.gov.worcester.housing.core.lettings.ConductFinding;
import uk.gov.worcester.housing.core.lettings.ConductKind;
import uk.gov.worcester.housing.core.lettings.ForcesCircumstance;
import uk.gov.worcester.housing.core.lettings.LettingOffer;
import uk.gov.worcester.housing.core.lettings.LocalLettingsPlan;
import uk.gov.worcester.housing.core.lettings.NeedFact;
import uk.gov.worcester.housing.core.lettings.NeedKind;
import uk.gov.worcester.housing.core.lettings.OfferResponse;
import uk.gov.worcester.housing.core.lettings.RegisterEvent;
import uk.gov.worcester.housing.core.lettings.ReviewableDecision;
import uk.gov.worcester.housing.core.lettings.Room;
import uk.gov.worcester.housing.core.lettings.RoomKind;
import uk.gov.worcester.housing.core.lettings.TenancyType;
import uk.gov.worcester.housing.testkit.common.CommonGen;
import uk.gov.worcester.housing.testkit.household.HouseholdGen;

/**
 * QuickTheories generators of the lettings types: applications with needs, conduct findings,
 * extra-room facts and rooms; adverts with every kind of criterion; bids on an advert; offers; and
 * application records with events in date order (lawful or not, for the register workflow).
 */
public final class LettingsGen {
  private LettingsGen() {}

  private static final List<LocalAuthority> DISTRICTS = List.of(LocalAuthority.WORCESTER, LocalAuthority.WYCHAVON,
      LocalAuthority.MALVERN_HILLS, LocalAuthority.BROMSGROVE, LocalAuthority.WYRE_FOREST);

  /** Any valid application, recorded and registered on a generated date. */
  public static Gen<Application> applications() {
    return CommonGen.dates().flatMap(LettingsGen::applicationsRegisteredBy);
  }

  /** Any valid application whose household was recorded, and which was registered, on or before {@code date}. */
  public static Gen<Application> applicationsRegisteredBy(LocalDate date) {
    return rs -> {
      LocalDate recordedOn = date.minusDays(Generate.range(0, 400).generate(rs));
      Household h = HouseholdGen.householdsRecordedOn(recordedOn).generate(rs);
      return application(rs, h, recordedOn.minusDays(Generate.range(0, 1500).generate(rs)), "A-"
          + Generate.range(1, 9_999_999).generate(rs));
    };
  }

  /** An application for the household given, generated around its registration date. */
  public static Gen<Application> applicationsFor(Household household, LocalDate registeredOn) {
    return rs -> application(rs, household, registeredOn, "A-" + Generate.range(1, 9_999_999).generate(rs));
  }

  private static Application application(org.quicktheories.core.RandomnessSource rs, Household h,
      LocalDate registeredOn, String id) {
    List<NeedFact> needs = new ArrayList<>();
    int n = Generate.range(0, 3).generate(rs);
    for (int i = 0; i < n; i++) {
      NeedKind kind = Generate.enumValues(NeedKind.class).generate(rs);
      LocalDate from = registeredOn.plusDays(Generate.range(-200, 600).generate(rs));
      Optional<LocalDate> until = Generate.range(0, 3).generate(rs) == 0
          ? Optional.of(from.plusDays(Generate.range(0, 500).generate(rs))) : Optional.empty();
      needs.add(NeedFact.builder().kind(kind).assessedOn(from).until(until).build());
    }
    List<ConductFinding> conduct = new ArrayList<>();
    if (Generate.range(0, 5).generate(rs) == 0) {
      ConductKind kind = Generate.enumValues(ConductKind.class).generate(rs);
      conduct.add(ConductFinding.builder().kind(kind).foundOn(registeredOn.plusDays(Generate.range(0, 400).generate(rs)))
          .excludes(Generate.range(0, 3).generate(rs) == 0)
          .repaymentPlanKept(kind == ConductKind.HOUSING_DEBT && Generate.booleans().generate(rs)).build());
    }
    List<PersonId> ids = new ArrayList<>();
    h.members().forEach(p -> ids.add(p.id()));
    BedroomFacts facts = BedroomFacts.builder()
        .needOvernightCare(Generate.range(0, 6).generate(rs) == 0 ? List.of(pick(rs, ids)) : List.of())
        .approvedFosterCarer(Generate.range(0, 8).generate(rs) == 0)
        .noFosterChildPlacedSince(Generate.range(0, 8).generate(rs) == 0
            ? java.util.Optional.of(registeredOn.minusWeeks(Generate.range(0, 80).generate(rs))) : java.util.Optional.empty())
        .adopterWithChildPlaced(Generate.range(0, 12).generate(rs) == 0)
        .cannotShareBedroom(Generate.range(0, 6).generate(rs) == 0 ? List.of(pick(rs, ids)) : List.of())
        .awayAndReturning(Generate.range(0, 8).generate(rs) == 0 ? List.of(pick(rs, ids)) : List.of())
        .build();
    List<Room> rooms = new ArrayList<>();
    int bedrooms = h.currentHome().bedrooms();
    for (int i = 0; i < bedrooms; i++) {
      rooms.add(Room.of(RoomKind.BEDROOM, Generate.range(40, 180).generate(rs)));
    }
    if (bedrooms > 0) {
      rooms.add(Room.of(RoomKind.LIVING_ROOM, Generate.range(90, 250).generate(rs)));
    }
    Set<ForcesCircumstance> forces = Generate.range(0, 10).generate(rs) == 0
        ? EnumSet.of(Generate.enumValues(ForcesCircumstance.class).generate(rs)) : EnumSet.noneOf(ForcesCircumstance.class);
    return Application.builder().id(ApplicationId.of(id)).household(h).registeredOn(registeredOn)
        .homeAuthority(DISTRICTS.get(Generate.range(0, DISTRICTS.size() - 1).generate(rs)))
        .needs(needs).conduct(conduct).bedroomFacts(facts).currentRooms(rooms).forces(forces)
        .needsAdaptedHome(Generate.range(0, 8).generate(rs) == 0).build();
  }

  private static PersonId pick(org.quicktheories.core.RandomnessSource rs, List<PersonId> ids) {
    return ids.get(Generate.range(0, ids.size() - 1).generate(rs));
  }

  /** Any valid advert, open for one or two weeks from a generated date. */
  public static Gen<Advert> adverts() {
    return rs -> {
      LocalDate opens = CommonGen.dates().generate(rs);
      int bedrooms = Generate.range(0, 5).generate(rs);
      int minNeed = Math.max(1, bedrooms - Generate.range(0, 1).generate(rs));
      Optional<Integer> minAge = Generate.range(0, 4).generate(rs) == 0 ? Optional.of(55) : Optional.empty();
      Optional<LocalLettingsPlan> plan = Generate.range(0, 5).generate(rs) == 0
          ? Optional.of(LocalLettingsPlan.builder().reference("LLP-" + Generate.range(1, 99).generate(rs))
              .connectionTo(DISTRICTS.get(Generate.range(0, DISTRICTS.size() - 1).generate(rs))).build())
          : Optional.empty();
      return Advert.builder().id(AdvertId.of("ADV-" + Generate.range(1, 999_999).generate(rs)))
          .landlord(Generate.booleans().generate(rs) ? "Platform Housing" : "Rooftop Housing Group")
          .district(DISTRICTS.get(Generate.range(0, DISTRICTS.size() - 1).generate(rs)))
          .propertyType(bedrooms == 0 ? PropertyType.BEDSIT : Generate.pick(List.of(PropertyType.HOUSE,
              PropertyType.FLAT, PropertyType.BUNGALOW, PropertyType.MAISONETTE)).generate(rs))
          .bedrooms(bedrooms).minimumBedroomNeed(minNeed).maximumBedroomNeed(Math.max(minNeed, bedrooms))
          .minimumApplicantAge(minAge).adapted(Generate.range(0, 9).generate(rs) == 0).localLettingsPlan(plan)
          .tenancy(Generate.enumValues(TenancyType.class).generate(rs))
          .advertisedOn(opens).closesOn(opens.plusDays(Generate.range(6, 13).generate(rs))).build();
    };
  }

  /** Bids on {@code advert} by the applications given, placed around its dates, some duplicated. */
  public static Gen<List<Bid>> bidsOn(Advert advert, List<ApplicationId> applications) {
    return rs -> {
      List<Bid> bids = new ArrayList<>(applications.size());
      for (ApplicationId id : applications) {
        int copies = Generate.range(0, 9).generate(rs) == 0 ? 2 : 1;
        for (int i = 0; i < copies; i++) {
          bids.add(Bid.builder().application(id).advert(advert.id())
              .placedOn(advert.advertisedOn().plusDays(Generate.range(-1, 14).generate(rs)))
              .placedBy(Generate.range(0, 9).generate(rs) == 0 ? BidPlacer.OFFICER : BidPlacer.APPLICANT).build());
        }
      }
      return bids;
    };
  }

  /** Any offer of the advert to the application, with any answer. */
  public static Gen<LettingOffer> offers(ApplicationId application, AdvertId advert, LocalDate offeredOn) {
    return rs -> LettingOffer.builder().application(application).advert(advert).offeredOn(offeredOn)
        .response(Generate.enumValues(OfferResponse.class).generate(rs)).suitable(Generate.booleans().generate(rs))
        .statedFinal(Generate.booleans().generate(rs))
        .existingObligations(Generate.enumValues(ExistingObligations.class).generate(rs))
        .consequencesExplained(Generate.booleans().generate(rs)).build();
  }

  /** Application records with up to eight events in date order, lawful or not. */
  public static Gen<ApplicationRecord> records() {
    return applications().flatMap(a -> rs -> {
      List<RegisterEvent> events = new ArrayList<>();
      LocalDate on = a.registeredOn();
      int count = Generate.range(0, 8).generate(rs);
      for (int i = 0; i < count; i++) {
        on = on.plusDays(Generate.range(0, 40).generate(rs));
        events.add(event(rs, on, a));
      }
      return ApplicationRecord.of(a, events);
    });
  }

  private static RegisterEvent event(org.quicktheories.core.RandomnessSource rs, LocalDate on, Application a) {
    switch (Generate.range(0, 7).generate(rs)) {
      case 0:
      case 1:
        return new RegisterEvent.Assessed(on, Generate.range(0, 3).generate(rs) > 0);
      case 2:
        return new RegisterEvent.Suspended(on);
      case 3:
        return new RegisterEvent.Reinstated(on);
      case 4:
        return new RegisterEvent.ReviewRequested(on, Generate.enumValues(ReviewableDecision.class).generate(rs),
            on.minusDays(Generate.range(0, 30).generate(rs)));
      case 5:
        return new RegisterEvent.ReviewDecided(on, Generate.booleans().generate(rs));
      case 6:
        return new RegisterEvent.Housed(on, AdvertId.of("ADV-" + Generate.range(1, 999).generate(rs)));
      default:
        return Generate.booleans().generate(rs) ? new RegisterEvent.Cancelled(on)
            : new RegisterEvent.CircumstancesChanged(on, a.household(), a.needs(), a.conduct());
    }
  }

  /** A person of the household, for tests that add or remove one. */
  public static Gen<Person> persons() {
    return HouseholdGen.persons();
  }
}
