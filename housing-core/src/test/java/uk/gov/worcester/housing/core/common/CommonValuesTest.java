package uk.gov.worcester.housing.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommonValuesTest {
  @ParameterizedTest
  @CsvSource({"wr1 2ey,WR1 2EY", "WR12EY,WR1 2EY", "  wr14  1aa ,WR14 1AA", "sw1a1aa,SW1A 1AA", "m1 1ae,M1 1AE",
      "GIR0AA,GIR 0AA", "b601aa,B60 1AA", "ec1a 1bb,EC1A 1BB"})
  void postcodesAreNormalised(String text, String normal) {
    Postcode p = Postcode.of(text);
    assertEquals(normal, p.value());
    assertEquals(normal.substring(0, normal.indexOf(' ')), p.outwardCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"WR1", "12345", "WR1 2E", "QQ1 1AA", "WR1 2EYY", "WR1-2EY", "1WR 2EY", "WR1 2CY"})
  void malformedPostcodesAreProblems(String text) {
    assertEquals(ProblemCodes.INVALID_FORMAT, Postcode.parse(text).getError().head().code());
  }

  @Test
  void postcodeToStringIsRedacted() {
    assertEquals("WR1 2**", Postcode.of("WR1 2EY").toString());
  }

  @Test
  void pathsRenderAsJsonPointerEverywhere() {
    Path p = Path.of("members").index(2).field("dateOfBirth");
    assertEquals("/members/2/dateOfBirth", p.toString());
    assertEquals("/members/2/dateOfBirth", p.jsonPointer());
    assertEquals("", Path.root().jsonPointer());
    assertEquals("", Path.root().toString());
    assertEquals("/members/2/dateOfBirth FUTURE_DATE: too late",
        Problem.at(p, ProblemCodes.FUTURE_DATE, "too late").toString());
    assertEquals("(document) REQUIRED: empty", Problem.of(ProblemCodes.REQUIRED, "empty").toString());
    assertEquals("/a~1b/c~0d", Path.of("a/b").field("c~d").jsonPointer());
    assertEquals(p, Path.of("members").resolve(Path.root().index(2).field("dateOfBirth")));
  }

  @Test
  void aPeriodBeginningWithADayCountsThatDayAsDayOne() {
    DateRange r = DateRange.beginningWith(LocalDate.of(2024, 3, 1), 21);
    assertEquals(Optional.of(LocalDate.of(2024, 3, 21)), r.end());
    assertEquals(21, r.daysUpTo(LocalDate.of(2024, 12, 1)));
    assertTrue(r.contains(LocalDate.of(2024, 3, 21)));
    assertFalse(r.contains(LocalDate.of(2024, 3, 22)));
  }

  @Test
  void rangesOverlapAndIntersect() {
    DateRange a = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
    DateRange b = DateRange.from(LocalDate.of(2024, 1, 31));
    assertTrue(a.overlaps(b));
    assertEquals(Optional.of(DateRange.of(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 1, 31))), a.intersect(b));
    assertFalse(a.overlaps(DateRange.from(LocalDate.of(2024, 2, 1))));
    assertEquals(0, DateRange.from(LocalDate.of(2024, 2, 1)).daysUpTo(LocalDate.of(2024, 1, 1)));
  }

  @Test
  void aRangeEndingBeforeItStartsIsAProblem() {
    assertEquals(ProblemCodes.INCONSISTENT, DateRange.validate(LocalDate.of(2024, 2, 1),
        Optional.of(LocalDate.of(2024, 1, 1))).getError().head().code());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
    assertEquals(1, e.problems().size());
  }

  @Test
  void identifiersOfDifferentKindsAreNeverEqual() {
    assertNotEquals(PersonId.of("A-1"), HouseholdId.of("A-1"));
    assertEquals(PersonId.of("A-1"), PersonId.of("A-1"));
    assertEquals(ProblemCodes.INVALID_FORMAT, PersonId.parse("-bad").getError().head().code());
    assertEquals(ProblemCodes.INVALID_FORMAT, PersonId.parse("x".repeat(65)).getError().head().code());
    assertTrue(PersonId.parse("x".repeat(64)).isValid());
  }

  @Test
  void worcesterWardsAndDistrictsAreData() {
    assertEquals(21, Ward.WORCESTER_WARDS.size());
    assertEquals(6, LocalAuthority.WORCESTERSHIRE_DISTRICTS.size());
    assertTrue(Ward.worcesterWard("GORSE_HILL").contains(Ward.GORSE_HILL));
    assertEquals(Ward.GORSE_HILL, Ward.of("GORSE_HILL", "Gorse Hill", LocalAuthority.WORCESTER));
    Ward elsewhere = Ward.of("HEADLESS_CROSS", "Headless Cross and Oakenshaw", LocalAuthority.REDDITCH);
    assertEquals(LocalAuthority.REDDITCH, elsewhere.authority());
    assertEquals(2, Ward.validate("bad code", " ", LocalAuthority.WORCESTER).getError().size());
    assertEquals(LocalAuthority.WORCESTER, LocalAuthority.of("E07000237", "Worcester City"));
    assertEquals(ProblemCodes.INVALID_FORMAT, LocalAuthority.validate("E0700023", "X").getError().head().code());
  }

  @Test
  void addressChecksEveryLineAndHidesThemFromToString() {
    var result = Address.validate(Address.builder().lines(List.of("1 High Street", " ", "x".repeat(101)))
        .town("Worcester").postcode(Postcode.of("WR1 2EY")).uprn("12ab"));
    assertEquals(List.of("/lines/1", "/lines/2", "/uprn"),
        result.getError().map(p -> p.path().toString()).toJavaList().stream().sorted().toList());
    Address ok = Address.builder().addLines("1 High Street").town("Worcester").postcode(Postcode.of("WR1 2EY")).build();
    assertFalse(ok.toString().contains("High Street"), ok.toString());
  }

  @Test
  void missingRequiredAttributesAreNamedProblems() {
    var result = Address.validate(Address.builder().town("Worcester"));
    assertEquals(List.of("/postcode"), result.getError().filter(p -> p.code().equals(ProblemCodes.REQUIRED))
        .map(p -> p.path().toString()).toJavaList());
  }

  @ParameterizedTest
  @CsvSource({"FUTURE_DATE,true", "A,true", "A1_B2,true", "a,false", "_A,false", "1A,false", "A-B,false", "'',false",
      "AÉ,false"})
  void codesAreUpperSnakeCase(String code, boolean ok) {
    assertEquals(ok, ProblemCodes.isWellFormed(code));
  }

  @Test
  void anExceptionListsEachProblemsPointerCodeAndMessageButNeverAValue() {
    String name = "x".repeat(201);
    var result = Address.validate(Address.builder().addLines(name).town("Worcester").postcode(Postcode.of("WR1 2EY")));
    InvalidValueException e = new InvalidValueException(result.getError().append(
        Problem.of(ProblemCodes.INCONSISTENT, "the value as a whole")));
    assertEquals("invalid value: /lines/0 INVALID_FORMAT: " + result.getError().head().message()
        + "; (document) INCONSISTENT: the value as a whole", e.getMessage());
    assertFalse(e.getMessage().contains(name));
    assertEquals(e.problems().toJavaList(), e.problemList());
  }

  @Test
  void anExceptionMessageListsTwentyProblemsAndCountsTheRest() {
    io.vavr.collection.List<Problem> many = io.vavr.collection.List.range(0, 25)
        .map(i -> Problem.at(Path.of("members").index(i), ProblemCodes.DUPLICATE, "member ids are unique"));
    InvalidValueException e = new InvalidValueException(many);
    assertTrue(e.getMessage().contains("/members/19 DUPLICATE"), e.getMessage());
    assertFalse(e.getMessage().contains("/members/20 "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; and 5 more"), e.getMessage());
    assertEquals(25, e.problemList().size());
  }
}
