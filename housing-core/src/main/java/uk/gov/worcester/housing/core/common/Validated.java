package uk.gov.worcester.housing.core.common;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DateTimeException;
import java.util.function.Supplier;

/**
 * Helpers for building values from untrusted input: every problem is returned as a value, none
 * escapes as an exception. This is the one place that turns a value's {@link InvalidValueException}
 * into a {@link Validation}.
 */
public final class Validated {
  private Validated() {}

  /**
   * Runs a construction ({@code builder::build}, a factory) and returns the value, or every
   * problem its checks found, including missing required attributes. A factory's
   * {@link IllegalArgumentException}, and a {@link DateTimeException} or {@link ArithmeticException}
   * from its date or number arithmetic, is one {@link ProblemCodes#INVALID_VALUE} problem that never
   * quotes the exception's message.
   */
  public static <T> Validation<Seq<Problem>, T> build(Supplier<? extends T> construction) {
    try {
      return Validation.valid(construction.get());
    } catch (InvalidValueException e) {
      return Validation.invalid(Problems.capped(e.problems()));
    } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
      // A factory's own argument check, or date arithmetic beyond the calendar: the input's fault,
      // told without the exception's message, which may quote the value.
      return invalid(Problem.of(ProblemCodes.INVALID_VALUE, "is not a value this type can hold"));
    }
  }

  /** As {@link #build(Supplier)}, with the problems placed inside a larger value at {@code at}. */
  public static <T> Validation<Seq<Problem>, T> build(Path at, Supplier<? extends T> construction) {
    Validation<Seq<Problem>, T> built = build(construction);
    return built.mapError(ps -> ps.map(p -> p.within(at)));
  }

  /**
   * Every value if all are valid, else every problem of every invalid one, in order (the
   * problems of a list of members, say).
   */
  public static <T> Validation<Seq<Problem>, Seq<T>> all(
      Iterable<? extends Validation<Seq<Problem>, ? extends T>> validations) {
    List<T> values = List.empty();
    Problems problems = Problems.collect();
    for (Validation<Seq<Problem>, ? extends T> v : validations) {
      if (v.isValid()) {
        values = values.prepend(v.get());
      } else {
        problems.addAll(v.getError());
      }
    }
    return problems.isEmpty()
        ? Validation.valid(values.reverse())
        : Validation.invalid(problems.toSeq());
  }

  /**
   * The value of a valid result; for an invalid one, throws {@link InvalidValueException} carrying
   * its problems. For values built from code, where a problem is a programming error.
   */
  public static <T> T orThrow(Validation<Seq<Problem>, T> result) {
    if (result.isInvalid()) {
      throw new InvalidValueException(result.getError());
    }
    return result.get();
  }

  /** A single problem as an invalid result. */
  public static <T> Validation<Seq<Problem>, T> invalid(Problem problem) {
    return Validation.invalid(List.of(problem));
  }
}
