package uk.gov.worcester.housing.json.privatesector;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.core.privatesector.DfgApplication;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.privatesector.LicenceApplication;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.rules.privatesector.DfgPolicy;
import uk.gov.worcester.housing.rules.privatesector.DfgRule;
import uk.gov.worcester.housing.rules.privatesector.EnforcementPolicy;
import uk.gov.worcester.housing.rules.privatesector.HhsrsLaw;
import uk.gov.worcester.housing.rules.privatesector.HhsrsReport;
import uk.gov.worcester.housing.rules.privatesector.HmoLicensingPolicy;
import uk.gov.worcester.housing.rules.privatesector.LicenceRule;
import uk.gov.worcester.housing.testkit.privatesector.PrivateSectorSamples;

/**
 * Every value of every sample document replaced, one at a time, by each of a list of hostile
 * values: reading gives a value or problems, never an exception, and whatever is read can be
 * decided on without one, on the earliest and latest days the library accepts.
 */
class PrivateSectorHostileInputTest {
  static final HousingJson JSON = HousingJson.create();
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final List<String> HOSTILE = List.of("null", "true", "-1", "0", "1e400", "-1e400", "1e-400", "4.123456",
      "999999999999", "\"\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"2025-02-30\"", "\"9999.999\"",
      "\"NaN\"", "[]", "{}", "[[[[[[]]]]]]", "\"x\"");

  /** Every path to a leaf or container value in {@code node}, as setters. */
  static void mutations(JsonNode root, JsonNode node, List<Runnable> into, List<JsonNode> replaceWith,
      List<String> hostile) {
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        String name = e.getKey();
        for (JsonNode h : replaceWith) {
          JsonNode original = e.getValue();
          into.add(() -> o.set(name, h));
          into.add(() -> o.set(name, original));
        }
        mutations(root, e.getValue(), into, replaceWith, hostile);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        int index = i;
        for (JsonNode h : replaceWith) {
          JsonNode original = a.get(i);
          into.add(() -> a.set(index, h));
          into.add(() -> a.set(index, original));
        }
        mutations(root, a.get(i), into, replaceWith, hostile);
      }
    }
  }

  <T> int hammer(String document, Class<T> type, java.util.function.Consumer<T> decide) {
    JsonNode root = MAPPER.readTree(document);
    List<JsonNode> replacements = new ArrayList<>();
    for (String h : HOSTILE) {
      try {
        replacements.add(MAPPER.readTree(h));
      } catch (RuntimeException e) {
        // a value Jackson itself refuses cannot reach the codecs
      }
    }
    List<Runnable> steps = new ArrayList<>();
    mutations(root, root, steps, replacements, HOSTILE);
    int tried = 0;
    for (int i = 0; i < steps.size(); i += 2) {
      steps.get(i).run();
      String text = root.toString();
      try {
        JSON.read(text, type).forEach(decide);
      } catch (RuntimeException e) {
        fail("reading or deciding threw " + e.getClass().getSimpleName() + " for " + text);
      }
      steps.get(i + 1).run();
      tried++;
    }
    return tried;
  }

  @Test
  void hostileInspectionsNeverThrow() {
    int tried = hammer(JSON.write(PrivateSectorSamples.coldTerrace()), Inspection.class,
        i -> HhsrsReport.of(i, i.inspectedOn(), HhsrsLaw.HHSRS_2006, EnforcementPolicy.CIVIL_PENALTIES_2017));
    assertTrue(tried > 300, "tried " + tried);
  }

  @Test
  void hostileLicenceApplicationsNeverThrow() {
    int tried = hammer(JSON.write(PrivateSectorSamples.sharedHouseApplication()), LicenceApplication.class,
        a -> LicenceRule.assess(a, a.receivedOn(), HmoLicensingPolicy.WORCESTER_2018));
    assertTrue(tried > 300, "tried " + tried);
  }

  @Test
  void hostileDfgApplicationsNeverThrow() {
    int tried = hammer(JSON.write(PrivateSectorSamples.showerAdaptation()), DfgApplication.class,
        a -> DfgRule.assess(a, a.receivedOn(), DfgPolicy.ENGLAND_2008));
    assertTrue(tried > 200, "tried " + tried);
  }
}
