package uk.gov.worcester.housing.json.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.JsonSchemas;
import uk.gov.worcester.housing.json.common.JsonProblems;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.homelessness.Assessment;
import uk.gov.worcester.housing.rules.homelessness.CaseProblems;
import uk.gov.worcester.housing.rules.homelessness.CaseStatus;
import uk.gov.worcester.housing.rules.homelessness.CaseStatusRule;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessLaw;
import uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy;
import uk.gov.worcester.housing.rules.homelessness.PlacementCheck;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicFailure;
import uk.gov.worcester.housing.testkit.homelessness.HomelessnessGen;
import uk.gov.worcester.housing.testkit.household.HouseholdGen;

/**
 * Reason, deadline and problem codes are part of the contract: {@code codes.json}, shipped in the
 * jar, lists each with a description; this test pins the list ({@code contract-codes.txt}
 * changes only on purpose, with a note in the README's change log) and checks that every code the
 * library can produce, over thousands of generated cases, is listed.
 */
class ContractCodesTest {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final HousingJson JSON = HousingJson.create();
  static final CaseWorkflow FLOW = CaseWorkflow.worcester();
  static final JsonNode CODES = MAPPER.readTree(JsonSchemas.shippedCodes());

  /** Each listed code of a kind ({@code reasons}, ...), as "decision CODE" for reasons, else "CODE". */
  static Set<String> listed(String kind) {
    Set<String> codes = new HashSet<>();
    for (JsonNode entry : CODES.path(kind)) {
      codes.add(kind.equals("reasons") ? entry.path("decision").stringValue() + " " + entry.path("code").stringValue()
          : entry.path("code").stringValue());
    }
    return codes;
  }

  @Test
  void theCodesFileIsPinned() throws IOException {
    List<String> actual = new ArrayList<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("reasons", "reason");
    kinds.put("deadlines", "deadline");
    kinds.put("problems", "problem");
    kinds.put("hclicFailureRules", "hclicFailureRule");
    for (Map.Entry<String, String> kind : kinds.entrySet()) {
      Set<String> seen = new HashSet<>();
      for (JsonNode entry : CODES.path(kind.getKey())) {
        String code = entry.path("code").stringValue();
        assertTrue(ProblemCodes.isWellFormed(code), code);
        assertTrue(seen.add(code), "listed twice: " + code);
        assertFalse(entry.path("description").stringValue().isBlank(), code + " has no description");
        actual.add(kind.getValue() + (kind.getKey().equals("reasons") ? " " + entry.path("decision").stringValue() : "")
            + " " + code);
      }
    }
    List<String> pinned;
    try (InputStream in = getClass().getResourceAsStream("/contract-codes.txt")) {
      pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
    assertEquals(pinned, actual);
  }

  @Test
  void everyProblemCodeConstantIsListed() throws IllegalAccessException {
    Set<String> constants = new TreeSet<>();
    for (Class<?> holder : List.of(ProblemCodes.class, JsonProblems.class, CaseProblems.class, PolicyTimeline.class,
        uk.gov.worcester.housing.json.common.PolicyDocuments.class)) {
      for (Field f : holder.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
          constants.add((String) f.get(null));
        }
      }
    }
    assertTrue(constants.size() >= 27, constants::toString);
    constants.removeAll(listed("problems"));
    assertEquals(Set.of(), constants, "problem codes missing from codes.json");
  }

  static void reasons(Set<String> into, String decision, Decision<?> d) {
    d.reasons().forEach(r -> into.add(decision + " " + r.code()));
  }

  @Test
  void everyReasonTheAssessmentGivesIsListedUnderItsDecision() {
    Set<String> seen = new TreeSet<>();
    qt().withExamples(1500).forAll(HomelessnessGen.approaches(), Generate.range(0, 120)).checkAssert((a, days) -> {
      Assessment x = HomelessnessAssessment.worcester().assess(a, a.appliedOn().plusDays(days)).get();
      reasons(seen, "homelessness", x.homelessness());
      reasons(seen, "eligibility", x.eligibility());
      reasons(seen, "priorityNeed", x.priorityNeed());
      reasons(seen, "intentionality", x.intentionality());
      reasons(seen, "localConnection", x.localConnection());
      reasons(seen, "referral", x.referral());
      reasons(seen, "duties", x.duties());
    });
    assertTrue(seen.size() > 40, "the generators should reach most reasons: " + seen);
    Set<String> missing = new TreeSet<>(seen);
    missing.removeAll(listed("reasons"));
    assertEquals(Set.of(), missing, "reason codes missing from codes.json");
  }

  @Test
  void everyDeadlinePlacementReasonAndHclicFailureOfACaseIsListed() {
    Set<String> deadlines = new TreeSet<>();
    Set<String> reasons = new TreeSet<>();
    Set<String> rules = new TreeSet<>();
    HclicCodeTable partial = HclicCodeTable.parse("partial", "A1_INITIAL_ASSESSMENT.PREVENTION_DUTY_OWED=1\n").get();
    qt().withExamples(300).forAll(HomelessnessGen.guidedWalks(r -> FLOW.replay(r).isValid()), Generate.range(0, 500))
        .checkAssert((record, days) -> {
          HomelessnessCase c = FLOW.replay(record).get();
          CaseStatus s = CaseStatusRule.statusOn(c, record.approach().appliedOn().plusDays(days), FLOW,
              LocalHomelessnessPolicy.WORCESTER, HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021);
          s.deadlines().forEach(d -> deadlines.add(d.code()));
          for (PlacementCheck p : s.placements()) {
            p.reasons().forEach(r -> reasons.add("placement " + r.code()));
          }
          for (HclicCodeTable table : List.of(HclicCodeTable.placeholder(), partial)) {
            for (HclicFailure f : HclicExport.build(List.of(c), Quarter.containing(record.approach().appliedOn()),
                record.approach().authority(), table, HomelessnessAssessment.worcester()).failures()) {
              rules.add(f.rule());
            }
          }
        });
    assertTrue(deadlines.size() >= 5, deadlines::toString);
    assertTrue(rules.contains("NO_CODE"), rules::toString);
    deadlines.removeAll(listed("deadlines"));
    reasons.removeAll(listed("reasons"));
    rules.removeAll(listed("hclicFailureRules"));
    assertEquals(Set.of(), deadlines, "deadline codes missing from codes.json");
    assertEquals(Set.of(), reasons, "placement reason codes missing from codes.json");
    assertEquals(Set.of(), rules, "H-CLIC failure rules missing from codes.json");
  }

  @Test
  void everyProblemOfAnUnlawfulCaseOrABadHouseholdIsListed() {
    Set<String> problems = new TreeSet<>();
    qt().withExamples(1000).forAll(HomelessnessGen.caseRecords()).checkAssert(r ->
        FLOW.replay(r).fold(ps -> problems.addAll(ps.map(p -> p.code()).toJavaList()), c -> false));
    qt().withExamples(300).forAll(HouseholdGen.householdsWithBadBirthDates()).checkAssert(c ->
        problems.addAll(Household.validate(c.builder()).getError().map(p -> p.code()).toJavaList()));
    for (String bad : List.of("", "[", "{\"a\":1,\"a\":2}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "{\"id\": 1, \"members\": [{}], \"x\": true}")) {
      JSON.read(bad, Household.class).fold(ps -> problems.addAll(ps.map(p -> p.code()).toJavaList()), h -> false);
    }
    assertTrue(problems.size() >= 6, problems::toString);
    problems.removeAll(listed("problems"));
    assertEquals(Set.of(), problems, "problem codes missing from codes.json");
  }
}
