package uk.gov.worcester.housing.rules.homelessness;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.homelessness.Placement;

/**
 * The days a household spent in bed and breakfast (SI 2003/3326 art.2, as
 * {@link TemporaryAccommodationRule#bedAndBreakfastStay} gives its days) for one application, each day counted
 * once however many placements cover it (SI 2003/3326 art.4(1)(b): "a period, or a total of
 * periods"). Built once from a case's placements in time proportional to their number (and its
 * logarithm, for the sort); each {@link #daysUpTo} then answers in logarithmic time, so reporting
 * on every placement of a case no longer adds up the whole history once per placement. Immutable.
 */
public final class BedAndBreakfastStays {
  /** The stays merged into separate runs of days, as epoch days; an open stay ends at {@code Long.MAX_VALUE}. */
  private final long[] starts;
  private final long[] ends;
  /** Days in the runs before each run. */
  private final long[] before;

  private BedAndBreakfastStays(long[] starts, long[] ends, long[] before) {
    this.starts = starts;
    this.ends = ends;
    this.before = before;
  }

  /** The bed and breakfast stays among {@code placements}; others are left out. */
  public static BedAndBreakfastStays of(List<Placement> placements) {
    long[][] stays = new long[placements.size()][];
    int n = 0;
    for (Placement p : placements) {
      Optional<DateRange> stay = TemporaryAccommodationRule.bedAndBreakfastStay(p);
      if (stay.isPresent()) {
        stays[n++] = new long[] {stay.get().start().toEpochDay(),
            stay.get().end().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)};
      }
    }
    Arrays.sort(stays, 0, n, (a, b) -> Long.compare(a[0], b[0]));
    long[] starts = new long[n];
    long[] ends = new long[n];
    long[] before = new long[n];
    int runs = 0;
    long total = 0;
    for (int i = 0; i < n; i++) {
      long[] s = stays[i];
      if (runs > 0 && s[0] <= ends[runs - 1]) {
        ends[runs - 1] = Math.max(ends[runs - 1], s[1]);
        continue;
      }
      if (runs > 0) {
        total += length(starts[runs - 1], ends[runs - 1]);
      }
      starts[runs] = s[0];
      ends[runs] = s[1];
      before[runs] = total;
      runs++;
    }
    return new BedAndBreakfastStays(Arrays.copyOf(starts, runs), Arrays.copyOf(ends, runs),
        Arrays.copyOf(before, runs));
  }

  /** The days in bed and breakfast up to and including {@code asAt}, each day once. */
  public long daysUpTo(LocalDate asAt) {
    long day = asAt.toEpochDay();
    int i = Arrays.binarySearch(starts, day);
    int run = i >= 0 ? i : -i - 2; // runs start on different days: the last run starting on or before asAt
    if (run < 0) {
      return 0;
    }
    return before[run] + length(starts[run], Math.min(ends[run], day));
  }

  private static long length(long from, long to) {
    // only the last run can be open, and daysUpTo clips it to a real day before measuring it
    return to - from + 1;
  }
}
