package uk.gov.worcester.housing.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.homelessness.TenancyTerm;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.homelessness.HomelessnessJson;
import uk.gov.worcester.housing.testkit.household.HouseholdSamples;

/**
 * The reader goes over the tokens once, without a tree, and must report what the tree-first
 * reader reported: the same problems at the same pointers, in the same order, and the one
 * problem of a repeated field or an over-long text wherever it is, in parts no codec reads field
 * by field too.
 */
class OnePassReaderTest {
  static final HousingJson JSON = HousingJson.create();

  static List<String> described(Validation<Seq<Problem>, ?> read) {
    assertTrue(read.isInvalid(), "expected problems");
    return read.getError().map(p -> p.path().jsonPointer() + " " + p.code()).toJavaList();
  }

  static String only(Validation<Seq<Problem>, ?> read) {
    List<String> problems = described(read);
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  @Test
  void aRepeatedFieldIsTheOneProblemWhereverItIs() {
    assertEquals(" DUPLICATE_FIELD", only(JSON.read("{\"id\": null, \"id\": \"HH-1\"}", Household.class)));
    assertEquals(" DUPLICATE_FIELD", only(JSON.read("{\"x\": 1, \"x\": 2}", Household.class)));
    assertEquals(" DUPLICATE_FIELD", only(JSON.read("{\"x\": {\"a\": 1, \"a\": 2}}", Household.class)));
    assertEquals(" DUPLICATE_FIELD", only(JSON.read("{\"id\": [{\"a\": 1, \"a\": 2}]}", Household.class)));
    assertEquals(" DUPLICATE_FIELD", only(JSON.read("{\"members\": [{\"id\": \"P-1\", \"id\": \"P-2\"}]}",
        Household.class)));
    assertEquals(" DUPLICATE_FIELD", only(JSON.read("{\"months\": 1, \"type\": \"FIXED_TERM\", \"months\": 2}",
        HomelessnessJson.TENANCY_TERM)));
    assertEquals(" DUPLICATE_FIELD", only(JSON.read("{\"type\": \"FIXED_TERM\", \"months\": 1, \"type\": \"PERIODIC\"}",
        HomelessnessJson.TENANCY_TERM)));
  }

  @Test
  void aPlainMapperWithTheModuleRefusesARepeatedField() {
    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new HousingModule()).build();
    tools.jackson.core.exc.StreamReadException e = org.junit.jupiter.api.Assertions.assertThrows(
        tools.jackson.core.exc.StreamReadException.class,
        () -> mapper.readValue("{\"id\": \"HH-1\", \"id\": \"HH-2\"}", Household.class));
    assertTrue(e.getOriginalMessage().startsWith("Duplicate Object property"), e.getOriginalMessage());
  }

  @Test
  void limitsHoldInValuesNoCodecReads() {
    String huge = "x".repeat(HousingJson.MAX_STRING_LENGTH + 1);
    assertEquals(" TOO_LONG", only(JSON.read("{\"unknown\": \"" + huge + "\"}", Household.class)));
    assertEquals(" TOO_LONG", only(JSON.read("{\"id\": [\"" + huge + "\"]}", Household.class)));
    assertEquals(" MALFORMED_JSON", only(JSON.read("{\"unknown\": [1, }", Household.class)));
    assertEquals(" MALFORMED_JSON", only(JSON.read("{\"id\": 7} [", Household.class)));
  }

  @Test
  void theTreeAndTheStreamReportAlike() {
    String sample = JSON.write(HouseholdSamples.familyInPrivateRent(LocalDate.of(2024, 5, 1)));
    List<String> documents = List.of(
        "{\"id\": 7, \"recordedOn\": \"2023-02-30\", \"members\": {}, \"extra\": 1, \"currentHome\": {\"tenure\": "
            + "\"CASTLE\", \"propertyType\": \"FLAT\", \"bedrooms\": 1.5}, \"weeklyIncome\": \"NaN\", \"savings\": \"1\"}",
        sample.replace("\"2024-05-01\"", "\"2024-5-1\"").replace("\"FEMALE\"", "\"F\""),
        sample.replace("\"members\"", "\"people\""),
        "{\"members\": [{\"id\": 1}, null, [], {\"careHistory\": {\"x\": true}}], \"zz\": null}",
        "[]", "null", "\"household\"");
    for (String document : documents) {
      assertEquals(described(JSON.read(JSON.readTree(document).get(), Household.class)),
          described(JSON.read(document, Household.class)), document);
    }
  }

  @Test
  void aUnionReadsTheSameWhereverItsTypeIs() {
    assertEquals(JSON.read("{\"type\": \"FIXED_TERM\", \"months\": 12}", HomelessnessJson.TENANCY_TERM).get(),
        JSON.read("{\"months\": 12, \"type\": \"FIXED_TERM\"}", HomelessnessJson.TENANCY_TERM).get());
    assertTrue(JSON.read("{\"months\": 12, \"type\": \"FIXED_TERM\"}", HomelessnessJson.TENANCY_TERM).get()
        instanceof TenancyTerm.FixedTerm);
    assertEquals(described(JSON.read("{\"type\": \"FIXED_TERM\", \"months\": 0, \"x\": 1}", HomelessnessJson.TENANCY_TERM)),
        described(JSON.read("{\"x\": 1, \"months\": 0, \"type\": \"FIXED_TERM\"}", HomelessnessJson.TENANCY_TERM)));
    assertEquals("/type REQUIRED", only(JSON.read("{\"type\": null, \"months\": 0}", HomelessnessJson.TENANCY_TERM)));
    assertEquals("/type UNKNOWN_CODE", only(JSON.read("{\"type\": \"ANNUAL\"}", HomelessnessJson.TENANCY_TERM)));
    assertEquals("/type REQUIRED", only(JSON.read("{}", HomelessnessJson.TENANCY_TERM)));
  }

  @Test
  void datesAreReadByTheCalendarsRules() {
    assertEquals(LocalDate.of(2024, 2, 29), JSON.read("\"2024-02-29\"", Codecs.DATE).get());
    assertEquals(LocalDate.of(2000, 2, 29), JSON.read("\"2000-02-29\"", Codecs.DATE).get());
    assertEquals(LocalDate.of(1800, 1, 1), JSON.read("\"1800-01-01\"", Codecs.DATE).get());
    assertEquals(LocalDate.of(2200, 12, 31), JSON.read("\"2200-12-31\"", Codecs.DATE).get());
    for (String bad : List.of("2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
        "2024-1-01", "24-01-01", "2024/01/01", "2024-01-01T00:00", " 2024-01-01", "\uFF12024-01-01", "")) {
      assertEquals(" INVALID_FORMAT", only(JSON.read("\"" + bad + "\"", Codecs.DATE)), bad);
    }
    for (String far : List.of("1799-12-31", "2201-01-01", "0000-01-01", "9999-12-31")) {
      assertEquals(" OUT_OF_RANGE", only(JSON.read("\"" + far + "\"", Codecs.DATE)), far);
    }
    assertEquals(" WRONG_TYPE", only(JSON.read("20240101", Codecs.DATE)));
  }

  @Test
  void problemsPastTheCapAreCountedExactly() {
    String items = "[" + String.join(",", java.util.Collections.nCopies(1_500, "\"x\"")) + "]";
    Seq<Problem> problems = JSON.read(items, Codecs.list(Codecs.integer(0, 1), 2_000)).getError();
    assertEquals(1_001, problems.size());
    assertEquals("/999", problems.get(999).path().jsonPointer());
    assertEquals("MORE_PROBLEMS", problems.last().code());
    assertEquals("and 500 more problems not listed", problems.last().message());
  }
}
