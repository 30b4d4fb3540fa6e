package uk.gov.worcester.housing.json.lettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.ApplicationStatus;
import uk.gov.worcester.housing.core.lettings.Bid;
import uk.gov.worcester.housing.core.lettings.LettingOffer;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.JsonSchemas;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.lettings.BedroomReport;
import uk.gov.worcester.housing.rules.lettings.HomelessnessStanding;
import uk.gov.worcester.housing.rules.lettings.LettingsAssessment;
import uk.gov.worcester.housing.rules.lettings.LettingsPolicy;
import uk.gov.worcester.housing.rules.lettings.Shortlist;
import uk.gov.worcester.housing.rules.lettings.ShortlistCandidate;
import uk.gov.worcester.housing.rules.lettings.ShortlistRule;
import uk.gov.worcester.housing.testkit.lettings.LettingsGen;
import uk.gov.worcester.housing.testkit.lettings.LettingsSamples;

class LettingsJsonTest {
  static final HousingJson JSON = HousingJson.create();
  static final LocalDate ON = LocalDate.of(2024, 6, 3);

  static <T> void roundTrips(T value, Class<T> type) {
    Validation<Seq<Problem>, T> back = JSON.read(JSON.write(value), type);
    assertTrue(back.isValid(), () -> back.getError().mkString("; "));
    assertEquals(value, back.get());
  }

  @Test
  void applicationsRecordsAdvertsAndOffersRoundTrip() {
    qt().withExamples(200).forAll(LettingsGen.applications()).checkAssert(a -> roundTrips(a, Application.class));
    qt().withExamples(200).forAll(LettingsGen.records()).checkAssert(r -> roundTrips(r, ApplicationRecord.class));
    qt().withExamples(200).forAll(LettingsGen.adverts()).checkAssert(a -> roundTrips(a, Advert.class));
    qt().withExamples(100).forAll(LettingsGen.adverts().flatMap(a -> LettingsGen.offers(ApplicationId.of("A-1"), a.id(),
        a.closesOn()))).checkAssert(o -> roundTrips(o, LettingOffer.class));
  }

  @Test
  void bidsRoundTripAsAList() {
    qt().withExamples(100).forAll(LettingsGen.adverts()).checkAssert(a -> {
      List<Bid> bids = List.of(Bid.of(ApplicationId.of("A-1"), a.id(), a.advertisedOn()));
      assertEquals(bids, JSON.read(JSON.write(bids, LettingsJson.BIDS), LettingsJson.BIDS).get());
    });
  }

  @Test
  void thePolicyVersionsRoundTripWithTheirSources() {
    roundTrips(LettingsPolicy.HCP_2013, LettingsPolicy.class);
    roundTrips(LettingsPolicy.HCP_V1_12, LettingsPolicy.class);
    assertTrue(JSON.write(LettingsPolicy.HCP_V1_12).contains("\"unconfirmed\" : true")
        || JSON.write(LettingsPolicy.HCP_V1_12).contains("\"unconfirmed\":true"));
  }

  @Test
  void assessmentsBedroomReportsAndShortlistsRoundTrip() {
    qt().withExamples(150).forAll(LettingsGen.records()).checkAssert(r -> {
      LocalDate asAt = r.application().registeredOn().plusDays(30);
      LettingsAssessment.assess(r, asAt, LettingsPolicy.WORCESTER_TIMELINE, HomelessnessStanding.none())
          .forEach(x -> roundTrips(x, LettingsAssessment.class));
      roundTrips(BedroomReport.of(r.application(), asAt, LettingsPolicy.HCP_V1_12), BedroomReport.class);
    });
    Application family = LettingsSamples.overcrowdedFamily(ON);
    Advert house = LettingsSamples.threeBedroomHouse(ON.plusDays(7));
    Map<ApplicationId, ShortlistCandidate> reg = new HashMap<>();
    reg.put(family.id(), ShortlistCandidate.of(family, ApplicationStatus.ACTIVE, house.advertisedOn(),
        LettingsPolicy.HCP_V1_12, HomelessnessStanding.none()));
    List<Bid> bids = new ArrayList<>(List.of(Bid.of(family.id(), house.id(), house.advertisedOn()),
        Bid.of(ApplicationId.of("A-9"), house.id(), house.advertisedOn())));
    Decision<Shortlist> s = ShortlistRule.shortlist(house, bids, id -> Optional.ofNullable(reg.get(id)),
        LettingsPolicy.HCP_V1_12);
    String text = JSON.write(s, LettingsJson.SHORTLIST_DECISION);
    assertEquals(s, JSON.read(text, LettingsJson.SHORTLIST_DECISION).get());
    assertEquals(1, s.outcome().entries().size());
  }

  static List<String> problems(String json, Class<?> type) {
    Validation<Seq<Problem>, ?> v = JSON.read(json, type);
    assertTrue(v.isInvalid(), json);
    return v.getError().map(p -> p.path().jsonPointer() + " " + p.code()).toJavaList();
  }

  @Test
  void hostileAdvertsAreProblemsNeverExceptions() {
    String advert = "{\"id\": \"ADV-1\", \"landlord\": \"Platform\", \"district\": {\"code\": \"E07000237\", \"name\": "
        + "\"Worcester\"}, \"propertyType\": \"HOUSE\", \"bedrooms\": 2, \"tenancy\": \"ASSURED\", "
        + "\"advertisedOn\": \"2024-06-03\", \"closesOn\": \"2024-06-09\"}";
    assertTrue(JSON.read(advert, Advert.class).isValid());
    assertEquals(List.of("/bedrooms OUT_OF_RANGE"), problems(advert.replace("\"bedrooms\": 2", "\"bedrooms\": 99"),
        Advert.class));
    assertEquals(List.of("/closesOn INCONSISTENT"), problems(advert.replace("2024-06-09", "2024-06-01"), Advert.class));
    assertEquals(List.of("/tenancy UNKNOWN_CODE"), problems(advert.replace("ASSURED", "FREEHOLD"), Advert.class));
    assertEquals(List.of("/advertisedOn OUT_OF_RANGE"),
        problems(advert.replace("2024-06-03", "9999-12-31"), Advert.class));
    assertTrue(problems(advert.replace("\"bedrooms\": 2", "\"bedrooms\": 2, \"garden\": true"), Advert.class)
        .contains("/garden UNKNOWN_FIELD"));
    assertTrue(problems("[]", Advert.class).get(0).endsWith("WRONG_TYPE"));
  }

  @Test
  void hostileApplicationsAreProblemsNeverExceptions() {
    String written = JSON.write(LettingsSamples.overcrowdedFamily(ON));
    assertTrue(JSON.read(written, Application.class).isValid());
    List<String> ps = problems(written.replace("\"registeredOn\" : \"2024-06-03\"", "\"registeredOn\" : \"1899-12-31\""),
        Application.class);
    assertEquals(List.of("/registeredOn OUT_OF_RANGE"), ps);
    assertEquals(List.of("/registeredOn OUT_OF_RANGE"), problems(written.replace("\"registeredOn\" : \"2024-06-03\"",
        "\"registeredOn\" : \"9999-12-31\""), Application.class));
    assertTrue(problems(written.replace("\"floorAreaSquareFeet\" : 120", "\"floorAreaSquareFeet\" : -3"), Application.class)
        .contains("/currentRooms/0/floorAreaSquareFeet OUT_OF_RANGE"));
    String withBadFacts = written.replace("\"currentRooms\"",
        "\"bedroomFacts\" : {\"cannotShareBedroom\" : [\"P-99\"]}, \"currentRooms\"");
    assertEquals(List.of("/bedroomFacts/cannotShareBedroom/0 UNKNOWN_REFERENCE"), problems(withBadFacts, Application.class));
  }

  @Test
  void aRecordWithEventsOutOfOrderIsAProblemAtTheEvent() {
    String json = "{\"application\": " + JSON.write(LettingsSamples.homelessParent(ON)) + ", \"events\": ["
        + "{\"type\": \"ASSESSED\", \"on\": \"2024-06-10\", \"qualifies\": true},"
        + "{\"type\": \"SUSPENDED\", \"on\": \"2024-06-01\"},"
        + "{\"type\": \"TELEPORTED\", \"on\": \"2024-06-11\"}]}";
    List<String> ps = problems(json, ApplicationRecord.class);
    assertEquals(List.of("/events/2/type UNKNOWN_CODE"), ps);
    List<String> order = problems(json.replace(",{\"type\": \"TELEPORTED\", \"on\": \"2024-06-11\"}", ""),
        ApplicationRecord.class);
    assertEquals(List.of("/events/1/on OUT_OF_RANGE"), order);
  }

  @Test
  void noPersonalDataInToStringOrProblems() {
    Application a = LettingsSamples.overcrowdedFamily(ON);
    assertFalse(a.toString().contains("Okafor"));
    assertFalse(a.toString().contains(a.household().applicant().dateOfBirth().toString()));
    String written = JSON.write(a);
    List<String> ps = problems(written.replace("\"Ngozi Okafor\"", "\"\""), Application.class);
    assertTrue(ps.stream().noneMatch(p -> p.contains("Okafor")));
    assertEquals(ProblemCodes.INVALID_FORMAT, ps.get(0).substring(ps.get(0).indexOf(' ') + 1));
  }

  @Test
  void theLettingsSchemasShip() {
    for (String doc : List.of("lettings-application", "lettings-advert", "lettings-bids", "lettings-offer",
        "lettings-policy", "lettings-assessment", "lettings-bedrooms", "lettings-shortlist")) {
      assertTrue(JsonSchemas.shipped(doc).isPresent(), doc);
    }
  }

  @Test
  void everyReasonALettingsDecisionGivesIsListedInTheCodesFile() {
    tools.jackson.databind.JsonNode codes = JSON.readTree(JsonSchemas.shippedCodes()).get();
    java.util.Set<String> listed = new java.util.HashSet<>();
    codes.path("reasons").forEach(r -> listed.add(r.path("code").stringValue()));
    java.util.Set<String> seen = new java.util.TreeSet<>();
    qt().withExamples(400).forAll(LettingsGen.records(), org.quicktheories.generators.Generate.range(0, 800))
        .checkAssert((r, days) -> {
          LocalDate asAt = r.application().registeredOn().plusDays(days);
          LettingsAssessment.assess(r, asAt, LettingsPolicy.WORCESTER_TIMELINE, HomelessnessStanding.none())
              .forEach(x -> {
                x.eligibility().reasons().forEach(c -> seen.add(c.code()));
                x.qualification().reasons().forEach(c -> seen.add(c.code()));
                x.banding().reasons().forEach(c -> seen.add(c.code()));
                x.propertySizes().reasons().forEach(c -> seen.add(c.code()));
              });
          BedroomReport b = BedroomReport.of(r.application(), asAt, LettingsPolicy.HCP_V1_12);
          b.bedroomStandard().reasons().forEach(c -> seen.add(c.code()));
          b.statutoryOvercrowding().reasons().forEach(c -> seen.add(c.code()));
        });
    assertTrue(seen.size() > 30, seen::toString);
    seen.removeAll(listed);
    assertEquals(java.util.Set.of(), seen, "reason codes missing from codes.json");
  }

  @Test
  void lettingsFiguresRoundTrip() {
    uk.gov.worcester.housing.rules.lettings.LettingsFigures f = uk.gov.worcester.housing.rules.lettings.LettingsFigures.of(
        List.of(uk.gov.worcester.housing.rules.lettings.Letting.of(LettingsSamples.threeBedroomHouse(ON),
            ApplicationId.of("A-1"), ON.plusDays(9), uk.gov.worcester.housing.core.lettings.Band.GOLD, true)),
        uk.gov.worcester.housing.core.common.DateRange.of(ON, ON.plusMonths(3)));
    roundTrips(f, uk.gov.worcester.housing.rules.lettings.LettingsFigures.class);
    assertEquals(1, f.toHomelessHouseholds());
  }

  @Test
  void offersRoundTrip() {
    qt().withExamples(100).forAll(LettingsGen.adverts()).checkAssert(a -> {
      LettingOffer o = LettingOffer.builder().application(ApplicationId.of("A-1")).advert(a.id())
          .offeredOn(a.closesOn()).response(uk.gov.worcester.housing.core.lettings.OfferResponse.REFUSED)
          .consequencesExplained(true).build();
      roundTrips(o, LettingOffer.class);
    });
  }

  @Test
  void s193_7F_aLettingOfferWithoutItsFindingsReadsAsNotSatisfiedAndNotConsidered() {
    LettingOffer read = JSON.read("""
        {"application": "A-1", "advert": "ADV-1", "offeredOn": "2024-06-01", "response": "REFUSED",
         "consequencesExplained": true}
        """, LettingOffer.class).get();
    assertFalse(read.suitable(), "a missing finding of suitability must not let a refusal end a duty");
    assertEquals(uk.gov.worcester.housing.core.homelessness.ExistingObligations.NOT_CONSIDERED,
        read.existingObligations());
  }
}
