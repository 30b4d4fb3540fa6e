package uk.gov.worcester.housing.core.privatesector;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Shared sanity bounds of the private sector facts. */
final class Dates {
  private Dates() {}

  /** The earliest and latest years a private sector record may be dated in. */
  static final int EARLIEST_YEAR = 1900;
  static final int LATEST_YEAR = 2999;

  /** True for a date from 1900 to 2999: anything else is a typing slip, not a record. */
  static boolean sane(LocalDate date) {
    return date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR;
  }

  /** The one written form of an exact decimal: no trailing zeros, never an exponent ({@code 180}, {@code 1.5}). */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
