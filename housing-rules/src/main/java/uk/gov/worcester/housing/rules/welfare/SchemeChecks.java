package uk.gov.worcester.housing.rules.welfare;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.welfare.OfficerId;
import uk.gov.worcester.housing.core.welfare.Review;
import uk.gov.worcester.housing.core.welfare.ReviewResult;

/**
 * The record-keeping checks that {@link DhpScheme} and {@link DwasScheme} share: a decision's
 * dates and uniqueness, finding a decided entry, and the council's review of a decision. The
 * {@code noun} names what the scheme decides ("claim", "application") in the messages.
 */
final class SchemeChecks {
  private SchemeChecks() {
  }

  /**
   * Problems with deciding on {@code decidedOn} something received on {@code receivedOn}, given
   * the record's last decision, whether it is already recorded and the version in force.
   */
  static Checks decision(String aNoun, String noun, LocalDate receivedOn, LocalDate decidedOn,
      Optional<LocalDate> last, boolean alreadyRecorded, Validation<Seq<Problem>, ?> inForce) {
    Checks checks = Checks.start()
        .require(decidedOn.getYear() <= 2199, "decidedOn", ProblemCodes.OUT_OF_RANGE,
            "a decision is dated no later than 2199")
        .require(!decidedOn.isBefore(receivedOn), "decidedOn", ProblemCodes.INCONSISTENT,
            aNoun + " is decided no earlier than it was received")
        .require(last.map(l -> !decidedOn.isBefore(l)).orElse(true), "decidedOn", DwasScheme.DECIDED_OUT_OF_ORDER,
            "decisions are recorded in date order: this one is dated before the last recorded")
        .require(!alreadyRecorded, Path.of("application").field("id"), ProblemCodes.DUPLICATE,
            "this " + noun + " is already decided in the record");
    if (inForce.isInvalid()) {
      checks.addAll(Path.root(), inForce.getError());
    }
    return checks;
  }

  /** The entry found, or a problem naming no decided {@code noun}. */
  static <E> Validation<Seq<Problem>, E> found(Optional<E> entry, String noun) {
    return entry.<Validation<Seq<Problem>, E>>map(Validation::valid)
        .orElseGet(() -> Validated.invalid(Problem.at("application", ProblemCodes.UNKNOWN_REFERENCE,
            "no decided " + noun + " has this reference")));
  }

  /** Problems with {@code request} for a review of a decision made on {@code decidedOn} by {@code decidedBy}. */
  static Checks reviewRequest(Optional<Review> existing, LocalDate decidedOn, OfficerId decidedBy, Review request,
      int windowMonths) {
    LocalDate closes = decidedOn.plusMonths(windowMonths);
    return Checks.start()
        .require(existing.isEmpty(), "review", ProblemCodes.DUPLICATE, "a decision is reviewed once")
        .require(!request.requestedOn().isAfter(closes), "requestedOn", DwasScheme.REVIEW_OUT_OF_TIME,
            "a review must be requested within " + windowMonths + " month(s) of the decision")
        .require(!request.requestedOn().isBefore(decidedOn), "requestedOn", ProblemCodes.INCONSISTENT,
            "a review is requested after the decision")
        .require(!request.reviewer().equals(decidedBy), "reviewer", ProblemCodes.NOT_ALLOWED,
            "a review is decided by an officer who did not make the decision");
  }

  /** The pending review decided on {@code on}, or a problem when none is pending or the date is wrong. */
  static Validation<Seq<Problem>, Review> reviewDecided(Optional<Review> review, LocalDate on, ReviewResult result) {
    Optional<Review> pending = review.filter(r -> r.result().isEmpty());
    if (pending.isEmpty()) {
      return Validated.invalid(Problem.at("review", ProblemCodes.REQUIRED, "no review of this decision is pending"));
    }
    return Validated.build(Path.of("review"), () -> pending.get().decided(on, result));
  }

  /**
   * The overturned review a fresh decision on {@code on} follows, or a problem when the review is
   * not overturned, the {@code noun} was decided afresh already or {@code on} is before the review.
   */
  static Validation<Seq<Problem>, Review> overturned(Optional<Review> review, boolean alreadyRedecided,
      LocalDate on, String noun) {
    Optional<Review> done = review.filter(r -> r.result().equals(Optional.of(ReviewResult.OVERTURNED)));
    if (done.isEmpty()) {
      return Validated.invalid(Problem.at("review", ProblemCodes.REQUIRED,
          "a fresh decision follows only an overturned review"));
    }
    if (alreadyRedecided) {
      return Validated.invalid(Problem.at("application", ProblemCodes.DUPLICATE,
          "this " + noun + " was already decided afresh after its review"));
    }
    if (on.isBefore(done.get().decidedOn().orElseThrow())) {
      return Validated.invalid(Problem.at("decidedOn", ProblemCodes.INCONSISTENT,
          "a fresh decision is made no earlier than the review"));
    }
    return Validation.valid(done.get());
  }
}
