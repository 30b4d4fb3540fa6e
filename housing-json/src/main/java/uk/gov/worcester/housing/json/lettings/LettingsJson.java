package uk.gov.worcester.housing.json.lettings;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.ExistingObligations;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.AdvertId;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.ApplicationStatus;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.BedroomFacts;
import uk.gov.worcester.housing.core.lettings.Bid;
import uk.gov.worcester.housing.core.lettings.BidPlacer;
import uk.gov.worcester.housing.core.lettings.ConductFinding;
import uk.gov.worcester.housing.core.lettings.ConductKind;
import uk.gov.worcester.housing.core.lettings.ForcesCircumstance;
import uk.gov.worcester.housing.core.lettings.LettingOffer;
import uk.gov.worcester.housing.core.lettings.LocalLettingsPlan;
import uk.gov.worcester.housing.core.lettings.NeedFact;
import uk.gov.worcester.housing.core.lettings.NeedKind;
import uk.gov.worcester.housing.core.lettings.OfferResponse;
import uk.gov.worcester.housing.core.lettings.ReasonablePreference;
import uk.gov.worcester.housing.core.lettings.RegisterEvent;
import uk.gov.worcester.housing.core.lettings.RegisterEventType;
import uk.gov.worcester.housing.core.lettings.ReviewableDecision;
import uk.gov.worcester.housing.core.lettings.Room;
import uk.gov.worcester.housing.core.lettings.RoomKind;
import uk.gov.worcester.housing.core.lettings.TenancyType;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.json.common.ObjectCodec.Slot;
import uk.gov.worcester.housing.json.common.UnionCodec;
import uk.gov.worcester.housing.json.homelessness.HomelessnessJson;
import uk.gov.worcester.housing.json.household.HouseholdJson;
import uk.gov.worcester.housing.json.rules.RulesJson;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.lettings.AllocationEligibility;
import uk.gov.worcester.housing.rules.lettings.BandCriterion;
import uk.gov.worcester.housing.rules.lettings.BandDateOnMoveDown;
import uk.gov.worcester.housing.rules.lettings.Banding;
import uk.gov.worcester.housing.rules.lettings.BedroomAllocation;
import uk.gov.worcester.housing.rules.lettings.BedroomCalculator;
import uk.gov.worcester.housing.rules.lettings.BedroomNeed;
import uk.gov.worcester.housing.rules.lettings.BedroomReport;
import uk.gov.worcester.housing.rules.lettings.ConnectionGround;
import uk.gov.worcester.housing.rules.lettings.ImmutableAllocationEligibility;
import uk.gov.worcester.housing.rules.lettings.ImmutableBanding;
import uk.gov.worcester.housing.rules.lettings.ImmutableBedroomAllocation;
import uk.gov.worcester.housing.rules.lettings.ImmutableBedroomNeed;
import uk.gov.worcester.housing.rules.lettings.ImmutableBedroomReport;
import uk.gov.worcester.housing.rules.lettings.ImmutableLettingsAssessment;
import uk.gov.worcester.housing.rules.lettings.ImmutablePropertySizes;
import uk.gov.worcester.housing.rules.lettings.ImmutableQualification;
import uk.gov.worcester.housing.rules.lettings.ImmutableShortlist;
import uk.gov.worcester.housing.rules.lettings.ImmutableShortlistEntry;
import uk.gov.worcester.housing.rules.lettings.ImmutableSkippedBid;
import uk.gov.worcester.housing.rules.lettings.ImmutableStatutoryOvercrowding;
import uk.gov.worcester.housing.rules.lettings.ImmutableLetting;
import uk.gov.worcester.housing.rules.lettings.ImmutableLettingsFigures;
import uk.gov.worcester.housing.rules.lettings.Letting;
import uk.gov.worcester.housing.rules.lettings.LettingsAssessment;
import uk.gov.worcester.housing.rules.lettings.LettingsFigures;
import uk.gov.worcester.housing.rules.lettings.LettingsPolicy;
import uk.gov.worcester.housing.rules.lettings.NeedCriterion;
import uk.gov.worcester.housing.rules.lettings.PropertySizes;
import uk.gov.worcester.housing.rules.lettings.Qualification;
import uk.gov.worcester.housing.rules.lettings.QualificationTest;
import uk.gov.worcester.housing.rules.lettings.Shortlist;
import uk.gov.worcester.housing.rules.lettings.ShortlistEntry;
import uk.gov.worcester.housing.rules.lettings.SkipReason;
import uk.gov.worcester.housing.rules.lettings.SkippedBid;
import uk.gov.worcester.housing.rules.lettings.StatutoryOvercrowding;

/**
 * The JSON contract of lettings (the Home Choice Plus register): applications and their register
 * events (each with an explicit {@code "type"}), adverts, bids, offers, the lettings policy, and
 * the decisions the rules make (an assessment with its band, a bedroom report, a shortlist).
 */
public final class LettingsJson {
  private LettingsJson() {}

  public static final EnumCodec<Band> BAND = EnumCodec.of(Band.class, v -> switch (v) {
    case PRIORITY -> "A partner has accepted a homelessness duty; must bid for every eligible home (3 months).";
    case GOLD_PLUS -> "High housing need with a local connection (6 months).";
    case SILVER_PLUS -> "The Gold Plus needs without a local connection.";
    case GOLD -> "Housing need (a serious hazard, lacking one or two bedrooms) with a local connection (12 months).";
    case SILVER -> "The Gold needs without a local connection.";
    case REDUCED -> "Preference reduced for conduct or means (from 1 April 2013).";
    case BRONZE_PLUS -> "Low housing need with a full local connection (unconfirmed).";
    case BRONZE -> "Low housing need with a limited local connection.";
  });

  public static final EnumCodec<ReasonablePreference> PREFERENCE = EnumCodec.of(ReasonablePreference.class,
      v -> "A reasonable preference group: HA 1996 " + v.provision() + ".");

  public static final EnumCodec<NeedKind> NEED_KIND = EnumCodec.of(NeedKind.class, v -> switch (v) {
    case HOMELESS_NO_REHOUSING_DUTY -> "Homeless, not intentionally, but owed no rehousing duty.";
    case ENFORCEMENT_NOTICE -> "The home is subject to a prohibition, demolition or similar enforcement notice.";
    case VERY_HIGH_MEDICAL_NEED -> "A very high medical need to move.";
    case THREATENED_WITH_HOMELESSNESS_NO_FAULT -> "Threatened with homelessness through no fault of their own.";
    case MOVING_ON_FROM_SUPPORTED_HOUSING -> "Ready to move on from supported housing.";
    case DOWNSIZING_FROM_FAMILY_HOME -> "A housing association tenant giving up a family home for a smaller one.";
    case SERIOUS_HAZARD -> "A Category 1 or 2 HHSRS hazard other than crowding and space.";
    case MEDICAL_OR_WELFARE_NEED -> "A medical or welfare need to move short of very high.";
    case HARDSHIP_IN_LOCALITY -> "Needs to move to a particular locality to avoid hardship.";
    case LOW_HOUSING_NEED -> "A low housing need the scheme recognises, not a reasonable preference.";
  });

  public static final EnumCodec<ConductKind> CONDUCT_KIND = EnumCodec.of(ConductKind.class, v -> switch (v) {
    case HOUSING_DEBT -> "Rent arrears or other housing debt.";
    case ANTISOCIAL_BEHAVIOUR -> "Anti-social behaviour or nuisance.";
    case DELIBERATELY_WORSENED_CIRCUMSTANCES -> "Deliberately made their housing circumstances worse.";
    case FALSE_INFORMATION -> "Knowingly gave false information (HA 1996 s.171).";
  });

  public static final EnumCodec<ApplicationStatus> STATUS = EnumCodec.of(ApplicationStatus.class, v -> switch (v) {
    case PENDING -> "Registered, awaiting assessment.";
    case ACTIVE -> "On the register and may bid.";
    case NOT_QUALIFIED -> "Not eligible or not qualifying: not on the register.";
    case SUSPENDED -> "On the register but may not bid for now.";
    case UNDER_REVIEW -> "A review of a decision is under way.";
    case HOUSED -> "Housed through the register: closed.";
    case CANCELLED -> "Cancelled: closed.";
  });

  public static final EnumCodec<ForcesCircumstance> FORCES = EnumCodec.of(ForcesCircumstance.class, v -> switch (v) {
    case BEREAVED_PARTNER_LEAVING_SERVICE_HOUSING -> "A bereaved spouse or civil partner of a member of the regular "
        + "forces leaving service accommodation.";
    case SERVICE_INJURY_OR_DISABILITY -> "Serious injury, illness or disability attributable to regular service.";
    case RESERVIST_SERVICE_INJURY -> "A reservist seriously injured, ill or disabled by service.";
  });

  public static final EnumCodec<TenancyType> TENANCY = EnumCodec.of(TenancyType.class, v -> switch (v) {
    case INTRODUCTORY -> "A council's introductory tenancy.";
    case SECURE -> "A council's secure tenancy.";
    case STARTER -> "A housing association's starter tenancy.";
    case ASSURED -> "A housing association's assured tenancy.";
    case FIXED_TERM -> "A fixed-term tenancy.";
    case AFFORDABLE_RENT -> "An affordable rent tenancy.";
  });

  public static final EnumCodec<BidPlacer> PLACER = EnumCodec.of(BidPlacer.class, v -> switch (v) {
    case APPLICANT -> "Placed by the applicant.";
    case OFFICER -> "Placed by an officer on the applicant's behalf.";
  });

  public static final EnumCodec<RoomKind> ROOM_KIND = EnumCodec.of(RoomKind.class, v -> switch (v) {
    case BEDROOM -> "A bedroom.";
    case LIVING_ROOM -> "A living room (sleeping accommodation under HA 1985 s.325(2)).";
  });

  public static final EnumCodec<OfferResponse> OFFER_RESPONSE = EnumCodec.of(OfferResponse.class, v -> switch (v) {
    case ACCEPTED -> "Accepted.";
    case REFUSED -> "Refused.";
    case NO_RESPONSE -> "No answer in time: treated as a refusal.";
  });

  public static final EnumCodec<ReviewableDecision> REVIEWABLE = EnumCodec.of(ReviewableDecision.class, v -> switch (v) {
    case ELIGIBILITY -> "Not eligible (s.160ZA(2)-(5)).";
    case QUALIFICATION -> "Not a qualifying person (s.160ZA(7)).";
    case BANDING -> "The facts and the band given (s.166A(9)).";
    case SUSPENSION -> "A suspension from bidding.";
  });

  public static final EnumCodec<RegisterEventType> EVENT_TYPE = EnumCodec.of(RegisterEventType.class, v -> switch (v) {
    case ASSESSED -> "Eligibility and qualification assessed: {qualifies}.";
    case SUSPENDED -> "Suspended from bidding.";
    case REINSTATED -> "A suspension lifted.";
    case REVIEW_REQUESTED -> "A review asked for: {decision, notifiedOn}.";
    case REVIEW_DECIDED -> "A review decided: {overturned}.";
    case HOUSED -> "Housed by the letting of an advert: {advert}.";
    case CANCELLED -> "Cancelled.";
    case CIRCUMSTANCES_CHANGED -> "The household, needs or conduct changed: {household, needs, conduct}.";
  });

  public static final EnumCodec<BedroomCalculator> CALCULATOR = EnumCodec.of(BedroomCalculator.class, v -> switch (v) {
    case BEDROOM_STANDARD -> "The bedroom standard (overcrowding).";
    case SIZE_CRITERIA -> "The social sector size criteria (HB reg.B13, UC Sch.4).";
  });

  /** The day of the week, for the first day of the bidding week. */
  public static final EnumCodec<DayOfWeek> DAY_OF_WEEK = EnumCodec.of(DayOfWeek.class, v -> switch (v) {
    case MONDAY -> "Monday.";
    case TUESDAY -> "Tuesday.";
    case WEDNESDAY -> "Wednesday.";
    case THURSDAY -> "Thursday.";
    case FRIDAY -> "Friday.";
    case SATURDAY -> "Saturday.";
    case SUNDAY -> "Sunday.";
  });

  public static final EnumCodec<BandDateOnMoveDown> MOVE_DOWN = EnumCodec.of(BandDateOnMoveDown.class, v -> switch (v) {
    case KEEP_BAND_DATE -> "The band date already held is kept.";
    case DATE_OF_CHANGE -> "The band date becomes the date of the move down.";
    case REGISTRATION_DATE -> "The band date becomes the registration date.";
  });

  public static final EnumCodec<ConnectionGround> CONNECTION = EnumCodec.of(ConnectionGround.class, v -> switch (v) {
    case RESIDENCE -> "Lived in the area for the scheme's years.";
    case EMPLOYMENT -> "Works in the area, not casually, for the scheme's months.";
    case FAMILY -> "Immediate family resident in the area for the scheme's years.";
    case ARMED_FORCES_EXEMPTION -> "No local connection may be required (SI 2012/1869 reg.3).";
    case SPECIAL_CIRCUMSTANCES -> "A reasonable preference counts as a connection by special circumstances.";
  });

  public static final EnumCodec<QualificationTest> QUALIFICATION_TEST = EnumCodec.of(QualificationTest.class,
      v -> switch (v) {
        case AGE -> "Younger than the minimum age.";
        case LOCAL_CONNECTION -> "No local connection to the partnership area.";
        case HOUSING_NEED -> "No recognised housing need.";
        case UNACCEPTABLE_BEHAVIOUR -> "Unacceptable behaviour making the applicant unsuitable to be a tenant.";
        case INCOME -> "Income at or above the scheme's limit.";
        case SAVINGS -> "Savings at or above the scheme's limit.";
      });

  public static final EnumCodec<AllocationEligibility.Status> ELIGIBILITY_STATUS = EnumCodec.of(
      AllocationEligibility.Status.class, v -> switch (v) {
        case ELIGIBLE -> "Eligible for an allocation.";
        case NOT_ELIGIBLE -> "Not eligible (s.160ZA(2)-(5)).";
        case NOT_ESTABLISHED -> "Immigration status not yet established.";
      });

  public static final EnumCodec<SkipReason> SKIP_REASON = EnumCodec.of(SkipReason.class, v -> switch (v) {
    case NOT_ON_REGISTER -> "The application is not on the register.";
    case NOT_ACTIVE -> "The application is not active.";
    case OUT_OF_TIME -> "Placed before the advert opened or after it closed.";
    case OTHER_ADVERT -> "The bid is for another advert.";
    case DUPLICATE_BID -> "The application bid more than once; its earliest bid stands.";
    case BEDROOM_NEED -> "The household's bedroom need is outside the advert's range.";
    case PROPERTY_SIZE -> "Not a size of home the policy lets the household bid for.";
    case APPLICANT_TOO_YOUNG -> "The applicant is younger than the advert allows.";
    case APPLICANT_TOO_OLD -> "The applicant is older than the advert allows.";
    case ADAPTED_HOME -> "An adapted home, and the household does not need one.";
    case LOCAL_LETTINGS_CONNECTION -> "The local lettings plan requires a connection the household lacks.";
    case LOCAL_LETTINGS_AGE -> "The local lettings plan sets a minimum age a member is under.";
    case OVER_WEEKLY_LIMIT -> "The week's bids are used up.";
  });

  public static final JsonCodec<ApplicationId> APPLICATION_ID = Codecs.parsed("ApplicationId",
      "The register's reference for an application.", CommonJson.IDENTIFIER_PATTERN, ApplicationId::value,
      ApplicationId::parse);

  public static final JsonCodec<AdvertId> ADVERT_ID = Codecs.parsed("AdvertId",
      "The register's reference for an advert.", CommonJson.IDENTIFIER_PATTERN, AdvertId::value, AdvertId::parse);

  public static final JsonCodec<NeedFact> NEED = ObjectCodec.builder(NeedFact.class, NeedFact::builder, b -> b.build())
      .required("kind", NEED_KIND, NeedFact::kind, (b, v) -> b.kind(v))
      .required("assessedOn", Codecs.DATE, NeedFact::assessedOn, (b, v) -> b.assessedOn(v))
      .optional("until", Codecs.DATE, NeedFact::until, (b, v) -> b.until(v))
      .describedAs("A housing need an officer assessed, from the day assessed (the award's start) until it ended.")
      .build();

  public static final JsonCodec<ConductFinding> CONDUCT = ObjectCodec.builder(ConductFinding.class,
          ConductFinding::builder, b -> b.build())
      .required("kind", CONDUCT_KIND, ConductFinding::kind, (b, v) -> b.kind(v))
      .required("foundOn", Codecs.DATE, ConductFinding::foundOn, (b, v) -> b.foundOn(v))
      .withDefault("excludes", Codecs.BOOLEAN, false, ConductFinding::excludes, (b, v) -> b.excludes(v))
      .withDefault("repaymentPlanKept", Codecs.BOOLEAN, false, ConductFinding::repaymentPlanKept,
          (b, v) -> b.repaymentPlanKept(v))
      .optional("until", Codecs.DATE, ConductFinding::until, (b, v) -> b.until(v))
      .describedAs("An officer's finding about conduct: excluding (does not qualify) or only reducing preference.")
      .build();

  public static final JsonCodec<Room> ROOM = ObjectCodec.define(Room.class, f -> {
    Slot<RoomKind> kind = f.required("kind", ROOM_KIND, Room::kind);
    Slot<Integer> area = f.required("floorAreaSquareFeet", Codecs.integer(1, Room.MAX_FLOOR_AREA),
        Room::floorAreaSquareFeet);
    return in -> Room.of(in.get(kind), in.get(area));
  });

  public static final JsonCodec<BedroomFacts> BEDROOM_FACTS = ObjectCodec.builder(BedroomFacts.class,
          BedroomFacts::builder, b -> b.build())
      .list("needOvernightCare", Codecs.list(CommonJson.PERSON_ID, 30), BedroomFacts::needOvernightCare,
          (b, v) -> b.needOvernightCare(v))
      .list("cannotShareBedroom", Codecs.list(CommonJson.PERSON_ID, 30), BedroomFacts::cannotShareBedroom,
          (b, v) -> b.cannotShareBedroom(v))
      .withDefault("approvedFosterCarer", Codecs.BOOLEAN, false, BedroomFacts::approvedFosterCarer,
          (b, v) -> b.approvedFosterCarer(v))
      .optional("noFosterChildPlacedSince", Codecs.DATE, BedroomFacts::noFosterChildPlacedSince,
          (b, v) -> b.noFosterChildPlacedSince(v))
      .withDefault("adopterWithChildPlaced", Codecs.BOOLEAN, false, BedroomFacts::adopterWithChildPlaced,
          (b, v) -> b.adopterWithChildPlaced(v))
      .list("awayAndReturning", Codecs.list(CommonJson.PERSON_ID, 30), BedroomFacts::awayAndReturning,
          (b, v) -> b.awayAndReturning(v))
      .describedAs("Facts that give an extra bedroom under the size criteria.")
      .build();

  public static final JsonCodec<Application> APPLICATION = ObjectCodec.builder(Application.class,
          Application::builder, b -> b.build())
      .required("id", APPLICATION_ID, Application::id, (b, v) -> b.id(v))
      .required("registeredOn", Codecs.DATE, Application::registeredOn, (b, v) -> b.registeredOn(v))
      .withDefault("homeAuthority", CommonJson.LOCAL_AUTHORITY, LocalAuthority.WORCESTER,
          Application::homeAuthority, (b, v) -> b.homeAuthority(v))
      .required("household", HouseholdJson.HOUSEHOLD, Application::household, (b, v) -> b.household(v))
      .list("needs", Codecs.list(NEED, Application.MAX_LIST), Application::needs, (b, v) -> b.needs(v))
      .list("conduct", Codecs.list(CONDUCT, Application.MAX_LIST), Application::conduct, (b, v) -> b.conduct(v))
      .withDefault("bedroomFacts", BEDROOM_FACTS, BedroomFacts.none(), Application::bedroomFacts,
          (b, v) -> b.bedroomFacts(v))
      .list("currentRooms", Codecs.list(ROOM, Application.MAX_LIST), Application::currentRooms,
          (b, v) -> b.currentRooms(v))
      .list("forces", Codecs.list(FORCES, 3), a -> List.copyOf(a.forces()), (b, v) -> b.forces(v))
      .withDefault("needsAdaptedHome", Codecs.BOOLEAN, false, Application::needsAdaptedHome,
          (b, v) -> b.needsAdaptedHome(v))
      .describedAs("An application to join the Home Choice Plus register.")
      .build();

  private static Slot<LocalDate> on(ObjectCodec.Fields<? extends RegisterEvent> f) {
    return f.required("on", Codecs.DATE, RegisterEvent::on);
  }

  /** One register event: {@code {"type": "ASSESSED", "on": "2024-06-10", "qualifies": true}}. */
  public static final JsonCodec<RegisterEvent> EVENT = UnionCodec.builder(RegisterEvent.class, "type", EVENT_TYPE,
          RegisterEvent::type, "a register event object")
      .variant(RegisterEventType.ASSESSED, RegisterEvent.Assessed.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<Boolean> qualifies = f.required("qualifies", Codecs.BOOLEAN, RegisterEvent.Assessed::qualifies);
        return in -> new RegisterEvent.Assessed(in.get(on), in.get(qualifies));
      })
      .variant(RegisterEventType.SUSPENDED, RegisterEvent.Suspended.class, f -> {
        Slot<LocalDate> on = on(f);
        return in -> new RegisterEvent.Suspended(in.get(on));
      })
      .variant(RegisterEventType.REINSTATED, RegisterEvent.Reinstated.class, f -> {
        Slot<LocalDate> on = on(f);
        return in -> new RegisterEvent.Reinstated(in.get(on));
      })
      .variant(RegisterEventType.REVIEW_REQUESTED, RegisterEvent.ReviewRequested.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<ReviewableDecision> decision = f.required("decision", REVIEWABLE, RegisterEvent.ReviewRequested::decision);
        Slot<LocalDate> notified = f.required("notifiedOn", Codecs.DATE, RegisterEvent.ReviewRequested::notifiedOn);
        return in -> new RegisterEvent.ReviewRequested(in.get(on), in.get(decision), in.get(notified));
      })
      .variant(RegisterEventType.REVIEW_DECIDED, RegisterEvent.ReviewDecided.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<Boolean> overturned = f.required("overturned", Codecs.BOOLEAN, RegisterEvent.ReviewDecided::overturned);
        return in -> new RegisterEvent.ReviewDecided(in.get(on), in.get(overturned));
      })
      .variant(RegisterEventType.HOUSED, RegisterEvent.Housed.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<AdvertId> advert = f.required("advert", ADVERT_ID, RegisterEvent.Housed::advert);
        return in -> new RegisterEvent.Housed(in.get(on), in.get(advert));
      })
      .variant(RegisterEventType.CANCELLED, RegisterEvent.Cancelled.class, f -> {
        Slot<LocalDate> on = on(f);
        return in -> new RegisterEvent.Cancelled(in.get(on));
      })
      .variant(RegisterEventType.CIRCUMSTANCES_CHANGED, RegisterEvent.CircumstancesChanged.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<Household> household = f.required("household", HouseholdJson.HOUSEHOLD,
            RegisterEvent.CircumstancesChanged::household);
        Slot<List<NeedFact>> needs = f.list("needs", Codecs.list(NEED, Application.MAX_LIST),
            RegisterEvent.CircumstancesChanged::needs);
        Slot<List<ConductFinding>> conduct = f.list("conduct", Codecs.list(CONDUCT, Application.MAX_LIST),
            RegisterEvent.CircumstancesChanged::conduct);
        return in -> new RegisterEvent.CircumstancesChanged(in.get(on), in.get(household), in.get(needs),
            in.get(conduct));
      })
      .build();

  public static final JsonCodec<ApplicationRecord> RECORD = ObjectCodec.define(ApplicationRecord.class, f -> {
    Slot<Application> application = f.required("application", APPLICATION, ApplicationRecord::application);
    Slot<List<RegisterEvent>> events = f.alwaysWritten("events", Codecs.list(EVENT, ApplicationRecord.MAX_EVENTS),
        List.of(), ApplicationRecord::events);
    return in -> ApplicationRecord.of(in.get(application), in.get(events));
  }).describedAs("An application and its register events in date order.");

  public static final JsonCodec<LocalLettingsPlan> PLAN = ObjectCodec.builder(LocalLettingsPlan.class,
          LocalLettingsPlan::builder, b -> b.build())
      .required("reference", Codecs.text(100), LocalLettingsPlan::reference, (b, v) -> b.reference(v))
      .optional("connectionTo", CommonJson.LOCAL_AUTHORITY, LocalLettingsPlan::connectionTo, (b, v) -> b.connectionTo(v))
      .optional("minimumMemberAge", Codecs.integer(0, 120), LocalLettingsPlan::minimumMemberAge,
          (b, v) -> b.minimumMemberAge(v))
      .describedAs("A local lettings plan (HA 1996 s.166A(6)(b)) and the criteria it adds.")
      .build();

  public static final JsonCodec<Advert> ADVERT = ObjectCodec.builder(Advert.class, Advert::builder, b -> b.build())
      .required("id", ADVERT_ID, Advert::id, (b, v) -> b.id(v))
      .required("landlord", Codecs.text(200), Advert::landlord, (b, v) -> b.landlord(v))
      .required("district", CommonJson.LOCAL_AUTHORITY, Advert::district, (b, v) -> b.district(v))
      .required("propertyType", HouseholdJson.PROPERTY_TYPE, Advert::propertyType, (b, v) -> b.propertyType(v))
      .required("bedrooms", Codecs.integer(0, Advert.MAX_BEDROOMS), Advert::bedrooms, (b, v) -> b.bedrooms(v))
      .alwaysWritten("minimumBedroomNeed", Codecs.integer(1, Advert.MAX_BEDROOMS), 0, Advert::minimumBedroomNeed,
          (b, v) -> { if (v > 0) { b.minimumBedroomNeed(v); } })
      .alwaysWritten("maximumBedroomNeed", Codecs.integer(1, Advert.MAX_BEDROOMS), 0, Advert::maximumBedroomNeed,
          (b, v) -> { if (v > 0) { b.maximumBedroomNeed(v); } })
      .optional("minimumApplicantAge", Codecs.integer(16, 120), Advert::minimumApplicantAge,
          (b, v) -> b.minimumApplicantAge(v))
      .optional("maximumApplicantAge", Codecs.integer(16, 120), Advert::maximumApplicantAge,
          (b, v) -> b.maximumApplicantAge(v))
      .withDefault("adapted", Codecs.BOOLEAN, false, Advert::adapted, (b, v) -> b.adapted(v))
      .optional("localLettingsPlan", PLAN, Advert::localLettingsPlan, (b, v) -> b.localLettingsPlan(v))
      .required("tenancy", TENANCY, Advert::tenancy, (b, v) -> b.tenancy(v))
      .required("advertisedOn", Codecs.DATE, Advert::advertisedOn, (b, v) -> b.advertisedOn(v))
      .required("closesOn", Codecs.DATE, Advert::closesOn, (b, v) -> b.closesOn(v))
      .describedAs("A vacancy advertised through the register, with the criteria a bid must meet. The bedroom need "
          + "range defaults to the home's bedrooms (at least 1).")
      .build();

  public static final JsonCodec<Bid> BID = ObjectCodec.builder(Bid.class, Bid::builder, b -> b.build())
      .required("application", APPLICATION_ID, Bid::application, (b, v) -> b.application(v))
      .required("advert", ADVERT_ID, Bid::advert, (b, v) -> b.advert(v))
      .required("placedOn", Codecs.DATE, Bid::placedOn, (b, v) -> b.placedOn(v))
      .withDefault("placedBy", PLACER, BidPlacer.APPLICANT, Bid::placedBy, (b, v) -> b.placedBy(v))
      .describedAs("A bid by an application on an advert.")
      .build();

  /** The most bids one file holds. */
  public static final int MAX_BIDS = 20_000;

  public static final JsonCodec<List<Bid>> BIDS = Codecs.list(BID, MAX_BIDS);

  public static final JsonCodec<LettingOffer> OFFER = ObjectCodec.builder(LettingOffer.class, LettingOffer::builder,
          b -> b.build())
      .required("application", APPLICATION_ID, LettingOffer::application, (b, v) -> b.application(v))
      .required("advert", ADVERT_ID, LettingOffer::advert, (b, v) -> b.advert(v))
      .required("offeredOn", Codecs.DATE, LettingOffer::offeredOn, (b, v) -> b.offeredOn(v))
      .required("response", OFFER_RESPONSE, LettingOffer::response, (b, v) -> b.response(v))
      .withDefault("suitable", Codecs.BOOLEAN, false, LettingOffer::suitable, (b, v) -> b.suitable(v))
      .withDefault("statedFinal", Codecs.BOOLEAN, false, LettingOffer::statedFinal, (b, v) -> b.statedFinal(v))
      .withDefault("consequencesExplained", Codecs.BOOLEAN, false, LettingOffer::consequencesExplained,
          (b, v) -> b.consequencesExplained(v))
      .withDefault("existingObligations", HomelessnessJson.EXISTING_OBLIGATIONS, ExistingObligations.NOT_CONSIDERED,
          LettingOffer::existingObligations, (b, v) -> b.existingObligations(v))
      .describedAs("An offer of an advertised home and the answer. A refusal ends a homelessness duty only where "
          + "the offer stated in writing that it is a final offer (statedFinal, false when missing), the council "
          + "were satisfied the home is suitable (suitable, false when missing) and that the applicant can end "
          + "their existing obligations in time (existingObligations, NOT_CONSIDERED when missing).")
      .build();

  public static final JsonCodec<BandCriterion> BAND_CRITERION = ObjectCodec.define(BandCriterion.class, f -> {
    Slot<String> code = f.required("code", Codecs.text(100), BandCriterion::code);
    Slot<Band> with = f.required("withConnection", BAND, BandCriterion::withConnection);
    Slot<Band> without = f.required("withoutConnection", BAND, BandCriterion::withoutConnection);
    Slot<Integer> months = f.required("awardMonths", Codecs.integer(0, 120), BandCriterion::awardMonths);
    Slot<Boolean> unconfirmed = f.withDefault("unconfirmed", Codecs.BOOLEAN, false, BandCriterion::unconfirmed);
    return in -> BandCriterion.of(in.get(code), in.get(with), in.get(without), in.get(months), in.get(unconfirmed));
  }).describedAs("A band criterion: the band with and without a local connection, and the award's months (0: none).");

  public static final JsonCodec<NeedCriterion> NEED_CRITERION = ObjectCodec.define(NeedCriterion.class, f -> {
    Slot<NeedKind> need = f.required("need", NEED_KIND, NeedCriterion::need);
    Slot<BandCriterion> criterion = f.required("criterion", BAND_CRITERION, NeedCriterion::criterion);
    return in -> uk.gov.worcester.housing.rules.lettings.ImmutableNeedCriterion.of(in.get(need), in.get(criterion));
  });

  /** One version of the lettings policy: every figure, and the source of each. */
  public static final JsonCodec<LettingsPolicy> POLICY = PolicyDocuments.version(ObjectCodec.builder(
          LettingsPolicy.class, LettingsPolicy::builder, b -> b.build())
      .required("version", Codecs.text(100), LettingsPolicy::version, (b, v) -> b.version(v))
      .required("effectiveFrom", Codecs.DATE, LettingsPolicy::effectiveFrom, (b, v) -> b.effectiveFrom(v))
      .required("partnership", Codecs.list(CommonJson.LOCAL_AUTHORITY, 20), LettingsPolicy::partnership,
          (b, v) -> b.partnership(v))
      .required("bandOrder", Codecs.list(BAND, 20), LettingsPolicy::bandOrder, (b, v) -> b.bandOrder(v))
      .required("needCriteria", Codecs.list(NEED_CRITERION, 50), LettingsPolicy::needCriteria,
          (b, v) -> b.needCriteria(v))
      .alwaysWritten("lackingOneOrTwoBedrooms", BAND_CRITERION, LettingsPolicy.HCP_2013.lackingOneOrTwoBedrooms(),
          LettingsPolicy::lackingOneOrTwoBedrooms, (b, v) -> b.lackingOneOrTwoBedrooms(v))
      .alwaysWritten("lackingThreeOrMoreBedrooms", BAND_CRITERION, LettingsPolicy.HCP_2013.lackingThreeOrMoreBedrooms(),
          LettingsPolicy::lackingThreeOrMoreBedrooms, (b, v) -> b.lackingThreeOrMoreBedrooms(v))
      .alwaysWritten("baseBand", BAND_CRITERION, LettingsPolicy.HCP_2013.baseBand(), LettingsPolicy::baseBand,
          (b, v) -> b.baseBand(v))
      .alwaysWritten("priorityDuties", Codecs.list(HomelessnessJson.DUTY_KIND, 6), List.of(DutyKind.MAIN),
          p -> List.copyOf(p.priorityDuties()), (b, v) -> b.priorityDuties(v))
      .alwaysWritten("priorityAwardMonths", Codecs.integer(1, 60), 3, LettingsPolicy::priorityAwardMonths,
          (b, v) -> b.priorityAwardMonths(v))
      .alwaysWritten("priorityBidGraceDays", Codecs.integer(1, 365), 14, LettingsPolicy::priorityBidGraceDays,
          (b, v) -> b.priorityBidGraceDays(v))
      .alwaysWritten("forcesAdditionalPreferenceBand", BAND, Band.GOLD_PLUS,
          LettingsPolicy::forcesAdditionalPreferenceBand, (b, v) -> b.forcesAdditionalPreferenceBand(v))
      .alwaysWritten("forcesUrgentBands", Codecs.list(BAND, 20), List.copyOf(LettingsPolicy.HCP_2013.forcesUrgentBands()),
          p -> List.copyOf(p.forcesUrgentBands()), (b, v) -> b.forcesUrgentBands(v))
      .alwaysWritten("reducedBanding", Codecs.BOOLEAN, true, LettingsPolicy::reducedBanding,
          (b, v) -> b.reducedBanding(v))
      .optional("reducedBandAnnualIncome", CommonJson.MONEY, LettingsPolicy::reducedBandAnnualIncome,
          (b, v) -> b.reducedBandAnnualIncome(v))
      .optional("reducedBandSavings", CommonJson.MONEY, LettingsPolicy::reducedBandSavings,
          (b, v) -> b.reducedBandSavings(v))
      .alwaysWritten("bandDateOnMoveDown", MOVE_DOWN, BandDateOnMoveDown.KEEP_BAND_DATE,
          LettingsPolicy::bandDateOnMoveDown, (b, v) -> b.bandDateOnMoveDown(v))
      .alwaysWritten("minimumAge", Codecs.integer(16, 25), 16, LettingsPolicy::minimumAge, (b, v) -> b.minimumAge(v))
      .required("localConnectionQualification", Codecs.BOOLEAN, LettingsPolicy::localConnectionQualification,
          (b, v) -> b.localConnectionQualification(v))
      .required("housingNeedQualification", Codecs.BOOLEAN, LettingsPolicy::housingNeedQualification,
          (b, v) -> b.housingNeedQualification(v))
      .alwaysWritten("residenceYears", Codecs.integer(0, 50), 2, LettingsPolicy::residenceYears,
          (b, v) -> b.residenceYears(v))
      .alwaysWritten("employmentMonths", Codecs.integer(0, 600), 6, LettingsPolicy::employmentMonths,
          (b, v) -> b.employmentMonths(v))
      .alwaysWritten("familyYears", Codecs.integer(0, 50), 5, LettingsPolicy::familyYears, (b, v) -> b.familyYears(v))
      .alwaysWritten("forcesExemptionYears", Codecs.integer(0, 50), 5, LettingsPolicy::forcesExemptionYears,
          (b, v) -> b.forcesExemptionYears(v))
      .alwaysWritten("forcesExemptionCoversPartner", Codecs.BOOLEAN, false,
          LettingsPolicy::forcesExemptionCoversPartner, (b, v) -> b.forcesExemptionCoversPartner(v))
      .alwaysWritten("reasonablePreferenceGivesConnection", Codecs.BOOLEAN, true,
          LettingsPolicy::reasonablePreferenceGivesConnection, (b, v) -> b.reasonablePreferenceGivesConnection(v))
      .optional("qualificationAnnualIncome", CommonJson.MONEY, LettingsPolicy::qualificationAnnualIncome,
          (b, v) -> b.qualificationAnnualIncome(v))
      .optional("qualificationSavings", CommonJson.MONEY, LettingsPolicy::qualificationSavings,
          (b, v) -> b.qualificationSavings(v))
      .alwaysWritten("weeklyBidLimit", Codecs.integer(0, 100), 3, LettingsPolicy::weeklyBidLimit,
          (b, v) -> b.weeklyBidLimit(v))
      .alwaysWritten("bidWeekStartsOn", DAY_OF_WEEK, DayOfWeek.MONDAY, LettingsPolicy::bidWeekStartsOn,
          (b, v) -> b.bidWeekStartsOn(v))
      .alwaysWritten("reviewRequestDays", Codecs.integer(1, 365), 21, LettingsPolicy::reviewRequestDays,
          (b, v) -> b.reviewRequestDays(v))
      .alwaysWritten("biddingCalculator", CALCULATOR, BedroomCalculator.SIZE_CRITERIA, LettingsPolicy::biddingCalculator,
          (b, v) -> b.biddingCalculator(v))
      .alwaysWritten("extraBedroomsAllowed", Codecs.integer(0, 5), 0, LettingsPolicy::extraBedroomsAllowed,
          (b, v) -> b.extraBedroomsAllowed(v))
      .alwaysWritten("pensionAge", Codecs.integer(50, 80), 66, LettingsPolicy::pensionAge, (b, v) -> b.pensionAge(v))
      .alwaysWritten("fosterGapWeeks", Codecs.integer(0, 104), 52, LettingsPolicy::fosterGapWeeks,
          (b, v) -> b.fosterGapWeeks(v))
      .alwaysWritten("bronzeClosureMonths", Codecs.integer(0, 120), 12, LettingsPolicy::bronzeClosureMonths,
          (b, v) -> b.bronzeClosureMonths(v))
      .withDefault("sources", PolicyDocuments.SOURCES, Map.of(), LettingsPolicy::sources, (b, v) -> b.sources(v))
      .describedAs("One version of the Home Choice Plus allocation scheme as data: every figure, and the source of each.")
      .build());

  /** The kind code of a document of the lettings scheme's versions. */
  public static final String POLICY_KIND = "LETTINGS";

  /** A document of the allocation scheme's versions. */
  public static final JsonCodec<PolicyTimeline<LettingsPolicy>> POLICY_DOCUMENT = PolicyDocuments.timeline(POLICY_KIND,
      "The Home Choice Plus allocation scheme, version by version, with the source of each figure.", POLICY);

  /** Worcester's versions of the scheme, shipped beside this class. */
  public static final String POLICY_RESOURCE = "policy/worcester-lettings.json";

  /** Reads a council's lettings policy document: its timeline, or every problem. */
  public static Validation<Seq<Problem>, PolicyTimeline<LettingsPolicy>> policy(String json) {
    return PolicyDocuments.read(json, POLICY_DOCUMENT);
  }

  /** The shipped default, read from this jar. */
  public static PolicyTimeline<LettingsPolicy> shippedPolicy() {
    return Validated.orThrow(policy(PolicyDocuments.resource(LettingsJson.class, POLICY_RESOURCE)));
  }

  // ---- decisions ----

  static final ObjectCodec<AllocationEligibility> ELIGIBILITY = ObjectCodec.builder(AllocationEligibility.class,
          ImmutableAllocationEligibility::builder, b -> b.build())
      .required("status", ELIGIBILITY_STATUS, AllocationEligibility::status, (b, v) -> b.status(v))
      .list("notEligible", Codecs.list(CommonJson.PERSON_ID, 2), AllocationEligibility::notEligible,
          (b, v) -> b.notEligible(v))
      .build().named("AllocationEligibility");

  static final ObjectCodec<Qualification> QUALIFICATION = ObjectCodec.builder(Qualification.class,
          ImmutableQualification::builder, b -> b.build())
      .derived("qualifies", Codecs.BOOLEAN, Qualification::qualifies)
      .list("failed", Codecs.list(QUALIFICATION_TEST, 10), Qualification::failed, (b, v) -> b.failed(v))
      .list("connection", Codecs.list(CONNECTION, 10), q -> List.copyOf(q.connection()), (b, v) -> b.connection(v))
      .build();

  static final ObjectCodec<Banding> BANDING = ObjectCodec.builder(Banding.class, ImmutableBanding::builder,
          b -> b.build())
      .required("band", BAND, Banding::band, (b, v) -> b.band(v))
      .required("bandDate", Codecs.DATE, Banding::bandDate, (b, v) -> b.bandDate(v))
      .required("criterion", Codecs.text(100), Banding::criterion, (b, v) -> b.criterion(v))
      .required("awardStartedOn", Codecs.DATE, Banding::awardStartedOn, (b, v) -> b.awardStartedOn(v))
      .optional("awardExpiresOn", Codecs.DATE, Banding::awardExpiresOn, (b, v) -> b.awardExpiresOn(v))
      .list("preferences", Codecs.list(PREFERENCE, 5), x -> List.copyOf(x.preferences()), (b, v) -> b.preferences(v))
      .required("localConnection", Codecs.BOOLEAN, Banding::localConnection, (b, v) -> b.localConnection(v))
      .build();

  static final ObjectCodec<PropertySizes> SIZES = ObjectCodec.builder(PropertySizes.class,
          ImmutablePropertySizes::builder, b -> b.build())
      .required("need", Codecs.integer(0, 50), PropertySizes::need, (b, v) -> b.need(v))
      .required("minimumBedrooms", Codecs.integer(0, 50), PropertySizes::minimumBedrooms, (b, v) -> b.minimumBedrooms(v))
      .required("maximumBedrooms", Codecs.integer(0, 50), PropertySizes::maximumBedrooms, (b, v) -> b.maximumBedrooms(v))
      .build();

  static final ObjectCodec<BedroomAllocation> ALLOCATION = ObjectCodec.builder(BedroomAllocation.class,
          ImmutableBedroomAllocation::builder, b -> b.build())
      .list("members", Codecs.list(CommonJson.PERSON_ID, 30), BedroomAllocation::members, (b, v) -> b.members(v))
      .required("basis", Codecs.text(100), BedroomAllocation::basis, (b, v) -> b.basis(v))
      .build();

  static final ObjectCodec<BedroomNeed> BEDROOM_NEED = ObjectCodec.builder(BedroomNeed.class,
          ImmutableBedroomNeed::builder, b -> b.build())
      .required("calculator", CALCULATOR, BedroomNeed::calculator, (b, v) -> b.calculator(v))
      .required("bedrooms", Codecs.integer(0, 50), BedroomNeed::bedrooms, (b, v) -> b.bedrooms(v))
      .alwaysWritten("rooms", Codecs.list(ALLOCATION, 50), List.of(), BedroomNeed::rooms, (b, v) -> b.rooms(v))
      .withDefault("applies", Codecs.BOOLEAN, true, BedroomNeed::applies, (b, v) -> b.applies(v))
      .build();

  static final ObjectCodec<StatutoryOvercrowding> OVERCROWDING = ObjectCodec.builder(StatutoryOvercrowding.class,
          ImmutableStatutoryOvercrowding::builder, b -> b.build())
      .required("roomStandardContravened", Codecs.BOOLEAN, StatutoryOvercrowding::roomStandardContravened,
          (b, v) -> b.roomStandardContravened(v))
      .required("roomsNeeded", Codecs.integer(0, 100), StatutoryOvercrowding::roomsNeeded, (b, v) -> b.roomsNeeded(v))
      .required("personsHalves", Codecs.integer(0, 200), StatutoryOvercrowding::personsHalves,
          (b, v) -> b.personsHalves(v))
      .required("permittedHalves", Codecs.integer(0, 1000), StatutoryOvercrowding::permittedHalves,
          (b, v) -> b.permittedHalves(v))
      .derived("spaceStandardContravened", Codecs.BOOLEAN, StatutoryOvercrowding::spaceStandardContravened)
      .build();

  public static final JsonCodec<LettingsAssessment> ASSESSMENT = ObjectCodec.builder(LettingsAssessment.class,
          ImmutableLettingsAssessment::builder, b -> b.build())
      .required("application", APPLICATION_ID, LettingsAssessment::application, (b, v) -> b.application(v))
      .required("status", STATUS, LettingsAssessment::status, (b, v) -> b.status(v))
      .required("eligibility", RulesJson.decision(ELIGIBILITY), LettingsAssessment::eligibility,
          (b, v) -> b.eligibility(v))
      .required("qualification", RulesJson.decision(QUALIFICATION), LettingsAssessment::qualification,
          (b, v) -> b.qualification(v))
      .required("banding", RulesJson.decision(BANDING), LettingsAssessment::banding, (b, v) -> b.banding(v))
      .required("propertySizes", RulesJson.decision(SIZES), LettingsAssessment::propertySizes,
          (b, v) -> b.propertySizes(v))
      .describedAs("An application assessed as at a date: status, eligibility, qualification, band and sizes.")
      .build();

  public static final JsonCodec<BedroomReport> BEDROOM_REPORT = ObjectCodec.builder(BedroomReport.class,
          ImmutableBedroomReport::builder, b -> b.build())
      .required("bedroomStandard", RulesJson.decision(BEDROOM_NEED), BedroomReport::bedroomStandard,
          (b, v) -> b.bedroomStandard(v))
      .required("sizeCriteria", RulesJson.decision(BEDROOM_NEED), BedroomReport::sizeCriteria,
          (b, v) -> b.sizeCriteria(v))
      .required("statutoryOvercrowding", RulesJson.decision(OVERCROWDING), BedroomReport::statutoryOvercrowding,
          (b, v) -> b.statutoryOvercrowding(v))
      .required("propertySizes", RulesJson.decision(SIZES), BedroomReport::propertySizes, (b, v) -> b.propertySizes(v))
      .describedAs("The three bedroom calculations for a household, with the sizes it may bid for.")
      .build();

  static final ObjectCodec<ShortlistEntry> ENTRY = ObjectCodec.builder(ShortlistEntry.class,
          ImmutableShortlistEntry::builder, b -> b.build())
      .required("position", Codecs.integer(1, MAX_BIDS), ShortlistEntry::position, (b, v) -> b.position(v))
      .required("bid", BID, ShortlistEntry::bid, (b, v) -> b.bid(v))
      .required("band", BAND, ShortlistEntry::band, (b, v) -> b.band(v))
      .required("bandDate", Codecs.DATE, ShortlistEntry::bandDate, (b, v) -> b.bandDate(v))
      .required("registeredOn", Codecs.DATE, ShortlistEntry::registeredOn, (b, v) -> b.registeredOn(v))
      .build();

  static final ObjectCodec<SkippedBid> SKIPPED = ObjectCodec.builder(SkippedBid.class, ImmutableSkippedBid::builder,
          b -> b.build())
      .required("bid", BID, SkippedBid::bid, (b, v) -> b.bid(v))
      .required("reasons", Codecs.list(SKIP_REASON, 20), SkippedBid::reasons, (b, v) -> b.reasons(v))
      .build();

  static final ObjectCodec<Shortlist> SHORTLIST = ObjectCodec.builder(Shortlist.class, ImmutableShortlist::builder,
          b -> b.build())
      .required("advert", ADVERT_ID, Shortlist::advert, (b, v) -> b.advert(v))
      .alwaysWritten("entries", Codecs.list(ENTRY, MAX_BIDS), List.of(), Shortlist::entries, (b, v) -> b.entries(v))
      .alwaysWritten("skipped", Codecs.list(SKIPPED, MAX_BIDS), List.of(), Shortlist::skipped, (b, v) -> b.skipped(v))
      .build();

  /** A shortlist decision: the ordered bids and every skipped one, with the reasons. */
  public static final JsonCodec<uk.gov.worcester.housing.rules.common.Decision<Shortlist>> SHORTLIST_DECISION =
      RulesJson.decision(SHORTLIST);

  public static final JsonCodec<Letting> LETTING = ObjectCodec.builder(Letting.class, ImmutableLetting::builder,
          b -> b.build())
      .required("advert", ADVERT_ID, Letting::advert, (b, v) -> b.advert(v))
      .required("application", APPLICATION_ID, Letting::application, (b, v) -> b.application(v))
      .required("letOn", Codecs.DATE, Letting::letOn, (b, v) -> b.letOn(v))
      .required("district", CommonJson.LOCAL_AUTHORITY, Letting::district, (b, v) -> b.district(v))
      .required("bedrooms", Codecs.integer(0, Advert.MAX_BEDROOMS), Letting::bedrooms, (b, v) -> b.bedrooms(v))
      .required("band", BAND, Letting::band, (b, v) -> b.band(v))
      .required("owedHomelessnessDuty", Codecs.BOOLEAN, Letting::owedHomelessnessDuty,
          (b, v) -> b.owedHomelessnessDuty(v))
      .describedAs("A letting made through the register, as strategy reporting counts it (no personal data).")
      .build();

  private static final JsonCodec<Integer> COUNT = Codecs.integer(0, Integer.MAX_VALUE);

  public static final JsonCodec<LettingsFigures> FIGURES = ObjectCodec.builder(LettingsFigures.class,
          ImmutableLettingsFigures::builder, b -> b.build())
      .required("period", CommonJson.DATE_RANGE, LettingsFigures::period, (b, v) -> b.period(v))
      .required("lettings", COUNT, LettingsFigures::lettings, (b, v) -> b.lettings(v))
      .alwaysWritten("byBand", Codecs.map(BAND::code, BAND::parse, defs -> BAND.schema(defs), COUNT, 20), Map.of(),
          LettingsFigures::byBand, (b, v) -> b.byBand(v))
      .alwaysWritten("byBedrooms", Codecs.map(String::valueOf, LettingsJson::bedroomsKey,
          defs -> defs.object().put("type", "string").put("pattern", "^[0-9]{1,2}$"), COUNT, 20), Map.of(),
          LettingsFigures::byBedrooms, (b, v) -> b.byBedrooms(v))
      .alwaysWritten("byDistrict", Codecs.map(k -> k, Validation::valid,
          defs -> defs.object().put("type", "string").put("pattern", "^[EWSN][0-9]{8}$"), COUNT, 100), Map.of(),
          LettingsFigures::byDistrict, (b, v) -> b.byDistrict(v))
      .required("toHomelessHouseholds", COUNT, LettingsFigures::toHomelessHouseholds,
          (b, v) -> b.toHomelessHouseholds(v))
      .describedAs("The lettings made in a period, by band, size and district, and how many went to households "
          + "owed a homelessness duty: the figures strategy reporting uses.")
      .build();

  private static Validation<Seq<Problem>, Integer> bedroomsKey(String key) {
    if (key.matches("[0-9]{1,2}")) {
      return Validation.valid(Integer.parseInt(key));
    }
    return Validated.invalid(Problem.of(uk.gov.worcester.housing.core.common.ProblemCodes.INVALID_FORMAT,
        "a number of bedrooms, 0 to 99"));
  }

  /** Registers the lettings types and publishes their documents. */
  public static void register(CodecRegistry registry) {
    registry.add(BAND).add(PREFERENCE).add(NEED_KIND).add(CONDUCT_KIND).add(STATUS).add(FORCES).add(TENANCY)
        .add(PLACER).add(ROOM_KIND).add(OFFER_RESPONSE).add(REVIEWABLE).add(EVENT_TYPE).add(CALCULATOR).add(MOVE_DOWN)
        .add(DAY_OF_WEEK).add(CONNECTION).add(QUALIFICATION_TEST).add(ELIGIBILITY_STATUS).add(SKIP_REASON)
        .add(ApplicationId.class, APPLICATION_ID)
        .add(AdvertId.class, ADVERT_ID)
        .add(NeedFact.class, NEED)
        .add(ConductFinding.class, CONDUCT)
        .add(Room.class, ROOM)
        .add(BedroomFacts.class, BEDROOM_FACTS)
        .add(Application.class, APPLICATION)
        .add(RegisterEvent.class, EVENT)
        .add(ApplicationRecord.class, RECORD)
        .add(LocalLettingsPlan.class, PLAN)
        .add(Advert.class, ADVERT)
        .add(Bid.class, BID)
        .add(LettingOffer.class, OFFER)
        .add(LettingsPolicy.class, POLICY)
        .add(LettingsAssessment.class, ASSESSMENT)
        .add(BedroomReport.class, BEDROOM_REPORT)
        .add(Letting.class, LETTING)
        .add(LettingsFigures.class, FIGURES)
        .document("lettings-application", ApplicationRecord.class, "An application on the Home Choice Plus register "
            + "and its register events, as read by housing lettings band and bedrooms.")
        .document("lettings-advert", Advert.class, "A vacancy advertised through Home Choice Plus, with its criteria.")
        .document("lettings-bids", BIDS, "The bids on an advert, as read by housing lettings shortlist.")
        .document("lettings-offer", LettingOffer.class, "An offer of an advertised home and the answer.")
        .document("lettings-assessment", LettingsAssessment.class, "An application's status, eligibility, "
            + "qualification, band and property sizes as at a date, as written by housing lettings band.")
        .document("lettings-bedrooms", BedroomReport.class, "The bedroom standard, size criteria and statutory "
            + "overcrowding for a household, as written by housing lettings bedrooms.")
        .document("lettings-figures", LettingsFigures.class, "The lettings made in a period, as strategy reporting "
            + "counts them.")
        .document("lettings-shortlist", SHORTLIST_DECISION, "An advert's shortlist with every skipped bid, as written "
            + "by housing lettings shortlist.")
        .policy(POLICY_KIND, "lettings-policy", POLICY_DOCUMENT, "The Home Choice Plus allocation scheme as a policy "
            + "document: band order and criteria, qualification tests, bid limit and bedroom rules, with the source of "
            + "each figure.", LettingsJson.class, POLICY_RESOURCE);
  }
}
