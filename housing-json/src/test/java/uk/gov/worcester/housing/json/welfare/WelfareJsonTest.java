package uk.gov.worcester.housing.json.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.welfare.DhpApplication;
import uk.gov.worcester.housing.core.welfare.DhpRecord;
import uk.gov.worcester.housing.core.welfare.DwasApplication;
import uk.gov.worcester.housing.core.welfare.DwasRecord;
import uk.gov.worcester.housing.core.welfare.OfficerId;
import uk.gov.worcester.housing.core.welfare.WelfareRecords;
import uk.gov.worcester.housing.core.welfare.WelfareRequest;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.rules.welfare.DhpPolicy;
import uk.gov.worcester.housing.rules.welfare.DhpScheme;
import uk.gov.worcester.housing.rules.welfare.DwasDecision;
import uk.gov.worcester.housing.rules.welfare.DwasPolicy;
import uk.gov.worcester.housing.rules.welfare.DwasScheme;
import uk.gov.worcester.housing.rules.welfare.WelfareReport;
import uk.gov.worcester.housing.testkit.welfare.WelfareGen;
import uk.gov.worcester.housing.testkit.welfare.WelfareSamples;

/** Round trips of the welfare contract, and hostile input that must be problems, never exceptions. */
class WelfareJsonTest {
  static final HousingJson JSON = HousingJson.create();
  static final LocalDate DAY = LocalDate.of(2024, 6, 3);

  static <T> T roundTrip(T value, Class<T> type) {
    String text = JSON.write(value);
    Validation<Seq<Problem>, T> back = JSON.read(text, type);
    assertTrue(back.isValid(), () -> back.getError().mkString("; ") + "\n" + text);
    return back.get();
  }

  @Test
  void applicationsRecordsAndDecisionsReadBackEqual() {
    qt().withExamples(100).forAll(WelfareGen.applications()).checkAssert(a -> {
      assertEquals(a, roundTrip(a, DwasApplication.class));
      DwasDecision d = DwasScheme.worcester().decide(WelfareSamples.emptyRecord(), a, OfficerId.of("O-1"),
          a.receivedOn()).get();
      assertEquals(d, roundTrip(d, DwasDecision.class));
    });
    qt().withExamples(60).forAll(WelfareGen.records()).checkAssert(r -> assertEquals(r, roundTrip(r, DwasRecord.class)));
    qt().withExamples(60).forAll(WelfareGen.dhpRecords()).checkAssert(r -> assertEquals(r, roundTrip(r, DhpRecord.class)));
    qt().withExamples(40).forAll(WelfareGen.welfareRequests()).checkAssert(q -> assertEquals(q,
        roundTrip(q, WelfareRequest.class)));
    qt().withExamples(40).forAll(WelfareGen.welfareRecords()).checkAssert(q -> assertEquals(q,
        roundTrip(q, WelfareRecords.class)));
    qt().withExamples(40).forAll(WelfareGen.reviews(DAY, OfficerId.of("O-1"))).checkAssert(q -> assertEquals(q,
        roundTrip(q, uk.gov.worcester.housing.core.welfare.Review.class)));
    qt().withExamples(60).forAll(WelfareGen.dhpApplications()).checkAssert(a -> {
      assertEquals(a, roundTrip(a, DhpApplication.class));
      WelfareRequest req = new WelfareRequest.Dhp(DhpRecord.empty(), a, OfficerId.of("O-2"));
      assertEquals(req, roundTrip(req, WelfareRequest.class));
    });
  }

  @Test
  void policiesAndTheReportReadBackEqual() {
    assertEquals(DwasPolicy.WORCESTER, roundTrip(DwasPolicy.WORCESTER, DwasPolicy.class));
    assertEquals(DwasPolicy.SOUTH_WORCESTERSHIRE_2013, roundTrip(DwasPolicy.SOUTH_WORCESTERSHIRE_2013, DwasPolicy.class));
    assertEquals(DhpPolicy.WORCESTER, roundTrip(DhpPolicy.WORCESTER, DhpPolicy.class));
    assertTrue(compact(JSON.write(DwasPolicy.WORCESTER)).contains("\"unconfirmed\":true"), "figures say when unconfirmed");
    DwasDecision d = DwasScheme.worcester().decide(WelfareSamples.emptyRecord(), WelfareSamples.familyInCrisis("A-1", DAY),
        OfficerId.of("O-1"), DAY).get();
    DhpRecord dhp = DhpScheme.worcester().decide(DhpRecord.empty(), WelfareSamples.dhpClaim("D-1", DAY),
        OfficerId.of("O-1"), DAY).get().record();
    WelfareReport report = WelfareReport.of(d.record(), dhp, DateRange.of(LocalDate.of(2024, 4, 1),
        LocalDate.of(2025, 3, 31)), DwasPolicy.WORCESTER_TIMELINE, DhpPolicy.WORCESTER_TIMELINE);
    assertEquals(report, roundTrip(report, WelfareReport.class));
    WelfareRecords both = WelfareRecords.of(d.record(), dhp);
    assertEquals(both, roundTrip(both, WelfareRecords.class));
  }

  static Seq<Problem> problems(String json, Class<?> type) {
    Validation<Seq<Problem>, ?> v = JSON.read(json, type);
    assertTrue(v.isInvalid(), json);
    return v.getError();
  }

  static String compact(String json) {
    return JSON.mapper().readTree(json).toString();
  }

  static String sample() {
    return compact(JSON.write(new WelfareRequest.Dwas(WelfareSamples.emptyRecord(), WelfareSamples.familyInCrisis("A-1", DAY),
        OfficerId.of("O-1"))));
  }

  @Test
  void hostileValuesAreProblemsWithPointersNeverExceptions() {
    String good = sample();
    assertTrue(JSON.read(good, WelfareRequest.class).isValid());
    List<String[]> cases = List.of(
        new String[] {"{\"item\":\"FOOD_VOUCHER\"}", "{\"item\":\"ESSENTIAL_ITEMS\",\"estimatedCost\":\"0.00\"}",
            "/application/requests/0/estimatedCost"},
        new String[] {"{\"item\":\"FOOD_VOUCHER\"}", "{\"item\":\"ESSENTIAL_ITEMS\",\"estimatedCost\":\"-5.00\"}",
            "/application/requests/0/estimatedCost"},
        new String[] {"{\"item\":\"FOOD_VOUCHER\"}", "{\"item\":\"CASH\"}", "/application/requests/0/item"},
        new String[] {"\"scheme\":\"DWAS\"", "\"scheme\":\"GRANT\"", "/scheme"},
        new String[] {"\"receivedOn\":\"2024-06-03\"", "\"receivedOn\":\"+999999999-12-31\"", "/application/receivedOn"},
        new String[] {"\"officer\":\"O-1\"", "\"officer\":\"\"", "/officer"},
        new String[] {"\"situation\":\"CRISIS\"", "\"situation\":\"CRISIS\",\"extra\":1", "/application/extra"});
    for (String[] c : cases) {
      assertTrue(good.contains(c[0]), c[0]);
      Seq<Problem> ps = problems(good.replace(c[0], c[1]), WelfareRequest.class);
      assertTrue(ps.exists(p -> p.path().jsonPointer().equals(c[2])), c[1] + " -> " + ps.mkString("; "));
      for (Problem p : ps) {
        assertFalse(p.message().contains("Pat Lewis") || p.message().contains("Morgan"), p.toString());
      }
    }
  }

  @Test
  void aRecordsOwnRulesAreProblems() {
    DwasDecision d = DwasScheme.worcester().decide(WelfareSamples.emptyRecord(), WelfareSamples.familyInCrisis("A-1", DAY),
        OfficerId.of("O-1"), DAY).get();
    String record = compact(JSON.write(d.record()));
    String badLine = record.replace("\"refusalCodes\"", "\"fulfilments\":[{\"line\":7,\"kind\":\"PAID\",\"on\":\"2024-06-01\"}],"
        + "\"refusalCodes\"");
    if (!record.contains("\"refusalCodes\"")) {
      badLine = record.replace("\"awards\"", "\"fulfilments\":[{\"line\":7,\"kind\":\"PAID\",\"on\":\"2024-06-01\"}],\"awards\"");
    }
    Seq<Problem> ps = problems(badLine, DwasRecord.class);
    assertTrue(ps.exists(p -> p.path().jsonPointer().startsWith("/entries/0/fulfilments/0")), ps.mkString("; "));
    String refusedWithAward = record.replace("\"outcome\":\"AWARDED\"", "\"outcome\":\"REFUSED\"");
    assertTrue(problems(refusedWithAward, DwasRecord.class).exists(p -> p.code().equals("INCONSISTENT")));
  }

  static java.util.Set<String> listed(String kind) {
    tools.jackson.databind.JsonNode codes = JSON.mapper().readTree(uk.gov.worcester.housing.json.JsonSchemas.shippedCodes());
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (tools.jackson.databind.JsonNode e : codes.path(kind)) {
      out.add(kind.equals("reasons") ? e.path("decision").stringValue() + " " + e.path("code").stringValue()
          : e.path("code").stringValue());
    }
    return out;
  }

  static java.util.Set<String> constants(Class<?> holder, String prefix) throws IllegalAccessException {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (java.lang.reflect.Field f : holder.getFields()) {
      if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        out.add(prefix + f.get(null));
      }
    }
    return out;
  }

  @Test
  void everyWelfareReasonAndProblemCodeIsListedInCodesJson() throws IllegalAccessException {
    java.util.Set<String> reasons = listed("reasons");
    java.util.Set<String> problems = listed("problems");
    java.util.Set<String> dwas = constants(DwasScheme.class, "dwas ");
    dwas.remove("dwas " + DwasScheme.DECIDED_OUT_OF_ORDER);
    dwas.remove("dwas " + DwasScheme.REVIEW_OUT_OF_TIME);
    dwas.removeAll(reasons);
    assertEquals(java.util.Set.of(), dwas);
    java.util.Set<String> dhp = constants(DhpScheme.class, "dhp ");
    dhp.removeAll(reasons);
    assertEquals(java.util.Set.of(), dhp);
    assertTrue(problems.contains(DwasScheme.DECIDED_OUT_OF_ORDER) && problems.contains(DwasScheme.REVIEW_OUT_OF_TIME));
    java.util.Set<String> seen = new java.util.TreeSet<>();
    qt().withExamples(60).forAll(WelfareGen.applicationSequences(25)).checkAssert(apps -> {
      DwasRecord r = WelfareSamples.emptyRecord();
      for (DwasApplication a : apps) {
        DwasDecision d = DwasScheme.worcester().decide(r, a, OfficerId.of("O-1"), a.receivedOn()).get();
        d.decision().reasons().forEach(x -> seen.add("dwas " + x.code()));
        r = d.record();
      }
    });
    assertTrue(seen.size() > 15, seen::toString);
    seen.removeAll(reasons);
    assertEquals(java.util.Set.of(), seen, "reasons given but not listed");
  }
}
