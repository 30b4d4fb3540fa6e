package uk.gov.worcester.housing.rules.privatesector;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_2004;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.privatesector.HazardJudgement;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * The courses of enforcement open on a scored hazard (Housing Act 2004 ss.5, 7): for Category 1
 * every course, the emergency ones only on an imminent risk of serious harm (ss.40, 43); for
 * Category 2 an improvement notice, prohibition order or hazard awareness notice, and demolition or
 * clearance only where the prescribed circumstances apply. The suggestion: emergency remedial action
 * on an imminent risk, else an improvement notice for Category 1 and for Category 2 from the
 * policy's band, else a hazard awareness notice.
 */
public final class EnforcementRule {
  private EnforcementRule() {}

  private static final Citation DUTY = HA_2004.at("s.5(1)");
  private static final Citation POWER = HA_2004.at("s.7(1)");
  private static final Citation REASONS = HA_2004.at("s.8");
  private static final Citation PENALTY = HA_2004.at("s.249A");

  /** The options on {@code score}, judged as {@code judgement} records. */
  public static Decision<EnforcementOptions> assess(HazardJudgement judgement, HazardScore score, LocalDate asAt,
      EnforcementPolicy policy) {
    HazardCategory category = score.category();
    boolean imminent = judgement.imminentRiskOfSeriousHarm();
    Reasons reasons = new Reasons();
    List<CourseOfAction> open = new ArrayList<>();
    for (CourseOfAction c : CourseOfAction.values()) {
      if (c.provision(category).isEmpty() || (c.emergency() && !imminent)) {
        continue;
      }
      if (category == HazardCategory.CATEGORY_2 && (c == CourseOfAction.DEMOLITION_ORDER
          || c == CourseOfAction.CLEARANCE_AREA) && !judgement.demolitionCircumstancesPrescribed()) {
        continue;
      }
      open.add(c);
    }
    CourseOfAction suggested;
    if (category == HazardCategory.CATEGORY_1) {
      reasons.add("DUTY_TO_ACT", "A Category 1 hazard (score " + score.score() + ", band " + score.band()
          + "): the council must take the most appropriate course of action.", DUTY);
      if (imminent) {
        suggested = CourseOfAction.EMERGENCY_REMEDIAL_ACTION;
        reasons.add("IMMINENT_RISK", "The hazard involves an imminent risk of serious harm, so emergency remedial "
            + "action or an emergency prohibition order is open.", HA_2004.at("s.40(1)"));
      } else {
        suggested = CourseOfAction.IMPROVEMENT_NOTICE;
      }
    } else {
      reasons.add("POWER_TO_ACT", "A Category 2 hazard (score " + score.score() + ", band " + score.band()
          + "): the council may take a course of action.", POWER);
      suggested = score.band().compareTo(policy.category2ImprovementNoticeFrom()) <= 0
          ? CourseOfAction.IMPROVEMENT_NOTICE : CourseOfAction.HAZARD_AWARENESS_NOTICE;
    }
    reasons.add("SUGGESTED_COURSE", "Suggested: " + suggested.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + ". Served on: " + suggested.servedOn() + " " + suggested.appeal(),
        suggested.provision(category).orElse(DUTY));
    reasons.add("STATEMENT_OF_REASONS", "Whatever course is taken, a statement of the reasons for it is served "
        + "with the notice or order.", REASONS);
    policy.civilPenaltyMaximum().ifPresent(m -> reasons.add("CIVIL_PENALTY_MAXIMUM",
        "Failing to comply with an improvement notice is an offence; a civil penalty of up to " + m.pounds()
            .toPlainString() + " pounds may be imposed instead of prosecution.", PENALTY));
    EnforcementOptions options = EnforcementOptions.builder().hazard(judgement.hazard()).category(category)
        .duty(category == HazardCategory.CATEGORY_1).open(open).suggested(suggested)
        .civilPenaltyMaximum(policy.civilPenaltyMaximum()).build();
    return Decision.of(options, asAt, policy, reasons.list());
  }
}
