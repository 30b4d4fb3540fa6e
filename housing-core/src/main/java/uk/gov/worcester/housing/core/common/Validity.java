package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a piece of reference data is in force, such as a ward made by an electoral changes
 * Order or an authority's GSS code: from a first day to a last day, both included. Either end
 * may be open: no first day when it is not known or does not matter, no last day while it is
 * still in force. Unlike a {@link DateRange}, which records something that happened and so always
 * has a start, a validity may be open at both ends ({@link #ALWAYS}).
 */
public final class Validity {
  /** In force on every day: the default for reference data whose dates are not recorded. */
  public static final Validity ALWAYS = new Validity(Optional.empty(), Optional.empty());

  private final Optional<LocalDate> firstDay;
  private final Optional<LocalDate> lastDay;

  private Validity(Optional<LocalDate> firstDay, Optional<LocalDate> lastDay) {
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  /** In force from {@code firstDay} on, with no end yet. */
  public static Validity from(LocalDate firstDay) {
    return new Validity(Optional.of(Objects.requireNonNull(firstDay, "firstDay")), Optional.empty());
  }

  /** In force up to and including {@code lastDay}; when it began is not recorded. */
  public static Validity until(LocalDate lastDay) {
    return new Validity(Optional.empty(), Optional.of(Objects.requireNonNull(lastDay, "lastDay")));
  }

  /** In force from {@code firstDay} to {@code lastDay}, both included; throws if they are the wrong way round. */
  public static Validity between(LocalDate firstDay, LocalDate lastDay) {
    return Validated.orThrow(validate(Optional.of(Objects.requireNonNull(firstDay, "firstDay")),
        Optional.of(Objects.requireNonNull(lastDay, "lastDay"))));
  }

  /** A validity from untrusted dates: the last day may not come before the first. */
  public static Validation<Seq<Problem>, Validity> validate(Optional<LocalDate> firstDay, Optional<LocalDate> lastDay) {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    boolean ordered = firstDay.isEmpty() || lastDay.isEmpty() || !lastDay.get().isBefore(firstDay.get());
    return Checks.start()
        .require(ordered, "lastDay", ProblemCodes.INCONSISTENT, "the last day in force is before the first")
        .orElse(firstDay.isEmpty() && lastDay.isEmpty() ? ALWAYS : new Validity(firstDay, lastDay));
  }

  /** The first day in force, if recorded. */
  public Optional<LocalDate> firstDay() {
    return firstDay;
  }

  /** The last day in force, if it has ended (or an end is fixed). */
  public Optional<LocalDate> lastDay() {
    return lastDay;
  }

  /** True if in force on {@code date}. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return firstDay.map(f -> !date.isBefore(f)).orElse(true) && lastDay.map(l -> !date.isAfter(l)).orElse(true);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Validity
        && ((Validity) other).firstDay.equals(firstDay)
        && ((Validity) other).lastDay.equals(lastDay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstDay, lastDay);
  }

  /** {@code 2004-05-06..2024-05-01}; an open end is left blank ({@code 2024-05-02..}, {@code ..}). */
  @Override
  public String toString() {
    return firstDay.map(LocalDate::toString).orElse("") + ".." + lastDay.map(LocalDate::toString).orElse("");
  }
}
