package uk.gov.worcester.housing.rules.homelessness;

import uk.gov.worcester.housing.core.common.CalendarDates;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.ReviewableDecision;

/**
 * A decision the applicant must be given in writing, with reasons and the right to ask for a
 * review (s.184(3)-(6), s.189B(6), s.193B(5), s.195(5)): an ending of a duty, a main duty
 * decision or a non-co-operation notice.
 */
@Value.Immutable
@HousingStyle
public abstract class WrittenNotice {
  public abstract LocalDate givenOn();

  /** A stable code for what the notice says ({@code RELIEF_56_DAYS_ELAPSED}, {@code MAIN_DUTY_OWED}). */
  public abstract String subject();

  public abstract Citation citation();

  /** The review it opens, if any. */
  public abstract Optional<ReviewableDecision> reviewable();

  /** The last day to ask for a review: 21 days beginning with the day of notification (s.202(3)). */
  public Optional<LocalDate> reviewRequestDeadline(int days) {
    return reviewable().map(r -> CalendarDates.plusDays(givenOn(), days - 1L));
  }
}
