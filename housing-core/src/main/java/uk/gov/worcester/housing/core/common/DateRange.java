package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of calendar days, both ends included, that may still be open (no end yet): a period of
 * residence, a placement, a duty. Law counts periods in whole days, so a range is of
 * {@link LocalDate}s and never of instants.
 */
public final class DateRange {
  private final LocalDate start;
  private final Optional<LocalDate> end;

  private DateRange(LocalDate start, Optional<LocalDate> end) {
    this.start = start;
    this.end = end;
  }

  /** Every day from {@code start} to {@code end}, both included. */
  public static DateRange of(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    if (!end.isBefore(start)) {
      return new DateRange(start, Optional.of(end));
    }
    return Validated.orThrow(validate(start, Optional.of(end)));
  }

  /** Every day from {@code start} on, with no end yet. */
  public static DateRange from(LocalDate start) {
    return new DateRange(Objects.requireNonNull(start, "start"), Optional.empty());
  }

  /**
   * A period of {@code days} days "beginning with" {@code start}, as statutes count: the start
   * day is day 1, so a 21-day period beginning with 1 March ends on 21 March.
   */
  public static DateRange beginningWith(LocalDate start, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("a period has at least one day");
    }
    return new DateRange(start, Optional.of(CalendarDates.plusDays(start, days - 1L)));
  }

  /** A range from untrusted dates: the end may not come before the start. */
  public static Validation<Seq<Problem>, DateRange> validate(LocalDate start, Optional<LocalDate> end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    return Checks.start()
        .require(end.map(e -> !e.isBefore(start)).orElse(true), "end", ProblemCodes.INCONSISTENT,
            "the end date is before the start date")
        .orElse(new DateRange(start, end));
  }

  public LocalDate start() {
    return start;
  }

  /** The last day, if the range has ended. */
  public Optional<LocalDate> end() {
    return end;
  }

  /** True while the range has no end. */
  public boolean isOpen() {
    return end.isEmpty();
  }

  /** True if {@code date} is one of the range's days. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && end.map(e -> !date.isAfter(e)).orElse(true);
  }

  /** True if the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    boolean thisStartsBeforeOtherEnds = other.end.map(e -> !start.isAfter(e)).orElse(true);
    boolean otherStartsBeforeThisEnds = end.map(e -> !other.start.isAfter(e)).orElse(true);
    return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * The number of days in the range up to and including {@code asAt} (or its end, if earlier);
   * zero if it starts after {@code asAt}.
   */
  public long daysUpTo(LocalDate asAt) {
    LocalDate last = end.filter(e -> e.isBefore(asAt)).orElse(asAt);
    return last.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, last) + 1;
  }

  /** The part of this range inside {@code window}, if any. */
  public Optional<DateRange> intersect(DateRange window) {
    if (!overlaps(window)) {
      return Optional.empty();
    }
    LocalDate s = start.isAfter(window.start) ? start : window.start;
    Optional<LocalDate> e;
    if (end.isEmpty()) {
      e = window.end;
    } else if (window.end.isEmpty()) {
      e = end;
    } else {
      e = Optional.of(end.get().isBefore(window.end.get()) ? end.get() : window.end.get());
    }
    return Optional.of(new DateRange(s, e));
  }

  /** A copy ended on {@code last}. */
  public DateRange endingOn(LocalDate last) {
    return of(start, last);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateRange
        && ((DateRange) other).start.equals(start)
        && ((DateRange) other).end.equals(end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** {@code 2024-03-01..2024-03-21}; {@code 2024-03-01..} while open. */
  @Override
  public String toString() {
    return start + ".." + end.map(LocalDate::toString).orElse("");
  }
}
