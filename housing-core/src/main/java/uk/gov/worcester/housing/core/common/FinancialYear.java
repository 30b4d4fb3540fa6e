package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A council's financial year, 1 April to 31 March, written {@code 2016/17}: grant monitoring,
 * welfare reports and the housing strategy's progress reports compare one with the last.
 */
public final class FinancialYear implements Comparable<FinancialYear> {
  private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{2})");

  private final int startYear;

  private FinancialYear(int startYear) {
    this.startYear = startYear;
  }

  /** The year starting on 1 April {@code startYear}; 1900 to 9999. */
  public static FinancialYear starting(int startYear) {
    if (startYear < 1900 || startYear > 9999) {
      throw new InvalidValueException(io.vavr.collection.List.of(
          Problem.of(ProblemCodes.OUT_OF_RANGE, "a financial year starts between 1900 and 9999")));
    }
    return new FinancialYear(startYear);
  }

  /** The year {@code date} falls in. */
  public static FinancialYear containing(LocalDate date) {
    return starting(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }

  /** Reads {@code "2016/17"}: the second part must be the year after the first. */
  public static Validation<Seq<Problem>, FinancialYear> parse(String text) {
    Matcher m = text == null ? null : TEXT.matcher(text);
    if (m == null || !m.matches()) {
      return Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT, "a financial year is written YYYY/YY, such as 2016/17"));
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if ((start + 1) % 100 != end || start < 1900 || start > 9999) {
      return Validated.invalid(Problem.of(ProblemCodes.INCONSISTENT,
          "a financial year runs from April of one year to March of the next, such as 2016/17"));
    }
    return Validation.valid(new FinancialYear(start));
  }

  /** The calendar year it starts in. */
  public int startYear() {
    return startYear;
  }

  /** 1 April to 31 March. */
  public DateRange days() {
    return DateRange.of(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
  }

  /** True if {@code date} falls in this year. */
  public boolean contains(LocalDate date) {
    return days().contains(date);
  }

  /** The year before; for 1900/01, the first there is, an {@link InvalidValueException}. */
  public FinancialYear previous() {
    return starting(startYear - 1);
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FinancialYear && ((FinancialYear) other).startYear == startYear;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(startYear);
  }

  /** {@code 2016/17}. */
  @Override
  public String toString() {
    return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
  }
}
