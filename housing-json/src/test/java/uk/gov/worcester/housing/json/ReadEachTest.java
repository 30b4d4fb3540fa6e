package uk.gov.worcester.housing.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.JsonProblems;
import uk.gov.worcester.housing.testkit.household.HouseholdSamples;

/**
 * Reading a JSON array element by element: each element its value or its problems, pointed from
 * the array; one problem ends the elements when the text fails; the array has no limit of its
 * own but each element has a document's; lazy, so a stream that fails late still gives the
 * elements before it.
 */
class ReadEachTest {
  static final HousingJson JSON = HousingJson.create();
  static final LocalDate DAY = LocalDate.of(2024, 5, 1);

  static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static <T> List<Validation<Seq<Problem>, T>> all(Stream<Validation<Seq<Problem>, T>> elements) {
    try (elements) {
      return elements.collect(Collectors.toList());
    }
  }

  static String described(Validation<Seq<Problem>, ?> element) {
    return element.isValid() ? "valid" : element.getError().map(p -> p.path().jsonPointer() + " " + p.code())
        .mkString(", ");
  }

  @Test
  void eachHouseholdIsItsValueOrItsProblemsPointedFromTheArray() {
    Household family = HouseholdSamples.familyInPrivateRent(DAY);
    String one = JSON.writeLine(family);
    String broken = one.replaceFirst("\"recordedOn\":\"[0-9-]+\"", "\"recordedOn\":\"2024-13-01\"");
    List<Validation<Seq<Problem>, Household>> read = all(JSON.readEach(bytes("[" + one + "," + broken + ","
        + one + "]"), Household.class));
    assertEquals(3, read.size());
    assertEquals(family, read.get(0).get());
    assertEquals("/1/recordedOn INVALID_FORMAT", described(read.get(1)));
    assertEquals(family, read.get(2).get());
    assertEquals(read.get(1).getError(), JSON.read(broken, Household.class).getError()
        .map(p -> p.within(uk.gov.worcester.housing.core.common.Path.root().index(1))), "as a document reads");
  }

  @Test
  void anEmptyArrayHasNoElementsAndADocumentThatIsNotAnArrayIsOneProblem() {
    assertEquals(List.of(), all(JSON.readEach(bytes(" [ ] "), Money.class)));
    assertEquals(List.of(" WRONG_TYPE"), all(JSON.readEach(bytes("{\"a\": 1}"), Money.class)).stream()
        .map(ReadEachTest::described).toList());
    assertEquals(List.of(" MALFORMED_JSON"), all(JSON.readEach(bytes(""), Money.class)).stream()
        .map(ReadEachTest::described).toList());
  }

  @Test
  void textThatFailsEndsTheElementsWithOneProblemAfterThoseReadBeforeIt() {
    // the third element is whole; the missing comma is met where the fourth would begin
    assertEquals(List.of("valid", "valid", "valid", "/3 MALFORMED_JSON"),
        all(JSON.readEach(bytes("[\"1.00\", \"2.50\", \"3.00\" \"4.00\"]"), Money.class)).stream()
            .map(ReadEachTest::described).toList());
    assertEquals(List.of("valid", "/1 MALFORMED_JSON"),
        all(JSON.readEach(bytes("[\"1.00\"] trailing"), Money.class)).stream().map(ReadEachTest::described).toList());
    assertEquals(List.of("valid", "/1 DUPLICATE_FIELD", "valid"),
        all(JSON.readEach(bytes("[\"1.00\", {\"a\": 1, \"a\": 2}, \"3.00\"]"), Money.class)).stream()
            .map(ReadEachTest::described).toList(), "a repeated field is its element's problem, and reading goes on");
    Household family = HouseholdSamples.familyInPrivateRent(DAY);
    String one = JSON.writeLine(family);
    String repeated = one.replaceFirst("\\{", "{\"id\": \"HH-X\", ");
    assertEquals(List.of("valid", "/1 DUPLICATE_FIELD", "valid"), all(JSON.readEach(bytes("[" + one + ","
        + repeated + "," + one + "]"), Household.class)).stream().map(ReadEachTest::described).toList());
  }

  @Test
  void bytesThatAreNotUtf8EndTheElementsAndAByteOrderMarkIsReadAsNothing() {
    byte[] bad = "[\"1.00\", \"x\"]".getBytes(StandardCharsets.UTF_8);
    bad[10] = (byte) 0xC3; // a lead byte with no continuation, inside the second element
    List<String> read = all(JSON.readEach(new ByteArrayInputStream(bad), Money.class)).stream()
        .map(ReadEachTest::described).toList();
    assertEquals(JsonProblems.NOT_UTF8, read.get(read.size() - 1).split(" ")[1], read.toString());
    assertEquals(List.of("valid"), all(JSON.readEach(bytes("\uFEFF[\"1.00\"]"), Money.class)).stream()
        .map(ReadEachTest::described).toList());
  }

  @Test
  void aStreamThatFailsLateStillGivesTheElementsReadBeforeIt() {
    byte[] start = "[\"1.00\", \"2.00\", ".getBytes(StandardCharsets.UTF_8);
    InputStream failing = new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at < start.length) {
          return start[at++];
        }
        throw new IOException("the network went away");
      }
    };
    List<String> read = all(JSON.readEach(failing, Money.class)).stream().map(ReadEachTest::described).toList();
    assertEquals(List.of("valid", "valid", "/2 UNREADABLE"), read);
  }

  /** The array has no limit of its own: five million small elements are read one at a time. */
  @Test
  void anArrayLongerThanADocumentMayBeIsReadElementByElement() {
    int n = 5_000_000;
    StringBuilder text = new StringBuilder(n * 5).append('[');
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : ",").append(i % 2);
    }
    assertTrue(text.length() > HousingJson.MAX_DOCUMENT_LENGTH);
    long ones;
    try (Stream<Validation<Seq<Problem>, Integer>> read = JSON.readEach(bytes(text.append(']').toString()),
        Codecs.integer(0, 1))) {
      ones = read.filter(Validation::isValid).mapToInt(Validation::get).sum();
    }
    assertEquals(n / 2, ones);
  }

  /** Each element has a whole document's limit: one over it is refused, and the next still read. */
  @Test
  void anElementLongerThanADocumentMayBeIsRefusedAndTheNextStillRead() {
    int items = (int) (HousingJson.MAX_DOCUMENT_LENGTH / 2) + 10;
    StringBuilder big = new StringBuilder(items * 2 + 20).append("[[");
    for (int i = 0; i < items; i++) {
      big.append(i == 0 ? "0" : ",0");
    }
    big.append("], [0]]");
    List<String> read = all(JSON.readEach(bytes(big.toString()), Codecs.list(Codecs.integer(0, 1), 10_000_000)))
        .stream().map(ReadEachTest::described).toList();
    assertEquals(List.of("/0 TOO_LARGE", "valid"), read);
  }

  @Test
  void aLineHoldsNoLineBreakAndReadsBackAsTheSameValue() {
    Household family = HouseholdSamples.familyInPrivateRent(DAY);
    String line = JSON.writeLine(family);
    assertFalse(line.contains("\n") || line.contains("\r"), line.length() + " characters");
    assertEquals(family, JSON.read(line, Household.class).get());
  }
}
