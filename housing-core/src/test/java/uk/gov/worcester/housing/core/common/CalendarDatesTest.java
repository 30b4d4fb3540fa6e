package uk.gov.worcester.housing.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A period of years "beginning with" a day (HA 1996 s.195A(1), s.198(2ZA)(a)): the day counts, so
 * the period ends the day before the anniversary, and a period beginning with 29 February runs to
 * the end of February in a year without one.
 */
class CalendarDatesTest {
  @Test
  void twoYearsBeginningWithADayEndTheDayBeforeItsSecondAnniversary() {
    assertEquals(LocalDate.of(2026, 4, 30), CalendarDates.lastDayOfYearsBeginningWith(LocalDate.of(2024, 5, 1), 2));
    assertEquals(LocalDate.of(2025, 12, 31), CalendarDates.lastDayOfYearsBeginningWith(LocalDate.of(2024, 1, 1), 2));
  }

  @Test
  void twoYearsBeginningWith29FebruaryEndOn28February_notTheDayBefore() {
    assertEquals(LocalDate.of(2026, 2, 28), CalendarDates.lastDayOfYearsBeginningWith(LocalDate.of(2024, 2, 29), 2));
    assertEquals(LocalDate.of(2026, 2, 27), CalendarDates.lastDayOfYearsBeginningWith(LocalDate.of(2024, 2, 28), 2),
        "28 February is an ordinary day");
    assertEquals(LocalDate.of(2028, 2, 28), CalendarDates.lastDayOfYearsBeginningWith(LocalDate.of(2024, 2, 29), 4),
        "a leap year four years on has its 29 February: the period ends the day before it");
  }
}
