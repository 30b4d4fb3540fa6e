package uk.gov.worcester.housing.json.privatesector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.privatesector.DfgApplication;
import uk.gov.worcester.housing.core.privatesector.HazardJudgement;
import uk.gov.worcester.housing.core.privatesector.HmoProperty;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.privatesector.LicenceApplication;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.JsonSchemas;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.privatesector.DfgOutcome;
import uk.gov.worcester.housing.rules.privatesector.DfgPolicy;
import uk.gov.worcester.housing.rules.privatesector.DfgRule;
import uk.gov.worcester.housing.rules.privatesector.EnforcementPolicy;
import uk.gov.worcester.housing.rules.privatesector.HhsrsLaw;
import uk.gov.worcester.housing.rules.privatesector.HhsrsReport;
import uk.gov.worcester.housing.rules.privatesector.HmoLicensingPolicy;
import uk.gov.worcester.housing.rules.privatesector.LicenceDecision;
import uk.gov.worcester.housing.rules.privatesector.LicenceRule;
import uk.gov.worcester.housing.testkit.privatesector.PrivateSectorGen;
import uk.gov.worcester.housing.testkit.privatesector.PrivateSectorSamples;

class PrivateSectorJsonTest {
  static final HousingJson JSON = HousingJson.create();
  static final LocalDate AS_AT = LocalDate.of(2025, 3, 10);

  static <T> T roundTrip(T value, Class<T> type) {
    return JSON.read(JSON.write(value), type).getOrElseThrow(() -> new AssertionError("did not read back"));
  }

  @Test
  void inspectionsAndTheirReportsReadBackEqual() {
    qt().withExamples(200).forAll(PrivateSectorGen.inspections()).checkAssert(i -> {
      assertEquals(i, roundTrip(i, Inspection.class));
      HhsrsReport r = HhsrsReport.of(i, AS_AT, HhsrsLaw.HHSRS_2006, EnforcementPolicy.CIVIL_PENALTIES_2017);
      assertEquals(r, roundTrip(r, HhsrsReport.class));
    });
  }

  @Test
  void licenceApplicationsAndDecisionsReadBackEqual() {
    qt().withExamples(200).forAll(PrivateSectorGen.licenceApplications()).checkAssert(a -> {
      assertEquals(a, roundTrip(a, LicenceApplication.class));
      Decision<LicenceDecision> d = LicenceRule.assess(a, AS_AT, HmoLicensingPolicy.WORCESTER_2018);
      String text = JSON.write(d, PrivateSectorDecisionsJson.LICENCE_DECISION_DECISION);
      assertEquals(d, JSON.read(text, PrivateSectorDecisionsJson.LICENCE_DECISION_DECISION).get());
    });
  }

  @Test
  void dfgApplicationsAndDecisionsReadBackEqual() {
    qt().withExamples(200).forAll(PrivateSectorGen.dfgApplications()).checkAssert(a -> {
      assertEquals(a, roundTrip(a, DfgApplication.class));
      DfgRule.assess(a, AS_AT, DfgPolicy.ENGLAND_2008).forEach(d -> {
        String text = JSON.write(d, PrivateSectorDecisionsJson.DFG_DECISION);
        assertEquals(d, JSON.read(text, PrivateSectorDecisionsJson.DFG_DECISION).get());
      });
    });
  }

  @Test
  void policyDocumentsReadBackEqualAndSchemesAreChecked() {
    uk.gov.worcester.housing.rules.privatesector.LicensingScheme scheme =
        uk.gov.worcester.housing.rules.privatesector.LicensingScheme.builder().name("Arboretum additional licensing")
            .kind(uk.gov.worcester.housing.rules.privatesector.LicensingScheme.Kind.ADDITIONAL)
            .addWards(uk.gov.worcester.housing.core.common.Ward.ARBORETUM)
            .inForce(uk.gov.worcester.housing.core.common.DateRange.of(LocalDate.of(2025, 1, 1),
                LocalDate.of(2029, 12, 31))).build();
    HmoLicensingPolicy withScheme = HmoLicensingPolicy.builder().from(HmoLicensingPolicy.WORCESTER_2018)
        .version("HMO-WORCESTER/2025-01-01").effectiveFrom(LocalDate.of(2025, 1, 1)).addSchemes(scheme).build();
    uk.gov.worcester.housing.rules.common.PolicyTimeline<HmoLicensingPolicy> timeline =
        HmoLicensingPolicy.WORCESTER.with(withScheme);
    String text = JSON.write(timeline, PrivateSectorPoliciesJson.HMO_LICENSING_DOCUMENT);
    assertEquals(timeline.versions(), JSON.read(text, PrivateSectorPoliciesJson.HMO_LICENSING_DOCUMENT).get()
        .versions());
    String sixYears = text.replace("2029-12-31", "2030-12-31");
    Seq<Problem> found = JSON.read(sixYears, PrivateSectorPoliciesJson.HMO_LICENSING_DOCUMENT).getError();
    assertTrue(pointers(found).contains("/versions/1/schemes/0/inForce OUT_OF_RANGE"), found::toString);
    String enforcement = JSON.write(EnforcementPolicy.WORCESTER, PrivateSectorPoliciesJson.ENFORCEMENT_DOCUMENT);
    Seq<Problem> wrong = JSON.read(enforcement, PrivateSectorPoliciesJson.DFG_DOCUMENT).getError();
    assertTrue(pointers(wrong).contains("/policy WRONG_POLICY"), wrong::toString);
    String unknown = enforcement.replace("\"civilPenaltyMaximum\" : {", "\"civilPenaltyMinimum\" : {");
    assertTrue(pointers(JSON.read(unknown, PrivateSectorPoliciesJson.ENFORCEMENT_DOCUMENT).getError()).stream()
        .anyMatch(p -> p.endsWith("UNKNOWN_FIGURE")), unknown);
  }

  @Test
  void theSampleInspectionHasAReadableShape() {
    String text = JSON.write(PrivateSectorSamples.coldTerrace()).replace(" : ", ":");
    assertTrue(text.contains("\"hazard\":\"EXCESS_COLD\""), text);
    assertTrue(text.contains("\"likelihood\":10"), text);
    assertTrue(text.contains("\"classIII\":21.5"), text);
    String report = JSON.write(HhsrsReport.of(PrivateSectorSamples.coldTerrace(), AS_AT, HhsrsLaw.HHSRS_2006,
        EnforcementPolicy.CIVIL_PENALTIES_2017)).replace(" : ", ":");
    assertTrue(report.contains("\"score\":1714"), report);
    assertTrue(report.contains("\"band\":\"C\""), report);
    assertTrue(report.contains("\"category\":\"CATEGORY_1\""), report);
    assertTrue(report.contains("\"civilPenaltyMaximum\":\"30000.00\""), report);
  }

  static Seq<Problem> problems(String json, Class<?> type) {
    Validation<Seq<Problem>, ?> v = JSON.read(json, type);
    assertTrue(v.isInvalid(), "expected problems for " + json);
    return v.getError();
  }

  static Set<String> pointers(Seq<Problem> problems) {
    return problems.map(p -> p.path().jsonPointer() + " " + p.code()).toJavaSet();
  }

  @Test
  void hostileJudgementsAreProblemsWithPointers() {
    String base = "{\"hazard\":\"EXCESS_COLD\",\"likelihood\":%s,\"spread\":{\"classI\":%s,\"classII\":0,"
        + "\"classIII\":0,\"classIV\":%s}%s}";
    assertEquals(Set.of("/likelihood OUT_OF_RANGE"), pointers(problems(String.format(base, "0.5", "0", "100", ""),
        HazardJudgement.class)));
    assertEquals(Set.of("/likelihood OUT_OF_RANGE"), pointers(problems(String.format(base, "1e300", "0", "100", ""),
        HazardJudgement.class)));
    assertEquals(Set.of("/likelihood OUT_OF_RANGE"), pointers(problems(String.format(base, "1e400", "0", "100", ""),
        HazardJudgement.class)));
    assertEquals(Set.of("/likelihood OUT_OF_RANGE"), pointers(problems(String.format(base, "-1e400", "0", "100", ""),
        HazardJudgement.class)));
    assertEquals(Set.of("/likelihood OUT_OF_RANGE"), pointers(problems(String.format(base,
        "1" + "0".repeat(12), "0", "100", ""), HazardJudgement.class)));
    assertEquals(Set.of("/likelihood INVALID_FORMAT"), pointers(problems(String.format(base, "2.125", "0", "100", ""),
        HazardJudgement.class)));
    assertTrue(pointers(problems(String.format(base, "10", "50", "40", ""), HazardJudgement.class))
        .contains("/spread INCONSISTENT"));
    assertTrue(pointers(problems(String.format(base, "10", "-1", "101", ""), HazardJudgement.class))
        .contains("/spread/classI OUT_OF_RANGE"));
    assertTrue(pointers(problems(String.format(base, "\"ten\"", "0", "100", ""), HazardJudgement.class)).stream()
        .anyMatch(s -> s.startsWith("/likelihood ")));
    assertTrue(pointers(problems(String.format(base, "10", "0", "100", ",\"colour\":\"red\""), HazardJudgement.class))
        .stream().anyMatch(s -> s.startsWith("/colour ")));
    assertTrue(pointers(problems("{\"hazard\":\"DRAUGHTS\",\"likelihood\":10,\"spread\":{\"classI\":0,\"classII\":0,"
        + "\"classIII\":0,\"classIV\":100}}", HazardJudgement.class)).stream().anyMatch(s -> s.startsWith("/hazard ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "[]", "null", "\"x\"", "{\"reference\":\"A\",\"inspectedOn\":\"+999999999-12-31\"}",
      "{\"reference\":\"A\",\"inspectedOn\":\"-999999999-01-01\"}",
      "{\"reference\":\"A\",\"inspectedOn\":\"2025-02-30\",\"judgements\":[]}",
      "{\"reference\":\"A B\",\"inspectedOn\":\"2025-02-03\",\"judgements\":{}}"})
  void hostileInspectionsAreProblemsNotExceptions(String json) {
    assertFalse(problems(json, Inspection.class).isEmpty());
  }

  @Test
  void hostilePropertiesAndApplicationsAreProblems() {
    assertTrue(pointers(problems("{\"reference\":\"H1\",\"buildingKind\":\"HOUSE\",\"ward\":{\"code\":\"ARBORETUM\","
        + "\"name\":\"Arboretum\",\"authority\":{\"code\":\"E07000237\",\"name\":\"Worcester\"}},\"occupants\":3,"
        + "\"households\":4,\"sharesBasicAmenity\":true}", HmoProperty.class)).contains("/households OUT_OF_RANGE"));
    assertFalse(problems("{\"reference\":\"D1\",\"applicantKind\":\"TENANT\",\"receivedOn\":\"2025-01-01\","
        + "\"applicantAged18OrOver\":true,\"fiveYearOccupationCertified\":true,\"necessaryAndAppropriate\":true,\"reasonableAndPracticable\":true,"
        + "\"purposes\":[],\"estimatedCost\":\"12.345\"}", DfgApplication.class).isEmpty());
    String oldWard = JSON.write(PrivateSectorSamples.sharedHouseApplication())
        .replace("\"ARBORETUM\"", "\"BEDWARDINE\"").replace("\"Arboretum\"", "\"Bedwardine\"");
    Seq<Problem> ward = problems(oldWard, LicenceApplication.class);
    assertTrue(pointers(ward).contains("/property/ward WARD_NOT_IN_FORCE"), ward::toString);
    String farFuture = JSON.write(PrivateSectorSamples.showerAdaptation()).replace("2025-02-10", "9999-12-31");
    assertTrue(pointers(problems(farFuture, DfgApplication.class)).contains("/receivedOn OUT_OF_RANGE"));
  }

  @Test
  void noPersonalOrFinancialDataInToStringOrProblems() {
    DfgApplication a = PrivateSectorSamples.showerAdaptation();
    assertFalse(a.toString().contains("305.50"));
    String bad = JSON.write(a).replace("\"310.00\"", "\"-310.00\"");
    problems(bad, DfgApplication.class).forEach(p -> assertFalse(p.message().contains("310")));
  }

  @Test
  void everyReasonAndProblemCodeOfThePrivateSectorRulesIsListed() {
    JsonNode codes = JsonMapper.builder().build().readTree(JsonSchemas.shippedCodes());
    Set<String> listed = new HashSet<>();
    codes.path("reasons").forEach(e -> listed.add(e.path("decision").stringValue() + " " + e.path("code").stringValue()));
    codes.path("problems").forEach(e -> listed.add("problem " + e.path("code").stringValue()));
    Set<String> seen = new TreeSet<>();
    qt().withExamples(300).forAll(PrivateSectorGen.inspections()).checkAssert(i -> {
      HhsrsReport r = HhsrsReport.of(i, AS_AT, HhsrsLaw.HHSRS_2006, EnforcementPolicy.CIVIL_PENALTIES_2017);
      r.scores().reasons().forEach(x -> seen.add("hhsrs " + x.code()));
      r.enforcement().forEach(d -> d.reasons().forEach(x -> seen.add("enforcement " + x.code())));
    });
    qt().withExamples(500).forAll(PrivateSectorGen.licenceApplications()).checkAssert(a -> {
      Decision<LicenceDecision> d = LicenceRule.assess(a, AS_AT, HmoLicensingPolicy.WORCESTER_2018);
      d.reasons().forEach(x -> seen.add((listed.contains("hmo " + x.code()) ? "hmo " : "hmoLicence ") + x.code()));
      d.outcome().problems().forEach(p -> seen.add("problem " + p.code()));
    });
    qt().withExamples(500).forAll(PrivateSectorGen.dfgApplications()).checkAssert(a -> {
      Validation<Seq<Problem>, Decision<DfgOutcome>> v = DfgRule.assess(a, AS_AT, DfgPolicy.ENGLAND_2008);
      v.forEach(d -> d.reasons().forEach(x -> seen.add("dfg " + x.code())));
      if (v.isInvalid()) {
        v.getError().forEach(p -> seen.add("problem " + p.code()));
      }
    });
    assertTrue(seen.size() > 30, "the generators should reach most codes: " + seen);
    Set<String> missing = new TreeSet<>(seen);
    missing.removeAll(listed);
    assertEquals(Set.of(), missing, "codes missing from codes.json");
  }
}
