package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.CalendarDates;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.SleepingSite;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.core.homelessness.StreetPersonId;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;

/**
 * Date arithmetic in the rules is safe for any date a value can hold: near the ends of
 * {@link LocalDate}'s range a deadline stops at the end of time rather than throw. The contract
 * accepts only years 1800 to 2200 from input, but values built in code may hold any date.
 */
class ExtremeDatesTest {
  static final LocalDate NEAR_THE_END = LocalDate.of(Year.MAX_VALUE, 9, 1);
  static final LocalDate NEAR_THE_START = LocalDate.of(Year.MIN_VALUE + 200, 6, 1);
  static final List<Function<LocalDate, Approach>> SAMPLES = List.of(ApproachSamples::familyServedSection21,
      ApproachSamples::seventeenYearOldAskedToLeave, ApproachSamples::domesticAbuseSurvivor,
      ApproachSamples::roughSleeper, ApproachSamples::sofaSurfer);

  @Test
  void arithmeticStopsAtTheEndsOfTheCalendar() {
    assertEquals(LocalDate.MAX, CalendarDates.plusYears(LocalDate.MAX, 2));
    assertEquals(LocalDate.MIN, CalendarDates.plusDays(LocalDate.MIN, -1));
    assertEquals(LocalDate.MAX, CalendarDates.plusDays(LocalDate.MIN, Long.MAX_VALUE));
    assertEquals(LocalDate.of(2024, 3, 1), CalendarDates.plusDays(LocalDate.of(2024, 2, 29), 1));
    assertTrue(CalendarDates.isAccepted(LocalDate.of(1800, 1, 1)));
    assertTrue(!CalendarDates.isAccepted(LocalDate.of(2201, 1, 1)));
    assertEquals(LocalDate.MAX, uk.gov.worcester.housing.core.common.Quarter.containing(LocalDate.MAX).lastDay());
    assertEquals(LocalDate.of(2024, 6, 30),
        uk.gov.worcester.housing.core.common.Quarter.containing(LocalDate.of(2024, 5, 1)).lastDay());
  }

  @Test
  void assessmentsAndCasesNearTheEndsOfTimeGiveDecisionsNotExceptions() {
    int assessed = 0;
    for (LocalDate on : List.of(NEAR_THE_END, NEAR_THE_START)) {
      for (Function<LocalDate, Approach> sample : SAMPLES) {
        Approach a;
        try {
          a = sample.apply(on);
        } catch (InvalidValueException e) {
          continue; // a sample whose own facts cannot hold on that date (a ward not yet in force)
        }
        assessed++;
        for (LocalDate asAt : List.of(on, LocalDate.MAX)) {
          Assessment assessment = HomelessnessAssessment.assess(a, asAt, HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021,
              LocalHomelessnessPolicy.WORCESTER);
          assertNotNull(assessment.duties().outcome());
        }
        CaseWorkflow.worcester().replay(CaseRecord.of(a, List.of())); // a value or problems
      }
    }
    assertTrue(assessed >= 5, "most samples can be built at the ends of time: " + assessed);
  }

  @Test
  void roughSleepingNearTheEndOfTimeGivesFindings() {
    List<StreetContact> contacts = List.of(
        contact("SP-1", LocalDate.MAX.minusDays(2)), contact("SP-1", LocalDate.MAX),
        contact("SP-2", LocalDate.MAX.minusDays(1)));
    assertNotNull(RoughSleepingRule.findings(contacts, DateRange.of(LocalDate.MAX.minusDays(30), LocalDate.MAX),
        RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023));
    assertNotNull(RoughSleepingRule.snapshot(contacts, LocalDate.MAX));
  }

  static StreetContact contact(String who, LocalDate night) {
    return StreetContact.builder().person(StreetPersonId.of(who)).night(night).site(SleepingSite.values()[0])
        .offerMade(true).build();
  }
}
