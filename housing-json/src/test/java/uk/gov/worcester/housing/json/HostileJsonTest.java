package uk.gov.worcester.housing.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.testkit.household.HouseholdGen;

/** Untrusted JSON gives problems, never exceptions. */
class HostileJsonTest {
  static final HousingJson JSON = HousingJson.create();

  static Problem only(Seq<Problem> problems) {
    assertEquals(1, problems.size(), problems::toString);
    return problems.head();
  }

  @Test
  void malformedJsonSaysWhere() {
    Problem p = only(JSON.read("{\"id\": \"HH-1\",\n \"members\": [}", Household.class).getError());
    assertEquals("MALFORMED_JSON", p.code());
    assertTrue(p.message().contains("line 2"), p.message());
    assertEquals("MALFORMED_JSON", only(JSON.read("", Household.class).getError()).code());
    assertEquals("MALFORMED_JSON", only(JSON.read("{} {}", Household.class).getError()).code());
  }

  @Test
  void theDocumentMustBeAnObject() {
    Problem p = only(JSON.read("[1, 2]", Household.class).getError());
    assertEquals("WRONG_TYPE", p.code());
    assertEquals("", p.path().jsonPointer());
  }

  @Test
  void duplicateFieldsAreRefused() {
    assertEquals("DUPLICATE_FIELD", only(JSON.read("{\"id\": \"a\", \"id\": \"b\"}", Household.class).getError()).code());
  }

  @Test
  void overDeepNestingIsRefused() {
    String deep = "[".repeat(HousingJson.MAX_DEPTH + 5) + "]".repeat(HousingJson.MAX_DEPTH + 5);
    assertEquals("TOO_DEEP", only(JSON.read(deep, Household.class).getError()).code());
  }

  @Test
  void overLongTextIsRefused() {
    String huge = "{\"id\": \"" + "x".repeat(HousingJson.MAX_STRING_LENGTH + 1) + "\"}";
    assertEquals("TOO_LONG", only(JSON.read(huge, Household.class).getError()).code());
    String longName = "{\"members\": [{\"name\": \"" + "x".repeat(300) + "\"}]}";
    assertTrue(JSON.read(longName, Household.class).getError().exists(
        p -> p.code().equals("TOO_LONG") && p.path().jsonPointer().equals("/members/0/name")));
  }

  @Test
  void overLargeDocumentsAreRefused() {
    byte[] big = new byte[(int) HousingJson.MAX_DOCUMENT_LENGTH + 10];
    java.util.Arrays.fill(big, (byte) ' ');
    assertEquals("TOO_LARGE", only(JSON.read(new ByteArrayInputStream(big), Household.class).getError()).code());
  }

  @Test
  void tooManyMembersIsRefused() {
    String members = String.join(",", java.util.Collections.nCopies(Household.MAX_MEMBERS + 1, "{}"));
    assertTrue(JSON.read("{\"members\": [" + members + "]}", Household.class).getError()
        .exists(p -> p.code().equals("TOO_MANY") && p.path().jsonPointer().equals("/members")));
  }

  @Test
  void everyMissingFieldIsNamed() {
    List<String> missing = JSON.read("{}", Household.class).getError().map(p -> p.path().jsonPointer()).toJavaList();
    assertEquals(List.of("/id", "/recordedOn", "/members", "/currentHome", "/weeklyIncome", "/savings"), missing);
  }

  @Test
  void wrongTypesUnknownCodesAndImpossibleDatesAreProblems() {
    String json = "{\"id\": 7, \"recordedOn\": \"2023-02-30\", \"members\": {}, \"currentHome\": {\"tenure\": \"CASTLE\","
        + " \"propertyType\": \"FLAT\", \"bedrooms\": 1.5}, \"weeklyIncome\": \"NaN\", \"savings\": \"1\", \"extra\": 1}";
    assertEquals(List.of("/id WRONG_TYPE", "/recordedOn INVALID_FORMAT", "/members WRONG_TYPE",
        "/currentHome/tenure UNKNOWN_CODE", "/currentHome/bedrooms WRONG_TYPE", "/weeklyIncome INVALID_FORMAT",
        "/extra UNKNOWN_FIELD"), HouseholdJsonTest.describe(JSON.read(json, Household.class).getError()));
  }

  @Test
  void fractionalPenceIsAProblem() {
    assertEquals("INVALID_FORMAT", only(JSON.read("\"12.345\"", Money.class).getError()).code());
    assertEquals("WRONG_TYPE", only(JSON.read("12.34", Money.class).getError()).code());
  }

  @Test
  void anyTextGivesAValueOrProblemsNeverAnException() {
    qt().withExamples(500).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(text -> JSON.read(text, Household.class));
    qt().withExamples(300).forAll(HouseholdGen.households(), Generate.range(0, 5000), Generate.range(0, 3))
        .checkAssert((h, cut, mode) -> {
          String text = JSON.write(h);
          int at = Math.min(cut, text.length());
          String broken = switch (mode) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + "]" + text.substring(at);
            case 2 -> text.replace("\"", at % 2 == 0 ? "'" : "");
            default -> new String(text.getBytes(StandardCharsets.UTF_8), 0, at, StandardCharsets.ISO_8859_1);
          };
          JSON.read(broken, Household.class);
        });
  }
}
