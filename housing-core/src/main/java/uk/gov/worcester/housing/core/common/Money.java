package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount of money in pounds sterling, held as whole pence. Amounts may be negative (a
 * shortfall, a difference); rules that need a non-negative amount say so. Arithmetic is exact and
 * overflow is an error, never a wrap-around.
 *
 * <p>The text form is a decimal string with at most two places ({@code "2000.00"}, {@code "12.3"},
 * {@code "-5"}); JSON uses the canonical two-place form from {@link #toDecimalString()}.
 */
public final class Money implements Comparable<Money> {
  /** Nothing. */
  public static final Money ZERO = new Money(0);

  /** The largest magnitude accepted from text: a trillion pounds is not a household's money. */
  private static final Pattern TEXT = Pattern.compile("(-)?(\\d{1,13})(?:\\.(\\d{1,2}))?");

  private final long pence;

  private Money(long pence) {
    this.pence = pence;
  }

  /** An amount in pence. */
  public static Money ofPence(long pence) {
    return pence == 0 ? ZERO : new Money(pence);
  }

  /** A whole number of pounds. */
  public static Money ofPounds(long pounds) {
    return ofPence(Math.multiplyExact(pounds, 100L));
  }

  /**
   * Reads a decimal amount such as {@code "12.34"}: digits, an optional minus sign and at most
   * two decimal places. {@code "12.345"} (fractional pence), {@code "-"}, {@code "NaN"},
   * {@code "1e3"}, {@code "£5"} and blank text are problems with code
   * {@link ProblemCodes#INVALID_FORMAT}.
   */
  public static Validation<Seq<Problem>, Money> parse(String text) {
    if (text == null) {
      return Validated.invalid(Problem.of(ProblemCodes.REQUIRED, "an amount is required"));
    }
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      String why = text.matches("-?\\d+\\.\\d{3,}")
          ? "an amount has at most two decimal places (whole pence)"
          : "an amount is written as pounds and pence, such as 12.34";
      return Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT, why));
    }
    long pounds = Long.parseLong(m.group(2));
    String fraction = m.group(3) == null ? "0" : m.group(3);
    long pence = pounds * 100 + (fraction.length() == 1 ? Long.parseLong(fraction) * 10 : Long.parseLong(fraction));
    return Validation.valid(ofPence(m.group(1) == null ? pence : -pence));
  }

  /** As {@link #parse(String)}, throwing {@link InvalidValueException} on bad text. */
  public static Money of(String text) {
    return Validated.orThrow(parse(text));
  }

  /** The amount in pence. */
  public long pence() {
    return pence;
  }

  /** The amount as a {@code BigDecimal} of pounds with scale 2. */
  public BigDecimal pounds() {
    return BigDecimal.valueOf(pence, 2);
  }

  public Money plus(Money other) {
    return ofPence(Math.addExact(pence, other.pence));
  }

  public Money minus(Money other) {
    return ofPence(Math.subtractExact(pence, other.pence));
  }

  /** This amount multiplied by a whole number (a weekly figure over some weeks). */
  public Money times(long factor) {
    return ofPence(Math.multiplyExact(pence, factor));
  }

  public Money negate() {
    return ofPence(Math.negateExact(pence));
  }

  public boolean isNegative() {
    return pence < 0;
  }

  public boolean isZero() {
    return pence == 0;
  }

  public boolean isPositive() {
    return pence > 0;
  }

  public boolean isGreaterThan(Money other) {
    return pence > other.pence;
  }

  public boolean isLessThan(Money other) {
    return pence < other.pence;
  }

  /** The smaller of two amounts (a cap). */
  public static Money min(Money a, Money b) {
    return a.pence <= b.pence ? a : b;
  }

  /** The larger of two amounts. */
  public static Money max(Money a, Money b) {
    return a.pence >= b.pence ? a : b;
  }

  /** The canonical text: {@code "2000.00"}, {@code "-0.05"}. */
  public String toDecimalString() {
    return pounds().toPlainString();
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money && ((Money) other).pence == pence;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(pence);
  }

  /** {@code £2000.00}; {@code -£0.05}. */
  @Override
  public String toString() {
    return (pence < 0 ? "-£" : "£") + BigDecimal.valueOf(Math.abs(pence), 2).toPlainString();
  }
}
