package uk.gov.worcester.housing.json.homelessness;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.homelessness.AbuseFacts;
import uk.gov.worcester.housing.core.homelessness.AbuseKind;
import uk.gov.worcester.housing.core.homelessness.AccommodationProvider;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.ContactSource;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.EventType;
import uk.gov.worcester.housing.core.homelessness.HousingSituation;
import uk.gov.worcester.housing.core.homelessness.IntentionalityFinding;
import uk.gov.worcester.housing.core.homelessness.LossReason;
import uk.gov.worcester.housing.core.homelessness.MainDutyOutcome;
import uk.gov.worcester.housing.core.homelessness.NoticeKind;
import uk.gov.worcester.housing.core.homelessness.Offer;
import uk.gov.worcester.housing.core.household.Immigration;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.homelessness.EarlierPrivateRentedOffer;
import uk.gov.worcester.housing.core.homelessness.ExistingObligations;
import uk.gov.worcester.housing.core.homelessness.CircumstanceChange;
import uk.gov.worcester.housing.core.homelessness.TenancyTerm;
import uk.gov.worcester.housing.core.homelessness.OfferKind;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.homelessness.PlanStep;
import uk.gov.worcester.housing.core.homelessness.PriorPlacement;
import uk.gov.worcester.housing.core.homelessness.ReferralBody;
import uk.gov.worcester.housing.core.homelessness.ReviewOutcome;
import uk.gov.worcester.housing.core.homelessness.ReviewableDecision;
import uk.gov.worcester.housing.core.homelessness.SleepingSite;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.core.homelessness.StreetPersonId;
import uk.gov.worcester.housing.core.homelessness.TemporaryAccommodationType;
import uk.gov.worcester.housing.core.homelessness.TenancyNotice;
import uk.gov.worcester.housing.core.homelessness.VulnerabilityGround;
import uk.gov.worcester.housing.core.homelessness.VulnerabilityJudgement;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec.Slot;
import uk.gov.worcester.housing.json.common.UnionCodec;
import uk.gov.worcester.housing.json.household.HouseholdJson;

/**
 * The JSON contract of the homelessness facts: an approach, its events (each with an explicit
 * {@code "type"} from {@link EventType}, never a class name), a case record, placements and street
 * contacts. The JSON of decisions, case status and the H-CLIC return is in
 * {@link HomelessnessDecisionsJson}.
 */
public final class HomelessnessJson {
  private HomelessnessJson() {}

  public static final EnumCodec<NoticeKind> NOTICE_KIND = EnumCodec.of(NoticeKind.class, v -> switch (v) {
    case SECTION_21 -> "Housing Act 1988 s.21 (no-fault) notice on an assured shorthold tenancy; abolished for "
        + "notices given on or after 1 May 2026.";
    case SECTION_8 -> "Housing Act 1988 s.8 notice of seeking possession on grounds.";
    case NOTICE_TO_QUIT -> "Notice to quit (a periodic tenancy or licence).";
    case POSSESSION_ORDER -> "A possession order or warrant already obtained.";
    case OTHER -> "Any other request to leave (family or friends asking the household to go, say).";
  });

  public static final EnumCodec<AbuseKind> ABUSE_KIND = EnumCodec.of(AbuseKind.class, v -> switch (v) {
    case DOMESTIC_ABUSE -> "Domestic abuse (Domestic Abuse Act 2021 s.1).";
    case OTHER_VIOLENCE -> "Other violence or threats of violence likely to be carried out.";
  });

  public static final EnumCodec<VulnerabilityGround> GROUND = EnumCodec.of(VulnerabilityGround.class, v -> switch (v) {
    case OLD_AGE -> "Vulnerable as a result of old age (s.189(1)(c)).";
    case MENTAL_ILLNESS_OR_LEARNING_DISABILITY -> "Vulnerable as a result of mental illness or learning disability "
        + "(s.189(1)(c)).";
    case PHYSICAL_DISABILITY -> "Vulnerable as a result of physical disability (s.189(1)(c)).";
    case OTHER_SPECIAL_REASON -> "Vulnerable for another special reason (s.189(1)(c)).";
    case HAVING_BEEN_LOOKED_AFTER -> "Vulnerable having been looked after, accommodated or fostered, aged 21 or over "
        + "(SI 2002/2051 art.5(1)).";
    case ARMED_FORCES_SERVICE -> "Vulnerable having been a member of the regular armed forces (art.5(2)).";
    case CUSTODY -> "Vulnerable having served a custodial sentence, been remanded or committed for contempt (art.5(3)).";
    case FLED_VIOLENCE -> "Vulnerable having ceased to occupy accommodation because of violence or threats (art.6).";
  });

  public static final EnumCodec<LossReason> LOSS_REASON = EnumCodec.of(LossReason.class, v -> switch (v) {
    case FAMILY_OR_FRIENDS_NO_LONGER_WILLING_OR_ABLE -> "Family or friends no longer willing or able to accommodate.";
    case END_OF_PRIVATE_ASSURED_SHORTHOLD_RENT_ARREARS -> "End of a private assured shorthold tenancy: rent arrears.";
    case END_OF_PRIVATE_ASSURED_SHORTHOLD_LANDLORD_SELLING_OR_RELETTING -> "End of a private assured shorthold "
        + "tenancy: the landlord is selling or re-letting.";
    case END_OF_PRIVATE_ASSURED_SHORTHOLD_OTHER -> "End of a private assured shorthold tenancy: another reason.";
    case END_OF_PRIVATE_TENANCY_NOT_ASSURED_SHORTHOLD -> "End of a private tenancy that is not an assured shorthold.";
    case DOMESTIC_ABUSE -> "Domestic abuse.";
    case NON_VIOLENT_RELATIONSHIP_BREAKDOWN -> "Non-violent breakdown of a relationship with a partner.";
    case END_OF_SOCIAL_RENTED_TENANCY -> "End of a social rented tenancy.";
    case EVICTION_FROM_SUPPORTED_HOUSING -> "Eviction from supported housing.";
    case OTHER_VIOLENCE_OR_HARASSMENT -> "Other violence or harassment.";
    case LEFT_INSTITUTION_WITH_NO_ACCOMMODATION -> "Left an institution (prison, hospital, care) with no "
        + "accommodation.";
    case REQUIRED_TO_LEAVE_ASYLUM_SUPPORT -> "Required to leave Home Office asylum support accommodation.";
    case HOME_NO_LONGER_SUITABLE_DISABILITY_OR_ILL_HEALTH -> "The home is no longer suitable because of disability "
        + "or ill health.";
    case LOSS_OF_PLACEMENT_OR_SPONSORSHIP -> "Loss of a placement or sponsorship (a resettlement scheme, say).";
    case OTHER -> "Another reason.";
    case NOT_KNOWN -> "Not known.";
  });

  public static final EnumCodec<ReferralBody> REFERRAL_BODY = EnumCodec.of(ReferralBody.class, v -> switch (v) {
    case PRISON -> "A prison (duty to refer, s.213B).";
    case YOUNG_OFFENDER_INSTITUTION -> "A young offender institution (s.213B).";
    case SECURE_TRAINING_CENTRE_OR_COLLEGE -> "A secure training centre or secure college (s.213B).";
    case YOUTH_OFFENDING_TEAM -> "A youth offending team (s.213B).";
    case PROBATION -> "The probation service (s.213B).";
    case JOBCENTRE_PLUS -> "Jobcentre Plus (s.213B).";
    case ADULT_SOCIAL_SERVICES -> "Adult social services (s.213B).";
    case CHILDRENS_SOCIAL_SERVICES -> "Children's social services (s.213B).";
    case NHS_EMERGENCY_DEPARTMENT -> "An NHS emergency department (s.213B).";
    case NHS_URGENT_TREATMENT_CENTRE -> "An NHS urgent treatment centre (s.213B).";
    case NHS_INPATIENT_TREATMENT -> "NHS inpatient treatment (s.213B).";
    case SECRETARY_OF_STATE_FOR_DEFENCE -> "The Secretary of State for Defence, for members of the regular forces "
        + "(s.213B).";
    case OTHER_AGENCY -> "Another agency, not a s.213B body: another council, a charity, a housing association.";
    case SELF -> "No referral: the household approached the council itself.";
  });

  public static final EnumCodec<DutyKind> DUTY_KIND = EnumCodec.of(DutyKind.class, v -> switch (v) {
    case INTERIM_ACCOMMODATION -> "Interim accommodation while inquiries and the relief duty run (s.188(1)).";
    case PREVENTION -> "Help to stop the household becoming homeless (s.195(2)).";
    case RELIEF -> "Help to secure accommodation for a homeless household (s.189B(2)).";
    case MAIN -> "The main housing duty: secure accommodation until the duty ends (s.193(2)).";
    case INTENTIONALLY_HOMELESS_ACCOMMODATION -> "Accommodation for a reasonable opportunity, for an intentionally "
        + "homeless household in priority need (s.190(2)(a)).";
    case NON_COOPERATION_ACCOMMODATION -> "Accommodation after a non-co-operation notice ended the relief duty "
        + "(s.193C(4)).";
  });

  public static final EnumCodec<DutyEndReason> END_REASON = EnumCodec.of(DutyEndReason.class,
      HomelessnessJson::describeEnding);

  public static final EnumCodec<ReviewableDecision> REVIEWABLE = EnumCodec.of(ReviewableDecision.class,
      v -> switch (v) {
        case ELIGIBILITY -> "A decision on eligibility for assistance (s.202(1)(a)).";
        case DUTY_OWED -> "A decision on what duty, if any, is owed (s.202(1)(b)).";
        case RELIEF_STEPS -> "The steps to be taken under the relief duty (s.202(1)(ba)(i)).";
        case RELIEF_ENDING -> "A decision to end the relief duty (s.202(1)(ba)(ii)).";
        case NON_COOPERATION_NOTICE_PREVENTION -> "A non-co-operation notice ending the prevention duty (s.202(1)(bb)).";
        case NON_COOPERATION_NOTICE_RELIEF -> "A non-co-operation notice ending the relief duty (s.202(1)(bb)).";
        case PREVENTION_STEPS_OR_ENDING -> "The steps to be taken under, or the ending of, the prevention duty "
            + "(s.202(1)(bc)).";
        case REFERRAL -> "A decision to notify another authority of a referral (s.202(1)(c)).";
        case REFERRAL_CONDITIONS -> "Whether the conditions for referral are met, reviewed by both authorities "
            + "(s.202(1)(d)).";
        case REFERRAL_DUTY -> "The duty owed after a referral (s.202(1)(e)).";
        case SUITABILITY_OF_ACCOMMODATION -> "The suitability of accommodation offered (s.202(1)(f)).";
      });

  public static final EnumCodec<OfferKind> OFFER_KIND = EnumCodec.of(OfferKind.class, v -> switch (v) {
    case SUITABLE_ACCOMMODATION -> "Suitable accommodation with a reasonable prospect of lasting six months "
        + "(s.195(8)(d), s.189B(7)(c)).";
    case FINAL_ACCOMMODATION_OFFER -> "A final accommodation offer: an assured shorthold tenancy of at least six "
        + "months (s.193A(4)).";
    case FINAL_PART6_OFFER -> "A final offer of a social tenancy under Part 6, in writing and stated to be final "
        + "(s.193A(5), s.193(7)).";
    case PRIVATE_RENTED_SECTOR_OFFER -> "A private rented sector offer: an assured shorthold tenancy of at least "
        + "twelve months (s.193(7AC)).";
    case SUITABLE_TEMPORARY_ACCOMMODATION -> "Suitable temporary accommodation under the main duty (s.193(5)).";
  });

  public static final EnumCodec<ExistingObligations> EXISTING_OBLIGATIONS = EnumCodec.of(ExistingObligations.class,
      v -> switch (v) {
        case NOT_CONSIDERED -> "Not recorded: no final offer or private rented sector offer can end a duty on it "
            + "(s.193(7F), s.193A(6)).";
        case CAN_END_IN_TIME -> "The applicant has no obligations on their existing accommodation, or can end them "
            + "before being required to take up the offer: s.193(8) and s.193A(7) do not apply.";
        case CANNOT_END_IN_TIME -> "The applicant is under obligations on their existing accommodation they cannot "
            + "end before being required to take up the offer (s.193(8), s.193A(7)).";
      });

  public static final EnumCodec<MainDutyOutcome> MAIN_DUTY_OUTCOME = EnumCodec.of(MainDutyOutcome.class,
      v -> switch (v) {
        case MAIN_DUTY_OWED -> "Eligible, homeless, in priority need and not intentionally homeless: s.193(2).";
        case INTENTIONALLY_HOMELESS_PRIORITY_NEED -> "Intentionally homeless and in priority need: s.190(2).";
        case INTENTIONALLY_HOMELESS_NO_PRIORITY_NEED -> "Intentionally homeless and not in priority need: advice "
            + "only, s.190(3).";
        case NO_PRIORITY_NEED -> "Homeless but not in priority need: no further duty (advice under s.179).";
        case NOT_HOMELESS -> "No longer homeless.";
        case NOT_ELIGIBLE -> "Not eligible for assistance (s.185).";
        case NO_DUTY_AFTER_FINAL_OFFER_REFUSED -> "Relief ended by refusing a final accommodation or final Part 6 "
            + "offer: s.193 does not apply (s.193A(3)).";
        case NO_MAIN_DUTY_AFTER_NON_COOPERATION_NOTICE -> "Would be owed the main duty, but a non-co-operation "
            + "notice was given during prevention: s.193 does not apply (s.193(1A)(b)).";
      });

  public static final EnumCodec<ReviewOutcome> REVIEW_OUTCOME = EnumCodec.of(ReviewOutcome.class, v -> switch (v) {
    case UPHELD -> "The original decision stands.";
    case VARIED -> "The decision is changed in the applicant's favour, wholly or partly.";
    case WITHDRAWN -> "The applicant withdrew the request.";
  });

  public static final EnumCodec<TemporaryAccommodationType> TA_TYPE = EnumCodec.of(TemporaryAccommodationType.class,
      v -> switch (v) {
        case BED_AND_BREAKFAST -> "Bed and breakfast, including shared annexes.";
        case NIGHTLY_PAID_SELF_CONTAINED -> "Nightly paid, privately managed, self-contained.";
        case HOSTEL -> "Hostels, including reception centres, emergency units and refuges.";
        case PRIVATE_SECTOR_LEASED -> "Private sector accommodation leased by the council or a registered provider.";
        case SOCIAL_HOUSING_STOCK -> "The council's or a housing association's own stock.";
        case OTHER -> "Any other, including a private landlord directly, or not known.";
      });

  /** Who owns or manages a placement's accommodation (SI 2003/3326 art.2). */
  public static final EnumCodec<AccommodationProvider> PROVIDER = EnumCodec.of(AccommodationProvider.class,
      v -> switch (v) {
        case LOCAL_AUTHORITY -> "A local housing authority: not bed and breakfast (SI 2003/3326 art.2).";
        case REGISTERED_PROVIDER -> "A registered provider of social housing (registered social landlord): not bed "
            + "and breakfast (SI 2003/3326 art.2).";
        case VOLUNTARY_ORGANISATION -> "A voluntary organisation (HA 1996 s.180(3)): not bed and breakfast "
            + "(SI 2003/3326 art.2).";
        case PRIVATE -> "Anyone else, such as a hotel, guest house or commercial hostel: bed and breakfast when not "
            + "self-contained and facilities are shared.";
      });

  public static final EnumCodec<EventType> EVENT_TYPE = EnumCodec.of(EventType.class, v -> switch (v) {
    case PREVENTION_DUTY_ACCEPTED -> "The council is satisfied the household is eligible and threatened with "
        + "homelessness: the prevention duty starts (s.195(2)).";
    case RELIEF_DUTY_ACCEPTED -> "The council is satisfied the household is eligible and homeless: the relief duty "
        + "starts (s.189B(2)).";
    case INTERIM_ACCOMMODATION_PROVIDED -> "Interim accommodation secured (s.188(1)).";
    case PLAN_AGREED -> "The assessment and personalised housing plan agreed or recorded (s.189A).";
    case OFFER_MADE -> "An offer of accommodation made, with or without its consequences explained.";
    case DUTY_ENDED -> "A duty ended, for one of the reasons the Act allows.";
    case MAIN_DUTY_DECIDED -> "The decision on the duty owed once relief has ended (s.193, s.190).";
    case RELEVANT_WARNING_GIVEN -> "A relevant warning of deliberate and unreasonable refusal to co-operate "
        + "(s.193B(4)).";
    case NON_COOPERATION_NOTICE_GIVEN -> "A notice ending the prevention or relief duty for non-co-operation "
        + "(s.193B(2)).";
    case REFERRAL_MADE -> "Another authority notified of a referral on local connection (s.198).";
    case REVIEW_REQUESTED -> "The applicant asked for a review of a decision (s.202).";
    case REVIEW_DECIDED -> "The review decided (s.203).";
    case PLACEMENT_STARTED -> "A placement in temporary accommodation started.";
    case PLACEMENT_ENDED -> "A placement in temporary accommodation ended.";
    case CIRCUMSTANCES_CHANGED -> "The household's circumstances changed, from this day (a birth, a member joining or "
        + "leaving, immigration status, accommodation, a vulnerability judgement, intentionality findings).";
  });

  public static final EnumCodec<TenancyTerm.Kind> TENANCY_TERM_KIND = EnumCodec.of(TenancyTerm.Kind.class,
      v -> switch (v) {
        case FIXED_TERM -> "A tenancy for a fixed term of a stated number of months.";
        case PERIODIC -> "A periodic tenancy, with no end fixed.";
        case LIFETIME -> "A lifetime social tenancy (secure, or assured non-shorthold).";
      });

  public static final EnumCodec<CircumstanceChange.Kind> CHANGE_KIND = EnumCodec.of(CircumstanceChange.Kind.class,
      v -> switch (v) {
        case BIRTH -> "A child is born to a member of the household.";
        case MEMBER_JOINED -> "Someone joins the household.";
        case MEMBER_LEFT -> "A member leaves the household.";
        case IMMIGRATION_CHANGED -> "A member's immigration status changes, and so perhaps their eligibility (s.185).";
        case ACCOMMODATION_CHANGED -> "The household's housing situation changes.";
        case VULNERABILITY_JUDGED -> "The officer judges whether a member is vulnerable (s.189(1)(c)).";
        case INTENTIONALITY_FOUND -> "The officer records findings on intentionality (s.191).";
      });

  public static final EnumCodec<SleepingSite> SLEEPING_SITE = EnumCodec.of(SleepingSite.class, v -> switch (v) {
    case OPEN_AIR -> "Streets, parks, doorways, bus shelters, encampments: rough sleeping.";
    case PLACE_NOT_DESIGNED_FOR_HABITATION -> "Stairwells, sheds, barns, car parks, cars, derelict buildings: "
        + "rough sleeping.";
    case HOSTEL_OR_SHELTER -> "A hostel or shelter: not rough sleeping.";
    case SOFA_SURFING -> "Sofa surfing: not rough sleeping.";
    case CAMPSITE_OR_PROTEST -> "A campsite or protest: not rough sleeping.";
    case SQUAT -> "A squat: not rough sleeping.";
    case TRAVELLER_SITE -> "A Traveller site: not rough sleeping.";
    case NOT_BEDDED_DOWN -> "Seen during the day or not bedded down: a contact, not a night's rough sleeping.";
  });

  public static final EnumCodec<ContactSource> CONTACT_SOURCE = EnumCodec.of(ContactSource.class, v -> switch (v) {
    case OUTREACH_SHIFT -> "Seen by the outreach team on shift.";
    case STREETLINK_ALERT -> "Reported through StreetLink.";
    case POLICE -> "Reported by the police.";
    case HEALTH_SERVICE -> "Reported by a health service.";
    case OTHER_AGENCY -> "Reported by another agency.";
    case SELF_PRESENTED -> "The person came forward themselves.";
  });

  public static final JsonCodec<CaseId> CASE_ID = Codecs.parsed("CaseId",
      "A homelessness case's reference: 1 to 64 letters, digits, '.', '_' or '-'.", CommonJson.IDENTIFIER_PATTERN,
      CaseId::value, CaseId::parse);

  public static final JsonCodec<StreetPersonId> STREET_PERSON_ID = Codecs.parsed("StreetPersonId",
      "The outreach team's reference for a person seen on the street: 1 to 64 letters, digits, '.', '_' or '-'.",
      CommonJson.IDENTIFIER_PATTERN, StreetPersonId::value, StreetPersonId::parse);

  public static final JsonCodec<Quarter> QUARTER = Codecs.parsed("Quarter",
      "A calendar quarter, such as 2024Q2 (April to June 2024).", "^(19|[2-9][0-9])[0-9]{2}Q[1-4]$",
      Quarter::toString, Quarter::parse);

  public static final JsonCodec<TenancyNotice> TENANCY_NOTICE = ObjectCodec.builder(TenancyNotice.class,
          TenancyNotice::builder, b -> b.build())
      .required("kind", NOTICE_KIND, TenancyNotice::kind, (b, v) -> b.kind(v))
      .required("givenOn", Codecs.DATE, TenancyNotice::givenOn, (b, v) -> b.givenOn(v))
      .required("expiresOn", Codecs.DATE, TenancyNotice::expiresOn, (b, v) -> b.expiresOn(v))
      .withDefault("valid", Codecs.BOOLEAN, true, TenancyNotice::valid, (b, v) -> b.valid(v))
      .withDefault("onlyAccommodationAvailable", Codecs.BOOLEAN, true, TenancyNotice::onlyAccommodationAvailable,
          (b, v) -> b.onlyAccommodationAvailable(v))
      .withDefault("landlordIntendsToSeekPossession", Codecs.BOOLEAN, true,
          TenancyNotice::landlordIntendsToSeekPossession, (b, v) -> b.landlordIntendsToSeekPossession(v))
      .build();

  public static final JsonCodec<HousingSituation> SITUATION = ObjectCodec.builder(HousingSituation.class,
          HousingSituation::builder, b -> b.build())
      .required("hasAccommodation", Codecs.BOOLEAN, HousingSituation::hasAccommodation,
          (b, v) -> b.hasAccommodation(v))
      .withDefault("canSecureEntry", Codecs.BOOLEAN, true, HousingSituation::canSecureEntry,
          (b, v) -> b.canSecureEntry(v))
      .withDefault("lawfulPitchOrMooring", Codecs.BOOLEAN, true, HousingSituation::lawfulPitchOrMooring,
          (b, v) -> b.lawfulPitchOrMooring(v))
      .withDefault("availableToWholeHousehold", Codecs.BOOLEAN, true, HousingSituation::availableToWholeHousehold,
          (b, v) -> b.availableToWholeHousehold(v))
      .withDefault("reasonableToContinueToOccupy", Codecs.BOOLEAN, true,
          HousingSituation::reasonableToContinueToOccupy, (b, v) -> b.reasonableToContinueToOccupy(v))
      .optional("likelyLossDate", Codecs.DATE, HousingSituation::likelyLossDate, (b, v) -> b.likelyLossDate(v))
      .optional("notice", TENANCY_NOTICE, HousingSituation::notice, (b, v) -> b.notice(v))
      .build();

  public static final JsonCodec<AbuseFacts> ABUSE = ObjectCodec.builder(AbuseFacts.class, AbuseFacts::builder,
          b -> b.build())
      .required("kind", ABUSE_KIND, AbuseFacts::kind, (b, v) -> b.kind(v))
      .withDefault("probableIfTheyStay", Codecs.BOOLEAN, true, AbuseFacts::probableIfTheyStay,
          (b, v) -> b.probableIfTheyStay(v))
      .withDefault("homelessBecauseOfIt", Codecs.BOOLEAN, true, AbuseFacts::homelessBecauseOfIt,
          (b, v) -> b.homelessBecauseOfIt(v))
      .list("areasOfRisk", Codecs.list(CommonJson.LOCAL_AUTHORITY, 50), AbuseFacts::areasOfRisk,
          (b, v) -> b.areasOfRisk(v))
      .build();

  public static final JsonCodec<VulnerabilityJudgement> JUDGEMENT = ObjectCodec.define(VulnerabilityJudgement.class,
      f -> {
        Slot<PersonId> person = f.required("person", CommonJson.PERSON_ID, VulnerabilityJudgement::person);
        Slot<VulnerabilityGround> ground = f.required("ground", GROUND, VulnerabilityJudgement::ground);
        Slot<Boolean> vulnerable = f.required("vulnerable", Codecs.BOOLEAN, VulnerabilityJudgement::vulnerable);
        Slot<LocalDate> on = f.required("judgedOn", Codecs.DATE, VulnerabilityJudgement::judgedOn);
        return in -> VulnerabilityJudgement.of(in.get(person), in.get(ground), in.get(vulnerable), in.get(on));
      });

  public static final JsonCodec<IntentionalityFinding> INTENTIONALITY = ObjectCodec.builder(
          IntentionalityFinding.class, IntentionalityFinding::builder, b -> b.build())
      .required("deliberateActOrOmission", Codecs.BOOLEAN, IntentionalityFinding::deliberateActOrOmission,
          (b, v) -> b.deliberateActOrOmission(v))
      .optional("actOn", Codecs.DATE, IntentionalityFinding::actOn, (b, v) -> b.actOn(v))
      .required("causedLossOfAccommodation", Codecs.BOOLEAN, IntentionalityFinding::causedLossOfAccommodation,
          (b, v) -> b.causedLossOfAccommodation(v))
      .required("accommodationWasAvailableAndReasonable", Codecs.BOOLEAN,
          IntentionalityFinding::accommodationWasAvailableAndReasonable,
          (b, v) -> b.accommodationWasAvailableAndReasonable(v))
      .withDefault("goodFaithUnawareOfRelevantFact", Codecs.BOOLEAN, false,
          IntentionalityFinding::goodFaithUnawareOfRelevantFact, (b, v) -> b.goodFaithUnawareOfRelevantFact(v))
      .withDefault("collusion", Codecs.BOOLEAN, false, IntentionalityFinding::collusion, (b, v) -> b.collusion(v))
      .build();

  public static final JsonCodec<EarlierPrivateRentedOffer> EARLIER_PRIVATE_RENTED_OFFER = ObjectCodec.builder(
          EarlierPrivateRentedOffer.class, EarlierPrivateRentedOffer::builder, b -> b.build())
      .required("earlierCase", CASE_ID, EarlierPrivateRentedOffer::earlierCase, (b, v) -> b.earlierCase(v))
      .required("acceptedOn", Codecs.DATE, EarlierPrivateRentedOffer::acceptedOn, (b, v) -> b.acceptedOn(v))
      .withDefault("precedingApplicationWasRepeat", Codecs.BOOLEAN, false,
          EarlierPrivateRentedOffer::precedingApplicationWasRepeat, (b, v) -> b.precedingApplicationWasRepeat(v))
      .optional("madeBy", CommonJson.LOCAL_AUTHORITY, EarlierPrivateRentedOffer::madeBy, (b, v) -> b.madeBy(v))
      .describedAs("The earlier application on which the applicant accepted a private rented sector offer, for a "
          + "re-application within two years (s.195A), and the authority that made the offer: another authority "
          + "may be referred the case within those two years (s.198(2ZA)).")
      .build();

  public static final JsonCodec<PriorPlacement> PRIOR_PLACEMENT = ObjectCodec.define(PriorPlacement.class, f -> {
    Slot<LocalAuthority> by = f.required("placedBy", CommonJson.LOCAL_AUTHORITY, PriorPlacement::placedBy);
    Slot<LocalDate> on = f.required("placedOn", Codecs.DATE, PriorPlacement::placedOn);
    return in -> PriorPlacement.of(in.get(by), in.get(on));
  });

  public static final JsonCodec<Approach> APPROACH = ObjectCodec.builder(Approach.class, Approach::builder,
          b -> b.build())
      .required("caseId", CASE_ID, Approach::caseId, (b, v) -> b.caseId(v))
      .required("appliedOn", Codecs.DATE, Approach::appliedOn, (b, v) -> b.appliedOn(v))
      .withDefault("authority", CommonJson.LOCAL_AUTHORITY, LocalAuthority.WORCESTER, Approach::authority,
          (b, v) -> b.authority(v))
      .required("household", HouseholdJson.HOUSEHOLD, Approach::household, (b, v) -> b.household(v))
      .required("situation", SITUATION, Approach::situation, (b, v) -> b.situation(v))
      .optional("abuse", ABUSE, Approach::abuse, (b, v) -> b.abuse(v))
      .withDefault("emergency", Codecs.BOOLEAN, false, Approach::emergency, (b, v) -> b.emergency(v))
      .list("vulnerabilityJudgements", Codecs.list(JUDGEMENT, 100), Approach::vulnerabilityJudgements,
          (b, v) -> b.vulnerabilityJudgements(v))
      .withDefault("childrenActSection20DutyOwed", Codecs.BOOLEAN, false, Approach::childrenActSection20DutyOwed,
          (b, v) -> b.childrenActSection20DutyOwed(v))
      .optional("intentionality", INTENTIONALITY, Approach::intentionality, (b, v) -> b.intentionality(v))
      .optional("priorPlacement", PRIOR_PLACEMENT, Approach::priorPlacement, (b, v) -> b.priorPlacement(v))
      .optional("earlierPrivateRentedOffer", EARLIER_PRIVATE_RENTED_OFFER, Approach::earlierPrivateRentedOffer,
          (b, v) -> b.earlierPrivateRentedOffer(v))
      .optional("asylumSupportArea", CommonJson.LOCAL_AUTHORITY, Approach::asylumSupportArea,
          (b, v) -> b.asylumSupportArea(v))
      .withDefault("lossReason", LOSS_REASON, LossReason.NOT_KNOWN, Approach::lossReason, (b, v) -> b.lossReason(v))
      .withDefault("referredBy", REFERRAL_BODY, ReferralBody.SELF, Approach::referredBy, (b, v) -> b.referredBy(v))
      .build();

  public static final JsonCodec<PlanStep> PLAN_STEP = ObjectCodec.define(PlanStep.class, f -> {
    Slot<String> description = f.required("description", Codecs.text(PlanStep.MAX_DESCRIPTION), PlanStep::description);
    Slot<Boolean> byApplicant = f.required("byApplicant", Codecs.BOOLEAN, PlanStep::byApplicant);
    Slot<Boolean> mandatory = f.required("mandatory", Codecs.BOOLEAN, PlanStep::mandatory);
    return in -> new PlanStep(in.get(description), in.get(byApplicant), in.get(mandatory));
  });

  /** A tenancy term: {@code {"type": "FIXED_TERM", "months": 12}}, {@code {"type": "PERIODIC"}} or LIFETIME. */
  public static final JsonCodec<TenancyTerm> TENANCY_TERM = UnionCodec.builder(TenancyTerm.class, "type",
          TENANCY_TERM_KIND, TenancyTerm::kind, "a tenancy term object")
      .variant(TenancyTerm.Kind.FIXED_TERM, TenancyTerm.FixedTerm.class, f -> {
        Slot<Integer> months = f.required("months", Codecs.integer(1, TenancyTerm.MAX_FIXED_TERM_MONTHS),
            TenancyTerm.FixedTerm::months);
        return in -> new TenancyTerm.FixedTerm(in.get(months));
      })
      .variant(TenancyTerm.Kind.PERIODIC, TenancyTerm.Periodic.class, f -> in -> new TenancyTerm.Periodic())
      .variant(TenancyTerm.Kind.LIFETIME, TenancyTerm.Lifetime.class, f -> in -> new TenancyTerm.Lifetime())
      .build();

  public static final JsonCodec<Offer> OFFER = ObjectCodec.define(Offer.class, f -> {
    Slot<OfferKind> kind = f.required("kind", OFFER_KIND, Offer::kind);
    Slot<TenancyTerm> term = f.required("term", TENANCY_TERM, Offer::term);
    Slot<Boolean> explained = f.required("consequencesExplained", Codecs.BOOLEAN, Offer::consequencesExplained);
    // Missing means not recorded, which ends no duty: the lawful reading of a record made before
    // these fields existed (s.193(5), (7F), s.193A(6)).
    Slot<Boolean> suitable = f.withDefault("satisfiedSuitable", Codecs.BOOLEAN, false, Offer::satisfiedSuitable);
    Slot<ExistingObligations> obligations = f.withDefault("existingObligations", EXISTING_OBLIGATIONS,
        ExistingObligations.NOT_CONSIDERED, Offer::existingObligations);
    return in -> new Offer(in.get(kind), in.get(term), in.get(explained), in.get(suitable), in.get(obligations));
  }).describedAs("An offer of accommodation in writing, with what the council recorded before making or approving "
      + "it: satisfiedSuitable (false when missing) and existingObligations (NOT_CONSIDERED when missing); a refusal, "
      + "or a private rented sector offer's acceptance, ends a duty only on an offer the council were satisfied was "
      + "suitable and, for a final or private rented sector offer, that the applicant can take up in time.");

  /** A change of circumstances, with its own {@code "type"}: BIRTH, MEMBER_JOINED, MEMBER_LEFT and so on. */
  public static final JsonCodec<CircumstanceChange> CIRCUMSTANCE_CHANGE = UnionCodec.builder(CircumstanceChange.class,
          "type", CHANGE_KIND, CircumstanceChange::kind, "a change object")
      .variant(CircumstanceChange.Kind.BIRTH, CircumstanceChange.Birth.class, f -> {
        Slot<Person> child = f.required("child", HouseholdJson.PERSON, CircumstanceChange.Birth::child);
        Slot<PersonId> mother = f.required("mother", CommonJson.PERSON_ID, CircumstanceChange.Birth::mother);
        return in -> new CircumstanceChange.Birth(in.get(child), in.get(mother));
      })
      .variant(CircumstanceChange.Kind.MEMBER_JOINED, CircumstanceChange.MemberJoined.class, f -> {
        Slot<Person> person = f.required("person", HouseholdJson.PERSON, CircumstanceChange.MemberJoined::person);
        return in -> new CircumstanceChange.MemberJoined(in.get(person));
      })
      .variant(CircumstanceChange.Kind.MEMBER_LEFT, CircumstanceChange.MemberLeft.class, f -> {
        Slot<PersonId> person = f.required("person", CommonJson.PERSON_ID, CircumstanceChange.MemberLeft::person);
        return in -> new CircumstanceChange.MemberLeft(in.get(person));
      })
      .variant(CircumstanceChange.Kind.IMMIGRATION_CHANGED, CircumstanceChange.ImmigrationChanged.class, f -> {
        Slot<PersonId> person = f.required("person", CommonJson.PERSON_ID,
            CircumstanceChange.ImmigrationChanged::person);
        Slot<Immigration> immigration = f.required("immigration", HouseholdJson.IMMIGRATION,
            CircumstanceChange.ImmigrationChanged::immigration);
        return in -> new CircumstanceChange.ImmigrationChanged(in.get(person), in.get(immigration));
      })
      .variant(CircumstanceChange.Kind.ACCOMMODATION_CHANGED, CircumstanceChange.AccommodationChanged.class, f -> {
        Slot<HousingSituation> situation = f.required("situation", SITUATION,
            CircumstanceChange.AccommodationChanged::situation);
        return in -> new CircumstanceChange.AccommodationChanged(in.get(situation));
      })
      .variant(CircumstanceChange.Kind.VULNERABILITY_JUDGED, CircumstanceChange.VulnerabilityJudged.class, f -> {
        Slot<VulnerabilityJudgement> judgement = f.required("judgement", JUDGEMENT,
            CircumstanceChange.VulnerabilityJudged::judgement);
        return in -> new CircumstanceChange.VulnerabilityJudged(in.get(judgement));
      })
      .variant(CircumstanceChange.Kind.INTENTIONALITY_FOUND, CircumstanceChange.IntentionalityFound.class, f -> {
        Slot<IntentionalityFinding> finding = f.required("finding", INTENTIONALITY,
            CircumstanceChange.IntentionalityFound::finding);
        return in -> new CircumstanceChange.IntentionalityFound(in.get(finding));
      })
      .build();

  public static final JsonCodec<Placement> PLACEMENT = ObjectCodec.builder(Placement.class, Placement::builder,
          b -> b.build())
      .required("reference", Codecs.text(64), Placement::reference, (b, v) -> b.reference(v))
      .required("type", TA_TYPE, Placement::type, (b, v) -> b.type(v))
      .required("district", CommonJson.LOCAL_AUTHORITY, Placement::district, (b, v) -> b.district(v))
      .withDefault("sharedFacilities", Codecs.BOOLEAN, true, Placement::sharedFacilities,
          (b, v) -> b.sharedFacilities(v))
      // SI 2003/3326 art.2; when absent, assumed from "type" (BED_AND_BREAKFAST: not self-contained, PRIVATE)
      .optional("selfContained", Codecs.BOOLEAN, Placement::selfContained, (b, v) -> b.selfContained(v))
      .optional("provider", PROVIDER, Placement::provider, (b, v) -> b.provider(v))
      .withDefault("privateDwelling", Codecs.BOOLEAN, false, Placement::privateDwelling,
          (b, v) -> b.privateDwelling(v))
      .required("stay", CommonJson.DATE_RANGE, Placement::stay, (b, v) -> b.stay(v))
      .required("underDuty", DUTY_KIND, Placement::underDuty, (b, v) -> b.underDuty(v))
      .optional("endNote", Codecs.text(500), Placement::endNote, (b, v) -> b.endNote(v))
      .build();

  /** Every event's date: {@code "on"}. */
  private static Slot<LocalDate> on(ObjectCodec.Fields<? extends CaseEvent> f) {
    return f.required("on", Codecs.DATE, CaseEvent::on);
  }

  /** One event: {@code {"type": "DUTY_ENDED", "on": "2024-06-01", ...the type's own fields}}. */
  public static final JsonCodec<CaseEvent> EVENT = UnionCodec.builder(CaseEvent.class, "type", EVENT_TYPE,
          CaseEvent::type, "an event object")
      .variant(EventType.PREVENTION_DUTY_ACCEPTED, CaseEvent.PreventionDutyAccepted.class, f -> {
        Slot<LocalDate> on = on(f);
        return in -> new CaseEvent.PreventionDutyAccepted(in.get(on));
      })
      .variant(EventType.RELIEF_DUTY_ACCEPTED, CaseEvent.ReliefDutyAccepted.class, f -> {
        Slot<LocalDate> on = on(f);
        return in -> new CaseEvent.ReliefDutyAccepted(in.get(on));
      })
      .variant(EventType.INTERIM_ACCOMMODATION_PROVIDED, CaseEvent.InterimAccommodationProvided.class, f -> {
        Slot<LocalDate> on = on(f);
        return in -> new CaseEvent.InterimAccommodationProvided(in.get(on));
      })
      .variant(EventType.PLAN_AGREED, CaseEvent.PlanAgreed.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<List<PlanStep>> steps = f.alwaysWritten("steps", Codecs.list(PLAN_STEP, 50), List.of(),
            CaseEvent.PlanAgreed::steps);
        Slot<Boolean> agreed = f.alwaysWritten("agreedByApplicant", Codecs.BOOLEAN, true,
            CaseEvent.PlanAgreed::agreedByApplicant);
        return in -> new CaseEvent.PlanAgreed(in.get(on), in.get(steps), in.get(agreed));
      })
      .variant(EventType.OFFER_MADE, CaseEvent.OfferMade.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<Offer> offer = f.required("offer", OFFER, CaseEvent.OfferMade::offer);
        return in -> new CaseEvent.OfferMade(in.get(on), in.get(offer));
      })
      .variant(EventType.DUTY_ENDED, CaseEvent.DutyEnded.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<DutyKind> duty = f.required("duty", DUTY_KIND, CaseEvent.DutyEnded::duty);
        Slot<DutyEndReason> reason = f.required("reason", END_REASON, CaseEvent.DutyEnded::reason);
        Slot<Optional<LocalDate>> notice = f.optional("noticeGivenOn", Codecs.DATE, CaseEvent.DutyEnded::noticeGivenOn);
        return in -> new CaseEvent.DutyEnded(in.get(on), in.get(duty), in.get(reason), in.get(notice));
      })
      .variant(EventType.MAIN_DUTY_DECIDED, CaseEvent.MainDutyDecided.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<MainDutyOutcome> outcome = f.required("outcome", MAIN_DUTY_OUTCOME, CaseEvent.MainDutyDecided::outcome);
        return in -> new CaseEvent.MainDutyDecided(in.get(on), in.get(outcome));
      })
      .variant(EventType.RELEVANT_WARNING_GIVEN, CaseEvent.RelevantWarningGiven.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<DutyKind> duty = f.required("duty", DUTY_KIND, CaseEvent.RelevantWarningGiven::duty);
        return in -> new CaseEvent.RelevantWarningGiven(in.get(on), in.get(duty));
      })
      .variant(EventType.NON_COOPERATION_NOTICE_GIVEN, CaseEvent.NonCooperationNoticeGiven.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<DutyKind> duty = f.required("duty", DUTY_KIND, CaseEvent.NonCooperationNoticeGiven::duty);
        Slot<Boolean> second = f.required("authorisedBySecondOfficer", Codecs.BOOLEAN,
            CaseEvent.NonCooperationNoticeGiven::authorisedBySecondOfficer);
        return in -> new CaseEvent.NonCooperationNoticeGiven(in.get(on), in.get(duty), in.get(second));
      })
      .variant(EventType.REFERRAL_MADE, CaseEvent.ReferralMade.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<LocalAuthority> to = f.required("to", CommonJson.LOCAL_AUTHORITY, CaseEvent.ReferralMade::to);
        return in -> new CaseEvent.ReferralMade(in.get(on), in.get(to));
      })
      .variant(EventType.REVIEW_REQUESTED, CaseEvent.ReviewRequested.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<ReviewableDecision> decision = f.required("decision", REVIEWABLE, CaseEvent.ReviewRequested::decision);
        Slot<LocalDate> notified = f.required("notifiedOn", Codecs.DATE, CaseEvent.ReviewRequested::notifiedOn);
        Slot<Boolean> late = f.withDefault("lateRequestAllowed", Codecs.BOOLEAN, false,
            CaseEvent.ReviewRequested::lateRequestAllowed);
        return in -> new CaseEvent.ReviewRequested(in.get(on), in.get(decision), in.get(notified), in.get(late));
      })
      .variant(EventType.REVIEW_DECIDED, CaseEvent.ReviewDecided.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<ReviewableDecision> decision = f.required("decision", REVIEWABLE, CaseEvent.ReviewDecided::decision);
        Slot<ReviewOutcome> outcome = f.required("outcome", REVIEW_OUTCOME, CaseEvent.ReviewDecided::outcome);
        return in -> new CaseEvent.ReviewDecided(in.get(on), in.get(decision), in.get(outcome));
      })
      .variant(EventType.PLACEMENT_STARTED, CaseEvent.PlacementStarted.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<Placement> placement = f.required("placement", PLACEMENT, CaseEvent.PlacementStarted::placement);
        return in -> new CaseEvent.PlacementStarted(in.get(on), in.get(placement));
      })
      .variant(EventType.PLACEMENT_ENDED, CaseEvent.PlacementEnded.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<String> reference = f.required("reference", Codecs.text(64), CaseEvent.PlacementEnded::reference);
        return in -> new CaseEvent.PlacementEnded(in.get(on), in.get(reference));
      })
      .variant(EventType.CIRCUMSTANCES_CHANGED, CaseEvent.CircumstancesChanged.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<CircumstanceChange> change = f.required("change", CIRCUMSTANCE_CHANGE,
            CaseEvent.CircumstancesChanged::change);
        return in -> new CaseEvent.CircumstancesChanged(in.get(on), in.get(change));
      })
      .build();

  /** {@code {"approach": {...}, "events": [...]}}: a case as stored. */
  public static final JsonCodec<CaseRecord> CASE_RECORD = ObjectCodec.define(CaseRecord.class, f -> {
    Slot<Approach> approach = f.required("approach", APPROACH, CaseRecord::approach);
    Slot<List<CaseEvent>> events = f.alwaysWritten("events", Codecs.list(EVENT, CaseRecord.MAX_EVENTS), List.of(),
        CaseRecord::events);
    return in -> CaseRecord.of(in.get(approach), in.get(events));
  });

  public static final JsonCodec<StreetContact> STREET_CONTACT = ObjectCodec.builder(StreetContact.class,
          StreetContact::builder, b -> b.build())
      .required("person", STREET_PERSON_ID, StreetContact::person, (b, v) -> b.person(v))
      .required("night", Codecs.DATE, StreetContact::night, (b, v) -> b.night(v))
      .required("site", SLEEPING_SITE, StreetContact::site, (b, v) -> b.site(v))
      .withDefault("source", CONTACT_SOURCE, ContactSource.OUTREACH_SHIFT, StreetContact::source,
          (b, v) -> b.source(v))
      .withDefault("offerMade", Codecs.BOOLEAN, false, StreetContact::offerMade, (b, v) -> b.offerMade(v))
      .optional("area", Codecs.text(100), StreetContact::area, (b, v) -> b.area(v))
      .build();

  /** A list of street contacts, as an outreach team's export ({@code housing homelessness snapshot}). */
  public static final JsonCodec<List<StreetContact>> STREET_CONTACTS = Codecs.list(STREET_CONTACT, 100_000);

  /** The description of each way a duty ends, with the provision that allows it. */
  private static String describeEnding(DutyEndReason r) {
    String what = switch (r) {
      case PREVENTION_ACCOMMODATION_SECURED -> "Prevention: suitable accommodation secured";
      case PREVENTION_56_DAYS_ELAPSED -> "Prevention: 56 days have passed";
      case PREVENTION_BECAME_HOMELESS -> "Prevention: the household became homeless";
      case PREVENTION_REFUSED_SUITABLE_OFFER -> "Prevention: a suitable offer was refused";
      case PREVENTION_INTENTIONALLY_HOMELESS_FROM_ACCOMMODATION_PROVIDED -> "Prevention: intentionally homeless "
          + "from accommodation provided";
      case PREVENTION_NO_LONGER_ELIGIBLE -> "Prevention: no longer eligible";
      case PREVENTION_WITHDREW -> "Prevention: the application was withdrawn";
      case PREVENTION_NON_COOPERATION -> "Prevention: ended by a non-co-operation notice";
      case RELIEF_ACCOMMODATION_SECURED -> "Relief: suitable accommodation secured";
      case RELIEF_56_DAYS_ELAPSED -> "Relief: 56 days have passed, ended by notice";
      case RELIEF_56_DAYS_AUTOMATIC -> "Relief: ends by itself after 56 days for a household in priority need and "
          + "not intentionally homeless";
      case RELIEF_REFUSED_SUITABLE_OFFER -> "Relief: a suitable offer was refused";
      case RELIEF_INTENTIONALLY_HOMELESS_FROM_ACCOMMODATION_PROVIDED -> "Relief: intentionally homeless from "
          + "accommodation provided";
      case RELIEF_NO_LONGER_ELIGIBLE -> "Relief: no longer eligible";
      case RELIEF_WITHDREW -> "Relief: the application was withdrawn";
      case RELIEF_REFUSED_FINAL_ACCOMMODATION_OFFER -> "Relief: a final accommodation offer was refused";
      case RELIEF_REFUSED_FINAL_PART6_OFFER -> "Relief: a final Part 6 offer was refused";
      case RELIEF_NON_COOPERATION -> "Relief: ended by a non-co-operation notice";
      case RELIEF_REFERRED_TO_ANOTHER_AUTHORITY -> "Relief: referred to another authority on local connection";
      case INTERIM_NO_FURTHER_DUTY_NOTIFIED -> "Interim accommodation: the applicant is told no further duty is "
          + "owed";
      case INTERIM_NEXT_DUTY_NOTIFIED -> "Interim accommodation: relief has ended and the applicant is told of the "
          + "next duty";
      case INTERIM_NO_LONGER_ELIGIBLE -> "Interim accommodation: no longer eligible";
      case INTERIM_WITHDREW -> "Interim accommodation: the application was withdrawn";
      case MAIN_REFUSED_SUITABLE_OFFER -> "Main duty: a suitable offer was refused";
      case MAIN_NO_LONGER_ELIGIBLE -> "Main duty: no longer eligible";
      case MAIN_INTENTIONALLY_HOMELESS_FROM_ACCOMMODATION -> "Main duty: intentionally homeless from the "
          + "accommodation provided";
      case MAIN_ACCEPTED_PART6_OFFER -> "Main duty: a Part 6 offer was accepted";
      case MAIN_ACCEPTED_ASSURED_TENANCY -> "Main duty: an assured tenancy was accepted";
      case MAIN_LEFT_VOLUNTARILY -> "Main duty: the household left the accommodation voluntarily";
      case MAIN_REFUSED_FINAL_PART6_OFFER -> "Main duty: a final Part 6 offer was refused";
      case MAIN_ACCEPTED_PRIVATE_RENTED_SECTOR_OFFER -> "Main duty: a private rented sector offer was accepted";
      case MAIN_REFUSED_PRIVATE_RENTED_SECTOR_OFFER -> "Main duty: a private rented sector offer was refused";
      case INTENTIONAL_REASONABLE_OPPORTUNITY_GIVEN -> "Intentionally homeless accommodation: provided for a "
          + "reasonable opportunity to find somewhere";
      case NON_COOPERATION_REFUSED_FINAL_ACCOMMODATION_OFFER -> "Non-co-operation accommodation: a final "
          + "accommodation offer was refused";
      case NON_COOPERATION_REFUSED_FINAL_PART6_OFFER -> "Non-co-operation accommodation: a final Part 6 offer was "
          + "refused";
      case NON_COOPERATION_OTHER_ENDING -> "Non-co-operation accommodation: another ending of s.193C(5) (no longer "
          + "eligible, intentionally homeless from it, an assured tenancy accepted, or left voluntarily)";
    };
    return what + " (HA 1996 " + r.provision() + ").";
  }

  /** Registers the homelessness facts, and the decisions through {@link HomelessnessDecisionsJson}. */
  public static void register(CodecRegistry registry) {
    registry.add(NOTICE_KIND).add(ABUSE_KIND).add(GROUND).add(LOSS_REASON).add(REFERRAL_BODY).add(DUTY_KIND)
        .add(END_REASON).add(REVIEWABLE).add(OFFER_KIND).add(EXISTING_OBLIGATIONS).add(TENANCY_TERM_KIND).add(CHANGE_KIND).add(MAIN_DUTY_OUTCOME).add(REVIEW_OUTCOME).add(TA_TYPE).add(PROVIDER)
        .add(EVENT_TYPE).add(SLEEPING_SITE).add(CONTACT_SOURCE)
        .add(CaseId.class, CASE_ID)
        .add(StreetPersonId.class, STREET_PERSON_ID)
        .add(Quarter.class, QUARTER)
        .add(TenancyNotice.class, TENANCY_NOTICE)
        .add(HousingSituation.class, SITUATION)
        .add(AbuseFacts.class, ABUSE)
        .add(VulnerabilityJudgement.class, JUDGEMENT)
        .add(IntentionalityFinding.class, INTENTIONALITY)
        .add(PriorPlacement.class, PRIOR_PLACEMENT)
        .add(EarlierPrivateRentedOffer.class, EARLIER_PRIVATE_RENTED_OFFER)
        .add(TenancyTerm.class, TENANCY_TERM)
        .add(CircumstanceChange.class, CIRCUMSTANCE_CHANGE)
        .add(Approach.class, APPROACH)
        .add(PlanStep.class, PLAN_STEP)
        .add(Offer.class, OFFER)
        .add(Placement.class, PLACEMENT)
        .add(CaseEvent.class, EVENT)
        .add(CaseRecord.class, CASE_RECORD)
        .add(StreetContact.class, STREET_CONTACT)
        .document("approach", Approach.class, "A household's approach to a council for help with homelessness "
            + "(Housing Act 1996 Part 7), with the facts the assessment needs.")
        .document("case-record", CaseRecord.class, "A homelessness case as stored: its approach and its events "
            + "in date order. Reading a case as a HomelessnessCase also replays it under the law.")
        .document("case-event", CaseEvent.class, "One event on a homelessness case, told apart by its \"type\".")
        .document("street-contact", StreetContact.class, "A night a person was seen by outreach or reported, "
            + "and where they slept.")
        .document("street-contacts", STREET_CONTACTS, "A list of street contacts, as read by housing "
            + "homelessness snapshot.");
    HomelessnessDecisionsJson.register(registry);
  }
}
