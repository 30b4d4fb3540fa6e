package uk.gov.worcester.housing.testkit.homelessness;

import java.time.LocalDate;
import java.util.List;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.homelessness.AbuseFacts;
import uk.gov.worcester.housing.core.homelessness.AbuseKind;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.core.homelessness.EarlierPrivateRentedOffer;
import uk.gov.worcester.housing.core.homelessness.HousingSituation;
import uk.gov.worcester.housing.core.homelessness.IntentionalityFinding;
import uk.gov.worcester.housing.core.homelessness.LossReason;
import uk.gov.worcester.housing.core.homelessness.NoticeKind;
import uk.gov.worcester.housing.core.homelessness.ReferralBody;
import uk.gov.worcester.housing.core.homelessness.TenancyNotice;
import uk.gov.worcester.housing.testkit.household.HouseholdSamples;

/** Realistic homelessness approaches for tests and examples; names are invented. */
public final class ApproachSamples {
  private ApproachSamples() {}

  /** Findings that the applicant did nothing to bring about the loss of their home. */
  public static IntentionalityFinding notIntentional() {
    return IntentionalityFinding.builder().deliberateActOrOmission(false).causedLossOfAccommodation(false)
        .accommodationWasAvailableAndReasonable(true).build();
  }

  /**
   * The Morgans (see {@link HouseholdSamples#familyInPrivateRent}) served a valid section 21
   * notice on {@code appliedOn} minus 20 days, expiring 40 days after they apply: threatened with
   * homelessness, and in priority need with two dependent children.
   */
  public static Approach familyServedSection21(LocalDate appliedOn) {
    return Approach.builder()
        .caseId(CaseId.of("HL-2024-0001"))
        .appliedOn(appliedOn)
        .household(HouseholdSamples.familyInPrivateRent(appliedOn))
        .situation(HousingSituation.builder().hasAccommodation(true)
            .notice(TenancyNotice.of(NoticeKind.SECTION_21, appliedOn.minusDays(20), appliedOn.plusDays(40)))
            .build())
        .intentionality(notIntentional())
        .lossReason(LossReason.END_OF_PRIVATE_ASSURED_SHORTHOLD_LANDLORD_SELLING_OR_RELETTING)
        .build();
  }

  /** Jordan, 17, asked to leave the family home today: homeless, in priority need under art.3. */
  public static Approach seventeenYearOldAskedToLeave(LocalDate appliedOn) {
    return Approach.builder()
        .caseId(CaseId.of("HL-2024-0002"))
        .appliedOn(appliedOn)
        .household(HouseholdSamples.seventeenYearOldAtHome(appliedOn))
        .situation(HousingSituation.builder().hasAccommodation(false).build())
        .intentionality(notIntentional())
        .lossReason(LossReason.FAMILY_OR_FRIENDS_NO_LONGER_WILLING_OR_ABLE)
        .referredBy(ReferralBody.CHILDRENS_SOCIAL_SERVICES)
        .build();
  }

  /**
   * Dana, 29, no children, who has left a council flat in Wychavon because of her partner's
   * abuse; her family is in Worcester. With no vulnerability judgement recorded.
   */
  public static Approach domesticAbuseSurvivor(LocalDate appliedOn) {
    return Approach.builder()
        .caseId(CaseId.of("HL-2024-0003"))
        .appliedOn(appliedOn)
        .household(HouseholdSamples.singleAdultLeavingPartner(appliedOn))
        .situation(HousingSituation.builder().hasAccommodation(true).build())
        .abuse(AbuseFacts.builder().kind(AbuseKind.DOMESTIC_ABUSE).areasOfRisk(List.of(LocalAuthority.WYCHAVON)).build())
        .intentionality(notIntentional())
        .lossReason(LossReason.DOMESTIC_ABUSE)
        .referredBy(ReferralBody.OTHER_AGENCY)
        .build();
  }

  /** Kim, sleeping rough, seen by the outreach team: homeless, not in priority need on the facts. */
  public static Approach roughSleeper(LocalDate appliedOn) {
    return Approach.builder()
        .caseId(CaseId.of("HL-2024-0004"))
        .appliedOn(appliedOn)
        .household(HouseholdSamples.roughSleeper(appliedOn))
        .situation(HousingSituation.builder().hasAccommodation(false).build())
        .intentionality(notIntentional())
        .lossReason(LossReason.NOT_KNOWN)
        .referredBy(ReferralBody.OTHER_AGENCY)
        .build();
  }

  /**
   * Riley (see {@link HouseholdSamples#youngWomanSofaSurfing}), asked to leave a friend's flat:
   * homeless, eligible, not in priority need on the facts at application.
   */
  public static Approach sofaSurfer(LocalDate appliedOn) {
    return Approach.builder()
        .caseId(CaseId.of("HL-2024-0005"))
        .appliedOn(appliedOn)
        .household(HouseholdSamples.youngWomanSofaSurfing(appliedOn))
        .situation(HousingSituation.builder().hasAccommodation(false).build())
        .intentionality(notIntentional())
        .lossReason(LossReason.FAMILY_OR_FRIENDS_NO_LONGER_WILLING_OR_ABLE)
        .build();
  }

  /**
   * The Morgans again (see {@link #familyServedSection21}), who accepted a private rented sector
   * offer made by Wyre Forest 18 months before {@code appliedOn} and are now served a section 21
   * notice on that tenancy: a re-application within two years (s.195A(1)), and one Worcester may
   * refer to Wyre Forest (s.198(2ZA)).
   */
  public static Approach returnedAfterPrivateRentedOffer(LocalDate appliedOn) {
    return Approach.builder().from(familyServedSection21(appliedOn))
        .caseId(CaseId.of("HL-2024-0006"))
        .earlierPrivateRentedOffer(EarlierPrivateRentedOffer.builder()
            .earlierCase(CaseId.of("WF-2022-0417"))
            .acceptedOn(appliedOn.minusMonths(18))
            .madeBy(LocalAuthority.WYRE_FOREST).build())
        .build();
  }
}
