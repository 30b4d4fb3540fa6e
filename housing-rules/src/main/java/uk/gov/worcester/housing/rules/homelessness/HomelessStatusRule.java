package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import uk.gov.worcester.housing.core.common.CalendarDates;
import java.time.LocalDate;
import java.util.Optional;
import uk.gov.worcester.housing.core.homelessness.AbuseFacts;
import uk.gov.worcester.housing.core.homelessness.AbuseKind;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.HousingSituation;
import uk.gov.worcester.housing.core.homelessness.NoticeKind;
import uk.gov.worcester.housing.core.homelessness.TenancyNotice;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Homeless, threatened with homelessness, or neither (HA 1996 ss.175-177), as at a date.
 *
 * <p>Homeless: no accommodation the household is entitled to occupy (s.175(1)); cannot get in
 * (s.175(2)(a)); a moveable home with nowhere lawful to put it (s.175(2)(b)); not available to the
 * whole household (s.176); or not reasonable to continue to occupy: never where violence or
 * domestic abuse is probable (s.177(1)), nor once a valid threshold notice has expired and the
 * landlord intends to seek possession (Code of Guidance para 6.35), nor where the officer so finds
 * (s.175(3)). A recorded loss date that has passed counts as the home having been lost.
 *
 * <p>Threatened: likely to become homeless within 56 days (s.175(4)), or a valid threshold notice
 * on the only accommodation available expires within 56 days (s.175(5)). The threshold notices
 * depend on the law version: s.21 from 3 April 2018; from 1 May 2026 also s.8, and s.21 only if
 * given before that day.
 */
public final class HomelessStatusRule {
  private HomelessStatusRule() {}

  public static Decision<HomelessStatus> assess(Approach approach, LocalDate asAt, HomelessnessLaw law) {
    HousingSituation s = approach.situation();
    Reasons why = new Reasons();
    if (!s.hasAccommodation()) {
      why.add("NO_ACCOMMODATION", "The household has no accommodation it is entitled to occupy.",
          HA_1996.at("s.175(1)"));
    } else if (!s.canSecureEntry()) {
      why.add("CANNOT_SECURE_ENTRY", "The household cannot get into its accommodation.", HA_1996.at("s.175(2)(a)"));
    } else if (approach.household().currentHome().propertyType().isMoveable() && !s.lawfulPitchOrMooring()) {
      why.add("NO_PLACE_FOR_MOVEABLE_HOME",
          "The household's home is a moveable structure with nowhere it may lawfully be put and lived in.",
          HA_1996.at("s.175(2)(b)"));
    } else if (!s.availableToWholeHousehold()) {
      why.add("NOT_AVAILABLE_TO_WHOLE_HOUSEHOLD",
          "The accommodation is not available for the whole household to live in together.", HA_1996.at("s.176"));
    } else if (approach.abuse().map(AbuseFacts::probableIfTheyStay).orElse(false)) {
      AbuseKind kind = approach.abuse().get().kind();
      why.add(kind == AbuseKind.DOMESTIC_ABUSE ? "DOMESTIC_ABUSE" : "VIOLENCE",
          "It is not reasonable to continue to occupy accommodation where it is probable that this will lead to "
              + (kind == AbuseKind.DOMESTIC_ABUSE ? law.abuseTerm() : "violence") + " against a member of the household.",
          HA_1996.at("s.177(1)"));
    } else if (thresholdNotice(s, law).filter(n -> n.expiresOn().isBefore(asAt) && n.landlordIntendsToSeekPossession())
        .isPresent()) {
      why.add("NOTICE_EXPIRED",
          "A valid notice on the home has expired and the landlord intends to seek possession: it is not reasonable "
              + "to continue to occupy.", Law.code("para 6.35"));
    } else if (!s.reasonableToContinueToOccupy()) {
      why.add("NOT_REASONABLE_TO_OCCUPY", "The officer has found it is not reasonable to continue to occupy the home.",
          HA_1996.at("s.175(3)"));
    } else if (s.likelyLossDate().filter(d -> d.isBefore(asAt)).isPresent()) {
      why.add("LOSS_DATE_PASSED", "The date the household was likely to lose its home has passed.",
          HA_1996.at("s.175(1)"));
    }
    if (!why.list().isEmpty()) {
      return Decision.of(HomelessStatus.HOMELESS, asAt, law, why.list());
    }
    LocalDate horizon = CalendarDates.plusDays(asAt, law.threatenedWithinDays());
    if (s.likelyLossDate().filter(d -> !d.isAfter(horizon)).isPresent()) {
      why.add("LIKELY_HOMELESS_WITHIN_56_DAYS",
          "The household is likely to become homeless within " + law.threatenedWithinDays() + " days.",
          HA_1996.at("s.175(4)"));
    }
    Optional<TenancyNotice> notice = thresholdNotice(s, law);
    if (notice.filter(n -> !n.expiresOn().isAfter(horizon)).isPresent()) {
      why.add(notice.get().kind() == NoticeKind.SECTION_8 ? "SECTION_8_NOTICE" : "SECTION_21_NOTICE",
          "A valid notice on the only accommodation available expires within " + law.threatenedWithinDays() + " days.",
          HA_1996.at("s.175(5)"));
    }
    if (!why.list().isEmpty()) {
      return Decision.of(HomelessStatus.THREATENED, asAt, law, why.list());
    }
    why.add("NOT_THREATENED_WITHIN_56_DAYS",
        "The household has accommodation it is reasonable to continue to occupy and is not likely to lose it within "
            + law.threatenedWithinDays() + " days.", HA_1996.at("s.175(4)"));
    return Decision.of(HomelessStatus.NOT_HOMELESS, asAt, law, why.list());
  }

  /** The notice on the home if it is one the law in force treats under s.175(5). */
  static Optional<TenancyNotice> thresholdNotice(HousingSituation s, HomelessnessLaw law) {
    return s.notice().filter(n -> n.valid() && n.onlyAccommodationAvailable()
        && law.thresholdNotices().contains(n.kind())
        && (n.kind() != NoticeKind.SECTION_21
            || law.section21NoticesGivenBefore().map(n.givenOn()::isBefore).orElse(true)));
  }
}
