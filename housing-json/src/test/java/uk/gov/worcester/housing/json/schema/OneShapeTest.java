package uk.gov.worcester.housing.json.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.HousingModule;
import uk.gov.worcester.housing.json.JsonSchemas;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.rules.homelessness.CaseStatus;
import uk.gov.worcester.housing.rules.homelessness.CaseStatusRule;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessLaw;
import uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy;
import uk.gov.worcester.housing.testkit.homelessness.HomelessnessGen;

/**
 * One shape per concept in output: every decision's {@code outcome} is a JSON object, and every
 * list of duties comes in the one documented order.
 */
class OneShapeTest {
  static final HousingJson JSON = HousingJson.create();
  static final CaseWorkflow FLOW = CaseWorkflow.worcester();
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Every decision in a tree: an object with an outcome, an as-at date and reasons. */
  static List<JsonNode> decisions(JsonNode node) {
    List<JsonNode> found = new ArrayList<>();
    if (node.isObject()) {
      if (node.has("outcome") && node.has("asAt") && node.has("reasons")) {
        found.add(node);
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        found.addAll(decisions(e.getValue()));
      }
    } else if (node.isArray()) {
      node.forEach(n -> found.addAll(decisions(n)));
    }
    return found;
  }

  @Test
  void everyDecisionsOutcomeIsAnObject() {
    qt().withExamples(300).forAll(HomelessnessGen.approaches()).checkAssert(a -> {
      JsonNode tree = JSON.readTree(JSON.write(HomelessnessAssessment.worcester().assess(a, a.appliedOn()).get())).get();
      List<JsonNode> decisions = decisions(tree);
      assertEquals(8, decisions.size());
      for (JsonNode d : decisions) {
        assertTrue(d.get("outcome").isObject(), d::toString);
      }
      assertTrue(tree.at("/homelessness/outcome/status").isString(), tree::toString);
      assertTrue(tree.at("/intentionality/outcome/status").isString(), tree::toString);
    });
  }

  /** Every published decision's schema says its outcome is an object, so a new one cannot be a bare code. */
  @Test
  void everyPublishedDecisionSchemaHasAnObjectOutcome() {
    int decisions = 0;
    for (CodecRegistry.Document d : HousingModule.contract().documents().values()) {
      JsonNode defs = JsonSchemas.generate(d).path("$defs");
      for (Map.Entry<String, JsonNode> def : defs.properties()) {
        JsonNode properties = def.getValue().path("properties");
        JsonNode outcome = properties.path("outcome");
        if (properties.has("outcome") && properties.has("asAt") && properties.has("reasons")) {
          decisions++;
          String ref = outcome.path("$ref").stringValue();
          JsonNode target = defs.path(ref.substring(ref.lastIndexOf('/') + 1));
          assertEquals("object", target.path("type").stringValue(), def.getKey());
        }
      }
    }
    assertTrue(decisions >= 7, "decisions found: " + decisions);
  }

  static void assertKindOrder(JsonNode kinds) {
    int last = -1;
    for (JsonNode k : kinds) {
      int at = DutyKind.valueOf(k.stringValue()).ordinal();
      assertTrue(at > last, kinds::toString);
      last = at;
    }
  }

  @Test
  void everyListOfDutiesIsInTheDocumentedOrder() {
    qt().withExamples(150).forAll(HomelessnessGen.guidedWalks(r -> FLOW.replay(r).isValid()), Generate.range(0, 300))
        .checkAssert((record, days) -> {
          CaseStatus s = CaseStatusRule.statusOn(FLOW.replay(record).get(), record.approach().appliedOn().plusDays(days),
              FLOW, LocalHomelessnessPolicy.WORCESTER, HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021);
          JsonNode tree = MAPPER.readTree(JSON.write(s));
          assertKindOrder(tree.get("liveDuties"));
          JsonNode duties = tree.get("duties");
          for (int i = 1; i < duties.size(); i++) {
            JsonNode a = duties.get(i - 1);
            JsonNode b = duties.get(i);
            int byDate = a.get("startedOn").stringValue().compareTo(b.get("startedOn").stringValue());
            assertTrue(byDate < 0 || byDate == 0 && DutyKind.valueOf(a.get("kind").stringValue())
                .compareTo(DutyKind.valueOf(b.get("kind").stringValue())) <= 0, duties::toString);
          }
          JsonNode assessment = MAPPER.readTree(JSON.write(HomelessnessAssessment.worcester()
              .assess(record.approach(), record.approach().appliedOn()).get()));
          assertKindOrder(assessment.at("/duties/outcome/duties"));
        });
  }
}
