package uk.gov.worcester.housing.core.common;

import java.util.Objects;

/**
 * One thing wrong with some input: where it is ({@link Path}), a stable machine code (see
 * {@link ProblemCodes}) and a plain-English message. Messages describe the rule that was broken,
 * never the personal data that broke it, so problems can be logged and shown safely.
 */
public final class Problem {
  private final Path path;
  private final String code;
  private final String message;

  private Problem(Path path, String code, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    if (!ProblemCodes.isWellFormed(code)) {
      throw new IllegalArgumentException("a problem code is UPPER_SNAKE_CASE");
    }
  }

  /** A problem at {@code path}. */
  public static Problem at(Path path, String code, String message) {
    return new Problem(path, code, message);
  }

  /** A problem at a single field. */
  public static Problem at(String field, String code, String message) {
    return new Problem(Path.of(field), code, message);
  }

  /** A problem with the value as a whole. */
  public static Problem of(String code, String message) {
    return new Problem(Path.root(), code, message);
  }

  /** Where the problem is; {@code path().jsonPointer()} is its JSON Pointer. */
  public Path path() {
    return path;
  }

  /** The stable machine code, such as {@code FUTURE_DATE}: part of the contract. */
  public String code() {
    return code;
  }

  /** A plain-English sentence about the rule broken; it never quotes the offending value. */
  public String message() {
    return message;
  }

  /** The same problem found inside a larger value at {@code prefix}. */
  public Problem within(Path prefix) {
    return new Problem(prefix.resolve(path), code, message);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Problem)) {
      return false;
    }
    Problem that = (Problem) other;
    return path.equals(that.path) && code.equals(that.code) && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, code, message);
  }

  /**
   * {@code /members/2/dateOfBirth FUTURE_DATE: a date of birth cannot be after the date recorded}:
   * the JSON Pointer, the code and the message. A problem with the whole value shows
   * {@code (document)} where the pointer would be (its pointer is the empty string), as the
   * command line does.
   */
  @Override
  public String toString() {
    return (path.isRoot() ? "(document)" : path.jsonPointer()) + " " + code + ": " + message;
  }
}
