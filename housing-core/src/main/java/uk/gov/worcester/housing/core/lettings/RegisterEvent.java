package uk.gov.worcester.housing.core.lettings;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.gov.worcester.housing.core.household.Household;

/**
 * Something that happens to an application on the register, on a date. An application's status
 * is its events replayed in order by the register workflow in housing-rules, which refuses a
 * transition the scheme does not allow with a problem. The set is closed, so every switch over it
 * is exhaustive.
 */
public sealed interface RegisterEvent {
  /** The day it happened. */
  LocalDate on();

  /** Its kind. */
  RegisterEventType type();

  /** Eligibility and qualification were assessed: the application joins the register, or does not. */
  record Assessed(LocalDate on, boolean qualifies) implements RegisterEvent {
    /** Checks the date is given. */
    public Assessed {
      Objects.requireNonNull(on, "on");
    }

    @Override
    public RegisterEventType type() {
      return RegisterEventType.ASSESSED;
    }
  }

  /** Suspended from bidding. */
  record Suspended(LocalDate on) implements RegisterEvent {
    /** Checks the date is given. */
    public Suspended {
      Objects.requireNonNull(on, "on");
    }

    @Override
    public RegisterEventType type() {
      return RegisterEventType.SUSPENDED;
    }
  }

  /** A suspension lifted. */
  record Reinstated(LocalDate on) implements RegisterEvent {
    /** Checks the date is given. */
    public Reinstated {
      Objects.requireNonNull(on, "on");
    }

    @Override
    public RegisterEventType type() {
      return RegisterEventType.REINSTATED;
    }
  }

  /** A review of a decision notified on {@code notifiedOn} was asked for. */
  record ReviewRequested(LocalDate on, ReviewableDecision decision, LocalDate notifiedOn) implements RegisterEvent {
    /** Checks every part is given. */
    public ReviewRequested {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(notifiedOn, "notifiedOn");
    }

    @Override
    public RegisterEventType type() {
      return RegisterEventType.REVIEW_REQUESTED;
    }
  }

  /** A review decided: the decision upheld, or overturned. */
  record ReviewDecided(LocalDate on, boolean overturned) implements RegisterEvent {
    /** Checks the date is given. */
    public ReviewDecided {
      Objects.requireNonNull(on, "on");
    }

    @Override
    public RegisterEventType type() {
      return RegisterEventType.REVIEW_DECIDED;
    }
  }

  /** Housed by the letting of an advertised home. */
  record Housed(LocalDate on, AdvertId advert) implements RegisterEvent {
    /** Checks every part is given. */
    public Housed {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(advert, "advert");
    }

    @Override
    public RegisterEventType type() {
      return RegisterEventType.HOUSED;
    }
  }

  /** Cancelled. */
  record Cancelled(LocalDate on) implements RegisterEvent {
    /** Checks the date is given. */
    public Cancelled {
      Objects.requireNonNull(on, "on");
    }

    @Override
    public RegisterEventType type() {
      return RegisterEventType.CANCELLED;
    }
  }

  /**
   * The household, its assessed needs or its conduct findings changed: from {@code on} they
   * replace the application's own. A need keeps its own {@code assessedOn} date (its award's start).
   */
  record CircumstancesChanged(LocalDate on, Household household, List<NeedFact> needs,
      List<ConductFinding> conduct) implements RegisterEvent {
    /** Checks every part is given and copies the lists. */
    public CircumstancesChanged {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(household, "household");
      needs = List.copyOf(needs);
      conduct = List.copyOf(conduct);
    }

    @Override
    public RegisterEventType type() {
      return RegisterEventType.CIRCUMSTANCES_CHANGED;
    }

    /** Shows the date and counts only: the household is personal data. */
    @Override
    public String toString() {
      return "CircumstancesChanged[on=" + on + ", needs=" + needs.size() + ", conduct=" + conduct.size() + "]";
    }
  }
}
