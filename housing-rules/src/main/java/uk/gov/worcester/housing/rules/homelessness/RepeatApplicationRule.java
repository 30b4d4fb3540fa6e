package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import uk.gov.worcester.housing.core.common.CalendarDates;
import java.time.LocalDate;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.EarlierPrivateRentedOffer;
import uk.gov.worcester.housing.core.homelessness.NoticeKind;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Re-application after a private rented sector offer (HA 1996 s.195A). s.195A(1) applies where
 * the applicant re-applies within two years beginning with the day they accepted an offer under
 * s.193(7AA), unless the immediately preceding application was itself one it applied to
 * (s.195A(6)) or the council would be satisfied only by having regard to a restricted person
 * (s.195A(5)). Where it applies and the council are satisfied the applicant is homeless and
 * eligible, and not satisfied they became homeless intentionally, the s.193(2) main duty applies
 * whatever the priority need, and a valid s.21 notice makes the applicant homeless from the day it
 * expires (s.195A(2)).
 */
public final class RepeatApplicationRule {
  private RepeatApplicationRule() {}

  /** Whether the link to the earlier application brings s.195A in, before any restricted-case test. */
  static boolean withinTwoYears(Approach approach, HomelessnessLaw law) {
    return approach.earlierPrivateRentedOffer().filter(o -> !o.precedingApplicationWasRepeat()
        && !approach.appliedOn().isBefore(o.acceptedOn())
        && !approach.appliedOn().isAfter(CalendarDates.lastDayOfYearsBeginningWith(o.acceptedOn(),
            law.repeatApplicationYears()))).isPresent();
  }

  /**
   * s.195A(2): for the purpose of s.195A(1) only, an applicant given a valid s.21 notice is treated
   * as homeless from the day it expires. Not a finding of homelessness for any other purpose (relief,
   * or interim accommodation other than under s.188(1A)).
   */
  public static boolean treatedAsHomeless(Approach approach, LocalDate asAt, HomelessnessLaw law) {
    return withinTwoYears(approach, law) && approach.situation().notice().filter(n -> n.valid()
        && n.kind() == NoticeKind.SECTION_21 && !n.expiresOn().isAfter(asAt)).isPresent();
  }

  public static Decision<RepeatApplication> assess(Approach approach, LocalDate asAt, HomelessnessLaw law,
      Eligibility eligibility) {
    Reasons why = new Reasons();
    if (approach.earlierPrivateRentedOffer().isEmpty()) {
      why.add("NOT_A_REPEAT_APPLICATION", "No earlier private rented sector offer is recorded.", HA_1996.at("s.195A(1)"));
      return Decision.of(RepeatApplication.NOT_A_REPEAT_APPLICATION, asAt, law, why.list());
    }
    EarlierPrivateRentedOffer earlier = approach.earlierPrivateRentedOffer().get();
    LocalDate lastDay = CalendarDates.lastDayOfYearsBeginningWith(earlier.acceptedOn(), law.repeatApplicationYears());
    if (earlier.precedingApplicationWasRepeat()) {
      why.add("PRECEDING_APPLICATION_WAS_REPEAT", "The applicant's immediately preceding application was itself one the "
          + "two-year rule applied to, so it does not apply again.", HA_1996.at("s.195A(6)"));
      return Decision.of(RepeatApplication.PRECEDING_APPLICATION_WAS_REPEAT, asAt, law, why.list());
    }
    if (!withinTwoYears(approach, law)) {
      why.add("AFTER_TWO_YEARS", "The application was made after the two years beginning with the day the private "
          + "rented sector offer was accepted (the last day was " + lastDay + ").", HA_1996.at("s.195A(1)"));
      return Decision.of(RepeatApplication.AFTER_TWO_YEARS, asAt, law, why.list());
    }
    if (eligibility.restrictedCase()) {
      why.add("REPEAT_APPLICATION_RESTRICTED_CASE", "The council could be satisfied only by having regard to a "
          + "restricted person, so the two-year rule does not apply.", HA_1996.at("s.195A(5)"));
      return Decision.of(RepeatApplication.RESTRICTED_CASE, asAt, law, why.list());
    }
    if (treatedAsHomeless(approach, asAt, law)) {
      why.add("SECTION_21_EXPIRED_ON_REPEAT_APPLICATION", "For this rule the applicant is treated as homeless from "
          + "the day the section 21 notice expired.", HA_1996.at("s.195A(2)"));
    }
    why.add("REPEAT_APPLICATION_WITHIN_TWO_YEARS", "Re-applied within two years of accepting a private rented sector "
        + "offer (by " + lastDay + "): if homeless, eligible and not found intentionally homeless, the main duty is "
        + "owed whatever the priority need.", HA_1996.at("s.195A(1)"));
    return Decision.of(RepeatApplication.WITHIN_TWO_YEARS, asAt, law, why.list());
  }
}
