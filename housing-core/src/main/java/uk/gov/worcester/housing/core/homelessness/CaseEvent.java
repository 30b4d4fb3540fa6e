package uk.gov.worcester.housing.core.homelessness;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/**
 * Something that happens on a homelessness case, on a date: a duty accepted or ended, a plan
 * agreed, an offer made, a warning or notice given, a review asked for or decided, a placement in
 * temporary accommodation. A case is its approach and its events in order; the workflow in
 * housing-rules replays them and refuses any the law does not allow at that point, with a
 * problem saying why. The set is closed, so every {@code switch} over it is exhaustive.
 */
public sealed interface CaseEvent {
  /** The day it happened. */
  LocalDate on();

  /** What kind of event it is. */
  EventType type();

  /** The council is satisfied the household is eligible and threatened with homelessness: s.195(2). */
  record PreventionDutyAccepted(LocalDate on) implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.PREVENTION_DUTY_ACCEPTED;
    }

    public PreventionDutyAccepted {
      Objects.requireNonNull(on, "on");
    }
  }

  /** The council is satisfied the household is eligible and homeless: s.189B(2). */
  record ReliefDutyAccepted(LocalDate on) implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.RELIEF_DUTY_ACCEPTED;
    }

    public ReliefDutyAccepted {
      Objects.requireNonNull(on, "on");
    }
  }

  /** Interim accommodation secured: reason to believe the household may be homeless, eligible and in priority need (s.188(1)). */
  record InterimAccommodationProvided(LocalDate on) implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.INTERIM_ACCOMMODATION_PROVIDED;
    }

    public InterimAccommodationProvided {
      Objects.requireNonNull(on, "on");
    }
  }

  /** The assessment and personalised housing plan agreed or recorded (s.189A). */
  record PlanAgreed(LocalDate on, List<PlanStep> steps, boolean agreedByApplicant) implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.PLAN_AGREED;
    }

    public PlanAgreed {
      Objects.requireNonNull(on, "on");
      steps = List.copyOf(steps);
    }
  }

  /** An offer of accommodation made in writing. */
  record OfferMade(LocalDate on, Offer offer) implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.OFFER_MADE;
    }

    public OfferMade {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(offer, "offer");
    }
  }

  /** A duty ends for one of the law's reasons, with the date the written notice was given. */
  record DutyEnded(LocalDate on, DutyKind duty, DutyEndReason reason, Optional<LocalDate> noticeGivenOn)
      implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.DUTY_ENDED;
    }

    public DutyEnded {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(duty, "duty");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(noticeGivenOn, "noticeGivenOn");
    }
  }

  /** The decision, once relief has ended, on the duty owed next (s.184(3)). */
  record MainDutyDecided(LocalDate on, MainDutyOutcome outcome) implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.MAIN_DUTY_DECIDED;
    }

    public MainDutyDecided {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /** A relevant warning about deliberately and unreasonably refusing a plan step (s.193B(3)). */
  record RelevantWarningGiven(LocalDate on, DutyKind duty) implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.RELEVANT_WARNING_GIVEN;
    }

    public RelevantWarningGiven {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(duty, "duty");
    }
  }

  /**
   * A non-co-operation notice (s.193B(2)), which ends the prevention or relief duty. The decision
   * must be authorised by a second officer, as senior and not involved (SI 2018/223 regs.2-3).
   */
  record NonCooperationNoticeGiven(LocalDate on, DutyKind duty, boolean authorisedBySecondOfficer)
      implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.NON_COOPERATION_NOTICE_GIVEN;
    }

    public NonCooperationNoticeGiven {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(duty, "duty");
    }
  }

  /** A referral of the case to another authority under s.198 (relief or main duty stage only). */
  record ReferralMade(LocalDate on, LocalAuthority to) implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.REFERRAL_MADE;
    }

    public ReferralMade {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * The applicant asks for a review of a decision notified on {@code notifiedOn}: within 21 days
   * beginning with that day, or later if the council agreed in writing (s.202(3)).
   */
  record ReviewRequested(LocalDate on, ReviewableDecision decision, LocalDate notifiedOn, boolean lateRequestAllowed)
      implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.REVIEW_REQUESTED;
    }

    public ReviewRequested {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(notifiedOn, "notifiedOn");
    }
  }

  /** The review decided. */
  record ReviewDecided(LocalDate on, ReviewableDecision decision, ReviewOutcome outcome) implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.REVIEW_DECIDED;
    }

    public ReviewDecided {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /** The household moves into temporary accommodation. */
  record PlacementStarted(LocalDate on, Placement placement) implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.PLACEMENT_STARTED;
    }

    public PlacementStarted {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(placement, "placement");
    }
  }

  /** The household leaves a placement. */
  record PlacementEnded(LocalDate on, String reference) implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.PLACEMENT_ENDED;
    }

    public PlacementEnded {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reference, "reference");
    }
  }

  /**
   * A change in the household's circumstances, in force from this day: the rules judge every later
   * step on the facts as changed (s.184; Code of Guidance 11.4).
   */
  record CircumstancesChanged(LocalDate on, CircumstanceChange change) implements CaseEvent {
    @Override
    public EventType type() {
      return EventType.CIRCUMSTANCES_CHANGED;
    }

    public CircumstancesChanged {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(change, "change");
    }
  }
}
