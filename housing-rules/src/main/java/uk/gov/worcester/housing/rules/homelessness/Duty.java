package uk.gov.worcester.housing.rules.homelessness;

import uk.gov.worcester.housing.core.common.CalendarDates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;

/**
 * One duty on a case: when it started and, once ended, the first day it no longer applied, why,
 * and when the applicant was told in writing. A duty is live from its start up to the day before
 * {@link #endedOn()}, so a duty that ended by time after 56 days has {@code endedOn} 56 days
 * after {@code startedOn}.
 */
@Value.Immutable
@HousingStyle
public abstract class Duty {
  public abstract DutyKind kind();

  public abstract LocalDate startedOn();

  /** The first day the duty no longer applied. */
  public abstract Optional<LocalDate> endedOn();

  public abstract Optional<DutyEndReason> endReason();

  public abstract Optional<LocalDate> noticeGivenOn();

  /** True on the days the duty applies. */
  public boolean isLiveOn(LocalDate date) {
    return !date.isBefore(startedOn()) && endedOn().map(date::isBefore).orElse(true);
  }

  /** Days the duty has run up to {@code date} (the start day is day 1). */
  public long daysRunOn(LocalDate date) {
    LocalDate last = endedOn().map(e -> CalendarDates.plusDays(e, -1)).filter(e -> e.isBefore(date)).orElse(date);
    return last.isBefore(startedOn()) ? 0 : ChronoUnit.DAYS.between(startedOn(), last) + 1;
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(endedOn().isPresent() == endReason().isPresent(), "endReason", ProblemCodes.INCONSISTENT,
            "an ended duty has a reason, and only an ended duty")
        .require(endReason().map(r -> r.duty() == kind()).orElse(true), "endReason", ProblemCodes.INCONSISTENT,
            "the reason ends a different duty")
        .require(endedOn().map(e -> !e.isBefore(startedOn())).orElse(true), "endedOn", ProblemCodes.INCONSISTENT,
            "a duty cannot end before it starts")
        .throwIfAny();
  }

  static Duty started(DutyKind kind, LocalDate on) {
    return ImmutableDuty.builder().kind(kind).startedOn(on).build();
  }

  Duty ended(LocalDate on, DutyEndReason reason, Optional<LocalDate> noticeGivenOn) {
    return ImmutableDuty.builder().from(this).endedOn(on).endReason(reason).noticeGivenOn(noticeGivenOn).build();
  }
}
