package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code 2024Q2} (April to June 2024), as government returns such as
 * H-CLIC are made by quarter.
 */
public final class Quarter implements Comparable<Quarter> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})Q([1-4])");

  private final int year;
  private final int number;

  private Quarter(int year, int number) {
    this.year = year;
    this.number = number;
  }

  public static Quarter of(int year, int number) {
    if (number < 1 || number > 4 || year < 1900 || year > 9999) {
      throw new InvalidValueException(io.vavr.collection.List.of(Problem.of(ProblemCodes.OUT_OF_RANGE,
          "a quarter is 1 to 4 of a year from 1900")));
    }
    return new Quarter(year, number);
  }

  /** Reads {@code 2024Q2}. */
  public static Validation<Seq<Problem>, Quarter> parse(String text) {
    Matcher m = text == null ? null : FORM.matcher(text);
    if (m == null || !m.matches() || Integer.parseInt(m.group(1)) < 1900) {
      return Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT, "a quarter is written like 2024Q2"));
    }
    return Validation.valid(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  /** The quarter a date falls in. */
  public static Quarter containing(LocalDate date) {
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  /** The quarter's last day, found without arithmetic past it (safe for the calendar's last quarter). */
  public LocalDate lastDay() {
    return LocalDate.of(year, number * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
  }

  /** Every day of the quarter. */
  public DateRange days() {
    return DateRange.of(firstDay(), lastDay());
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Quarter && ((Quarter) other).year == year && ((Quarter) other).number == number;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, number);
  }

  @Override
  public String toString() {
    return year + "Q" + number;
  }
}
