package uk.gov.worcester.housing.json.homelessness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.homelessness.SleepingSite;
import uk.gov.worcester.housing.core.homelessness.StreetPersonId;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.JsonField;
import uk.gov.worcester.housing.json.common.JsonObjectIn;
import uk.gov.worcester.housing.json.common.JsonObjectOut;
import uk.gov.worcester.housing.json.rules.RulesJson;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reason;
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

  public static final EnumCodec<HomelessStatus> HOMELESS_STATUS = EnumCodec.of(HomelessStatus.class);
  public static final EnumCodec<EligibilityStatus> ELIGIBILITY_STATUS = EnumCodec.of(EligibilityStatus.class);
  public static final EnumCodec<PriorityNeedStatus> NEED_STATUS = EnumCodec.of(PriorityNeedStatus.class);
  public static final EnumCodec<PriorityNeedCategory> NEED_CATEGORY = EnumCodec.of(PriorityNeedCategory.class);
  public static final EnumCodec<Intentionality> INTENTIONALITY = EnumCodec.of(Intentionality.class);
  public static final EnumCodec<ConnectionGround> CONNECTION_GROUND = EnumCodec.of(ConnectionGround.class);
  public static final EnumCodec<PlacementFlag> PLACEMENT_FLAG = EnumCodec.of(PlacementFlag.class);
  public static final EnumCodec<HclicSection> HCLIC_SECTION = EnumCodec.of(HclicSection.class);
  public static final EnumCodec<RepeatApplication> REPEAT_APPLICATION = EnumCodec.of(RepeatApplication.class);

  public static final JsonCodec<Eligibility> ELIGIBILITY = Codecs.codec(
      (e, out) -> JsonObjectOut.start(out).field("status", ELIGIBILITY_STATUS, e.status())
          .list("disregardedMembers", Codecs.list(CommonJson.PERSON_ID), e.disregardedMembers())
          .list("restrictedPersons", Codecs.list(CommonJson.PERSON_ID), e.restrictedPersons())
          .field("restrictedCase", Codecs.BOOLEAN, e.restrictedCase()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<EligibilityStatus> status = in.required("status", ELIGIBILITY_STATUS);
        JsonField<List<PersonId>> disregarded = in.list("disregardedMembers", Codecs.list(CommonJson.PERSON_ID, 30));
        JsonField<List<PersonId>> restricted = in.list("restrictedPersons", Codecs.list(CommonJson.PERSON_ID, 30));
        in.optional("restrictedCase", Codecs.BOOLEAN);
        return in.build(() -> ImmutableEligibility.builder().status(status.get()).disregardedMembers(disregarded.get())
            .restrictedPersons(restricted.get()).build());
      });

  public static final JsonCodec<PriorityNeed> PRIORITY_NEED = Codecs.codec(
      (p, out) -> JsonObjectOut.start(out).field("status", NEED_STATUS, p.status())
          .list("categories", Codecs.list(NEED_CATEGORY), p.categories()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<PriorityNeedStatus> status = in.required("status", NEED_STATUS);
        JsonField<List<PriorityNeedCategory>> categories = in.list("categories", Codecs.list(NEED_CATEGORY, 20));
        return in.build(() -> PriorityNeed.of(status.get(), categories.get()));
      });

  public static final JsonCodec<AuthorityConnection> AUTHORITY_CONNECTION = Codecs.codec(
      (c, out) -> JsonObjectOut.start(out).field("authority", CommonJson.LOCAL_AUTHORITY, c.authority())
          .field("grounds", Codecs.list(CONNECTION_GROUND), c.grounds()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<LocalAuthority> authority = in.required("authority", CommonJson.LOCAL_AUTHORITY);
        JsonField<List<ConnectionGround>> grounds = in.required("grounds", Codecs.list(CONNECTION_GROUND, 10));
        return in.build(() -> AuthorityConnection.of(authority.get(), grounds.get()));
      });

  public static final JsonCodec<LocalConnection> LOCAL_CONNECTION = Codecs.codec(
      (c, out) -> JsonObjectOut.start(out).field("connections", Codecs.list(AUTHORITY_CONNECTION), c.connections()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<List<AuthorityConnection>> list = in.list("connections", Codecs.list(AUTHORITY_CONNECTION, 100));
        return in.build(() -> LocalConnection.of(list.get()));
      });

  public static final JsonCodec<Referral> REFERRAL = Codecs.codec(
      (r, out) -> JsonObjectOut.start(out).field("open", Codecs.BOOLEAN, r.open())
          .field("to", Codecs.list(CommonJson.LOCAL_AUTHORITY), r.to()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<Boolean> open = in.required("open", Codecs.BOOLEAN);
        JsonField<List<LocalAuthority>> to = in.list("to", Codecs.list(CommonJson.LOCAL_AUTHORITY, 100));
        return in.build(() -> Referral.of(open.get(), to.get()));
      });

  public static final JsonCodec<DutiesOwed> DUTIES_OWED = Codecs.codec(
      (d, out) -> JsonObjectOut.start(out).field("duties", Codecs.list(HomelessnessJson.DUTY_KIND), d.duties())
          .field("reliefEndsByItself", Codecs.BOOLEAN, d.reliefEndsByItself()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<List<DutyKind>> duties = in.list("duties", Codecs.list(HomelessnessJson.DUTY_KIND, 10));
        JsonField<Boolean> byItself = in.required("reliefEndsByItself", Codecs.BOOLEAN);
        return in.build(() -> DutiesOwed.of(duties.get(), byItself.get()));
      });

  public static final JsonCodec<Assessment> ASSESSMENT = Codecs.codec(
      (a, out) -> JsonObjectOut.start(out).field("caseId", HomelessnessJson.CASE_ID, a.caseId())
          .field("asAt", Codecs.DATE, a.asAt()).text("lawVersion", a.lawVersion())
          .field("homelessness", RulesJson.decision(HOMELESS_STATUS), a.homelessness())
          .field("eligibility", RulesJson.decision(ELIGIBILITY), a.eligibility())
          .field("priorityNeed", RulesJson.decision(PRIORITY_NEED), a.priorityNeed())
          .field("intentionality", RulesJson.decision(INTENTIONALITY), a.intentionality())
          .field("localConnection", RulesJson.decision(LOCAL_CONNECTION), a.localConnection())
          .field("referral", RulesJson.decision(REFERRAL), a.referral())
          .field("repeatApplication", RulesJson.decision(REPEAT_APPLICATION), a.repeatApplication())
          .field("duties", RulesJson.decision(DUTIES_OWED), a.duties()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<CaseId> id = in.required("caseId", HomelessnessJson.CASE_ID);
        JsonField<LocalDate> asAt = in.required("asAt", Codecs.DATE);
        JsonField<String> law = in.required("lawVersion", Codecs.text(100));
        JsonField<Decision<HomelessStatus>> homeless = in.required("homelessness", RulesJson.decision(HOMELESS_STATUS));
        JsonField<Decision<Eligibility>> eligibility = in.required("eligibility", RulesJson.decision(ELIGIBILITY));
        JsonField<Decision<PriorityNeed>> need = in.required("priorityNeed", RulesJson.decision(PRIORITY_NEED));
        JsonField<Decision<Intentionality>> intent = in.required("intentionality", RulesJson.decision(INTENTIONALITY));
        JsonField<Decision<LocalConnection>> connection = in.required("localConnection",
            RulesJson.decision(LOCAL_CONNECTION));
        JsonField<Decision<Referral>> referral = in.required("referral", RulesJson.decision(REFERRAL));
        JsonField<Decision<RepeatApplication>> repeat = in.required("repeatApplication",
            RulesJson.decision(REPEAT_APPLICATION));
        JsonField<Decision<DutiesOwed>> duties = in.required("duties", RulesJson.decision(DUTIES_OWED));
        return in.build(() -> Assessment.builder().repeatApplication(repeat.get()).caseId(id.get()).asAt(asAt.get()).lawVersion(law.get())
            .homelessness(homeless.get()).eligibility(eligibility.get()).priorityNeed(need.get())
            .intentionality(intent.get()).localConnection(connection.get()).referral(referral.get())
            .duties(duties.get()).build());
      });

  public static final JsonCodec<Duty> DUTY = Codecs.codec(
      (d, out) -> JsonObjectOut.start(out).field("kind", HomelessnessJson.DUTY_KIND, d.kind())
          .field("startedOn", Codecs.DATE, d.startedOn()).optional("endedOn", Codecs.DATE, d.endedOn())
          .optional("endReason", HomelessnessJson.END_REASON, d.endReason())
          .optional("noticeGivenOn", Codecs.DATE, d.noticeGivenOn()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<DutyKind> kind = in.required("kind", HomelessnessJson.DUTY_KIND);
        JsonField<LocalDate> started = in.required("startedOn", Codecs.DATE);
        JsonField<Optional<LocalDate>> ended = in.optional("endedOn", Codecs.DATE);
        JsonField<Optional<DutyEndReason>> reason = in.optional("endReason", HomelessnessJson.END_REASON);
        JsonField<Optional<LocalDate>> notice = in.optional("noticeGivenOn", Codecs.DATE);
        return in.build(() -> ImmutableDuty.builder().kind(kind.get()).startedOn(started.get()).endedOn(ended.get())
            .endReason(reason.get()).noticeGivenOn(notice.get()).build());
      });

  public static final JsonCodec<Deadline> DEADLINE = Codecs.codec(
      (d, out) -> JsonObjectOut.start(out).field("dueOn", Codecs.DATE, d.dueOn()).text("code", d.code())
          .text("text", d.text()).field("citation", CommonJson.CITATION, d.citation()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<LocalDate> due = in.required("dueOn", Codecs.DATE);
        JsonField<String> code = in.required("code", Codecs.text(100));
        JsonField<String> text = in.required("text", Codecs.TEXT);
        JsonField<Citation> citation = in.required("citation", CommonJson.CITATION);
        return in.build(() -> Deadline.of(due.get(), code.get(), text.get(), citation.get()));
      });

  public static final JsonCodec<PlacementCheck> PLACEMENT_CHECK = Codecs.codec(
      (c, out) -> JsonObjectOut.start(out).field("placement", HomelessnessJson.PLACEMENT, c.placement())
          .field("asAt", Codecs.DATE, c.asAt()).field("flags", Codecs.list(PLACEMENT_FLAG), c.flags())
          .field("reasons", Codecs.list(RulesJson.REASON), c.reasons())
          .field("daysPlaced", Codecs.integer(0, Integer.MAX_VALUE), (int) c.daysPlaced()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<Placement> placement = in.required("placement", HomelessnessJson.PLACEMENT);
        JsonField<LocalDate> asAt = in.required("asAt", Codecs.DATE);
        JsonField<List<PlacementFlag>> flags = in.list("flags", Codecs.list(PLACEMENT_FLAG, 10));
        JsonField<List<Reason>> reasons = in.list("reasons", Codecs.list(RulesJson.REASON, 20));
        JsonField<Integer> days = in.required("daysPlaced", Codecs.integer(0, Integer.MAX_VALUE));
        return in.build(() -> PlacementCheck.builder().placement(placement.get()).asAt(asAt.get()).flags(flags.get())
            .reasons(reasons.get()).daysPlaced(days.get()).build());
      });

  public static final JsonCodec<CaseStatus> CASE_STATUS = Codecs.codec(
      (s, out) -> JsonObjectOut.start(out).field("caseId", HomelessnessJson.CASE_ID, s.caseId())
          .field("asAt", Codecs.DATE, s.asAt())
          .field("liveDuties", Codecs.list(HomelessnessJson.DUTY_KIND), s.liveDuties())
          .field("duties", Codecs.list(DUTY), s.duties())
          .field("deadlines", Codecs.list(DEADLINE), s.deadlines())
          .field("placements", Codecs.list(PLACEMENT_CHECK), s.placements()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<CaseId> id = in.required("caseId", HomelessnessJson.CASE_ID);
        JsonField<LocalDate> asAt = in.required("asAt", Codecs.DATE);
        JsonField<List<DutyKind>> live = in.list("liveDuties", Codecs.list(HomelessnessJson.DUTY_KIND, 10));
        JsonField<List<Duty>> duties = in.list("duties", Codecs.list(DUTY, 50));
        JsonField<List<Deadline>> deadlines = in.list("deadlines", Codecs.list(DEADLINE, 500));
        JsonField<List<PlacementCheck>> placements = in.list("placements", Codecs.list(PLACEMENT_CHECK, 100));
        return in.build(() -> CaseStatus.builder().caseId(id.get()).asAt(asAt.get()).liveDuties(live.get())
            .duties(duties.get()).deadlines(deadlines.get()).placements(placements.get()).build());
      });

  /** A case: written as its record; read by replaying it through the Worcester workflow. */
  public static final JsonCodec<HomelessnessCase> CASE = Codecs.codec(
      (c, out) -> HomelessnessJson.CASE_RECORD.write(c.record(), out),
      node -> HomelessnessJson.CASE_RECORD.read(node).flatMap((CaseRecord r) -> CaseWorkflow.worcester().replay(r)));

  public static final JsonCodec<RoughSleeperFinding> ROUGH_SLEEPER = Codecs.codec(
      (f, out) -> JsonObjectOut.start(out).field("person", HomelessnessJson.STREET_PERSON_ID, f.person())
          .field("firstNightThisSpell", Codecs.DATE, f.firstNightThisSpell())
          .field("newRoughSleeper", Codecs.BOOLEAN, f.newRoughSleeper())
          .optional("firstOfferOn", Codecs.DATE, f.firstOfferOn())
          .field("offerBeforeSecondNight", Codecs.BOOLEAN, f.offerBeforeSecondNight())
          .field("nightsSeen", Codecs.integer(0, 100_000), f.nightsSeen()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<StreetPersonId> person = in.required("person", HomelessnessJson.STREET_PERSON_ID);
        JsonField<LocalDate> first = in.required("firstNightThisSpell", Codecs.DATE);
        JsonField<Boolean> isNew = in.required("newRoughSleeper", Codecs.BOOLEAN);
        JsonField<Optional<LocalDate>> offer = in.optional("firstOfferOn", Codecs.DATE);
        JsonField<Boolean> before = in.required("offerBeforeSecondNight", Codecs.BOOLEAN);
        JsonField<Integer> nights = in.required("nightsSeen", Codecs.integer(0, 100_000));
        return in.build(() -> RoughSleeperFinding.builder().person(person.get()).firstNightThisSpell(first.get())
            .newRoughSleeper(isNew.get()).firstOfferOn(offer.get()).offerBeforeSecondNight(before.get())
            .nightsSeen(nights.get()).build());
      });

  private static final JsonCodec<Map<SleepingSite, Integer>> BY_SITE = Codecs.map(SleepingSite::name,
      HomelessnessJson.SLEEPING_SITE::parse,
      Codecs.integer(0, 1_000_000), 20);

  public static final JsonCodec<SnapshotCount> SNAPSHOT = Codecs.codec(
      (s, out) -> JsonObjectOut.start(out).field("night", Codecs.DATE, s.night())
          .field("count", Codecs.integer(0, 1_000_000), s.count()).field("bySite", BY_SITE, s.bySite())
          .field("excludedContacts", Codecs.integer(0, 1_000_000), s.excludedContacts()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<LocalDate> night = in.required("night", Codecs.DATE);
        JsonField<Integer> count = in.required("count", Codecs.integer(0, 1_000_000));
        JsonField<Map<SleepingSite, Integer>> bySite = in.required("bySite", BY_SITE);
        JsonField<Integer> excluded = in.required("excludedContacts", Codecs.integer(0, 1_000_000));
        return in.build(() -> SnapshotCount.builder().night(night.get()).count(count.get()).bySite(bySite.get())
            .excludedContacts(excluded.get()).build());
      });

  private static final JsonCodec<Map<String, String>> ITEMS = Codecs.map(k -> k,
      k -> k.matches("[A-Za-z][A-Za-z0-9_]{0,63}") ? io.vavr.control.Validation.valid(k)
          : Validated.invalid(uk.gov.worcester.housing.core.common.Problem.of("INVALID_FORMAT",
              "an item name is letters, digits and underscores")),
      Codecs.text(200), 100);

  public static final JsonCodec<HclicRecord> HCLIC_RECORD = Codecs.codec(
      (r, out) -> JsonObjectOut.start(out).field("section", HCLIC_SECTION, r.section())
          .field("caseId", HomelessnessJson.CASE_ID, r.caseId()).field("items", ITEMS, r.items()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<HclicSection> section = in.required("section", HCLIC_SECTION);
        JsonField<CaseId> id = in.required("caseId", HomelessnessJson.CASE_ID);
        JsonField<Map<String, String>> items = in.required("items", ITEMS);
        return in.build(() -> HclicRecord.builder().section(section.get()).caseId(id.get()).items(items.get()).build());
      });

  public static final JsonCodec<HclicFailure> HCLIC_FAILURE = Codecs.codec(
      (f, out) -> JsonObjectOut.start(out).field("caseId", HomelessnessJson.CASE_ID, f.caseId())
          .field("section", HCLIC_SECTION, f.section()).text("item", f.item()).text("rule", f.rule())
          .text("message", f.message()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<CaseId> id = in.required("caseId", HomelessnessJson.CASE_ID);
        JsonField<HclicSection> section = in.required("section", HCLIC_SECTION);
        JsonField<String> item = in.required("item", Codecs.text(100));
        JsonField<String> rule = in.required("rule", Codecs.text(100));
        JsonField<String> message = in.required("message", Codecs.TEXT);
        return in.build(() -> HclicFailure.of(id.get(), section.get(), item.get(), rule.get(), message.get()));
      });

  public static final JsonCodec<HclicReturn> HCLIC_RETURN = Codecs.codec(
      (r, out) -> JsonObjectOut.start(out).field("quarter", HomelessnessJson.QUARTER, r.quarter())
          .field("authority", CommonJson.LOCAL_AUTHORITY, r.authority()).text("codeTableVersion", r.codeTableVersion())
          .field("records", Codecs.list(HCLIC_RECORD), r.records())
          .field("failures", Codecs.list(HCLIC_FAILURE), r.failures()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<Quarter> quarter = in.required("quarter", HomelessnessJson.QUARTER);
        JsonField<LocalAuthority> authority = in.required("authority", CommonJson.LOCAL_AUTHORITY);
        JsonField<String> version = in.required("codeTableVersion", Codecs.text(100));
        JsonField<List<HclicRecord>> records = in.list("records", Codecs.list(HCLIC_RECORD, 1_000_000));
        JsonField<List<HclicFailure>> failures = in.list("failures", Codecs.list(HCLIC_FAILURE, 1_000_000));
        return in.build(() -> HclicReturn.builder().quarter(quarter.get()).authority(authority.get())
            .codeTableVersion(version.get()).records(records.get()).failures(failures.get()).build());
      });

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
        .add(HclicReturn.class, HCLIC_RETURN);
  }
}
