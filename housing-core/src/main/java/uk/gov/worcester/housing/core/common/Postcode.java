package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode in its normal form: upper case, one space before the three-character inward
 * code ({@code "WR1 2EY"}). Only the format is checked (the Royal Mail's shapes, including
 * {@code GIR 0AA}); whether the postcode exists needs an address gazetteer.
 *
 * <p>A full postcode can identify a household, so {@link #toString()} shows the outward code and
 * the sector only ({@code "WR1 2**"}).
 */
public final class Postcode {
  private static final Pattern FORM = Pattern.compile(
      "(GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9])[0-9][ABD-HJLNP-UW-Z]{2})");

  private final String value;

  private Postcode(String value) {
    this.value = value;
  }

  /** Reads a postcode in any spacing or case; a problem if it is not a UK postcode's shape. */
  public static Validation<Seq<Problem>, Postcode> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validated.invalid(Problem.of(ProblemCodes.REQUIRED, "a postcode is required"));
    }
    String compact = withoutWhitespace(text).toUpperCase(Locale.ROOT);
    if (compact.length() > 7 || !FORM.matcher(compact).matches()) {
      return Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT,
          "not a UK postcode: expected a form such as WR1 2EY"));
    }
    int split = compact.length() - 3;
    return Validation.valid(new Postcode(compact.substring(0, split) + " " + compact.substring(split)));
  }

  /** {@code text} without the characters regex {@code \\s} matches, by a loop, not a regex compiled per call. */
  private static String withoutWhitespace(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (space && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!space && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** As {@link #parse(String)}, throwing {@link InvalidValueException}. */
  public static Postcode of(String text) {
    return Validated.orThrow(parse(text));
  }

  /** The normal form, {@code "WR1 2EY"}. */
  public String value() {
    return value;
  }

  /** The outward code, {@code "WR1"}: the post town's district. */
  public String outwardCode() {
    return value.substring(0, value.indexOf(' '));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Postcode && ((Postcode) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Redacted: {@code "WR1 2**"}. */
  @Override
  public String toString() {
    return value.substring(0, value.length() - 2) + "**";
  }
}
