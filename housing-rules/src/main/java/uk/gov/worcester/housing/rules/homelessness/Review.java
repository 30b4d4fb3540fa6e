package uk.gov.worcester.housing.rules.homelessness;

import uk.gov.worcester.housing.core.common.CalendarDates;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.ReviewOutcome;
import uk.gov.worcester.housing.core.homelessness.ReviewableDecision;

/** A s.202 review: asked for, and when decided, with what result. */
@Value.Immutable
@HousingStyle
public abstract class Review {
  public abstract ReviewableDecision decision();

  /** The day the decision under review was notified. */
  public abstract LocalDate notifiedOn();

  public abstract LocalDate requestedOn();

  public abstract Optional<LocalDate> decidedOn();

  public abstract Optional<ReviewOutcome> outcome();

  /**
   * The last day to decide: the regulation's weeks beginning with the day of the request (SI
   * 2018/223 reg.9), unless extended in writing.
   */
  @Value.Derived
  public LocalDate decisionDueBy() {
    return CalendarDates.plusDays(CalendarDates.plusWeeks(requestedOn(), decision().weeksToDecide()), -1);
  }

  public boolean isPending() {
    return decidedOn().isEmpty();
  }
}
