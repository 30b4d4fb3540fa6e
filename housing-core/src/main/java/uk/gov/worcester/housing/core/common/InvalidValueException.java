package uk.gov.worcester.housing.core.common;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Thrown when code builds a value that breaks its invariants, carrying every problem found. Code
 * that builds values from untrusted input should not catch this: it should use the value's
 * {@code validate} method, or {@link Validated#build}, which return the problems instead.
 *
 * <p>The message lists paths and codes only, never the offending values, so it is safe to log.
 */
public final class InvalidValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Seq<Problem> problems;

  /** Problems found by a value's own checks. */
  public InvalidValueException(Seq<Problem> problems) {
    super(describe(problems));
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

  private static String describe(Seq<Problem> problems) {
    return problems.map(p -> p.path() + " " + p.code()).mkString("invalid value: ", "; ", "");
  }
}
