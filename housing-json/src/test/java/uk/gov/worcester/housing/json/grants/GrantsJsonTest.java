package uk.gov.worcester.housing.json.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantEvent;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.JsonSchemas;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.grants.FundLedger;
import uk.gov.worcester.housing.rules.grants.Grant;
import uk.gov.worcester.housing.rules.grants.GrantAssessment;
import uk.gov.worcester.housing.rules.grants.GrantMonitoring;
import uk.gov.worcester.housing.rules.grants.GrantPolicy;
import uk.gov.worcester.housing.rules.grants.GrantRules;
import uk.gov.worcester.housing.rules.grants.GrantStatus;
import uk.gov.worcester.housing.rules.grants.GrantWorkflow;
import uk.gov.worcester.housing.rules.grants.MonitoringReport;
import uk.gov.worcester.housing.rules.grants.RankedBid;
import uk.gov.worcester.housing.rules.grants.RoundRanking;
import uk.gov.worcester.housing.testkit.grants.GrantSamples;
import uk.gov.worcester.housing.testkit.grants.GrantsGen;

/** The grants JSON contract: round trips, the policy document, hostile input and the listed codes. */
class GrantsJsonTest {
  static final HousingJson JSON = HousingJson.create();
  static final GrantWorkflow FLOW = GrantWorkflow.worcester();
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  static <T> T roundTrip(T value, Class<T> type) {
    var read = JSON.read(JSON.write(value), type);
    if (read.isInvalid()) {
      throw new AssertionError("did not read back: " + read.getError());
    }
    return read.get();
  }

  static Seq<Problem> problems(String json, Class<?> type) {
    var v = JSON.read(json, type);
    assertTrue(v.isInvalid(), "expected problems");
    return v.getError();
  }

  /** The garden application as compact JSON, so tests can change it by replacing text. */
  static String gardenJson() {
    return MAPPER.writeValueAsString(MAPPER.readTree(JSON.write(GrantSamples.gorseHillGarden())));
  }

  @Test
  void applicationsRecordsAndAssessmentsReadBackEqual() {
    qt().withExamples(150).forAll(GrantsGen.applications()).checkAssert(a -> {
      assertEquals(a, roundTrip(a, GrantApplication.class));
      GrantAssessment x = GrantRules.worcester().assess(a, a.receivedOn(), Money.ofPounds(5_000)).get();
      assertEquals(x, roundTrip(x, GrantAssessment.class));
    });
    qt().withExamples(100).forAll(GrantsGen.records()).checkAssert(r -> assertEquals(r, roundTrip(r, GrantRecord.class)));
  }

  @Test
  void grantsStatusesLedgersRankingsAndMonitoringReadBackEqual() {
    qt().withExamples(60).forAll(GrantsGen.guidedRecords(r -> FLOW.replay(r).isValid()), Generate.range(0, 600))
        .checkAssert((r, days) -> {
          Grant g = FLOW.replay(r).get();
          assertEquals(g, roundTrip(g, Grant.class));
          LocalDate asAt = r.application().receivedOn().plusDays(days);
          GrantStatus s = FLOW.statusOn(g, asAt);
          assertEquals(s, roundTrip(s, GrantStatus.class));
          FundLedger.build(g.policy(), List.of(g), asAt).forEach(l -> assertEquals(l, roundTrip(l, FundLedger.class)));
          for (RankedBid b : RoundRanking.rank(List.of(g), GrantPolicy.COMMUNITY_GRANTS_2024_25, asAt)
              .getOrElse(List.of())) {
            assertEquals(b, roundTrip(b, RankedBid.class));
          }
          MonitoringReport m = GrantMonitoring.report(List.of(g), FinancialYear.containing(asAt), asAt, FLOW);
          assertEquals(m, roundTrip(m, MonitoringReport.class));
        });
  }

  @Test
  void aGardenApplicationInJson() {
    JsonNode doc = MAPPER.readTree(gardenJson());
    assertEquals("OUR_HAPPY_PLACE", doc.path("scheme").stringValue());
    assertEquals("GORSE_HILL", doc.path("project").path("wards").path(0).path("code").stringValue());
    assertEquals("2000.00", doc.path("requested").stringValue());
    JsonNode line = doc.path("match").path(0);
    assertEquals("VOLUNTEER_TIME", line.path("type").stringValue());
    assertEquals("150.00", line.path("hours").stringValue());
    assertEquals(12, line.path("volunteers").intValue());
    assertTrue(line.path("skill").isMissingNode(), "the default skill level is left out");
  }

  @Test
  void hostileApplications_problemsWithPointersNeverExceptions() {
    String garden = gardenJson();
    assertEquals("UNKNOWN_FIELD", problems(garden.replaceFirst("\\{", "{\"extra\": 1, "), GrantApplication.class)
        .head().code());
    Seq<Problem> hours = problems(garden.replace("\"150.00\"", "\"1.234\""), GrantApplication.class);
    assertEquals("/match/0/hours", hours.head().path().jsonPointer());
    assertEquals("INVALID_FORMAT", hours.head().code());
    Seq<Problem> kind = problems(garden.replace("\"VOLUNTEER_TIME\"", "\"GOODWILL\""), GrantApplication.class);
    assertEquals("/match/0/type", kind.head().path().jsonPointer());
    Seq<Problem> expertise = problems(garden.replace("\"type\":\"VOLUNTEER_TIME\",\"volunteers\":12,",
        "\"type\":\"EXPERTISE\",").replace("\"hours\":\"150.00\"", "\"hours\":\"150.00\",\"skill\":\"GENERAL\""),
        GrantApplication.class);
    assertEquals("/match/0/skill", expertise.head().path().jsonPointer());
    assertEquals("NOT_ALLOWED", expertise.head().code());
    Seq<Problem> late = problems(garden.replace("2016-09-12", "2024-09-12"), GrantApplication.class);
    assertEquals("/project/wards/0", late.head().path().jsonPointer());
    assertEquals("WARD_NOT_IN_FORCE", late.head().code());
    Seq<Problem> money = problems(garden.replace("\"2000.00\"", "\"-5\""), GrantApplication.class);
    assertEquals("/requested", money.head().path().jsonPointer());
    for (String date : List.of("+999999999-12-31", "0000-01-01", "2016-02-30", "-1000-01-01")) {
      assertTrue(JSON.read(garden.replace("2016-09-12", date), GrantApplication.class).isInvalid(), date);
    }
    assertTrue(JSON.read(garden.replace("\"2000.00\"", "\"99999999999999\""), GrantApplication.class).isInvalid());
    assertTrue(JSON.read("[]", GrantApplication.class).isInvalid());
    assertTrue(JSON.read("{\"application\": 3}", GrantRecord.class).isInvalid());
  }

  @Test
  void extremeDatesAreProblems_evenWhereNothingElseIsWrong() {
    String record = MAPPER.writeValueAsString(MAPPER.readTree(JSON.write(GrantSamples.gorseHillGardenGrant())));
    Seq<Problem> end = problems(record.replace("\"endsOn\":\"2017-06-30\"", "\"endsOn\":\"9999-12-31\""),
        Grant.class);
    assertEquals("/application/project/endsOn OUT_OF_RANGE", end.head().path().jsonPointer() + " " + end.head().code());
    Seq<Problem> paid = problems(record.replace("\"2017-07-20\"", "\"9999-01-01\""), Grant.class);
    assertEquals("/events/2/on OUT_OF_RANGE", paid.head().path().jsonPointer() + " " + paid.head().code());
  }

  @Test
  void readingAGrantReplaysIt_anUnlawfulEventIsAProblemAtItsPointer() {
    GrantRecord r = GrantRecord.of(GrantSamples.gorseHillGarden(), List.of(
        new GrantEvent.Paid(LocalDate.of(2016, 10, 1), Money.ofPounds(10))));
    Seq<Problem> ps = problems(JSON.write(r), Grant.class);
    assertEquals("/events/0", ps.head().path().jsonPointer());
    assertEquals("ILLEGAL_TRANSITION", ps.head().code());
    assertTrue(JSON.read(JSON.write(r), GrantRecord.class).isValid(), "a record alone only checks its shape");
  }

  @Test
  void problemMessagesNeverRepeatTheGroupsOrProjectsText() {
    String garden = gardenJson().replace("\"members\":14", "\"members\":0");
    for (Problem p : problems(garden, GrantApplication.class)) {
      assertFalse(p.message().contains("Gorse Hill Residents"), p.toString());
      assertFalse(p.toString().contains("community garden"), p.toString());
    }
  }

  static void reasons(Set<String> into, String decision, Decision<?> d) {
    d.reasons().forEach(r -> into.add(decision + " " + r.code()));
  }

  @Test
  void everyGrantsReasonAndProblemIsListedInCodesJson() {
    JsonNode codes = MAPPER.readTree(JsonSchemas.shippedCodes());
    Set<String> listedReasons = new TreeSet<>();
    codes.path("reasons").forEach(e -> listedReasons.add(e.path("decision").stringValue() + " "
        + e.path("code").stringValue()));
    Set<String> listedProblems = new TreeSet<>();
    codes.path("problems").forEach(e -> listedProblems.add(e.path("code").stringValue()));
    Set<String> seen = new TreeSet<>();
    Set<String> problems = new TreeSet<>();
    qt().withExamples(1000).forAll(GrantsGen.applications(), Generate.longRange(0, 400_000)).checkAssert((a, fund) -> {
      GrantAssessment x = GrantRules.worcester().assess(a, a.receivedOn(), Money.ofPence(fund)).get();
      reasons(seen, "grantEligibility", x.eligibility());
      reasons(seen, "grantMatch", x.match());
      reasons(seen, "grantAward", x.award());
    });
    List<Grant> grants = new ArrayList<>();
    qt().withExamples(300).forAll(GrantsGen.guidedRecords(r -> FLOW.replay(r).isValid())).checkAssert(r ->
        grants.add(FLOW.replay(r).get()));
    for (RankedBid b : RoundRanking.rank(grants, GrantPolicy.COMMUNITY_GRANTS_2024_25, LocalDate.of(2024, 6, 1))
        .get()) {
      reasons(seen, "grantRecommendation", b.recommendation());
    }
    qt().withExamples(600).forAll(GrantsGen.records()).checkAssert(r ->
        FLOW.replay(r).fold(ps -> problems.addAll(ps.map(Problem::code).toJavaList()), g -> false));
    assertTrue(seen.size() > 20, seen::toString);
    assertTrue(problems.size() >= 5, problems::toString);
    seen.removeAll(listedReasons);
    problems.removeAll(listedProblems);
    assertEquals(Set.of(), seen, "reason codes missing from codes.json");
    assertEquals(Set.of(), problems, "problem codes missing from codes.json");
  }
}
