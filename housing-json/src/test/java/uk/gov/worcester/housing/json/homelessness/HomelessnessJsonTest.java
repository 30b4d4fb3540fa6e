package uk.gov.worcester.housing.json.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.ExistingObligations;
import uk.gov.worcester.housing.core.homelessness.MainDutyOutcome;
import uk.gov.worcester.housing.core.homelessness.Offer;
import uk.gov.worcester.housing.core.homelessness.OfferKind;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.core.homelessness.TenancyTerm;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.rules.homelessness.Assessment;
import uk.gov.worcester.housing.rules.homelessness.CaseProblems;
import uk.gov.worcester.housing.rules.homelessness.CaseStatus;
import uk.gov.worcester.housing.rules.homelessness.CaseStatusRule;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.Duty;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessLaw;
import uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy;
import uk.gov.worcester.housing.rules.homelessness.RoughSleeperFinding;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingPolicy;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingRule;
import uk.gov.worcester.housing.rules.homelessness.SnapshotCount;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicReturn;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;
import uk.gov.worcester.housing.testkit.homelessness.HomelessnessGen;

class HomelessnessJsonTest {
  static final HousingJson JSON = HousingJson.create();
  static final CaseWorkflow FLOW = CaseWorkflow.worcester();
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  static <T> T roundTrip(T value, Class<T> type) {
    return JSON.read(JSON.write(value), type).getOrElseThrow(() -> new AssertionError("did not read back"));
  }

  @Test
  void approachesAndTheirAssessmentsReadBackEqual() {
    qt().withExamples(150).forAll(HomelessnessGen.approaches()).checkAssert(a -> {
      assertEquals(a, roundTrip(a, Approach.class));
      Assessment x = HomelessnessAssessment.worcester().assess(a, a.appliedOn()).get();
      assertEquals(x, roundTrip(x, Assessment.class));
    });
  }

  @Test
  void casesTheirEventsAndTheirStatusReadBackEqual() {
    qt().withExamples(60).forAll(HomelessnessGen.guidedWalks(r -> FLOW.replay(r).isValid()), Generate.range(0, 300))
        .checkAssert((record, days) -> {
          assertEquals(record, roundTrip(record, CaseRecord.class));
          for (CaseEvent e : record.events()) {
            assertEquals(e, roundTrip(e, CaseEvent.class));
          }
          HomelessnessCase c = FLOW.replay(record).get();
          assertEquals(c, roundTrip(c, HomelessnessCase.class));
          CaseStatus s = CaseStatusRule.statusOn(c, record.approach().appliedOn().plusDays(days), FLOW,
              LocalHomelessnessPolicy.WORCESTER, HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021);
          assertEquals(inDocumentedOrder(s), roundTrip(s, CaseStatus.class));
          HclicReturn r = HclicExport.build(List.of(c), Quarter.containing(record.approach().appliedOn()),
              record.approach().authority(), HclicCodeTable.placeholder(), HomelessnessAssessment.worcester());
          assertEquals(r, roundTrip(r, HclicReturn.class));
        });
  }

  /**
   * A status with its duty lists in the contract's one order (duty kinds in code-list order,
   * duties by start then kind), as the JSON writes and reads them.
   */
  static CaseStatus inDocumentedOrder(CaseStatus s) {
    return CaseStatus.builder().from(s).liveDuties(s.liveDuties().stream().sorted().toList())
        .duties(s.duties().stream().sorted(java.util.Comparator.comparing(Duty::startedOn)
            .thenComparing(Duty::kind)).toList()).build();
  }

  @Test
  void everyKindOfEventAndQuarterReadsBackEqual() {
    qt().withExamples(300).forAll(HomelessnessGen.events()).checkAssert(e -> assertEquals(e, roundTrip(e, CaseEvent.class)));
    qt().forAll(uk.gov.worcester.housing.testkit.common.CommonGen.quarters())
        .checkAssert(q -> assertEquals(q, roundTrip(q, Quarter.class)));
  }

  @Test
  void streetContactsFindingsAndCountsReadBackEqual() {
    LocalDate from = LocalDate.of(2024, 11, 1);
    qt().withExamples(100).forAll(HomelessnessGen.streetContacts(from)).checkAssert(contacts -> {
      for (StreetContact c : contacts) {
        assertEquals(c, roundTrip(c, StreetContact.class));
      }
      for (RoughSleeperFinding f : RoughSleepingRule.findings(contacts, Quarter.containing(from).days(),
          RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023)) {
        assertEquals(f, roundTrip(f, RoughSleeperFinding.class));
      }
      SnapshotCount n = RoughSleepingRule.snapshot(contacts, from.plusDays(3));
      assertEquals(n, roundTrip(n, SnapshotCount.class));
    });
  }

  @Test
  void anApproachsToStringShowsNoNamesBirthDatesAbuseOrHealth() {
    qt().withExamples(200).forAll(HomelessnessGen.approaches()).checkAssert(a -> {
      String text = a.toString();
      a.household().members().forEach(p -> assertTrue(!text.contains(p.name()), "name in " + text));
      assertTrue(!text.contains("DOMESTIC_ABUSE") && !text.contains("OTHER_VIOLENCE"), text);
      assertTrue(!text.contains("VulnerabilityJudgement"), text);
    });
  }

  @Test
  void anUnlawfulCaseReadFromJsonIsAProblemAtItsEvent() {
    String json = """
        {"approach": %s,
         "events": [{"type": "RELIEF_DUTY_ACCEPTED", "on": "2024-05-01"},
                    {"type": "DUTY_ENDED", "on": "2024-05-10", "duty": "RELIEF", "reason": "RELIEF_56_DAYS_ELAPSED",
                     "noticeGivenOn": "2024-05-10"}]}
        """.formatted(JSON.write(uk.gov.worcester.housing.testkit.homelessness.ApproachSamples.roughSleeper(
        LocalDate.of(2024, 5, 1))));
    var problems = JSON.read(json, HomelessnessCase.class).getError();
    assertEquals("/events/1/on", problems.head().path().jsonPointer());
    assertEquals("TOO_EARLY", problems.head().code());
    assertTrue(JSON.read(json, CaseRecord.class).isValid(), "as a plain record it is well-formed");
  }

  @Test
  void anEventWithoutAKnownTypeSaysSoOnceAndNothingElse() {
    var unknown = JSON.read("{\"type\": \"EVICTED\", \"on\": \"2024-01-01\", \"x\": 1}", CaseEvent.class).getError();
    assertEquals(1, unknown.size());
    assertEquals("/type", unknown.head().path().jsonPointer());
    assertEquals("UNKNOWN_CODE", unknown.head().code());
    var missing = JSON.read("{\"on\": \"2024-01-01\"}", CaseEvent.class).getError();
    assertEquals("REQUIRED", missing.head().code());
    var extra = JSON.read("{\"type\": \"RELIEF_DUTY_ACCEPTED\", \"on\": \"2024-01-01\", \"duty\": \"RELIEF\"}",
        CaseEvent.class).getError();
    assertEquals("/duty UNKNOWN_FIELD", extra.head().path().jsonPointer() + " " + extra.head().code());
  }

  static final String PLACEMENT_STARTED = """
      {"type": "PLACEMENT_STARTED", "on": "2024-05-01", "placement": {"reference": "H-1", "type": "HOSTEL",
       "district": {"code": "E07000237", "name": "Worcester"}, %s"stay": {"start": "2024-05-01"},
       "underDuty": "INTERIM_ACCOMMODATION"}}""";

  static uk.gov.worcester.housing.core.homelessness.Placement placementOf(String fields) {
    CaseEvent e = JSON.read(PLACEMENT_STARTED.formatted(fields), CaseEvent.class)
        .getOrElseThrow(() -> new AssertionError("did not read"));
    return ((CaseEvent.PlacementStarted) e).placement();
  }

  @Test
  void si2003_3326_art2_aPlacementsSelfContainedAndProviderAreReadWrittenAndLeftOutWhenNotStated() {
    var stated = placementOf("\"selfContained\": false, \"provider\": \"PRIVATE\", ");
    assertEquals(java.util.Optional.of(false), stated.selfContained());
    assertEquals(java.util.Optional.of(uk.gov.worcester.housing.core.homelessness.AccommodationProvider.PRIVATE),
        stated.provider());
    String written = JSON.write(stated).replace(" ", "");
    assertTrue(written.contains("\"selfContained\"") && written.contains("\"provider\":\"PRIVATE\""), written);
    var silent = placementOf("");
    assertEquals(java.util.Optional.empty(), silent.provider());
    assertEquals(java.util.Optional.empty(), silent.selfContained());
    assertEquals(uk.gov.worcester.housing.core.homelessness.AccommodationProvider.VOLUNTARY_ORGANISATION,
        silent.providerOrAssumed(), "a hostel that does not say is assumed not privately run");
    String silentWritten = JSON.write(silent);
    assertTrue(!silentWritten.contains("provider") && !silentWritten.contains("selfContained"), silentWritten);
    var bad = JSON.read(PLACEMENT_STARTED.formatted("\"provider\": \"HOTEL\", \"selfContained\": \"no\", "),
        CaseEvent.class).getError();
    assertEquals(List.of("/placement/provider UNKNOWN_CODE", "/placement/selfContained WRONG_TYPE"),
        bad.map(p -> p.path().jsonPointer() + " " + p.code()).sorted().toJavaList());
  }

  /** Jordan's case to the refusal of an offer under the main duty, written and read as JSON. */
  static String refusalCase(Offer offer) {
    LocalDate day = LocalDate.of(2024, 5, 1);
    LocalDate decided = day.plusDays(56);
    return JSON.write(CaseRecord.of(ApproachSamples.seventeenYearOldAskedToLeave(day), List.of(
        new CaseEvent.ReliefDutyAccepted(day),
        new CaseEvent.MainDutyDecided(decided, MainDutyOutcome.MAIN_DUTY_OWED),
        new CaseEvent.OfferMade(decided.plusDays(5), offer),
        new CaseEvent.DutyEnded(decided.plusDays(10), DutyKind.MAIN, DutyEndReason.MAIN_REFUSED_SUITABLE_OFFER,
            Optional.of(decided.plusDays(10))))));
  }

  @Test
  void s193_5_anOfferWrittenBeforeSuitabilityWasRecordedReadsAsNotSatisfiedAndEndsNoDuty() {
    Offer recorded = new Offer(OfferKind.SUITABLE_TEMPORARY_ACCOMMODATION, TenancyTerm.periodic(), true, true,
        ExistingObligations.CAN_END_IN_TIME);
    ObjectNode old = (ObjectNode) MAPPER.readTree(refusalCase(recorded));
    ObjectNode offer = (ObjectNode) old.path("events").path(2).path("offer");
    assertTrue(offer.has("satisfiedSuitable") && offer.has("existingObligations"), offer.toString());
    offer.remove("satisfiedSuitable");
    offer.remove("existingObligations");
    CaseRecord read = JSON.read(MAPPER.writeValueAsString(old), CaseRecord.class).get();
    Offer defaulted = ((CaseEvent.OfferMade) read.events().get(2)).offer();
    assertEquals(false, defaulted.satisfiedSuitable(), "a missing satisfiedSuitable must not end a duty");
    assertEquals(ExistingObligations.NOT_CONSIDERED, defaulted.existingObligations());
    var problems = JSON.read(MAPPER.writeValueAsString(old), HomelessnessCase.class).getError();
    assertEquals("/events/3/reason", problems.head().path().jsonPointer());
    assertEquals(CaseProblems.OFFER_NOT_SATISFIED_SUITABLE, problems.head().code());
    assertTrue(JSON.read(refusalCase(recorded), HomelessnessCase.class).isValid());
    var unknown = JSON.read(refusalCase(recorded).replace("CAN_END_IN_TIME", "MAYBE"), CaseRecord.class).getError();
    assertEquals("/events/2/offer/existingObligations", unknown.head().path().jsonPointer());
  }

  @Test
  void s198_2ZA_whoMadeTheEarlierPrivateRentedOfferReadsBackAndIsOptional() {
    Approach back = ApproachSamples.returnedAfterPrivateRentedOffer(LocalDate.of(2024, 5, 1));
    assertEquals(back, roundTrip(back, Approach.class));
    assertTrue(JSON.write(back).contains("\"madeBy\""));
    ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.write(back));
    ((ObjectNode) tree.path("earlierPrivateRentedOffer")).remove("madeBy");
    Approach unknownMaker = JSON.read(MAPPER.writeValueAsString(tree), Approach.class).get();
    assertEquals(Optional.empty(), unknownMaker.earlierPrivateRentedOffer().get().madeBy());
  }
}
