package uk.gov.worcester.housing.rules.common;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;

/**
 * The versions of one policy in the order they took effect. {@link #inForceOn} finds the version
 * that applies on a date: the latest whose effective date is on or before it.
 *
 * @param <P> the policy type
 */
public final class PolicyTimeline<P extends Policy> {
  /** Problem code when no version is in force yet on the date asked about. */
  public static final String NO_POLICY_IN_FORCE = "NO_POLICY_IN_FORCE";

  private final List<P> versions;

  private PolicyTimeline(List<P> versions) {
    this.versions = versions;
  }

  /** A timeline of one version. */
  public static <P extends Policy> PolicyTimeline<P> of(P only) {
    return of(List.of(only));
  }

  /** A timeline of the given versions; no two may take effect on the same day. */
  public static <P extends Policy> PolicyTimeline<P> of(Iterable<P> versions) {
    List<P> sorted = List.ofAll(versions).sorted(Comparator.comparing(Policy::effectiveFrom));
    if (sorted.isEmpty()) {
      throw new InvalidValueException(List.of(Problem.of(ProblemCodes.REQUIRED, "a timeline has a version")));
    }
    if (sorted.map(Policy::effectiveFrom).distinct().size() != sorted.size()) {
      throw new InvalidValueException(List.of(Problem.of(ProblemCodes.DUPLICATE,
          "two versions of a policy cannot take effect on the same day")));
    }
    return new PolicyTimeline<>(sorted);
  }

  /** The version in force on {@code date}, if any has taken effect by then. */
  public Option<P> inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return versions.findLast(p -> !p.effectiveFrom().isAfter(date));
  }

  /** As {@link #inForceOn}, with a problem at {@code path} when none is in force. */
  public Validation<Seq<Problem>, P> requireInForceOn(LocalDate date, Path path) {
    return inForceOn(date).fold(
        () -> Validated.invalid(Problem.at(path, NO_POLICY_IN_FORCE,
            "no version of this policy was in force on that date; the first took effect on "
                + versions.head().effectiveFrom())),
        Validation::valid);
  }

  /** Every version, earliest first. */
  public Seq<P> versions() {
    return versions;
  }

  /** A timeline with one more version (a policy change). */
  public PolicyTimeline<P> with(P version) {
    return of(versions.append(version));
  }

  /** Two timelines are equal when they hold equal versions. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PolicyTimeline && ((PolicyTimeline<?>) other).versions.equals(versions);
  }

  @Override
  public int hashCode() {
    return versions.hashCode();
  }

  /** The versions' names and dates, {@code "PolicyTimeline[HA1996-P7/HRA2017 from 2018-04-03, ...]"}. */
  @Override
  public String toString() {
    return versions.map(p -> p.version() + " from " + p.effectiveFrom()).mkString("PolicyTimeline[", ", ", "]");
  }
}
