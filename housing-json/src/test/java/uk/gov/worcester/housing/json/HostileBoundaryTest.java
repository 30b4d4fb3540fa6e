package uk.gov.worcester.housing.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Problems;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.JsonObjectIn;
import uk.gov.worcester.housing.json.common.JsonProblems;
import uk.gov.worcester.housing.testkit.household.HouseholdSamples;

/**
 * The hostile-input boundary, by behaviour: problems are capped (the first 1,000, then one
 * counting the rest) however many a document holds, unknown names and bad tokens are echoed only
 * safely, dates outside 1800 to 2200 are problems with their pointer, values whose factories
 * refuse them are problems, and the text and stream entry points decode and treat a byte order
 * mark alike.
 */
class HostileBoundaryTest {
  static final HousingJson JSON = HousingJson.create();

  static String unknownFields(int n) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":0");
    }
    return json.append('}').toString();
  }

  /** The household's own problems when every field is missing: each required field, once. */
  static int requiredProblems() {
    return JSON.read("{}", Household.class).getError().size();
  }

  @Test
  void eightyThousandUnknownFieldsGiveTheCappedProblemsAndOneCountingTheRest() {
    Seq<Problem> problems = JSON.read(unknownFields(80_000), Household.class).getError();
    assertEquals(Problems.MAX_REPORTED + 1, problems.size());
    Problem last = problems.last();
    assertEquals(Problems.MORE_PROBLEMS, last.code());
    assertEquals(80_000 + requiredProblems() - Problems.MAX_REPORTED, Problems.countOf(last), last.message());
    assertTrue(problems.take(Problems.MAX_REPORTED).forAll(p -> !p.code().equals(Problems.MORE_PROBLEMS)));
  }

  /** A known field's problem comes first, then the unknown names in the order met, and the count is exact. */
  @Test
  void aBadKnownFieldAmongFifteenHundredUnknownNamesIsListedFirstAndEveryProblemCounted() {
    String json = "{\"id\": 5, " + unknownFields(1_500).substring(1);
    Seq<Problem> problems = JSON.read(json, Household.class).getError();
    assertEquals("/id", problems.head().path().jsonPointer());
    assertEquals(JsonProblems.UNKNOWN_FIELD, problems.get(requiredProblems()).code());
    assertEquals("/f0", problems.get(requiredProblems()).path().jsonPointer());
    // id is wrong rather than missing: the household's required problems, less id's, plus id's, plus 1,500
    assertEquals(requiredProblems() + 1_500 - Problems.MAX_REPORTED, Problems.countOf(problems.last()));
  }

  /** A known field met twice is refused however many unknown names come between. */
  @Test
  void aKnownFieldRepeatedAfterFifteenHundredUnknownNamesIsStillTheOneProblem() {
    String json = "{\"id\": \"HH-1\", " + unknownFields(1_500).substring(1, unknownFields(1_500).length() - 1)
        + ", \"id\": \"HH-2\"}";
    assertEquals(JsonProblems.DUPLICATE_FIELD, JSON.read(json, Household.class).getError().single().code());
  }

  /**
   * An object's first 1,000 unknown names are checked for a repeat, which is then the document's
   * one problem; past them names are only counted, so a repeat there is counted as the unknown
   * field it is. Either way the document is refused. The same holds inside a value passed over.
   */
  @Test
  void aRepeatAmongAnObjectsFirstThousandUnknownNamesIsTheOneProblemAndPastThemIsCounted() {
    String plain = unknownFields(5_000);
    String atTheThousandth = plain.replace("\"f999\"", "\"f3\"");
    String pastTheThousandth = plain.replace("\"f1000\"", "\"f3\"");
    assertEquals(JsonProblems.DUPLICATE_FIELD, JSON.read(atTheThousandth, Household.class).getError().single().code());
    Seq<Problem> counted = JSON.read(pastTheThousandth, Household.class).getError();
    assertEquals(JSON.read(plain, Household.class).getError(), counted);
    assertEquals(Problems.MORE_PROBLEMS, counted.last().code());

    String nested = "{\"x\": %s}";
    assertEquals(JsonProblems.DUPLICATE_FIELD,
        JSON.read(nested.formatted(atTheThousandth), Household.class).getError().single().code());
    assertEquals(JSON.read(nested.formatted(plain), Household.class).getError(),
        JSON.read(nested.formatted(pastTheThousandth), Household.class).getError());
  }

  @Test
  void theHandWrittenObjectReaderCapsAndEchoesSafelyToo() {
    JsonObjectIn in = JsonObjectIn.of(JSON.readTree(unknownFields(5_000).replace("\"f1\"", "\"<b>f1\"")).get());
    in.required("name", Codecs.text(10));
    Seq<Problem> problems = in.build(() -> "built").getError();
    assertEquals(Problems.MAX_REPORTED + 1, problems.size());
    assertEquals("/name", problems.head().path().jsonPointer());
    assertEquals("/?b?f1", problems.get(2).path().jsonPointer());
    assertEquals(5_000 + 1 - Problems.MAX_REPORTED, Problems.countOf(problems.last()));
  }

  @Test
  void aListOfThirtyTwoThousandInvalidItemsIsCappedWithAnExactCount() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 32_000; i++) {
      json.append(i == 0 ? "" : ",").append("\"x\"");
    }
    String text = json.append(']').toString();
    Seq<Problem> problems = JSON.read(text, Codecs.list(Codecs.integer(0, 1), 100_000)).getError();
    assertEquals(Problems.MAX_REPORTED + 1, problems.size());
    assertEquals("/999", problems.get(Problems.MAX_REPORTED - 1).path().jsonPointer());
    assertEquals(31_000, Problems.countOf(problems.last()));
    assertEquals("and 31000 more problems not listed", problems.last().message());
  }

  @Test
  void nestedCapsAddUpExactly() {
    // two lists of 1,500 bad items each, inside one object: 3,000 problems, 1,000 listed
    Problems outer = Problems.collect();
    for (int list = 0; list < 2; list++) {
      Problems inner = Problems.collect();
      for (int i = 0; i < 1500; i++) {
        inner.add(Problem.of("WRONG_TYPE", "expected a whole number"));
      }
      outer.addAll(uk.gov.worcester.housing.core.common.Path.of("list" + list), inner.toSeq());
    }
    assertEquals(3000, outer.count());
    assertEquals(2000, Problems.countOf(outer.toSeq().last()));
  }

  @Test
  void unknownFieldNamesAreEchoedOnlyShortAndSafe() {
    String hostile = "Jane Smith <script>\u001b[31m/../" + "x".repeat(150);
    Seq<Problem> problems = JSON.read("{\"" + hostile.replace("\u001b", "\\u001b") + "\": 1}", Household.class)
        .getError();
    Problem unknown = problems.find(p -> p.code().equals("UNKNOWN_FIELD")).get();
    String pointer = unknown.path().jsonPointer();
    assertTrue(pointer.length() <= 1 + 2 * 40 + 3, pointer); // a '/' is written ~1 in a pointer
    assertTrue(pointer.substring(1).matches("[A-Za-z0-9_.?~:+-]+"), pointer);
    assertFalse(unknown.toString().contains("<script>"));
    assertFalse(unknown.toString().contains("\u001b"));
    assertFalse(unknown.toString().contains("x".repeat(100)));
    // a well-behaved unknown name keeps its exact pointer
    Problem plain = JSON.read("{\"nickname\": 1}", Household.class).getError()
        .find(p -> p.code().equals("UNKNOWN_FIELD")).get();
    assertEquals("/nickname", plain.path().jsonPointer());
  }

  @Test
  void datesOutsideEighteenHundredToTwentyTwoHundredAreProblemsWithTheirPointer() {
    String household = JSON.write(HouseholdSamples.familyInPrivateRent(LocalDate.of(2024, 5, 1)));
    for (String date : new String[] {"1799-12-31", "2201-01-01", "+999999999-12-31", "-999999999-01-01",
        "0000-01-01", "9999-12-31"}) {
      String extreme = household.replaceFirst("\"recordedOn\" : \"\\d{4}-\\d{2}-\\d{2}\"",
          "\"recordedOn\" : \"" + date + "\"");
      assertTrue(extreme.contains(date), extreme);
      Seq<Problem> problems = JSON.read(extreme, Household.class).getError();
      assertTrue(problems.exists(p -> p.path().jsonPointer().equals("/recordedOn")
          && (p.code().equals("OUT_OF_RANGE") || p.code().equals("INVALID_FORMAT"))), date + ": " + problems);
    }
    assertTrue(JSON.read(household.replaceFirst("\"recordedOn\" : \"\\d{4}-\\d{2}-\\d{2}\"",
        "\"recordedOn\" : \"2200-12-31\""), Household.class).getError().forAll(
            p -> !p.code().equals("OUT_OF_RANGE") || !p.path().jsonPointer().equals("/recordedOn")));
  }

  @Test
  void aFactoryThatRefusesItsArgumentsIsAProblemNotAnException() {
    // a citation with a blank instrument, a problem whose code is not UPPER_SNAKE_CASE
    Validation<Seq<Problem>, Citation> citation = JSON.read("{\"instrument\": \" \", \"provision\": \"s.1\"}",
        Citation.class);
    assertTrue(citation.isInvalid());
    Validation<Seq<Problem>, Problem> problem = JSON.read(
        "{\"pointer\": \"/a\", \"code\": \"not snake\", \"message\": \"m\"}", Problem.class);
    assertEquals("INVALID_VALUE", problem.getError().single().code());
    assertFalse(problem.getError().single().message().contains("not snake"));
  }

  @Test
  void theStreamAndTheTextAreReadAlikeWithAByteOrderMark() {
    String household = JSON.write(HouseholdSamples.familyInPrivateRent(LocalDate.of(2024, 5, 1)));
    String withMark = "\uFEFF" + household;
    assertTrue(JSON.read(withMark, Household.class).isValid());
    assertTrue(JSON.read(stream(withMark.getBytes(StandardCharsets.UTF_8)), Household.class).isValid());
    assertTrue(HousingJson.text(stream(withMark.getBytes(StandardCharsets.UTF_8))).get().startsWith("{"));
    // a second mark is not a mark but a stray character, on both paths
    String twice = "\uFEFF" + withMark;
    assertEquals(JSON.read(twice, Household.class).getError().map(Problem::code),
        JSON.read(stream(twice.getBytes(StandardCharsets.UTF_8)), Household.class).getError().map(Problem::code));
  }

  @Test
  void invalidUtf8IsAProblemAtItsByteOffset() {
    byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
        {(byte) 0xE2, (byte) 0x82}};
    for (byte[] b : bad) {
      byte[] doc = new byte[5 + b.length + 1];
      System.arraycopy("{\"a\":".getBytes(StandardCharsets.US_ASCII), 0, doc, 0, 5);
      System.arraycopy(b, 0, doc, 5, b.length);
      doc[doc.length - 1] = '}';
      Problem p = JSON.read(stream(doc), Household.class).getError().single();
      assertEquals("NOT_UTF8", p.code());
      assertTrue(p.message().contains("byte 5 "), p.message());
    }
  }

  @Test
  void aStreamThatFailsIsAProblemAndNullIsANullPointerException() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    Problem p = JSON.read(failing, Household.class).getError().single();
    assertEquals("UNREADABLE", p.code());
    assertThrows(NullPointerException.class, () -> JSON.read((String) null, Household.class));
    assertThrows(NullPointerException.class, () -> JSON.read((InputStream) null, Household.class));
  }

  static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
