package uk.gov.worcester.housing.core.common;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Carries every problem found in a value that breaks its rules. It is thrown when code builds such
 * a value with a builder, and by the JSON facade's {@code readOrThrow} methods for callers who
 * prefer an exception to a Vavr {@code Validation}. Code that builds values from untrusted input
 * with builders should not catch this: it should use the value's {@code validate} method, or
 * {@link Validated#build}, which return the problems instead.
 *
 * <p>The message lists each problem's JSON Pointer, code and message, such as
 * {@code invalid value: /members/0/dateOfBirth FUTURE_DATE: a date of birth cannot be after the
 * date the household was recorded}. Problem messages describe the rule, never the offending value,
 * so the message is safe to log; it names at most {@value #MAX_LISTED} problems and counts the
 * rest, and {@link #problems()} holds them all.
 */
public final class InvalidValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** The most problems the message lists one by one. */
  public static final int MAX_LISTED = 20;

  private final transient Seq<Problem> problems;

  /** Problems found by a value's own checks. */
  public InvalidValueException(Seq<Problem> problems) {
    super("invalid value: " + describe(problems));
    this.problems = Objects.requireNonNull(problems, "problems");
  }

  /** Used by generated builders when required attributes are missing: one problem each. */
  public InvalidValueException(String... missingAttributes) {
    this(missingAttributes.length == 0
        ? List.of(Problem.of("INVALID_STATE", "the value is incomplete"))
        : List.of(missingAttributes).map(name -> Problem.at(name, ProblemCodes.REQUIRED, "is required")));
  }

  /** Used by generated code for other invalid states. */
  public InvalidValueException(String message) {
    this(List.of(Problem.of("INVALID_STATE", message)));
  }

  /** Every problem found, in the order found. */
  public Seq<Problem> problems() {
    return problems;
  }

  /** Every problem found, in the order found, as an unmodifiable JDK list (for callers without Vavr). */
  public java.util.List<Problem> problemList() {
    return problems.asJava();
  }

  /**
   * Each problem's {@link Problem#toString() pointer, code and message}, separated by
   * {@code "; "}, at most {@value #MAX_LISTED} of them and a count of the rest: the text of this
   * exception's message after {@code invalid value: }, and of other exceptions that carry problems.
   */
  public static String describe(Seq<Problem> problems) {
    String listed = problems.take(MAX_LISTED).mkString("; ");
    int more = problems.size() - MAX_LISTED;
    return more > 0 ? listed + "; and " + more + " more" : listed;
  }
}
