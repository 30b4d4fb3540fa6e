package uk.gov.worcester.housing.core.common;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The range of dates the library's contract accepts from untrusted input, and date arithmetic
 * that is safe for any date a {@link LocalDate} can hold. Documents and command-line options hold
 * dates from {@link #EARLIEST} to {@link #LATEST} (years 1800 to 2200); a date outside is an
 * {@link ProblemCodes#OUT_OF_RANGE} problem where it is read. Rules add periods to dates with
 * {@link #plus}, which stops at {@link LocalDate#MIN} or {@link LocalDate#MAX} rather than throw, so
 * a deadline for a date built in code near the end of time is the end of time, not an exception.
 */
public final class CalendarDates {
  /** The first date accepted from input: 1 January 1800. */
  public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
  /** The last date accepted from input: 31 December 2200. */
  public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

  private CalendarDates() {}

  /** True when {@code date} is from {@link #EARLIEST} to {@link #LATEST}. */
  public static boolean isAccepted(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  /** The plain-English rule, for problem messages. */
  public static String rule() {
    return "is not a date from " + EARLIEST + " to " + LATEST;
  }

  /**
   * {@code date} plus {@code amount} {@code unit}s (days, weeks, months or years; negative to go
   * back), or {@link LocalDate#MIN} or {@link LocalDate#MAX} when that is beyond the calendar.
   */
  public static LocalDate plus(LocalDate date, long amount, ChronoUnit unit) {
    try {
      return date.plus(amount, unit);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return amount < 0 ? LocalDate.MIN : LocalDate.MAX;
    }
  }

  /** {@code date} plus {@code days} days, as {@link #plus}. */
  public static LocalDate plusDays(LocalDate date, long days) {
    return plus(date, days, ChronoUnit.DAYS);
  }

  /** {@code date} plus {@code weeks} weeks, as {@link #plus}. */
  public static LocalDate plusWeeks(LocalDate date, long weeks) {
    return plus(date, weeks, ChronoUnit.WEEKS);
  }

  /** {@code date} plus {@code months} months, as {@link #plus}. */
  public static LocalDate plusMonths(LocalDate date, long months) {
    return plus(date, months, ChronoUnit.MONTHS);
  }

  /** {@code date} plus {@code years} years, as {@link #plus}. */
  public static LocalDate plusYears(LocalDate date, long years) {
    return plus(date, years, ChronoUnit.YEARS);
  }

  /**
   * The last day of a period of {@code years} years "beginning with" {@code start} (the day itself
   * counts): the day before the anniversary, so two years beginning with 1 May 2024 end on
   * 30 April 2026. A period beginning with 29 February whose last year has no 29 February ends on
   * 28 February, the last day of that month (the anniversary taken as 1 March, as ages are).
   */
  public static LocalDate lastDayOfYearsBeginningWith(LocalDate start, long years) {
    LocalDate anniversary = plusYears(start, years);
    if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29 && anniversary.getDayOfMonth() == 28) {
      return anniversary; // no 29 February that year: the period runs to the end of February
    }
    return plusDays(anniversary, -1);
  }
}
