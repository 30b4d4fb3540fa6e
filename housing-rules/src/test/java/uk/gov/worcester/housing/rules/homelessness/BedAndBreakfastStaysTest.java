package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.gov.worcester.housing.core.common.CalendarDates;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.homelessness.TemporaryAccommodationType;

class BedAndBreakfastStaysTest {
  static Placement bb(String reference, LocalDate start, LocalDate end) {
    return Placement.builder().reference(reference).type(TemporaryAccommodationType.BED_AND_BREAKFAST)
        .district(LocalAuthority.WORCESTER).stay(DateRange.of(start, end)).underDuty(DutyKind.INTERIM_ACCOMMODATION)
        .build();
  }

  @Test
  void aSameDayMoveBetweenEarlierStaysCountsOnceTowardsTheDeadline() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    // 10 days (1st to 10th), a move on the 10th to another for 11 days (10th to 20th): 20 days, not 21
    Placement first = bb("BB-1", d, d.plusDays(9));
    Placement second = bb("BB-2", d.plusDays(9), d.plusDays(19));
    Placement current = Placement.builder().from(bb("BB-3", d.plusDays(30), d.plusDays(31))).stay(
        DateRange.from(d.plusDays(30))).build();
    List<Placement> all = List.of(first, second, current);
    assertEquals(20, TemporaryAccommodationRule.bedAndBreakfastDays(all, d.plusDays(25)));
    assertEquals(d.plusDays(30 + 42 - 20), TemporaryAccommodationRule.bedAndBreakfastDeadline(current, all,
        LocalHomelessnessPolicy.WORCESTER), "six weeks less the 20 days already spent");
  }

  /** Bed and breakfast days: the index answers as the loop over every stay that it replaced. */
  @Test
  void bedAndBreakfastDaysCountEachDayOnceAsTheLoopOverEveryStayDid() {
    Gen<List<Placement>> stays = Generate.range(0, 8).flatMap(n -> rs -> {
      List<Placement> out = new ArrayList<>();
      LocalDate day = LocalDate.of(2024, 1, 1);
      for (int i = 0; i < n; i++) {
        LocalDate start = day.plusDays(Generate.range(-20, 30).generate(rs));
        int length = Generate.range(-1, 60).generate(rs);
        TemporaryAccommodationType type = Generate.enumValues(TemporaryAccommodationType.class).generate(rs);
        out.add(Placement.builder().reference("P-" + i).type(type).district(LocalAuthority.WORCESTER)
            .sharedFacilities(Generate.booleans().generate(rs))
            .stay(length < 0 ? DateRange.from(start) : DateRange.of(start, start.plusDays(length)))
            .underDuty(DutyKind.INTERIM_ACCOMMODATION).build());
        day = start;
      }
      return out;
    });
    qt().withExamples(2000).forAll(stays, Generate.range(-30, 200)).checkAssert((ps, offset) -> {
      LocalDate asAt = LocalDate.of(2024, 1, 1).plusDays(offset);
      assertEquals(loopOverEveryStay(ps, asAt), TemporaryAccommodationRule.bedAndBreakfastDays(ps, asAt));
    });
  }

  /** The loop TemporaryAccommodationRule.bedAndBreakfastDays ran before the index: the oracle. */
  static long loopOverEveryStay(List<Placement> placements, LocalDate asAt) {
    List<Placement> stays = new ArrayList<>();
    for (Placement p : placements) {
      if (TemporaryAccommodationRule.isBedAndBreakfastAccommodation(p) && !p.stay().start().isAfter(asAt)) {
        stays.add(p);
      }
    }
    stays.sort(Comparator.comparing(p -> p.stay().start()));
    long days = 0;
    LocalDate counted = null;
    for (Placement p : stays) {
      LocalDate from = counted == null || p.stay().start().isAfter(counted) ? p.stay().start()
          : CalendarDates.plusDays(counted, 1);
      LocalDate to = p.stay().end().filter(e -> e.isBefore(asAt)).orElse(asAt);
      if (!to.isBefore(from)) {
        days += java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        counted = to;
      }
    }
    return days;
  }

}
