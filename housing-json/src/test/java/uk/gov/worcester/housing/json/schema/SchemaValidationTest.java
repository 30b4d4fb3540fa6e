package uk.gov.worcester.housing.json.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.JsonSchemas;
import uk.gov.worcester.housing.json.homelessness.HomelessnessJson;
import uk.gov.worcester.housing.rules.homelessness.Assessment;
import uk.gov.worcester.housing.rules.homelessness.CaseStatus;
import uk.gov.worcester.housing.rules.homelessness.CaseStatusRule;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessLaw;
import uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy;
import uk.gov.worcester.housing.rules.homelessness.RoughSleeperFinding;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingPolicy;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingRule;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.testkit.homelessness.HomelessnessGen;
import uk.gov.worcester.housing.testkit.household.HouseholdGen;

/**
 * The shipped schemas, checked by an independent validator (networknt, draft 2020-12, with format
 * assertions on): every bundled sample and thousands of generated values written by the codecs
 * are valid; the invalid sample and values broken on purpose are not, and whatever the schema
 * refuses the library's reader refuses too.
 */
class SchemaValidationTest {
  static final HousingJson JSON = HousingJson.create();
  static final CaseWorkflow FLOW = CaseWorkflow.worcester();
  static final Path SAMPLES = Path.of("../examples/src/main/resources/samples");
  static final Map<String, Schema> SCHEMAS = load();

  static Map<String, Schema> load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    Map<String, Schema> schemas = new LinkedHashMap<>();
    for (String name : JsonSchemas.shippedNames()) {
      schemas.put(name, registry.getSchema(JsonSchemas.shipped(name).orElseThrow(), InputFormat.JSON));
    }
    return schemas;
  }

  static List<Error> errors(String document, String json) {
    return SCHEMAS.get(document).validate(json, InputFormat.JSON);
  }

  static List<Error> errors(String document, JsonNode json) {
    return SCHEMAS.get(document).validate(json);
  }

  static void assertValid(String document, String json) {
    List<Error> errors = errors(document, json);
    assertEquals(List.of(), errors, () -> document + " refused by its schema:\n" + json);
  }

  static void assertValid(String document, Object value) {
    assertValid(document, JSON.write(value));
  }

  static final java.util.Map<String, String> PRIVATE_SECTOR_SAMPLES = java.util.Map.of(
      "privatesector-inspection-excess-cold.json", "hhsrs-inspection",
      "privatesector-hmo-application.json", "hmo-licence-application",
      "privatesector-dfg-application.json", "dfg-application");

  /** Which schema each bundled sample follows, by its name. */
  /** The schema each sample follows, by the start of its file name, most specific first. */
  static final java.util.Map<String, String> SAMPLE_PREFIXES = new java.util.LinkedHashMap<>();

  static {
    SAMPLE_PREFIXES.put("household-", "household");
    SAMPLE_PREFIXES.put("approach-", "approach");
    SAMPLE_PREFIXES.put("case-", "case-record");
    SAMPLE_PREFIXES.put("street-contacts.json", "street-contacts");
    SAMPLE_PREFIXES.put("welfare-records-", "welfare-records");
    SAMPLE_PREFIXES.put("welfare-", "welfare-request");
    SAMPLE_PREFIXES.put("grants-application-", "grant-application");
    SAMPLE_PREFIXES.put("grants-record-", "grant-record");
    SAMPLE_PREFIXES.put("grants-records-", "grant-records");
    SAMPLE_PREFIXES.put("lettings-application-", "lettings-application");
    SAMPLE_PREFIXES.put("lettings-advert-", "lettings-advert");
    SAMPLE_PREFIXES.put("lettings-bids-", "lettings-bids");
  }

  static String documentOf(String sample) {
    if (sample.startsWith("privatesector-")) {
      return PRIVATE_SECTOR_SAMPLES.getOrDefault(sample, "none");
    }
    for (java.util.Map.Entry<String, String> e : SAMPLE_PREFIXES.entrySet()) {
      if (sample.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    throw new AssertionError("no schema is known for the sample " + sample + ": add it here");
  }

  @Test
  void everyBundledSampleFollowsItsSchemaExceptTheInvalidOne() throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(samples.size() >= 6, "samples found: " + samples);
    for (Path sample : samples) {
      String name = sample.getFileName().toString();
      String text = Files.readString(sample, StandardCharsets.UTF_8);
      if (name.contains("invalid")) {
        assertFalse(errors(documentOf(name), text).isEmpty(), name + " must fail its schema");
      } else {
        assertValid(documentOf(name), text);
      }
    }
  }

  @Test
  void theInvalidHouseholdFailsForTheReasonsTheReaderGives() throws IOException {
    String text = Files.readString(SAMPLES.resolve("household-invalid.json"), StandardCharsets.UTF_8);
    List<String> where = errors("household", text).stream()
        .map(e -> e.getInstanceLocation().toString() + " " + e.getKeyword()).toList();
    assertTrue(where.stream().anyMatch(w -> w.startsWith("/members/0/dateOfBirth format")), where::toString);
    assertTrue(where.stream().anyMatch(w -> w.startsWith("/members/1/sex ")), where::toString);
    assertTrue(where.stream().anyMatch(w -> w.contains("additionalProperties")), where::toString);
    assertTrue(where.stream().anyMatch(w -> w.startsWith("/weeklyIncome pattern")), where::toString);
    assertTrue(where.stream().anyMatch(w -> w.startsWith("/savings type")), where::toString);
    assertTrue(JSON.read(text, Household.class).isInvalid());
  }

  @Test
  void householdsProfilesAndProblemsFollowTheirSchemas() {
    qt().withExamples(1000).forAll(HouseholdGen.households()).checkAssert(h -> {
      assertValid("household", h);
      assertValid("household-profile", h.profileOn(h.recordedOn().plusYears(1)));
    });
    qt().withExamples(200).forAll(HouseholdGen.householdsWithBadBirthDates()).checkAssert(c -> {
      for (Problem p : Household.validate(c.builder()).getError()) {
        assertValid("problem", p);
      }
    });
  }

  @Test
  void approachesAndAssessmentsFollowTheirSchemas() {
    qt().withExamples(500).forAll(HomelessnessGen.approaches()).checkAssert(a -> {
      assertValid("approach", a);
      Assessment x = HomelessnessAssessment.worcester().assess(a, a.appliedOn()).get();
      assertValid("assessment", x);
    });
  }

  @Test
  void casesEventsStatusesAndReturnsFollowTheirSchemas() {
    qt().withExamples(1000).forAll(HomelessnessGen.events()).checkAssert(e -> assertValid("case-event", e));
    qt().withExamples(150).forAll(HomelessnessGen.guidedWalks(r -> FLOW.replay(r).isValid()), Generate.range(0, 400))
        .checkAssert((record, days) -> {
          assertValid("case-record", record);
          for (CaseEvent e : record.events()) {
            assertValid("case-event", e);
          }
          HomelessnessCase c = FLOW.replay(record).get();
          assertValid("case-record", JSON.write(c));
          CaseStatus s = CaseStatusRule.statusOn(c, record.approach().appliedOn().plusDays(days), FLOW,
              LocalHomelessnessPolicy.WORCESTER, HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021);
          assertValid("case-status", s);
          assertValid("hclic-return", HclicExport.build(List.of(c), Quarter.containing(record.approach().appliedOn()),
              record.approach().authority(), HclicCodeTable.placeholder(), HomelessnessAssessment.worcester()));
        });
  }

  @Test
  void streetContactsFindingsAndCountsFollowTheirSchemas() {
    LocalDate from = LocalDate.of(2024, 11, 1);
    qt().withExamples(200).forAll(HomelessnessGen.streetContacts(from)).checkAssert(contacts -> {
      assertValid("street-contacts", JSON.write(contacts, HomelessnessJson.STREET_CONTACTS));
      for (StreetContact c : contacts) {
        assertValid("street-contact", c);
      }
      for (RoughSleeperFinding f : RoughSleepingRule.findings(contacts, Quarter.containing(from).days(),
          RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023)) {
        assertValid("rough-sleeper-finding", f);
      }
      assertValid("snapshot-count", RoughSleepingRule.snapshot(contacts, from.plusDays(3)));
    });
  }

  /** A generated document of one kind, as its JSON tree, with the type the reader reads it as. */
  record Doc(String schema, Class<?> type, JsonNode tree) {
    @Override
    public String toString() {
      return schema;
    }
  }

  static Gen<Doc> documents() {
    Gen<Doc> households = HouseholdGen.households().map(h -> doc("household", Household.class, h));
    Gen<Doc> approaches = HomelessnessGen.approaches().map(a -> doc("approach", Approach.class, a));
    Gen<Doc> records = HomelessnessGen.caseRecords().map(r -> doc("case-record", CaseRecord.class, r));
    Gen<Doc> events = HomelessnessGen.events().map(e -> doc("case-event", CaseEvent.class, e));
    return households.mix(approaches, 40).mix(records, 30).mix(events, 20);
  }

  static Doc doc(String schema, Class<?> type, Object value) {
    return new Doc(schema, type, JSON.readTree(JSON.write(value)).get());
  }

  /** Every object and every field value in a tree, as (parent, field) pairs; arrays by index. */
  static List<JsonNode[]> places(JsonNode node) {
    List<JsonNode[]> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode[]> out) {
    if (node.isObject()) {
      out.add(new JsonNode[] {node});
      for (String name : node.propertyNames()) {
        collect(node.get(name), out);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, out);
      }
    }
  }

  @Test
  void anUnknownFieldAnywhereIsRefusedByTheSchemaAndTheReader() {
    qt().withExamples(400).forAll(documents(), Generate.range(0, 10_000)).checkAssert((doc, pick) -> {
      JsonNode tree = doc.tree().deepCopy();
      List<JsonNode[]> objects = places(tree);
      ObjectNode target = (ObjectNode) objects.get(pick % objects.size())[0];
      target.put("favouriteColour", "green");
      assertFalse(errors(doc.schema(), tree).isEmpty(), doc.schema() + " accepted " + tree);
      assertTrue(JSON.read(tree, doc.type()).isInvalid(), doc.schema());
    });
  }

  @Test
  void aValueOfTheWrongJsonTypeIsRefusedByTheSchemaAndTheReader() {
    qt().withExamples(400).forAll(documents(), Generate.range(0, 10_000)).checkAssert((doc, pick) -> {
      JsonNode tree = doc.tree().deepCopy();
      List<JsonNode[]> objects = places(tree);
      ObjectNode target = (ObjectNode) objects.get(pick % objects.size())[0];
      List<String> names = new ArrayList<>();
      target.propertyNames().forEach(names::add);
      if (names.isEmpty()) {
        return;
      }
      String field = names.get(pick % names.size());
      JsonNode old = target.get(field);
      if (old.isString()) {
        target.put(field, 7);
      } else if (old.isBoolean() || old.isNumber()) {
        target.put(field, "7");
      } else if (old.isArray()) {
        target.putObject(field);
      } else {
        ArrayNode wrong = target.putArray(field);
        wrong.add(1);
      }
      assertFalse(errors(doc.schema(), tree).isEmpty(), doc.schema() + " accepted " + tree);
      assertTrue(JSON.read(tree, doc.type()).isInvalid(), doc.schema());
    });
  }

  @Test
  void whateverTheSchemaRefusesTheReaderRefusesToo() {
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(600).forAll(documents(), Generate.range(0, 10_000)).checkAssert((doc, pick) -> {
      JsonNode tree = doc.tree().deepCopy();
      List<JsonNode[]> objects = places(tree);
      ObjectNode target = (ObjectNode) objects.get(pick % objects.size())[0];
      List<String> names = new ArrayList<>();
      target.propertyNames().forEach(names::add);
      if (names.isEmpty()) {
        return;
      }
      target.remove(names.get(pick % names.size()));
      if (!errors(doc.schema(), tree).isEmpty()) {
        refused.incrementAndGet();
        assertTrue(JSON.read(tree, doc.type()).isInvalid(), () -> doc.schema() + " read " + tree);
      }
    });
    assertTrue(refused.get() > 100, "removing fields should often break a document: " + refused);
  }
}
