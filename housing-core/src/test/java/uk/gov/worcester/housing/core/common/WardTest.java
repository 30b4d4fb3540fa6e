package uk.gov.worcester.housing.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WardTest {
  static final LocalDate LAST_OLD_DAY = LocalDate.of(2024, 5, 1);
  static final LocalDate FIRST_NEW_DAY = LocalDate.of(2024, 5, 2);

  @Test
  void worcesterHadFifteenWardsUntilTheFirstOfMayTwentyTwentyFourAndSixteenFromTheElectionsNextDay() {
    assertEquals(Ward.WORCESTER_WARDS_2004, Ward.worcesterWardsOn(LAST_OLD_DAY));
    assertEquals(Ward.WORCESTER_WARDS_2024.sortBy(Ward::code), Ward.worcesterWardsOn(FIRST_NEW_DAY));
    assertEquals(15, Ward.worcesterWardsOn(LocalDate.of(2004, 5, 6)).size());
    assertEquals(0, Ward.worcesterWardsOn(LocalDate.of(2004, 5, 5)).size(), "before SI 2002/3225's wards");
    assertEquals(16, Ward.worcesterWardsOn(LocalDate.of(2030, 1, 1)).size(), "the 2024 wards have no end");
  }

  @Test
  void abolishedWardsEndOnTheFirstOfMayAndNewWardsBeginOnTheSecond() {
    for (Ward w : Ward.WORCESTER_WARDS_2004.removeAll(Ward.WORCESTER_WARDS_2024)) {
      assertTrue(w.inForceOn(LAST_OLD_DAY), w.code());
      assertFalse(w.inForceOn(FIRST_NEW_DAY), w.code());
    }
    for (Ward w : Ward.WORCESTER_WARDS_2024.removeAll(Ward.WORCESTER_WARDS_2004)) {
      assertFalse(w.inForceOn(LAST_OLD_DAY), w.code());
      assertTrue(w.inForceOn(FIRST_NEW_DAY), w.code());
    }
    assertEquals(5, Ward.WORCESTER_WARDS_2004.removeAll(Ward.WORCESTER_WARDS_2024).size());
    assertEquals(6, Ward.WORCESTER_WARDS_2024.removeAll(Ward.WORCESTER_WARDS_2004).size());
  }

  @Test
  void aWardBothOrdersNameIsOneValueInForceEitherSide() {
    assertTrue(Ward.CATHEDRAL.inForceOn(LAST_OLD_DAY));
    assertTrue(Ward.CATHEDRAL.inForceOn(FIRST_NEW_DAY));
    assertEquals(Validity.from(LocalDate.of(2004, 5, 6)), Ward.CATHEDRAL.validity());
    assertEquals(Validity.between(LocalDate.of(2004, 5, 6), LAST_OLD_DAY), Ward.GORSE_HILL.validity());
    assertEquals(Validity.from(FIRST_NEW_DAY), Ward.FORT_ROYAL.validity());
  }

  @Test
  void aWorcesterCodeReadBackIsItsConstantWithItsValidity() {
    Ward read = Ward.of("BEDWARDINE", "Bedwardine", LocalAuthority.WORCESTER);
    assertSame(Ward.BEDWARDINE, read);
    assertFalse(read.inForceOn(FIRST_NEW_DAY));
    assertSame(Ward.ST_NICHOLAS, Ward.of("ST_NICHOLAS", "St Nicholas", LocalAuthority.WORCESTER,
        Validity.ALWAYS), "Worcester's validity is the Orders', not the caller's");
  }

  @Test
  void aWorcesterCodeOfNeitherOrderIsAnUnknownCode() {
    var result = Ward.validate("ELBURY_MOUNT", "Elbury Mount", LocalAuthority.WORCESTER);
    assertEquals("/code UNKNOWN_CODE", result.getError().map(p -> p.path() + " " + p.code()).mkString(";"));
    assertTrue(Ward.validate("ELBURY_MOUNT", "Elbury Mount", LocalAuthority.WYCHAVON).isValid(),
        "other councils' wards are open");
  }

  @Test
  void anotherCouncilsWardIsInForceOnEveryDayUnlessGivenAValidity() {
    Ward open = Ward.of("HEADLESS_CROSS", "Headless Cross and Oakenshaw", LocalAuthority.REDDITCH);
    assertEquals(Validity.ALWAYS, open.validity());
    assertTrue(open.inForceOn(LocalDate.of(1900, 1, 1)));
    Ward ended = Ward.of("OLD_WARD", "Old Ward", LocalAuthority.REDDITCH, Validity.until(LocalDate.of(2019, 5, 1)));
    assertTrue(ended.inForceOn(LocalDate.of(2019, 5, 1)));
    assertFalse(ended.inForceOn(LocalDate.of(2019, 5, 2)));
  }

  @Test
  void worcestershireDistrictsHaveNoEnd() {
    for (LocalAuthority a : LocalAuthority.WORCESTERSHIRE_DISTRICTS) {
      assertEquals(Validity.ALWAYS, a.validity(), a.name());
      assertTrue(a.inForceOn(LocalDate.of(2099, 12, 31)), a.name());
    }
    LocalAuthority merged = LocalAuthority.of("E07000026", "Allerdale", Validity.until(LocalDate.of(2023, 3, 31)));
    assertFalse(merged.inForceOn(LocalDate.of(2023, 4, 1)));
    assertSame(LocalAuthority.WORCESTER, LocalAuthority.of("E07000237", "Worcester",
        Validity.until(LocalDate.of(2000, 1, 1))), "a Worcestershire code is the constant");
  }

  @Test
  void validityIncludesBothEndsAndRefusesAnEndBeforeItsStart() {
    Validity v = Validity.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
    assertTrue(v.contains(LocalDate.of(2024, 1, 1)));
    assertTrue(v.contains(LocalDate.of(2024, 1, 31)));
    assertFalse(v.contains(LocalDate.of(2023, 12, 31)));
    assertFalse(v.contains(LocalDate.of(2024, 2, 1)));
    assertEquals("2024-01-01..2024-01-31", v.toString());
    assertEquals("..", Validity.ALWAYS.toString());
    assertEquals(ProblemCodes.INCONSISTENT, Validity.validate(Optional.of(LocalDate.of(2024, 2, 1)),
        Optional.of(LocalDate.of(2024, 1, 1))).getError().head().code());
    assertThrows(InvalidValueException.class, () -> Validity.between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
    assertSame(Validity.ALWAYS, Validity.validate(Optional.empty(), Optional.empty()).get());
  }
}
