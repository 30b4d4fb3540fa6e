package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.function.Function;

/**
 * The shared shape of this library's typed identifiers ({@link PersonId}, {@link HouseholdId} and
 * each domain's own): a short case-sensitive reference of letters, digits, {@code . _ -}, as a
 * council's case system would issue. Identifiers of different kinds are never equal, so a
 * person's id cannot be passed where a case's is wanted.
 */
public abstract class Identifier implements Comparable<Identifier> {

  private final String value;

  /** For subclasses: {@code value} must already be checked with {@link #check}. */
  protected Identifier(String value) {
    this.value = value;
  }

  /**
   * Checks untrusted text and makes an identifier of it: a problem with code
   * {@link ProblemCodes#INVALID_FORMAT} unless it is 1 to 64 letters, digits, dots, underscores
   * or hyphens, starting with a letter or digit.
   */
  protected static <I extends Identifier> Validation<Seq<Problem>, I> check(
      String text, Function<String, I> make) {
    if (text == null || !isWellFormed(text)) {
      return Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT,
          "an identifier is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
    }
    return Validation.valid(make.apply(text));
  }

  /** {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}, by a loop: identifiers are checked for every one read. */
  private static boolean isWellFormed(String text) {
    int n = text.length();
    if (n == 0 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** As {@link #check}, throwing {@link InvalidValueException}: for identifiers from code. */
  protected static <I extends Identifier> I require(String text, Function<String, I> make) {
    return Validated.orThrow(check(text, make));
  }

  /** The reference as issued. */
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((Identifier) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass().getName(), value);
  }

  /** Orders by kind, then by reference. */
  @Override
  public final int compareTo(Identifier other) {
    int byKind = getClass().getName().compareTo(other.getClass().getName());
    return byKind != 0 ? byKind : value.compareTo(other.value);
  }

  @Override
  public final String toString() {
    return value;
  }
}
