package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.ApplicationStatus;
import uk.gov.worcester.housing.core.lettings.ReviewableDecision;

/**
 * An application's place on the register after its events: its status, the decision under review
 * (if any), the status it returns to when a review is decided, and every status change with its
 * date. Made by {@link RegisterWorkflow}.
 */
@Value.Immutable
@HousingStyle
public abstract class RegisterState {
  public abstract ApplicationRecord record();

  public abstract ApplicationStatus status();

  /** The decision under review while {@link ApplicationStatus#UNDER_REVIEW}. */
  public abstract Optional<ReviewableDecision> underReview();

  /** The status before the review began. */
  public abstract Optional<ApplicationStatus> beforeReview();

  /** The day the latest decision was notified (the review window runs from it). */
  public abstract Optional<LocalDate> lastDecisionOn();

  /** Every status change, earliest first. */
  public abstract List<StatusChange> history();

  /** The status on {@code date}: the latest change on or before it ({@link ApplicationStatus#PENDING} before any). */
  public ApplicationStatus statusOn(LocalDate date) {
    ApplicationStatus s = ApplicationStatus.PENDING;
    for (StatusChange c : history()) {
      if (c.on().isAfter(date)) {
        break;
      }
      s = c.status();
    }
    return s;
  }

  static ImmutableRegisterState.Builder builder() {
    return ImmutableRegisterState.builder();
  }
}
