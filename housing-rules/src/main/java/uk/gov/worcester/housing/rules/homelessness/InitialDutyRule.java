package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * The duties owed on assessment: prevention to an eligible household threatened with homelessness
 * (s.195(2)); relief to an eligible homeless household (s.189B(2)); interim accommodation where
 * there is reason to believe the household may be homeless, eligible and in priority need
 * (s.188(1): a low threshold, so "not yet known" and "awaiting judgement" are enough). Everyone is
 * owed advice and information (s.179).
 */
public final class InitialDutyRule {
  private InitialDutyRule() {}

  public static Decision<DutiesOwed> assess(LocalDate asAt, HomelessnessLaw law, HomelessStatus homeless,
      EligibilityStatus eligibility, PriorityNeedStatus need, Intentionality intentionality,
      RepeatApplication repeat, boolean treatedAsHomelessOnRepeat) {
    Reasons why = new Reasons();
    List<DutyKind> duties = new ArrayList<>(2);
    if (eligibility == EligibilityStatus.INELIGIBLE) {
      why.add("INELIGIBLE_ADVICE_ONLY", "The applicant is not eligible: advice and information only.", HA_1996.at("s.179"));
      return Decision.of(DutiesOwed.of(List.of(), false), asAt, law, why.list());
    }
    boolean eligible = eligibility == EligibilityStatus.ELIGIBLE;
    boolean repeatInterim = repeat.applies() && law.interimAccommodationOnRepeatApplication()
        && intentionality != Intentionality.INTENTIONAL;
    boolean homelessForRepeat = homeless == HomelessStatus.HOMELESS || treatedAsHomelessOnRepeat;
    if (homelessForRepeat && (need == PriorityNeedStatus.NO || homeless != HomelessStatus.HOMELESS)
        && repeatInterim) {
      duties.add(DutyKind.INTERIM_ACCOMMODATION);
      why.add("INTERIM_ACCOMMODATION_REPEAT_APPLICATION", "A re-application within two years of accepting a private "
          + "rented sector offer: interim accommodation is owed whatever the priority need.", HA_1996.at("s.188(1A)"));
    } else if (homeless == HomelessStatus.HOMELESS && need != PriorityNeedStatus.NO) {
      duties.add(DutyKind.INTERIM_ACCOMMODATION);
      why.add("INTERIM_ACCOMMODATION", "There is reason to believe the household may be homeless, eligible and in priority "
          + "need: interim accommodation must be secured.", HA_1996.at("s.188(1)"));
    }
    boolean endsByItself = false;
    if (homeless == HomelessStatus.THREATENED) {
      if (eligible) {
        duties.add(DutyKind.PREVENTION);
        why.add("PREVENTION_DUTY", "Eligible and threatened with homelessness: the prevention duty is owed.",
            HA_1996.at("s.195(2)"));
      } else {
        why.add("PREVENTION_AWAITS_ELIGIBILITY", "Threatened with homelessness; the prevention duty is owed once "
            + "eligibility is established.", HA_1996.at("s.195(1)"));
      }
    } else if (homeless == HomelessStatus.HOMELESS) {
      if (eligible) {
        duties.add(DutyKind.RELIEF);
        endsByItself = reliefEndsByItself(need, intentionality);
        why.add("RELIEF_DUTY", "Eligible and homeless: the relief duty is owed.", HA_1996.at("s.189B(2)"));
        why.add(endsByItself ? "RELIEF_ENDS_AFTER_56_DAYS" : "RELIEF_ENDS_BY_NOTICE", endsByItself
            ? "In priority need, and the council not satisfied the applicant became homeless intentionally: relief "
                + "ends by itself after 56 days, and the main duty decision follows."
            : "Relief ends only when the council gives notice on one of the grounds the Act lists.",
            HA_1996.at(endsByItself ? "s.189B(4)" : "s.189B(5)"));
      } else {
        why.add("RELIEF_AWAITS_ELIGIBILITY", "Homeless; the relief duty is owed once eligibility is established.",
            HA_1996.at("s.189B(1)"));
      }
    } else {
      why.add("ADVICE_ONLY", "Neither homeless nor threatened within 56 days: advice and information only.",
          HA_1996.at("s.179"));
    }
    return Decision.of(DutiesOwed.of(List.copyOf(duties), endsByItself), asAt, law, why.list());
  }

  /**
   * The one place for s.189B(4): relief ends by itself at the end of 56 days where the council are
   * satisfied of priority need and <em>not satisfied</em> of intentionality, which includes no
   * finding made yet.
   */
  static boolean reliefEndsByItself(PriorityNeedStatus need, Intentionality intentionality) {
    return need == PriorityNeedStatus.YES && intentionality != Intentionality.INTENTIONAL;
  }
}
