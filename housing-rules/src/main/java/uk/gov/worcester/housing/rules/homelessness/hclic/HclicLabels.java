package uk.gov.worcester.housing.rules.homelessness.hclic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.LossReason;
import uk.gov.worcester.housing.core.homelessness.MainDutyOutcome;
import uk.gov.worcester.housing.core.homelessness.ReferralBody;
import uk.gov.worcester.housing.core.homelessness.ReviewOutcome;
import uk.gov.worcester.housing.core.homelessness.ReviewableDecision;
import uk.gov.worcester.housing.core.homelessness.TemporaryAccommodationType;
import uk.gov.worcester.housing.core.household.Relationship;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.core.household.Tenure;
import uk.gov.worcester.housing.rules.homelessness.PriorityNeedCategory;

/**
 * The labels of each H-CLIC list, and how this library's facts map to them. The mapping is the
 * one place where, say, a relief duty ended by s.193A(2) becomes "refused final accommodation".
 */
public final class HclicLabels {
  private HclicLabels() {}

  static final List<String> A1 = List.of("PREVENTION_DUTY_OWED", "RELIEF_DUTY_OWED", "NO_DUTY_OWED");
  static final List<String> A3 = List.of("YOUNG_PERSON_16_17", "YOUNG_PERSON_18_25_NEEDING_SUPPORT", "YOUNG_PARENT",
      "CARE_LEAVER_18_20", "CARE_LEAVER_21_24", "CARE_LEAVER_25_PLUS", "PHYSICAL_ILL_HEALTH_AND_DISABILITY",
      "HISTORY_OF_MENTAL_HEALTH_PROBLEMS", "LEARNING_DISABILITY", "SEXUAL_ABUSE_OR_EXPLOITATION", "DOMESTIC_ABUSE",
      "ABUSE_NOT_DOMESTIC", "DRUG_DEPENDENCY", "ALCOHOL_DEPENDENCY", "OFFENDING_HISTORY", "REPEAT_HOMELESSNESS",
      "HISTORY_OF_ROUGH_SLEEPING", "FORMER_ASYLUM_SEEKER", "OLD_AGE", "SERVED_IN_HM_FORCES",
      "ACCESS_TO_EDUCATION_EMPLOYMENT_TRAINING", "MODERN_SLAVERY", "DIFFICULTY_BUDGETING", "NO_SUPPORT_NEEDS");
  static final List<String> A4 = List.of("PRIVATE_RENTED_SELF_CONTAINED", "PRIVATE_RENTED_HMO",
      "LODGING_NOT_WITH_FAMILY_OR_FRIENDS", "SOCIAL_RENTED_COUNCIL", "SOCIAL_RENTED_REGISTERED_PROVIDER",
      "SOCIAL_RENTED_SUPPORTED_HOUSING_OR_HOSTEL", "LIVING_WITH_FAMILY", "LIVING_WITH_FRIENDS", "CUSTODY",
      "GENERAL_HOSPITAL", "PSYCHIATRIC_HOSPITAL", "TEMPORARY_ACCOMMODATION", "ROUGH_SLEEPING", "NO_FIXED_ABODE",
      "OWNER_OCCUPIER", "REFUGE", "HOME_OFFICE_ASYLUM_SUPPORT", "OTHER");
  static final List<String> A5 = List.of("SINGLE_PARENT_MALE_WITH_CHILDREN", "SINGLE_PARENT_FEMALE_WITH_CHILDREN",
      "SINGLE_ADULT_MALE", "SINGLE_ADULT_FEMALE", "COUPLE_WITH_CHILDREN", "COUPLE_NO_CHILDREN", "THREE_OR_MORE_ADULTS",
      "OTHER");
  static final List<String> P1 = List.of("SECURED_ACCOMMODATION_6_MONTHS", "HOMELESS", "CONTACT_LOST",
      "FIFTY_SIX_DAYS_ELAPSED", "WITHDREW_OR_DECEASED", "NO_LONGER_ELIGIBLE", "REFUSED_SUITABLE_OFFER",
      "REFUSED_TO_COOPERATE", "NOT_KNOWN");
  static final List<String> R1 = List.of("SECURED_ACCOMMODATION_6_MONTHS", "FIFTY_SIX_DAYS_ELAPSED", "CONTACT_LOST",
      "WITHDREW_OR_DECEASED", "REFUSED_FINAL_ACCOMMODATION", "INTENTIONALLY_HOMELESS_FROM_ACCOMMODATION_PROVIDED",
      "LOCAL_CONNECTION_REFERRAL_ACCEPTED", "NO_LONGER_ELIGIBLE", "NOTICE_FOR_REFUSAL_TO_COOPERATE",
      "REFUSED_SUITABLE_OFFER", "NOT_KNOWN");
  static final List<String> MD2 = List.of("PART6_OFFER_ACCEPTED", "PART6_OFFER_REFUSED", "PRIVATE_RENTED_OFFER_ACCEPTED",
      "PRIVATE_RENTED_OFFER_REFUSED", "REFUSED_SUITABLE_TEMPORARY_ACCOMMODATION", "NO_LONGER_ELIGIBLE",
      "INTENTIONALLY_HOMELESS_FROM_TEMPORARY_ACCOMMODATION", "ACCEPTED_ASSURED_TENANCY", "LEFT_VOLUNTARILY");

  /** Every label of every list, in order. */
  public static Map<HclicList, List<String>> all() {
    Map<HclicList, List<String>> all = new EnumMap<>(HclicList.class);
    all.put(HclicList.A1_INITIAL_ASSESSMENT, A1);
    all.put(HclicList.A2_REASON_FOR_LOSS, names(LossReason.values()));
    all.put(HclicList.A3_SUPPORT_NEED, A3);
    all.put(HclicList.A4_ACCOMMODATION_AT_APPLICATION, A4);
    all.put(HclicList.A5_HOUSEHOLD_TYPE, A5);
    all.put(HclicList.A7_REFERRAL_SOURCE, names(ReferralBody.values()));
    all.put(HclicList.P1_PREVENTION_END, P1);
    all.put(HclicList.R1_RELIEF_END, R1);
    all.put(HclicList.MD1_DECISION, names(MainDutyOutcome.values()));
    all.put(HclicList.MD2_MAIN_DUTY_END, MD2);
    all.put(HclicList.MD3_PRIORITY_NEED, names(PriorityNeedCategory.values()));
    all.put(HclicList.TA1_ACCOMMODATION_TYPE, names(TemporaryAccommodationType.values()));
    all.put(HclicList.RV_REVIEW_TYPE, names(ReviewableDecision.values()));
    all.put(HclicList.RV_REVIEW_OUTCOME, names(ReviewOutcome.values()));
    all.put(HclicList.PE_SEX, names(Sex.values()));
    all.put(HclicList.PE_RELATIONSHIP, names(Relationship.values()));
    return all;
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> out = new ArrayList<>(values.length);
    Arrays.stream(values).forEach(v -> out.add(v.name()));
    return List.copyOf(out);
  }

  /** Accommodation at application (A4) from the household's tenure. */
  public static String accommodation(Tenure tenure) {
    return switch (tenure) {
      case OWNER_OCCUPIER, SHARED_OWNERSHIP -> "OWNER_OCCUPIER";
      case PRIVATE_ASSURED_SHORTHOLD, PRIVATE_OTHER_TENANCY -> "PRIVATE_RENTED_SELF_CONTAINED";
      case PRIVATE_HMO -> "PRIVATE_RENTED_HMO";
      case PRIVATE_LODGER -> "LODGING_NOT_WITH_FAMILY_OR_FRIENDS";
      case COUNCIL_TENANT -> "SOCIAL_RENTED_COUNCIL";
      case HOUSING_ASSOCIATION_TENANT -> "SOCIAL_RENTED_REGISTERED_PROVIDER";
      case SUPPORTED_HOUSING -> "SOCIAL_RENTED_SUPPORTED_HOUSING_OR_HOSTEL";
      case LIVING_WITH_FAMILY -> "LIVING_WITH_FAMILY";
      case LIVING_WITH_FRIENDS -> "LIVING_WITH_FRIENDS";
      case TEMPORARY_ACCOMMODATION -> "TEMPORARY_ACCOMMODATION";
      case IN_CUSTODY -> "CUSTODY";
      case IN_GENERAL_HOSPITAL -> "GENERAL_HOSPITAL";
      case IN_PSYCHIATRIC_HOSPITAL -> "PSYCHIATRIC_HOSPITAL";
      case REFUGE -> "REFUGE";
      case HOME_OFFICE_ASYLUM_SUPPORT -> "HOME_OFFICE_ASYLUM_SUPPORT";
      case ROUGH_SLEEPING -> "ROUGH_SLEEPING";
      case NO_FIXED_ABODE -> "NO_FIXED_ABODE";
      case TIED_ACCOMMODATION, OTHER -> "OTHER";
    };
  }

  /** How a prevention (P1), relief (R1) or main duty (MD2) ended. */
  public static String ending(DutyEndReason reason) {
    return switch (reason) {
      case PREVENTION_ACCOMMODATION_SECURED, RELIEF_ACCOMMODATION_SECURED -> "SECURED_ACCOMMODATION_6_MONTHS";
      case PREVENTION_56_DAYS_ELAPSED, RELIEF_56_DAYS_ELAPSED, RELIEF_56_DAYS_AUTOMATIC -> "FIFTY_SIX_DAYS_ELAPSED";
      case PREVENTION_BECAME_HOMELESS, PREVENTION_INTENTIONALLY_HOMELESS_FROM_ACCOMMODATION_PROVIDED -> "HOMELESS";
      case PREVENTION_REFUSED_SUITABLE_OFFER, RELIEF_REFUSED_SUITABLE_OFFER -> "REFUSED_SUITABLE_OFFER";
      case PREVENTION_NO_LONGER_ELIGIBLE, RELIEF_NO_LONGER_ELIGIBLE, MAIN_NO_LONGER_ELIGIBLE -> "NO_LONGER_ELIGIBLE";
      case PREVENTION_WITHDREW, RELIEF_WITHDREW -> "WITHDREW_OR_DECEASED";
      case PREVENTION_NON_COOPERATION -> "REFUSED_TO_COOPERATE";
      case RELIEF_NON_COOPERATION -> "NOTICE_FOR_REFUSAL_TO_COOPERATE";
      case RELIEF_REFUSED_FINAL_ACCOMMODATION_OFFER, RELIEF_REFUSED_FINAL_PART6_OFFER -> "REFUSED_FINAL_ACCOMMODATION";
      case RELIEF_INTENTIONALLY_HOMELESS_FROM_ACCOMMODATION_PROVIDED ->
          "INTENTIONALLY_HOMELESS_FROM_ACCOMMODATION_PROVIDED";
      case RELIEF_REFERRED_TO_ANOTHER_AUTHORITY -> "LOCAL_CONNECTION_REFERRAL_ACCEPTED";
      case MAIN_REFUSED_SUITABLE_OFFER -> "REFUSED_SUITABLE_TEMPORARY_ACCOMMODATION";
      case MAIN_INTENTIONALLY_HOMELESS_FROM_ACCOMMODATION -> "INTENTIONALLY_HOMELESS_FROM_TEMPORARY_ACCOMMODATION";
      case MAIN_ACCEPTED_PART6_OFFER -> "PART6_OFFER_ACCEPTED";
      case MAIN_ACCEPTED_ASSURED_TENANCY -> "ACCEPTED_ASSURED_TENANCY";
      case MAIN_LEFT_VOLUNTARILY -> "LEFT_VOLUNTARILY";
      case MAIN_REFUSED_FINAL_PART6_OFFER -> "PART6_OFFER_REFUSED";
      case MAIN_ACCEPTED_PRIVATE_RENTED_SECTOR_OFFER -> "PRIVATE_RENTED_OFFER_ACCEPTED";
      case MAIN_REFUSED_PRIVATE_RENTED_SECTOR_OFFER -> "PRIVATE_RENTED_OFFER_REFUSED";
      case INTERIM_NO_FURTHER_DUTY_NOTIFIED, INTERIM_NEXT_DUTY_NOTIFIED, INTERIM_NO_LONGER_ELIGIBLE, INTERIM_WITHDREW,
          INTENTIONAL_REASONABLE_OPPORTUNITY_GIVEN, NON_COOPERATION_REFUSED_FINAL_ACCOMMODATION_OFFER,
          NON_COOPERATION_REFUSED_FINAL_PART6_OFFER, NON_COOPERATION_OTHER_ENDING -> "NOT_KNOWN";
    };
  }
}
