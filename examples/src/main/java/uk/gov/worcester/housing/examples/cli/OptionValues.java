package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uk.gov.worcester.housing.core.common.CalendarDates;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.SafeText;
import uk.gov.worcester.housing.core.common.Quarter;

/**
 * How option values are read, the same for every sub-command: a bad value is a usage mistake
 * (exit 2) whose message says what was expected.
 */
final class OptionValues {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private OptionValues() {}

  /** Teaches {@code commandLine} (and its sub-commands) to read dates and quarters. */
  static void register(CommandLine commandLine) {
    commandLine.registerConverter(LocalDate.class, isoDate());
    commandLine.registerConverter(Quarter.class, quarter());
    commandLine.registerConverter(FinancialYear.class, financialYear());
  }

  /**
   * A date as {@code YYYY-MM-DD}, one that is in the calendar and from 1800 to 2200
   * ({@link CalendarDates}); text that is not is echoed only {@link SafeText safely}.
   */
  static ITypeConverter<LocalDate> isoDate() {
    return text -> {
      if (!ISO_DATE.matcher(text).matches()) {
        throw new TypeConversionException("'" + SafeText.of(text) + "' is not a date: expected YYYY-MM-DD, "
            + "e.g. 2024-05-01");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + text + "' is not a day in the calendar: expected YYYY-MM-DD, "
            + "e.g. 2024-05-01");
      }
      if (!CalendarDates.isAccepted(date)) {
        throw new TypeConversionException("'" + text + "' " + CalendarDates.rule());
      }
      return date;
    };
  }

  /** A financial year as {@code 2018/19} (grant monitoring, strategy progress reports). */
  static ITypeConverter<FinancialYear> financialYear() {
    return text -> {
      Validation<Seq<Problem>, FinancialYear> y = FinancialYear.parse(text);
      if (y.isInvalid()) {
        throw new TypeConversionException("'" + SafeText.of(text) + "': " + y.getError().head().message());
      }
      return y.get();
    };
  }

  /** A quarter as {@code 2024Q2}. */
  static ITypeConverter<Quarter> quarter() {
    return text -> {
      Validation<Seq<Problem>, Quarter> q = Quarter.parse(text);
      if (q.isInvalid()) {
        throw new TypeConversionException("'" + SafeText.of(text) + "': " + q.getError().head().message());
      }
      return q.get();
    };
  }
}
