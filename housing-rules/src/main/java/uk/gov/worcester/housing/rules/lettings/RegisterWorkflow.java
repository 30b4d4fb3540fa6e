package uk.gov.worcester.housing.rules.lettings;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.ApplicationStatus;
import uk.gov.worcester.housing.core.lettings.RegisterEvent;
import uk.gov.worcester.housing.core.lettings.ReviewableDecision;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * The register's lawful transitions. An application is {@code PENDING} until assessed, then
 * {@code ACTIVE} or {@code NOT_QUALIFIED}; an active one may be suspended and reinstated, housed
 * or cancelled; any open one may be reassessed, have its circumstances change or be cancelled. A
 * review (s.166A(9)) may be asked of an eligibility or qualification decision (from
 * {@code NOT_QUALIFIED}), a banding decision (from {@code ACTIVE}) or a suspension, within the
 * policy's days (21, unconfirmed) of the decision being notified; while a banding review runs the
 * applicant may still be housed. An overturned eligibility, qualification or suspension decision
 * makes the application {@code ACTIVE}; otherwise it returns to where it was. Housed and cancelled
 * applications are closed.
 *
 * <p>Replaying refuses the first event the scheme does not allow, with a problem at
 * {@code /events/i}: {@code NOT_ALLOWED}, or {@code REVIEW_OUT_OF_TIME}.
 */
public final class RegisterWorkflow {
  /** Problem code: a review asked for after the window. */
  public static final String REVIEW_OUT_OF_TIME = "REVIEW_OUT_OF_TIME";

  private final PolicyTimeline<LettingsPolicy> policies;

  private RegisterWorkflow(PolicyTimeline<LettingsPolicy> policies) {
    this.policies = policies;
  }

  /** The workflow under Worcester's policy versions. */
  public static RegisterWorkflow worcester() {
    return of(LettingsPolicy.WORCESTER_TIMELINE);
  }

  /** The workflow under the given policy versions. */
  public static RegisterWorkflow of(PolicyTimeline<LettingsPolicy> policies) {
    return new RegisterWorkflow(policies);
  }

  /** Replays every event of the record, or the problem with the first the scheme does not allow. */
  public Validation<Seq<Problem>, RegisterState> replay(ApplicationRecord record) {
    ApplicationStatus status = ApplicationStatus.PENDING;
    Optional<ReviewableDecision> underReview = Optional.empty();
    Optional<ApplicationStatus> beforeReview = Optional.empty();
    Optional<LocalDate> lastDecision = Optional.empty();
    List<StatusChange> history = new ArrayList<>();
    history.add(StatusChange.of(record.application().registeredOn(), status));
    for (int i = 0; i < record.events().size(); i++) {
      RegisterEvent e = record.events().get(i);
      Path at = Path.of("events").index(i);
      if (status.isClosed()) {
        return refuse(at, "the application is " + status + " and closed: nothing further can happen to it");
      }
      ApplicationStatus next = status;
      switch (e.type()) {
        case ASSESSED -> {
          RegisterEvent.Assessed a = (RegisterEvent.Assessed) e;
          if (status == ApplicationStatus.UNDER_REVIEW) {
            return refuse(at, "an application under review is not reassessed until the review is decided");
          }
          next = a.qualifies() ? ApplicationStatus.ACTIVE : ApplicationStatus.NOT_QUALIFIED;
          lastDecision = Optional.of(a.on());
        }
        case SUSPENDED -> {
          if (status != ApplicationStatus.ACTIVE) {
            return refuse(at, "only an active application can be suspended; it is " + status);
          }
          next = ApplicationStatus.SUSPENDED;
          lastDecision = Optional.of(e.on());
        }
        case REINSTATED -> {
          if (status != ApplicationStatus.SUSPENDED) {
            return refuse(at, "only a suspended application can be reinstated; it is " + status);
          }
          next = ApplicationStatus.ACTIVE;
        }
        case REVIEW_REQUESTED -> {
          RegisterEvent.ReviewRequested r = (RegisterEvent.ReviewRequested) e;
          boolean fits = switch (r.decision()) {
            case ELIGIBILITY, QUALIFICATION -> status == ApplicationStatus.NOT_QUALIFIED;
            case BANDING -> status == ApplicationStatus.ACTIVE;
            case SUSPENSION -> status == ApplicationStatus.SUSPENDED;
          };
          if (!fits) {
            return refuse(at, "a review of a " + r.decision() + " decision cannot be asked for while the application is "
                + status);
          }
          if (r.notifiedOn().isAfter(r.on())) {
            return refuse(at, "a review cannot be asked for before the decision was notified");
          }
          int days = policies.inForceOn(r.notifiedOn()).getOrElse(policies.versions().head()).reviewRequestDays();
          if (ChronoUnit.DAYS.between(r.notifiedOn(), r.on()) > days) {
            return Validated.invalid(Problem.at(at, REVIEW_OUT_OF_TIME, "a review must be asked for within " + days
                + " days of the decision being notified (HA 1996 s.166A(9))"));
          }
          underReview = Optional.of(r.decision());
          beforeReview = Optional.of(status);
          next = ApplicationStatus.UNDER_REVIEW;
        }
        case REVIEW_DECIDED -> {
          RegisterEvent.ReviewDecided r = (RegisterEvent.ReviewDecided) e;
          if (status != ApplicationStatus.UNDER_REVIEW) {
            return refuse(at, "no review is under way");
          }
          ReviewableDecision d = underReview.orElseThrow();
          next = r.overturned() && d != ReviewableDecision.BANDING ? ApplicationStatus.ACTIVE : beforeReview.orElseThrow();
          underReview = Optional.empty();
          beforeReview = Optional.empty();
          lastDecision = Optional.of(r.on());
        }
        case HOUSED -> {
          boolean bandingReview = status == ApplicationStatus.UNDER_REVIEW
              && underReview.equals(Optional.of(ReviewableDecision.BANDING));
          if (status != ApplicationStatus.ACTIVE && !bandingReview) {
            return refuse(at, "only an active application can be housed; it is " + status);
          }
          next = ApplicationStatus.HOUSED;
        }
        case CANCELLED -> next = ApplicationStatus.CANCELLED;
        case CIRCUMSTANCES_CHANGED -> { }
      }
      if (next != status) {
        history.add(StatusChange.of(e.on(), next));
      }
      status = next;
    }
    return Validation.valid(RegisterState.builder().record(record).status(status).underReview(underReview)
        .beforeReview(beforeReview).lastDecisionOn(lastDecision).history(history).build());
  }

  /** The state as at {@code date}: only the events dated on or before it. */
  public Validation<Seq<Problem>, RegisterState> asAt(ApplicationRecord record, LocalDate date) {
    List<RegisterEvent> known = new ArrayList<>();
    for (RegisterEvent e : record.events()) {
      if (!e.on().isAfter(date)) {
        known.add(e);
      }
    }
    return replay(ApplicationRecord.of(record.application(), known));
  }

  private static Validation<Seq<Problem>, RegisterState> refuse(Path at, String message) {
    return Validated.invalid(Problem.at(at, ProblemCodes.NOT_ALLOWED, message));
  }
}
