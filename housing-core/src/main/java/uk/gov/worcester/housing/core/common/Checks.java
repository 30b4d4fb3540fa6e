package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Collects the problems of one value while its rules are checked, so that every problem is
 * reported, not only the first. Value types use it in their {@code @Value.Check} methods:
 *
 * <pre>{@code
 * Checks.start()
 *     .require(!dateOfBirth().isAfter(recordedOn), "dateOfBirth", FUTURE_DATE, "...")
 *     .throwIfAny();
 * }</pre>
 */
public final class Checks {
  private final Problems problems = Problems.collect();

  private Checks() {}

  /** An empty collection of problems. */
  public static Checks start() {
    return new Checks();
  }

  /** Records a problem at {@code field} unless {@code ok}; the path is made only for a problem. */
  public Checks require(boolean ok, String field, String code, String message) {
    if (!ok) {
      problems.add(Problem.at(Path.of(field), code, message));
    }
    return this;
  }

  /**
   * Records a problem at {@code field}, item {@code index}, its {@code member}
   * ({@code /members/2/id}) unless {@code ok}; the path is made only for a problem, so checking
   * every item of a valid list builds none.
   */
  public Checks require(boolean ok, String field, int index, String member, String code, String message) {
    if (!ok) {
      problems.add(Problem.at(Path.of(field).index(index).field(member), code, message));
    }
    return this;
  }

  /** Records a problem at {@code path} unless {@code ok}. */
  public Checks require(boolean ok, Path path, String code, String message) {
    if (!ok) {
      problems.add(Problem.at(path, code, message));
    }
    return this;
  }

  /** Records a problem. */
  public Checks add(Problem problem) {
    problems.add(problem);
    return this;
  }

  /** Records the problems of a part of this value, found at {@code prefix}. */
  public Checks addAll(Path prefix, Seq<Problem> found) {
    problems.addAll(prefix, found);
    return this;
  }

  /** True when nothing has been found. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems found, in the order found, capped as {@link Problems} caps them. */
  public Seq<Problem> problems() {
    return problems.toSeq();
  }

  /** Throws {@link InvalidValueException} carrying every problem, if there are any. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems.toSeq());
    }
  }

  /** The value if nothing was found, else the problems. */
  public <T> Validation<Seq<Problem>, T> orElse(T value) {
    return problems.isEmpty() ? Validation.valid(value) : Validation.invalid(problems.toSeq());
  }
}
