package uk.gov.worcester.housing.report.page;

import java.math.BigDecimal;

/**
 * How a figure is written on a page, the same in every renderer: digits grouped in threes with
 * commas, the scale kept as given ("12.50" stays "12.50"), "%" after the number, "£" before it, any
 * other unit after a space ("250 homes").
 */
public final class Figures {
  private Figures() {}

  /** The figure written with its unit. */
  public static String format(BigDecimal value, String unit) {
    String number = grouped(value);
    if (unit.isEmpty()) {
      return number;
    }
    if (unit.equals("%")) {
      return number + "%";
    }
    if (unit.equals("£")) {
      return value.signum() < 0 ? "-£" + number.substring(1) : "£" + number;
    }
    return number + " " + unit;
  }

  /** The figure's digits grouped in threes, without a unit. */
  public static String grouped(BigDecimal value) {
    String plain = value.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 1);
    if (negative) {
      out.append('-');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    if (point >= 0) {
      out.append(digits, point, digits.length());
    }
    return out.toString();
  }
}
