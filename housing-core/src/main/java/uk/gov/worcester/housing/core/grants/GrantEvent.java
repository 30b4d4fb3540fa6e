package uk.gov.worcester.housing.core.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.gov.worcester.housing.core.common.Money;

/**
 * Something that happens to a grant application, on a date: scored, awarded or refused,
 * withdrawn, paid, its monitoring return received, an underspend given back or money clawed
 * back. A grant is its application and its events in order; the workflow in housing-rules
 * replays them and refuses any the scheme does not allow at that point. The set is closed.
 */
public sealed interface GrantEvent {
  /** The day it happened. */
  LocalDate on();

  /** What kind of event it is. */
  GrantEventType type();

  /** Officers scored the bid, criterion by criterion. */
  record Scored(LocalDate on, List<CriterionScore> scores) implements GrantEvent {
    /** Copies the scores. */
    public Scored {
      Objects.requireNonNull(on, "on");
      scores = List.copyOf(scores);
    }

    @Override
    public GrantEventType type() {
      return GrantEventType.SCORED;
    }
  }

  /** The grant was awarded at {@code amount}, committed from the fund. */
  record Awarded(LocalDate on, Money amount) implements GrantEvent {
    /** Requires both values. */
    public Awarded {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public GrantEventType type() {
      return GrantEventType.AWARDED;
    }
  }

  /** The application was refused. */
  record Refused(LocalDate on) implements GrantEvent {
    /** Requires the date. */
    public Refused {
      Objects.requireNonNull(on, "on");
    }

    @Override
    public GrantEventType type() {
      return GrantEventType.REFUSED;
    }
  }

  /** The application was withdrawn, or an award given back before any payment. */
  record Withdrawn(LocalDate on) implements GrantEvent {
    /** Requires the date. */
    public Withdrawn {
      Objects.requireNonNull(on, "on");
    }

    @Override
    public GrantEventType type() {
      return GrantEventType.WITHDRAWN;
    }
  }

  /** A payment of {@code amount} to the group. */
  record Paid(LocalDate on, Money amount) implements GrantEvent {
    /** Requires both values. */
    public Paid {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public GrantEventType type() {
      return GrantEventType.PAID;
    }
  }

  /** The end-of-project monitoring return was received. */
  record MonitoringReturned(LocalDate on, MonitoringReturn report) implements GrantEvent {
    /** Requires both values. */
    public MonitoringReturned {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(report, "report");
    }

    @Override
    public GrantEventType type() {
      return GrantEventType.MONITORING_RETURNED;
    }
  }

  /** {@code amount} of the award, not yet paid, will not be needed and goes back to the fund. */
  record Underspent(LocalDate on, Money amount) implements GrantEvent {
    /** Requires both values. */
    public Underspent {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public GrantEventType type() {
      return GrantEventType.UNDERSPENT;
    }
  }

  /** {@code amount} already paid was recovered from the group and goes back to the fund. */
  record ClawedBack(LocalDate on, Money amount) implements GrantEvent {
    /** Requires both values. */
    public ClawedBack {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public GrantEventType type() {
      return GrantEventType.CLAWED_BACK;
    }
  }
}
