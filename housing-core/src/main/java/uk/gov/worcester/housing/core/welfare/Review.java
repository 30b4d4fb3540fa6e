package uk.gov.worcester.housing.core.welfare;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * A request for a review of a welfare decision, and its result once decided. There is no statutory
 * appeal; the council's own review is by an officer who did not make the decision.
 */
@Value.Immutable
@HousingStyle
public abstract class Review {
  /** The day the written request was received. */
  public abstract LocalDate requestedOn();

  /** The officer reviewing, who must not be the one who decided. */
  public abstract OfficerId reviewer();

  /** The day the review was decided, once it is. */
  public abstract Optional<LocalDate> decidedOn();

  /** The result, once decided. */
  public abstract Optional<ReviewResult> result();

  @Value.Check
  protected void check() {
    Checks.start()
        .require(decidedOn().isPresent() == result().isPresent(), "result", ProblemCodes.INCONSISTENT,
            "a decided review has both its date and its result")
        .require(decidedOn().map(d -> !d.isBefore(requestedOn())).orElse(true), "decidedOn",
            ProblemCodes.INCONSISTENT, "a review is decided no earlier than it was requested")
        .throwIfAny();
  }

  /** A review requested and not yet decided. */
  public static Review requested(LocalDate on, OfficerId reviewer) {
    return ImmutableReview.builder().requestedOn(on).reviewer(reviewer).build();
  }

  /** This review decided. */
  public Review decided(LocalDate on, ReviewResult result) {
    return ImmutableReview.builder().from(this).decidedOn(on).result(result).build();
  }
}
