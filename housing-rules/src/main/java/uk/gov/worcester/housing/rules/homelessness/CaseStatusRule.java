package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;
import static uk.gov.worcester.housing.rules.common.Legislation.REVIEW_REGULATIONS_2018;
import static uk.gov.worcester.housing.rules.common.Legislation.SUITABILITY_ORDER_2003;

import uk.gov.worcester.housing.core.common.CalendarDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.Placement;

/**
 * What a case owes and what is due next, as at a date: the live duties, and the deadlines the law
 * and local policy set (the 56-day points of prevention and relief, the automatic end of relief,
 * the main duty decision once relief has ended, review request windows and review decisions,
 * the reasonable period after a warning, the end of s.190(2) accommodation, and the bed and
 * breakfast limit), earliest first.
 */
public final class CaseStatusRule {
  private CaseStatusRule() {}

  public static CaseStatus statusOn(HomelessnessCase stored, LocalDate asAt, CaseWorkflow workflow,
      LocalHomelessnessPolicy policy, HomelessnessLaw law) {
    HomelessnessCase c = workflow.asAt(stored, asAt);
    Approach facts = c.factsOn(asAt);
    List<Deadline> deadlines = new ArrayList<>();
    int period = law.dutyPeriodDays();
    for (Duty d : c.liveOn(asAt)) {
      switch (d.kind()) {
        case PREVENTION -> deadlines.add(Deadline.of(CalendarDates.plusDays(d.startedOn(), period), "PREVENTION_56_DAYS",
            "The earliest day the prevention duty may be ended because 56 days have passed (by written notice).",
            HA_1996.at("s.195(8)(b)")));
        case RELIEF -> {
          Assessment a = HomelessnessAssessment.assess(facts, asAt, law, policy);
          boolean byItself = a.reliefEndsByItself();
          deadlines.add(byItself
              ? Deadline.of(CalendarDates.plusDays(d.startedOn(), period), "RELIEF_ENDS", "Relief ends by itself; decide and notify "
                  + "the main duty from this day, not before.", HA_1996.at("s.189B(4)"))
              : Deadline.of(CalendarDates.plusDays(d.startedOn(), period), "RELIEF_56_DAYS", "The earliest day the relief duty may be "
                  + "ended because 56 days have passed (by written notice).", HA_1996.at("s.189B(7)(b)")));
        }
        case INTENTIONALLY_HOMELESS_ACCOMMODATION -> deadlines.add(Deadline.of(
            CalendarDates.plusDays(d.startedOn(), policy.intentionallyHomelessAccommodationDays()), "REASONABLE_OPPORTUNITY_ENDS",
            "The local policy's reasonable opportunity to find accommodation ends.",
            Law.localPolicy(policy, "intentionallyHomelessAccommodationDays")));
        case INTERIM_ACCOMMODATION, MAIN, NON_COOPERATION_ACCOMMODATION -> {
          // these run until an ending; nothing falls due by time
        }
      }
    }
    c.latest(DutyKind.RELIEF).filter(r -> r.endedOn().isPresent() && !r.isLiveOn(asAt)
        && r.endReason().get().duty() == DutyKind.RELIEF && c.mainDutyDecision().isEmpty()
        && endsWithDecisionDue(r)).ifPresent(r -> deadlines.add(Deadline.of(r.endedOn().get(), "MAIN_DUTY_DECISION_DUE",
            "Relief has ended: decide and notify, in writing, the duty owed next.", HA_1996.at("s.184(3)"))));
    for (WrittenNotice n : c.notices()) {
      n.reviewRequestDeadline(law.reviewRequestDays()).filter(last -> !last.isBefore(asAt)).ifPresent(last ->
          deadlines.add(Deadline.of(last, "REVIEW_REQUEST_WINDOW_CLOSES", "The last day to ask for a review of the "
              + n.subject() + " decision.", HA_1996.at("s.202(3)"))));
    }
    for (Review r : c.reviews()) {
      if (r.isPending()) {
        deadlines.add(Deadline.of(r.decisionDueBy(), "REVIEW_DECISION_DUE", "The review of the " + r.decision()
            + " decision must be decided by this day unless extended in writing.", REVIEW_REGULATIONS_2018.at("reg.9")));
      }
    }
    for (var w : c.warnings()) {
      if (c.liveOn(asAt).stream().anyMatch(d -> d.kind() == w.duty())) {
        deadlines.add(Deadline.of(CalendarDates.plusDays(w.on(), policy.warningReasonablePeriodDays()), "WARNING_PERIOD_ENDS",
            "The reasonable period after the relevant warning ends; a non-co-operation notice may follow.",
            HA_1996.at("s.193B(4)")));
      }
    }
    List<PlacementCheck> checks = new ArrayList<>();
    for (Placement p : c.placements()) {
      if (!p.stay().contains(asAt)) {
        continue;
      }
      boolean dutyLive = c.liveOn(asAt).stream().anyMatch(d -> d.kind() == p.underDuty());
      PlacementCheck check = TemporaryAccommodationRule.check(p, c.placements(), facts, asAt, policy,
          dutyLive);
      checks.add(check);
      if (check.flags().contains(PlacementFlag.BED_AND_BREAKFAST_WITH_CHILDREN)) {
        deadlines.add(Deadline.of(TemporaryAccommodationRule.bedAndBreakfastDeadline(p, c.placements(), policy),
            "BED_AND_BREAKFAST_LIMIT", "The household must be out of shared bed and breakfast before this day: the "
                + "limit counts every stay in it for this application.",
            policy.bedAndBreakfastFamilyLimitWeeks() < TemporaryAccommodationRule.STATUTORY_FAMILY_LIMIT_WEEKS
                ? Law.localPolicy(policy, "bedAndBreakfastFamilyLimitWeeks")
                : SUITABILITY_ORDER_2003.at("art.4(1)(b)")));
      }
    }
    deadlines.sort(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::code));
    return CaseStatus.builder().caseId(c.approach().caseId()).asAt(asAt)
        .liveDuties(c.liveOn(asAt).stream().map(Duty::kind).toList()).duties(c.duties()).deadlines(deadlines)
        .placements(checks).build();
  }

  private static boolean endsWithDecisionDue(Duty relief) {
    return switch (relief.endReason().get()) {
      case RELIEF_56_DAYS_AUTOMATIC, RELIEF_56_DAYS_ELAPSED, RELIEF_REFUSED_SUITABLE_OFFER,
          RELIEF_INTENTIONALLY_HOMELESS_FROM_ACCOMMODATION_PROVIDED, RELIEF_REFUSED_FINAL_ACCOMMODATION_OFFER,
          RELIEF_REFUSED_FINAL_PART6_OFFER -> true;
      default -> false;
    };
  }
}
