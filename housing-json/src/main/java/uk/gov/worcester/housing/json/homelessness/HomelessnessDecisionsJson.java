package uk.gov.worcester.housing.json.homelessness;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.SleepingSite;
import uk.gov.worcester.housing.core.homelessness.StreetPersonId;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec.Slot;
import uk.gov.worcester.housing.json.rules.RulesJson;
import uk.gov.worcester.housing.rules.homelessness.Assessment;
import uk.gov.worcester.housing.rules.homelessness.AuthorityConnection;
import uk.gov.worcester.housing.rules.homelessness.CaseStatus;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.ConnectionGround;
import uk.gov.worcester.housing.rules.homelessness.Deadline;
import uk.gov.worcester.housing.rules.homelessness.DutiesOwed;
import uk.gov.worcester.housing.rules.homelessness.Duty;
import uk.gov.worcester.housing.rules.homelessness.Eligibility;
import uk.gov.worcester.housing.rules.homelessness.EligibilityStatus;
import uk.gov.worcester.housing.rules.homelessness.HomelessStatus;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.ImmutableDuty;
import uk.gov.worcester.housing.rules.homelessness.ImmutableEligibility;
import uk.gov.worcester.housing.rules.homelessness.Intentionality;
import uk.gov.worcester.housing.rules.homelessness.LocalConnection;
import uk.gov.worcester.housing.rules.homelessness.PlacementCheck;
import uk.gov.worcester.housing.rules.homelessness.PlacementFlag;
import uk.gov.worcester.housing.rules.homelessness.PriorityNeed;
import uk.gov.worcester.housing.rules.homelessness.PriorityNeedCategory;
import uk.gov.worcester.housing.rules.homelessness.PriorityNeedStatus;
import uk.gov.worcester.housing.rules.homelessness.Referral;
import uk.gov.worcester.housing.rules.homelessness.RepeatApplication;
import uk.gov.worcester.housing.rules.homelessness.RoughSleeperFinding;
import uk.gov.worcester.housing.rules.homelessness.SnapshotCount;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicFailure;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicRecord;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicReturn;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicSection;

/**
 * The JSON of homelessness decisions and reports: an assessment (each test a decision with reasons
 * and citations), a case (written as its record; read by replaying it through the Worcester
 * workflow, so an unlawful case read from JSON is a problem), a case's status as at a date, rough
 * sleeping findings and counts, and the H-CLIC return.
 */
public final class HomelessnessDecisionsJson {
  private HomelessnessDecisionsJson() {}

  public static final EnumCodec<HomelessStatus> HOMELESS_STATUS = EnumCodec.of(HomelessStatus.class, v -> switch (v) {
    case HOMELESS -> "Homeless: no accommodation the household is entitled to occupy and can reasonably go on "
        + "occupying (s.175).";
    case THREATENED -> "Threatened with homelessness within 56 days (s.175(4), (5)).";
    case NOT_HOMELESS -> "Neither homeless nor threatened with homelessness within 56 days.";
  });

  public static final EnumCodec<EligibilityStatus> ELIGIBILITY_STATUS = EnumCodec.of(EligibilityStatus.class,
      v -> switch (v) {
        case ELIGIBLE -> "Eligible for assistance (s.185).";
        case INELIGIBLE -> "Not eligible for assistance: advice and information only (s.185, s.179).";
        case NOT_YET_KNOWN -> "The applicant's immigration status is not yet established: inquiries continue "
            + "(s.184).";
      });

  public static final EnumCodec<PriorityNeedStatus> NEED_STATUS = EnumCodec.of(PriorityNeedStatus.class,
      v -> switch (v) {
        case YES -> "In priority need: at least one category applies.";
        case NO -> "Not in priority need.";
        case AWAITING_JUDGEMENT -> "It may turn on vulnerability, and the officer has not yet made that judgement.";
      });

  public static final EnumCodec<PriorityNeedCategory> NEED_CATEGORY = EnumCodec.of(PriorityNeedCategory.class,
      v -> switch (v) {
        case PREGNANT -> "A pregnant woman, or a person with whom she lives (s.189(1)(a)).";
        case DEPENDENT_CHILDREN -> "Dependent children live, or might reasonably be expected to live, with the "
            + "applicant (s.189(1)(b)).";
        case VULNERABLE_OLD_AGE -> "Vulnerable as a result of old age (s.189(1)(c)).";
        case VULNERABLE_MENTAL_ILLNESS_OR_LEARNING_DISABILITY -> "Vulnerable as a result of mental illness or "
            + "learning disability (s.189(1)(c)).";
        case VULNERABLE_PHYSICAL_DISABILITY -> "Vulnerable as a result of physical disability (s.189(1)(c)).";
        case VULNERABLE_OTHER_SPECIAL_REASON -> "Vulnerable for another special reason (s.189(1)(c)).";
        case EMERGENCY -> "Homeless or threatened as a result of an emergency such as flood or fire (s.189(1)(d)).";
        case DOMESTIC_ABUSE_VICTIM -> "Homeless because a victim of domestic abuse, from 5 July 2021 "
            + "(s.189(1)(e)).";
        case AGED_16_OR_17 -> "Aged 16 or 17, not a relevant child and not owed a Children Act s.20 duty "
            + "(SI 2002/2051 art.3).";
        case CARE_LEAVER_UNDER_21 -> "Under 21 and looked after, accommodated or fostered at 16 or 17 (art.4).";
        case VULNERABLE_HAVING_BEEN_LOOKED_AFTER -> "Vulnerable, aged 21 or over, having been looked after, "
            + "accommodated or fostered (art.5(1)).";
        case VULNERABLE_ARMED_FORCES -> "Vulnerable having been a member of the regular armed forces (art.5(2)).";
        case VULNERABLE_CUSTODY -> "Vulnerable having served a custodial sentence, been remanded or committed "
            + "(art.5(3)).";
        case VULNERABLE_FLED_VIOLENCE -> "Vulnerable having ceased to occupy accommodation because of violence or "
            + "threats (art.6).";
      });

  public static final EnumCodec<Intentionality> INTENTIONALITY = EnumCodec.of(Intentionality.class, v -> switch (v) {
    case INTENTIONAL -> "Became homeless intentionally (s.191).";
    case NOT_INTENTIONAL -> "Did not become homeless intentionally.";
    case NOT_YET_DECIDED -> "No finding recorded yet: inquiries continue.";
  });

  public static final EnumCodec<ConnectionGround> CONNECTION_GROUND = EnumCodec.of(ConnectionGround.class,
      v -> switch (v) {
        case RESIDENCE -> "Normal residence of choice, by the referral guidelines' periods (s.199(1)(a)).";
        case EMPLOYMENT -> "Non-casual employment there (s.199(1)(b)).";
        case FAMILY -> "Close family resident there for the guidelines' period (s.199(1)(c)).";
        case CARE_LEAVER -> "The authority that looked after a care leaver (s.199(8)-(11)).";
        case ASYLUM_SUPPORT -> "The district of Home Office asylum support accommodation (s.199(6)).";
      });

  public static final EnumCodec<PlacementFlag> PLACEMENT_FLAG = EnumCodec.of(PlacementFlag.class, v -> switch (v) {
    case BED_AND_BREAKFAST_WITH_CHILDREN -> "Bed and breakfast as SI 2003/3326 art.2 defines it (not "
        + "self-contained, facilities shared, not run by a council, a registered provider or a voluntary organisation) "
        + "for a household with children or a pregnant member: only when nothing else is available.";
    case BED_AND_BREAKFAST_OVER_SIX_WEEKS -> "Bed and breakfast for such a household past the Order's six "
        + "weeks in all (SI 2003/3326 art.4(1)(b)): unlawful.";
    case BED_AND_BREAKFAST_OVER_LOCAL_LIMIT -> "Bed and breakfast for such a household past the council's own "
        + "stricter limit, within the Order's six weeks.";
    case BED_AND_BREAKFAST_NOT_RULED_OUT -> "For such a household, a hostel or other placement taken not to be bed "
        + "and breakfast only from its type's assumption: record whether it is self-contained and who runs it "
        + "(SI 2003/3326 art.2).";
    case BED_AND_BREAKFAST_AGED_16_OR_17 -> "An applicant aged 16 or 17 in bed and breakfast: never suitable.";
    case OUT_OF_AREA -> "Outside the council's district: notify the other authority (s.208).";
    case DUTY_ENDED -> "The household is still placed, but the duty the placement was under has ended.";
  });

  public static final EnumCodec<HclicSection> HCLIC_SECTION = EnumCodec.of(HclicSection.class, v -> switch (v) {
    case MAIN -> "The main case record of the H-CLIC return.";
    case PEOPLE -> "The people in the household.";
    case SUPPORT -> "Support needs.";
    case PREVENTION -> "The prevention duty.";
    case RELIEF -> "The relief duty.";
    case FINAL_DUTIES -> "Decisions on the main and other final duties.";
    case ASSISTANCE -> "Assistance provided.";
    case TEMPORARY_ACCOMMODATION -> "Temporary accommodation.";
    case REVIEWS -> "Reviews of decisions.";
  });

  public static final EnumCodec<RepeatApplication> REPEAT_APPLICATION = EnumCodec.of(RepeatApplication.class,
      v -> switch (v) {
        case NOT_A_REPEAT_APPLICATION -> "No earlier private rented sector offer is recorded.";
        case WITHIN_TWO_YEARS -> "A re-application within two years beginning with the day a private rented sector "
            + "offer was accepted: the main duty whatever the priority need (s.195A(1)).";
        case AFTER_TWO_YEARS -> "A re-application after the two years ended.";
        case PRECEDING_APPLICATION_WAS_REPEAT -> "The immediately preceding application was itself one s.195A(1) "
            + "applied to (s.195A(6)).";
        case RESTRICTED_CASE -> "The council could be satisfied only by regard to a restricted person (s.195A(5)).";
      });

  /** The repeat application decision's outcome: {@code {"status": "WITHIN_TWO_YEARS"}}. */
  public static final ObjectCodec<RepeatApplication> REPEAT_APPLICATION_OUTCOME = RulesJson.statusOutcome(
      "RepeatApplicationOutcome", REPEAT_APPLICATION);

  /** The homelessness decision's outcome: {@code {"status": "HOMELESS"}}. */
  public static final ObjectCodec<HomelessStatus> HOMELESS_OUTCOME = RulesJson.statusOutcome("HomelessnessOutcome",
      HOMELESS_STATUS);

  /** The intentionality decision's outcome: {@code {"status": "NOT_INTENTIONAL"}}. */
  public static final ObjectCodec<Intentionality> INTENTIONALITY_OUTCOME = RulesJson.statusOutcome(
      "IntentionalityOutcome", INTENTIONALITY);

  /** The one order of every list of duty kinds: the DutyKind code list's. */
  static final String DUTY_KIND_ORDER = "In the order of the DutyKind code list: INTERIM_ACCOMMODATION, PREVENTION, "
      + "RELIEF, MAIN, INTENTIONALLY_HOMELESS_ACCOMMODATION, NON_COOPERATION_ACCOMMODATION.";

  /** A list of duty kinds of at most {@code max}, in the order of the DutyKind code list. */
  static JsonCodec<List<DutyKind>> dutyKinds(int max) {
    return Codecs.ordered(Codecs.list(HomelessnessJson.DUTY_KIND, max), Comparator.naturalOrder(), DUTY_KIND_ORDER);
  }

  public static final ObjectCodec<Eligibility> ELIGIBILITY = ObjectCodec.builder(Eligibility.class,
          ImmutableEligibility::builder, b -> b.build())
      .required("status", ELIGIBILITY_STATUS, Eligibility::status, (b, v) -> b.status(v))
      .list("disregardedMembers", Codecs.list(CommonJson.PERSON_ID, 30), Eligibility::disregardedMembers,
          (b, v) -> b.disregardedMembers(v))
      .list("restrictedPersons", Codecs.list(CommonJson.PERSON_ID, 30), Eligibility::restrictedPersons,
          (b, v) -> b.restrictedPersons(v))
      .alwaysWritten("reliesOnRestrictedPerson", Codecs.BOOLEAN, false, Eligibility::reliesOnRestrictedPerson,
          (b, v) -> b.reliesOnRestrictedPerson(v))
      .derived("restrictedCase", Codecs.BOOLEAN, Eligibility::restrictedCase)
      .build();

  public static final ObjectCodec<PriorityNeed> PRIORITY_NEED = ObjectCodec.define(PriorityNeed.class, f -> {
    Slot<PriorityNeedStatus> status = f.required("status", NEED_STATUS, PriorityNeed::status);
    Slot<List<PriorityNeedCategory>> categories = f.list("categories", Codecs.list(NEED_CATEGORY, 20),
        PriorityNeed::categories);
    return in -> PriorityNeed.of(in.get(status), in.get(categories));
  });

  public static final JsonCodec<AuthorityConnection> AUTHORITY_CONNECTION = ObjectCodec.define(
      AuthorityConnection.class, f -> {
        Slot<LocalAuthority> authority = f.required("authority", CommonJson.LOCAL_AUTHORITY,
            AuthorityConnection::authority);
        Slot<List<ConnectionGround>> grounds = f.required("grounds", Codecs.list(CONNECTION_GROUND, 10),
            AuthorityConnection::grounds);
        return in -> AuthorityConnection.of(in.get(authority), in.get(grounds));
      });

  public static final ObjectCodec<LocalConnection> LOCAL_CONNECTION = ObjectCodec.define(LocalConnection.class, f -> {
    Slot<List<AuthorityConnection>> list = f.alwaysWritten("connections", Codecs.list(AUTHORITY_CONNECTION, 100),
        List.of(), LocalConnection::connections);
    return in -> LocalConnection.of(in.get(list));
  });

  public static final ObjectCodec<Referral> REFERRAL = ObjectCodec.define(Referral.class, f -> {
    Slot<Boolean> open = f.required("open", Codecs.BOOLEAN, Referral::open);
    Slot<List<LocalAuthority>> to = f.alwaysWritten("to", Codecs.list(CommonJson.LOCAL_AUTHORITY, 100), List.of(),
        Referral::to);
    return in -> Referral.of(in.get(open), in.get(to));
  });

  public static final ObjectCodec<DutiesOwed> DUTIES_OWED = ObjectCodec.define(DutiesOwed.class, f -> {
    Slot<List<DutyKind>> duties = f.alwaysWritten("duties", dutyKinds(10), List.of(), DutiesOwed::duties);
    Slot<Boolean> byItself = f.required("reliefEndsByItself", Codecs.BOOLEAN, DutiesOwed::reliefEndsByItself);
    return in -> DutiesOwed.of(in.get(duties), in.get(byItself));
  });

  public static final JsonCodec<Assessment> ASSESSMENT = ObjectCodec.builder(Assessment.class, Assessment::builder,
          b -> b.build())
      .required("caseId", HomelessnessJson.CASE_ID, Assessment::caseId, (b, v) -> b.caseId(v))
      .required("asAt", Codecs.DATE, Assessment::asAt, (b, v) -> b.asAt(v))
      .required("lawVersion", Codecs.text(100), Assessment::lawVersion, (b, v) -> b.lawVersion(v))
      .required("homelessness", RulesJson.decision(HOMELESS_OUTCOME), Assessment::homelessness,
          (b, v) -> b.homelessness(v))
      .required("eligibility", RulesJson.decision(ELIGIBILITY), Assessment::eligibility, (b, v) -> b.eligibility(v))
      .required("priorityNeed", RulesJson.decision(PRIORITY_NEED), Assessment::priorityNeed,
          (b, v) -> b.priorityNeed(v))
      .required("intentionality", RulesJson.decision(INTENTIONALITY_OUTCOME), Assessment::intentionality,
          (b, v) -> b.intentionality(v))
      .required("localConnection", RulesJson.decision(LOCAL_CONNECTION), Assessment::localConnection,
          (b, v) -> b.localConnection(v))
      .required("referral", RulesJson.decision(REFERRAL), Assessment::referral, (b, v) -> b.referral(v))
      .required("repeatApplication", RulesJson.decision(REPEAT_APPLICATION_OUTCOME), Assessment::repeatApplication,
          (b, v) -> b.repeatApplication(v))
      .required("duties", RulesJson.decision(DUTIES_OWED), Assessment::duties, (b, v) -> b.duties(v))
      .build();

  public static final JsonCodec<Duty> DUTY = ObjectCodec.builder(Duty.class, ImmutableDuty::builder, b -> b.build())
      .required("kind", HomelessnessJson.DUTY_KIND, Duty::kind, (b, v) -> b.kind(v))
      .required("startedOn", Codecs.DATE, Duty::startedOn, (b, v) -> b.startedOn(v))
      .optional("endedOn", Codecs.DATE, Duty::endedOn, (b, v) -> b.endedOn(v))
      .optional("endReason", HomelessnessJson.END_REASON, Duty::endReason, (b, v) -> b.endReason(v))
      .optional("noticeGivenOn", Codecs.DATE, Duty::noticeGivenOn, (b, v) -> b.noticeGivenOn(v))
      .build();

  public static final JsonCodec<Deadline> DEADLINE = ObjectCodec.define(Deadline.class, f -> {
    Slot<LocalDate> due = f.required("dueOn", Codecs.DATE, Deadline::dueOn);
    Slot<String> code = f.required("code", Codecs.text(100), Deadline::code);
    Slot<String> text = f.required("text", Codecs.TEXT, Deadline::text);
    Slot<Citation> citation = f.required("citation", CommonJson.CITATION, Deadline::citation);
    return in -> Deadline.of(in.get(due), in.get(code), in.get(text), in.get(citation));
  });

  public static final JsonCodec<PlacementCheck> PLACEMENT_CHECK = ObjectCodec.builder(PlacementCheck.class,
          PlacementCheck::builder, b -> b.build())
      .required("placement", HomelessnessJson.PLACEMENT, PlacementCheck::placement, (b, v) -> b.placement(v))
      .required("asAt", Codecs.DATE, PlacementCheck::asAt, (b, v) -> b.asAt(v))
      .alwaysWritten("flags", Codecs.list(PLACEMENT_FLAG, 10), List.of(), PlacementCheck::flags, (b, v) -> b.flags(v))
      .alwaysWritten("reasons", Codecs.list(RulesJson.REASON, 20), List.of(), PlacementCheck::reasons,
          (b, v) -> b.reasons(v))
      .required("daysPlaced", Codecs.integer(0, Integer.MAX_VALUE), c -> (int) c.daysPlaced(),
          (b, v) -> b.daysPlaced(v))
      .build();

  public static final JsonCodec<CaseStatus> CASE_STATUS = ObjectCodec.builder(CaseStatus.class, CaseStatus::builder,
          b -> b.build())
      .required("caseId", HomelessnessJson.CASE_ID, CaseStatus::caseId, (b, v) -> b.caseId(v))
      .required("asAt", Codecs.DATE, CaseStatus::asAt, (b, v) -> b.asAt(v))
      .alwaysWritten("liveDuties", dutyKinds(10), List.of(), CaseStatus::liveDuties, (b, v) -> b.liveDuties(v))
      .alwaysWritten("duties", Codecs.ordered(Codecs.list(DUTY, 50),
              Comparator.comparing(Duty::startedOn).thenComparing(Duty::kind),
              "By the day each duty started, then in the order of the DutyKind code list."),
          List.of(), CaseStatus::duties, (b, v) -> b.duties(v))
      .alwaysWritten("deadlines", Codecs.list(DEADLINE, 500), List.of(), CaseStatus::deadlines,
          (b, v) -> b.deadlines(v))
      .alwaysWritten("placements", Codecs.list(PLACEMENT_CHECK, 100), List.of(), CaseStatus::placements,
          (b, v) -> b.placements(v))
      .build();

  /** A case: written as its record; read by replaying it through the Worcester workflow. */
  public static final JsonCodec<HomelessnessCase> CASE = Codecs.codec(
      (c, out) -> HomelessnessJson.CASE_RECORD.write(c.record(), out),
      node -> HomelessnessJson.CASE_RECORD.read(node).flatMap((CaseRecord r) -> CaseWorkflow.worcester().replay(r)),
      HomelessnessJson.CASE_RECORD::schema);

  public static final JsonCodec<RoughSleeperFinding> ROUGH_SLEEPER = ObjectCodec.builder(RoughSleeperFinding.class,
          RoughSleeperFinding::builder, b -> b.build())
      .required("person", HomelessnessJson.STREET_PERSON_ID, RoughSleeperFinding::person, (b, v) -> b.person(v))
      .required("firstNightThisSpell", Codecs.DATE, RoughSleeperFinding::firstNightThisSpell,
          (b, v) -> b.firstNightThisSpell(v))
      .required("newRoughSleeper", Codecs.BOOLEAN, RoughSleeperFinding::newRoughSleeper,
          (b, v) -> b.newRoughSleeper(v))
      .optional("firstOfferOn", Codecs.DATE, RoughSleeperFinding::firstOfferOn, (b, v) -> b.firstOfferOn(v))
      .required("offerBeforeSecondNight", Codecs.BOOLEAN, RoughSleeperFinding::offerBeforeSecondNight,
          (b, v) -> b.offerBeforeSecondNight(v))
      .required("nightsSeen", Codecs.integer(0, 100_000), RoughSleeperFinding::nightsSeen, (b, v) -> b.nightsSeen(v))
      .build();

  private static final JsonCodec<Map<SleepingSite, Integer>> BY_SITE = Codecs.map(SleepingSite::name,
      HomelessnessJson.SLEEPING_SITE::parse, HomelessnessJson.SLEEPING_SITE::schema,
      Codecs.integer(0, 1_000_000), 20);

  public static final JsonCodec<SnapshotCount> SNAPSHOT = ObjectCodec.builder(SnapshotCount.class,
          SnapshotCount::builder, b -> b.build())
      .required("night", Codecs.DATE, SnapshotCount::night, (b, v) -> b.night(v))
      .required("count", Codecs.integer(0, 1_000_000), SnapshotCount::count, (b, v) -> b.count(v))
      .required("bySite", BY_SITE, SnapshotCount::bySite, (b, v) -> b.bySite(v))
      .required("excludedContacts", Codecs.integer(0, 1_000_000), SnapshotCount::excludedContacts,
          (b, v) -> b.excludedContacts(v))
      .build();

  private static final JsonCodec<Map<String, String>> ITEMS = Codecs.map(k -> k,
      k -> k.matches("[A-Za-z][A-Za-z0-9_]{0,63}") ? io.vavr.control.Validation.valid(k)
          : Validated.invalid(uk.gov.worcester.housing.core.common.Problem.of("INVALID_FORMAT",
              "an item name is letters, digits and underscores")),
      defs -> defs.object().put("type", "string").put("pattern", "^[A-Za-z][A-Za-z0-9_]{0,63}$"),
      Codecs.text(200), 100);

  public static final JsonCodec<HclicRecord> HCLIC_RECORD = ObjectCodec.builder(HclicRecord.class,
          HclicRecord::builder, b -> b.build())
      .required("section", HCLIC_SECTION, HclicRecord::section, (b, v) -> b.section(v))
      .required("caseId", HomelessnessJson.CASE_ID, HclicRecord::caseId, (b, v) -> b.caseId(v))
      .required("items", ITEMS, HclicRecord::items, (b, v) -> b.items(v))
      .build();

  public static final JsonCodec<HclicFailure> HCLIC_FAILURE = ObjectCodec.define(HclicFailure.class, f -> {
    Slot<CaseId> id = f.required("caseId", HomelessnessJson.CASE_ID, HclicFailure::caseId);
    Slot<HclicSection> section = f.required("section", HCLIC_SECTION, HclicFailure::section);
    Slot<String> item = f.required("item", Codecs.text(100), HclicFailure::item);
    Slot<String> rule = f.required("rule", Codecs.text(100), HclicFailure::rule);
    Slot<String> message = f.required("message", Codecs.TEXT, HclicFailure::message);
    return in -> HclicFailure.of(in.get(id), in.get(section), in.get(item), in.get(rule), in.get(message));
  });

  public static final JsonCodec<HclicReturn> HCLIC_RETURN = ObjectCodec.builder(HclicReturn.class,
          HclicReturn::builder, b -> b.build())
      .required("quarter", HomelessnessJson.QUARTER, HclicReturn::quarter, (b, v) -> b.quarter(v))
      .required("authority", CommonJson.LOCAL_AUTHORITY, HclicReturn::authority, (b, v) -> b.authority(v))
      .required("codeTableVersion", Codecs.text(100), HclicReturn::codeTableVersion,
          (b, v) -> b.codeTableVersion(v))
      .alwaysWritten("records", Codecs.list(HCLIC_RECORD, 1_000_000), List.of(), HclicReturn::records,
          (b, v) -> b.records(v))
      .alwaysWritten("failures", Codecs.list(HCLIC_FAILURE, 1_000_000), List.of(), HclicReturn::failures,
          (b, v) -> b.failures(v))
      .build();

  static void register(CodecRegistry registry) {
    registry.add(HOMELESS_STATUS).add(ELIGIBILITY_STATUS).add(NEED_STATUS).add(NEED_CATEGORY).add(INTENTIONALITY)
        .add(CONNECTION_GROUND).add(PLACEMENT_FLAG).add(HCLIC_SECTION).add(REPEAT_APPLICATION)
        .add(Eligibility.class, ELIGIBILITY)
        .add(PriorityNeed.class, PRIORITY_NEED)
        .add(AuthorityConnection.class, AUTHORITY_CONNECTION)
        .add(LocalConnection.class, LOCAL_CONNECTION)
        .add(Referral.class, REFERRAL)
        .add(DutiesOwed.class, DUTIES_OWED)
        .add(Assessment.class, ASSESSMENT)
        .add(Duty.class, DUTY)
        .add(Deadline.class, DEADLINE)
        .add(PlacementCheck.class, PLACEMENT_CHECK)
        .add(CaseStatus.class, CASE_STATUS)
        .add(HomelessnessCase.class, CASE)
        .add(RoughSleeperFinding.class, ROUGH_SLEEPER)
        .add(SnapshotCount.class, SNAPSHOT)
        .add(HclicRecord.class, HCLIC_RECORD)
        .add(HclicFailure.class, HCLIC_FAILURE)
        .add(HclicReturn.class, HCLIC_RETURN)
        .document("assessment", Assessment.class, "The assessment of an approach as at a date: homelessness, "
            + "eligibility, priority need, intentionality, local connection, referral and the duties owed, each a "
            + "decision with its outcome, reasons and citations.")
        .document("case-status", CaseStatus.class, "A case as at a date: the duties live, every deadline "
            + "(earliest first) and the suitability of current placements.")
        .document("rough-sleeper-finding", RoughSleeperFinding.class, "What a period's street contacts say about "
            + "one person.")
        .document("snapshot-count", SnapshotCount.class, "The rough sleeping snapshot count for one night.")
        .document("hclic-return", HclicReturn.class, "A quarter's H-CLIC return for one authority, as data, with "
            + "every validation failure.");
  }
}
