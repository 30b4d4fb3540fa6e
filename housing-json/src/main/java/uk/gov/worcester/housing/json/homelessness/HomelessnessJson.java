package uk.gov.worcester.housing.json.homelessness;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.homelessness.AbuseFacts;
import uk.gov.worcester.housing.core.homelessness.AbuseKind;
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
import uk.gov.worcester.housing.core.homelessness.EarlierPrivateRentedOffer;
import uk.gov.worcester.housing.core.homelessness.Offer;
import uk.gov.worcester.housing.core.household.Immigration;
import uk.gov.worcester.housing.core.household.Person;
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
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.JsonField;
import uk.gov.worcester.housing.json.common.JsonObjectIn;
import uk.gov.worcester.housing.json.common.JsonObjectOut;
import uk.gov.worcester.housing.json.household.HouseholdJson;

/**
 * The JSON contract of the homelessness facts: an approach, its events (each with an explicit
 * {@code "type"} from {@link EventType}, never a class name), a case record, placements and street
 * contacts. The JSON of decisions, case status and the H-CLIC return is in
 * {@link HomelessnessDecisionsJson}.
 */
public final class HomelessnessJson {
  private HomelessnessJson() {}

  public static final EnumCodec<NoticeKind> NOTICE_KIND = EnumCodec.of(NoticeKind.class);
  public static final EnumCodec<AbuseKind> ABUSE_KIND = EnumCodec.of(AbuseKind.class);
  public static final EnumCodec<VulnerabilityGround> GROUND = EnumCodec.of(VulnerabilityGround.class);
  public static final EnumCodec<LossReason> LOSS_REASON = EnumCodec.of(LossReason.class);
  public static final EnumCodec<ReferralBody> REFERRAL_BODY = EnumCodec.of(ReferralBody.class);
  public static final EnumCodec<DutyKind> DUTY_KIND = EnumCodec.of(DutyKind.class);
  public static final EnumCodec<DutyEndReason> END_REASON = EnumCodec.of(DutyEndReason.class);
  public static final EnumCodec<ReviewableDecision> REVIEWABLE = EnumCodec.of(ReviewableDecision.class);
  public static final EnumCodec<OfferKind> OFFER_KIND = EnumCodec.of(OfferKind.class);
  public static final EnumCodec<MainDutyOutcome> MAIN_DUTY_OUTCOME = EnumCodec.of(MainDutyOutcome.class);
  public static final EnumCodec<ReviewOutcome> REVIEW_OUTCOME = EnumCodec.of(ReviewOutcome.class);
  public static final EnumCodec<TemporaryAccommodationType> TA_TYPE = EnumCodec.of(TemporaryAccommodationType.class);
  public static final EnumCodec<EventType> EVENT_TYPE = EnumCodec.of(EventType.class);
  public static final EnumCodec<SleepingSite> SLEEPING_SITE = EnumCodec.of(SleepingSite.class);
  public static final EnumCodec<ContactSource> CONTACT_SOURCE = EnumCodec.of(ContactSource.class);

  public static final JsonCodec<CaseId> CASE_ID = Codecs.parsed(CaseId::value, CaseId::parse);
  public static final JsonCodec<StreetPersonId> STREET_PERSON_ID =
      Codecs.parsed(StreetPersonId::value, StreetPersonId::parse);
  public static final JsonCodec<Quarter> QUARTER = Codecs.parsed(Quarter::toString, Quarter::parse);

  public static final JsonCodec<TenancyNotice> TENANCY_NOTICE = Codecs.codec(
      (n, out) -> JsonObjectOut.start(out).field("kind", NOTICE_KIND, n.kind()).field("givenOn", Codecs.DATE, n.givenOn())
          .field("expiresOn", Codecs.DATE, n.expiresOn()).unlessDefault("valid", Codecs.BOOLEAN, n.valid(), true)
          .unlessDefault("onlyAccommodationAvailable", Codecs.BOOLEAN, n.onlyAccommodationAvailable(), true)
          .unlessDefault("landlordIntendsToSeekPossession", Codecs.BOOLEAN, n.landlordIntendsToSeekPossession(), true)
          .end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<NoticeKind> kind = in.required("kind", NOTICE_KIND);
        JsonField<LocalDate> given = in.required("givenOn", Codecs.DATE);
        JsonField<LocalDate> expires = in.required("expiresOn", Codecs.DATE);
        JsonField<Boolean> valid = in.optional("valid", Codecs.BOOLEAN, true);
        JsonField<Boolean> only = in.optional("onlyAccommodationAvailable", Codecs.BOOLEAN, true);
        JsonField<Boolean> seek = in.optional("landlordIntendsToSeekPossession", Codecs.BOOLEAN, true);
        return in.build(() -> TenancyNotice.builder().kind(kind.get()).givenOn(given.get()).expiresOn(expires.get())
            .valid(valid.get()).onlyAccommodationAvailable(only.get()).landlordIntendsToSeekPossession(seek.get())
            .build());
      });

  public static final JsonCodec<HousingSituation> SITUATION = Codecs.codec(
      (s, out) -> JsonObjectOut.start(out).field("hasAccommodation", Codecs.BOOLEAN, s.hasAccommodation())
          .unlessDefault("canSecureEntry", Codecs.BOOLEAN, s.canSecureEntry(), true)
          .unlessDefault("lawfulPitchOrMooring", Codecs.BOOLEAN, s.lawfulPitchOrMooring(), true)
          .unlessDefault("availableToWholeHousehold", Codecs.BOOLEAN, s.availableToWholeHousehold(), true)
          .unlessDefault("reasonableToContinueToOccupy", Codecs.BOOLEAN, s.reasonableToContinueToOccupy(), true)
          .optional("likelyLossDate", Codecs.DATE, s.likelyLossDate())
          .optional("notice", TENANCY_NOTICE, s.notice()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<Boolean> has = in.required("hasAccommodation", Codecs.BOOLEAN);
        JsonField<Boolean> entry = in.optional("canSecureEntry", Codecs.BOOLEAN, true);
        JsonField<Boolean> pitch = in.optional("lawfulPitchOrMooring", Codecs.BOOLEAN, true);
        JsonField<Boolean> whole = in.optional("availableToWholeHousehold", Codecs.BOOLEAN, true);
        JsonField<Boolean> reasonable = in.optional("reasonableToContinueToOccupy", Codecs.BOOLEAN, true);
        JsonField<Optional<LocalDate>> loss = in.optional("likelyLossDate", Codecs.DATE);
        JsonField<Optional<TenancyNotice>> notice = in.optional("notice", TENANCY_NOTICE);
        return in.build(() -> HousingSituation.builder().hasAccommodation(has.get()).canSecureEntry(entry.get())
            .lawfulPitchOrMooring(pitch.get()).availableToWholeHousehold(whole.get())
            .reasonableToContinueToOccupy(reasonable.get()).likelyLossDate(loss.get()).notice(notice.get()).build());
      });

  public static final JsonCodec<AbuseFacts> ABUSE = Codecs.codec(
      (a, out) -> JsonObjectOut.start(out).field("kind", ABUSE_KIND, a.kind())
          .unlessDefault("probableIfTheyStay", Codecs.BOOLEAN, a.probableIfTheyStay(), true)
          .unlessDefault("homelessBecauseOfIt", Codecs.BOOLEAN, a.homelessBecauseOfIt(), true)
          .list("areasOfRisk", Codecs.list(CommonJson.LOCAL_AUTHORITY), a.areasOfRisk()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<AbuseKind> kind = in.required("kind", ABUSE_KIND);
        JsonField<Boolean> probable = in.optional("probableIfTheyStay", Codecs.BOOLEAN, true);
        JsonField<Boolean> because = in.optional("homelessBecauseOfIt", Codecs.BOOLEAN, true);
        JsonField<List<LocalAuthority>> areas = in.list("areasOfRisk", Codecs.list(CommonJson.LOCAL_AUTHORITY, 50));
        return in.build(() -> AbuseFacts.builder().kind(kind.get()).probableIfTheyStay(probable.get())
            .homelessBecauseOfIt(because.get()).areasOfRisk(areas.get()).build());
      });

  public static final JsonCodec<VulnerabilityJudgement> JUDGEMENT = Codecs.codec(
      (j, out) -> JsonObjectOut.start(out).field("person", CommonJson.PERSON_ID, j.person())
          .field("ground", GROUND, j.ground()).field("vulnerable", Codecs.BOOLEAN, j.vulnerable())
          .field("judgedOn", Codecs.DATE, j.judgedOn()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<PersonId> person = in.required("person", CommonJson.PERSON_ID);
        JsonField<VulnerabilityGround> ground = in.required("ground", GROUND);
        JsonField<Boolean> vulnerable = in.required("vulnerable", Codecs.BOOLEAN);
        JsonField<LocalDate> on = in.required("judgedOn", Codecs.DATE);
        return in.build(() -> VulnerabilityJudgement.of(person.get(), ground.get(), vulnerable.get(), on.get()));
      });

  public static final JsonCodec<IntentionalityFinding> INTENTIONALITY = Codecs.codec(
      (f, out) -> JsonObjectOut.start(out)
          .field("deliberateActOrOmission", Codecs.BOOLEAN, f.deliberateActOrOmission())
          .optional("actOn", Codecs.DATE, f.actOn())
          .field("causedLossOfAccommodation", Codecs.BOOLEAN, f.causedLossOfAccommodation())
          .field("accommodationWasAvailableAndReasonable", Codecs.BOOLEAN, f.accommodationWasAvailableAndReasonable())
          .unlessDefault("goodFaithUnawareOfRelevantFact", Codecs.BOOLEAN, f.goodFaithUnawareOfRelevantFact(), false)
          .unlessDefault("collusion", Codecs.BOOLEAN, f.collusion(), false).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<Boolean> deliberate = in.required("deliberateActOrOmission", Codecs.BOOLEAN);
        JsonField<Optional<LocalDate>> actOn = in.optional("actOn", Codecs.DATE);
        JsonField<Boolean> caused = in.required("causedLossOfAccommodation", Codecs.BOOLEAN);
        JsonField<Boolean> reasonable = in.required("accommodationWasAvailableAndReasonable", Codecs.BOOLEAN);
        JsonField<Boolean> goodFaith = in.optional("goodFaithUnawareOfRelevantFact", Codecs.BOOLEAN, false);
        JsonField<Boolean> collusion = in.optional("collusion", Codecs.BOOLEAN, false);
        return in.build(() -> IntentionalityFinding.builder().deliberateActOrOmission(deliberate.get()).actOn(actOn.get())
            .causedLossOfAccommodation(caused.get()).accommodationWasAvailableAndReasonable(reasonable.get())
            .goodFaithUnawareOfRelevantFact(goodFaith.get()).collusion(collusion.get()).build());
      });

  public static final JsonCodec<PriorPlacement> PRIOR_PLACEMENT = Codecs.codec(
      (p, out) -> JsonObjectOut.start(out).field("placedBy", CommonJson.LOCAL_AUTHORITY, p.placedBy())
          .field("placedOn", Codecs.DATE, p.placedOn()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<LocalAuthority> by = in.required("placedBy", CommonJson.LOCAL_AUTHORITY);
        JsonField<LocalDate> on = in.required("placedOn", Codecs.DATE);
        return in.build(() -> PriorPlacement.of(by.get(), on.get()));
      });

  public static final JsonCodec<EarlierPrivateRentedOffer> EARLIER_PRIVATE_RENTED_OFFER = Codecs.codec(
      (o, out) -> JsonObjectOut.start(out).field("earlierCase", CASE_ID, o.earlierCase())
          .field("acceptedOn", Codecs.DATE, o.acceptedOn())
          .unlessDefault("earlierWasRepeatApplication", Codecs.BOOLEAN, o.earlierWasRepeatApplication(), false).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<CaseId> earlier = in.required("earlierCase", CASE_ID);
        JsonField<LocalDate> accepted = in.required("acceptedOn", Codecs.DATE);
        JsonField<Boolean> repeat = in.optional("earlierWasRepeatApplication", Codecs.BOOLEAN, false);
        return in.build(() -> EarlierPrivateRentedOffer.builder().earlierCase(earlier.get()).acceptedOn(accepted.get())
            .earlierWasRepeatApplication(repeat.get()).build());
      });

  public static final JsonCodec<Approach> APPROACH = Codecs.codec(
      (a, out) -> JsonObjectOut.start(out)
          .field("caseId", CASE_ID, a.caseId())
          .field("appliedOn", Codecs.DATE, a.appliedOn())
          .unlessDefault("authority", CommonJson.LOCAL_AUTHORITY, a.authority(), LocalAuthority.WORCESTER)
          .field("household", HouseholdJson.HOUSEHOLD, a.household())
          .field("situation", SITUATION, a.situation())
          .optional("abuse", ABUSE, a.abuse())
          .unlessDefault("emergency", Codecs.BOOLEAN, a.emergency(), false)
          .list("vulnerabilityJudgements", Codecs.list(JUDGEMENT), a.vulnerabilityJudgements())
          .unlessDefault("childrenActSection20DutyOwed", Codecs.BOOLEAN, a.childrenActSection20DutyOwed(), false)
          .optional("intentionality", INTENTIONALITY, a.intentionality())
          .optional("priorPlacement", PRIOR_PLACEMENT, a.priorPlacement())
          .optional("earlierPrivateRentedOffer", EARLIER_PRIVATE_RENTED_OFFER, a.earlierPrivateRentedOffer())
          .optional("asylumSupportArea", CommonJson.LOCAL_AUTHORITY, a.asylumSupportArea())
          .unlessDefault("lossReason", LOSS_REASON, a.lossReason(), LossReason.NOT_KNOWN)
          .unlessDefault("referredBy", REFERRAL_BODY, a.referredBy(), ReferralBody.SELF).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<CaseId> id = in.required("caseId", CASE_ID);
        JsonField<LocalDate> applied = in.required("appliedOn", Codecs.DATE);
        JsonField<LocalAuthority> authority = in.optional("authority", CommonJson.LOCAL_AUTHORITY, LocalAuthority.WORCESTER);
        JsonField<Household> household = in.required("household", HouseholdJson.HOUSEHOLD);
        JsonField<HousingSituation> situation = in.required("situation", SITUATION);
        JsonField<Optional<AbuseFacts>> abuse = in.optional("abuse", ABUSE);
        JsonField<Boolean> emergency = in.optional("emergency", Codecs.BOOLEAN, false);
        JsonField<List<VulnerabilityJudgement>> judgements = in.list("vulnerabilityJudgements",
            Codecs.list(JUDGEMENT, 100));
        JsonField<Boolean> s20 = in.optional("childrenActSection20DutyOwed", Codecs.BOOLEAN, false);
        JsonField<Optional<IntentionalityFinding>> intentional = in.optional("intentionality", INTENTIONALITY);
        JsonField<Optional<PriorPlacement>> prior = in.optional("priorPlacement", PRIOR_PLACEMENT);
        JsonField<Optional<EarlierPrivateRentedOffer>> earlierOffer = in.optional("earlierPrivateRentedOffer",
            EARLIER_PRIVATE_RENTED_OFFER);
        JsonField<Optional<LocalAuthority>> asylum = in.optional("asylumSupportArea", CommonJson.LOCAL_AUTHORITY);
        JsonField<LossReason> loss = in.optional("lossReason", LOSS_REASON, LossReason.NOT_KNOWN);
        JsonField<ReferralBody> referred = in.optional("referredBy", REFERRAL_BODY, ReferralBody.SELF);
        return in.build(() -> Approach.builder().caseId(id.get()).appliedOn(applied.get()).authority(authority.get())
            .household(household.get()).situation(situation.get()).abuse(abuse.get()).emergency(emergency.get())
            .vulnerabilityJudgements(judgements.get()).childrenActSection20DutyOwed(s20.get())
            .intentionality(intentional.get()).priorPlacement(prior.get())
            .earlierPrivateRentedOffer(earlierOffer.get()).asylumSupportArea(asylum.get())
            .lossReason(loss.get()).referredBy(referred.get()).build());
      });

  public static final JsonCodec<PlanStep> PLAN_STEP = Codecs.codec(
      (s, out) -> JsonObjectOut.start(out).text("description", s.description())
          .field("byApplicant", Codecs.BOOLEAN, s.byApplicant()).field("mandatory", Codecs.BOOLEAN, s.mandatory()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<String> description = in.required("description", Codecs.text(PlanStep.MAX_DESCRIPTION));
        JsonField<Boolean> byApplicant = in.required("byApplicant", Codecs.BOOLEAN);
        JsonField<Boolean> mandatory = in.required("mandatory", Codecs.BOOLEAN);
        return in.build(() -> new PlanStep(description.get(), byApplicant.get(), mandatory.get()));
      });

  public static final EnumCodec<TenancyTerm.Kind> TENANCY_TERM_KIND = EnumCodec.of(TenancyTerm.Kind.class);

  /** A tenancy term: {@code {"type": "FIXED_TERM", "months": 12}}, {@code {"type": "PERIODIC"}} or LIFETIME. */
  public static final JsonCodec<TenancyTerm> TENANCY_TERM = Codecs.codec(
      (t, out) -> {
        JsonObjectOut w = JsonObjectOut.start(out).field("type", TENANCY_TERM_KIND, t.kind());
        if (t instanceof TenancyTerm.FixedTerm f) {
          w.field("months", Codecs.integer(1, TenancyTerm.MAX_FIXED_TERM_MONTHS), f.months());
        }
        w.end();
      },
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<TenancyTerm.Kind> kind = in.required("type", TENANCY_TERM_KIND);
        JsonField<Optional<Integer>> months = in.optional("months",
            Codecs.integer(1, TenancyTerm.MAX_FIXED_TERM_MONTHS));
        return in.build(() -> {
          boolean fixed = kind.get() == TenancyTerm.Kind.FIXED_TERM;
          if (fixed == months.get().isEmpty()) {
            throw new InvalidValueException(io.vavr.collection.List.of(Problem.at("months",
                fixed ? ProblemCodes.REQUIRED : ProblemCodes.INCONSISTENT,
                fixed ? "is required for a fixed term" : "is given only for a fixed term")));
          }
          return switch (kind.get()) {
            case FIXED_TERM -> TenancyTerm.fixedTerm(months.get().get());
            case PERIODIC -> TenancyTerm.periodic();
            case LIFETIME -> TenancyTerm.lifetime();
          };
        });
      });

  public static final JsonCodec<Offer> OFFER = Codecs.codec(
      (o, out) -> JsonObjectOut.start(out).field("kind", OFFER_KIND, o.kind()).field("term", TENANCY_TERM, o.term())
          .field("consequencesExplained", Codecs.BOOLEAN, o.consequencesExplained()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<OfferKind> kind = in.required("kind", OFFER_KIND);
        JsonField<TenancyTerm> term = in.required("term", TENANCY_TERM);
        JsonField<Boolean> explained = in.required("consequencesExplained", Codecs.BOOLEAN);
        return in.build(() -> new Offer(kind.get(), term.get(), explained.get()));
      });

  public static final JsonCodec<Placement> PLACEMENT = Codecs.codec(
      (p, out) -> JsonObjectOut.start(out).text("reference", p.reference()).field("type", TA_TYPE, p.type())
          .field("district", CommonJson.LOCAL_AUTHORITY, p.district())
          .unlessDefault("sharedFacilities", Codecs.BOOLEAN, p.sharedFacilities(), true)
          .field("stay", CommonJson.DATE_RANGE, p.stay()).field("underDuty", DUTY_KIND, p.underDuty())
          .optional("endNote", Codecs.TEXT, p.endNote()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<String> ref = in.required("reference", Codecs.text(64));
        JsonField<TemporaryAccommodationType> type = in.required("type", TA_TYPE);
        JsonField<LocalAuthority> district = in.required("district", CommonJson.LOCAL_AUTHORITY);
        JsonField<Boolean> shared = in.optional("sharedFacilities", Codecs.BOOLEAN, true);
        JsonField<DateRange> stay = in.required("stay", CommonJson.DATE_RANGE);
        JsonField<DutyKind> duty = in.required("underDuty", DUTY_KIND);
        JsonField<Optional<String>> note = in.optional("endNote", Codecs.text(500));
        return in.build(() -> Placement.builder().reference(ref.get()).type(type.get()).district(district.get())
            .sharedFacilities(shared.get()).stay(stay.get()).underDuty(duty.get()).endNote(note.get()).build());
      });

  /** One event: {@code {"type": "DUTY_ENDED", "on": "2024-06-01", ...the type's own fields}}. */
  public static final EnumCodec<CircumstanceChange.Kind> CHANGE_KIND = EnumCodec.of(CircumstanceChange.Kind.class);

  /** A change of circumstances, with its own {@code "type"}: BIRTH, MEMBER_JOINED, MEMBER_LEFT and so on. */
  public static final JsonCodec<CircumstanceChange> CIRCUMSTANCE_CHANGE = Codecs.codec(
      (c, g) -> {
        JsonObjectOut out = JsonObjectOut.start(g).field("type", CHANGE_KIND, c.kind());
        switch (c.kind()) {
          case BIRTH -> out.field("child", HouseholdJson.PERSON, ((CircumstanceChange.Birth) c).child())
              .field("mother", CommonJson.PERSON_ID, ((CircumstanceChange.Birth) c).mother());
          case MEMBER_JOINED -> out.field("person", HouseholdJson.PERSON, ((CircumstanceChange.MemberJoined) c).person());
          case MEMBER_LEFT -> out.field("person", CommonJson.PERSON_ID, ((CircumstanceChange.MemberLeft) c).person());
          case IMMIGRATION_CHANGED -> out.field("person", CommonJson.PERSON_ID,
              ((CircumstanceChange.ImmigrationChanged) c).person()).field("immigration", HouseholdJson.IMMIGRATION,
              ((CircumstanceChange.ImmigrationChanged) c).immigration());
          case ACCOMMODATION_CHANGED -> out.field("situation", SITUATION,
              ((CircumstanceChange.AccommodationChanged) c).situation());
          case VULNERABILITY_JUDGED -> out.field("judgement", JUDGEMENT,
              ((CircumstanceChange.VulnerabilityJudged) c).judgement());
        }
        out.end();
      },
      node -> {
        if (!node.isObject()) {
          return Codecs.wrongType("a change object");
        }
        tools.jackson.databind.JsonNode typeNode = node.get("type");
        if (typeNode == null || typeNode.isNull()) {
          return Validated.invalid(Problem.at("type", ProblemCodes.REQUIRED, "is required: one of "
              + String.join(", ", CHANGE_KIND.codes().values())));
        }
        io.vavr.control.Validation<io.vavr.collection.Seq<Problem>, CircumstanceChange.Kind> t =
            CHANGE_KIND.read(typeNode);
        if (t.isInvalid()) {
          return io.vavr.control.Validation.invalid(t.getError().map(p -> p.within(
              uk.gov.worcester.housing.core.common.Path.of("type"))));
        }
        JsonObjectIn in = JsonObjectIn.of(node);
        in.required("type", CHANGE_KIND);
        return switch (t.get()) {
          case BIRTH -> {
            JsonField<Person> child = in.required("child", HouseholdJson.PERSON);
            JsonField<PersonId> mother = in.required("mother", CommonJson.PERSON_ID);
            yield in.build(() -> new CircumstanceChange.Birth(child.get(), mother.get()));
          }
          case MEMBER_JOINED -> {
            JsonField<Person> person = in.required("person", HouseholdJson.PERSON);
            yield in.build(() -> new CircumstanceChange.MemberJoined(person.get()));
          }
          case MEMBER_LEFT -> {
            JsonField<PersonId> person = in.required("person", CommonJson.PERSON_ID);
            yield in.build(() -> new CircumstanceChange.MemberLeft(person.get()));
          }
          case IMMIGRATION_CHANGED -> {
            JsonField<PersonId> person = in.required("person", CommonJson.PERSON_ID);
            JsonField<Immigration> immigration = in.required("immigration", HouseholdJson.IMMIGRATION);
            yield in.build(() -> new CircumstanceChange.ImmigrationChanged(person.get(), immigration.get()));
          }
          case ACCOMMODATION_CHANGED -> {
            JsonField<HousingSituation> situation = in.required("situation", SITUATION);
            yield in.build(() -> new CircumstanceChange.AccommodationChanged(situation.get()));
          }
          case VULNERABILITY_JUDGED -> {
            JsonField<VulnerabilityJudgement> judgement = in.required("judgement", JUDGEMENT);
            yield in.build(() -> new CircumstanceChange.VulnerabilityJudged(judgement.get()));
          }
        };
      });

  public static final JsonCodec<CaseEvent> EVENT = Codecs.codec(HomelessnessJson::writeEvent,
      HomelessnessJson::readEvent);

  private static void writeEvent(CaseEvent e, tools.jackson.core.JsonGenerator g) {
    JsonObjectOut out = JsonObjectOut.start(g).field("type", EVENT_TYPE, e.type()).field("on", Codecs.DATE, e.on());
    switch (e.type()) {
      case PREVENTION_DUTY_ACCEPTED, RELIEF_DUTY_ACCEPTED, INTERIM_ACCOMMODATION_PROVIDED -> { }
      case PLAN_AGREED -> {
        CaseEvent.PlanAgreed p = (CaseEvent.PlanAgreed) e;
        out.field("steps", Codecs.list(PLAN_STEP), p.steps()).field("agreedByApplicant", Codecs.BOOLEAN,
            p.agreedByApplicant());
      }
      case OFFER_MADE -> out.field("offer", OFFER, ((CaseEvent.OfferMade) e).offer());
      case DUTY_ENDED -> {
        CaseEvent.DutyEnded d = (CaseEvent.DutyEnded) e;
        out.field("duty", DUTY_KIND, d.duty()).field("reason", END_REASON, d.reason())
            .optional("noticeGivenOn", Codecs.DATE, d.noticeGivenOn());
      }
      case MAIN_DUTY_DECIDED -> out.field("outcome", MAIN_DUTY_OUTCOME, ((CaseEvent.MainDutyDecided) e).outcome());
      case RELEVANT_WARNING_GIVEN -> out.field("duty", DUTY_KIND, ((CaseEvent.RelevantWarningGiven) e).duty());
      case NON_COOPERATION_NOTICE_GIVEN -> {
        CaseEvent.NonCooperationNoticeGiven n = (CaseEvent.NonCooperationNoticeGiven) e;
        out.field("duty", DUTY_KIND, n.duty()).field("authorisedBySecondOfficer", Codecs.BOOLEAN,
            n.authorisedBySecondOfficer());
      }
      case REFERRAL_MADE -> out.field("to", CommonJson.LOCAL_AUTHORITY, ((CaseEvent.ReferralMade) e).to());
      case REVIEW_REQUESTED -> {
        CaseEvent.ReviewRequested r = (CaseEvent.ReviewRequested) e;
        out.field("decision", REVIEWABLE, r.decision()).field("notifiedOn", Codecs.DATE, r.notifiedOn())
            .unlessDefault("lateRequestAllowed", Codecs.BOOLEAN, r.lateRequestAllowed(), false);
      }
      case REVIEW_DECIDED -> {
        CaseEvent.ReviewDecided r = (CaseEvent.ReviewDecided) e;
        out.field("decision", REVIEWABLE, r.decision()).field("outcome", REVIEW_OUTCOME, r.outcome());
      }
      case PLACEMENT_STARTED -> out.field("placement", PLACEMENT, ((CaseEvent.PlacementStarted) e).placement());
      case PLACEMENT_ENDED -> out.text("reference", ((CaseEvent.PlacementEnded) e).reference());
      case CIRCUMSTANCES_CHANGED -> out.field("change", CIRCUMSTANCE_CHANGE,
          ((CaseEvent.CircumstancesChanged) e).change());
    }
    out.end();
  }

  private static io.vavr.control.Validation<io.vavr.collection.Seq<Problem>, CaseEvent> readEvent(
      tools.jackson.databind.JsonNode node) {
    if (!node.isObject()) {
      return Codecs.wrongType("an event object");
    }
    tools.jackson.databind.JsonNode typeNode = node.get("type");
    if (typeNode == null || typeNode.isNull()) {
      return Validated.invalid(Problem.at("type", ProblemCodes.REQUIRED, "is required: one of "
          + String.join(", ", EVENT_TYPE.codes().values())));
    }
    io.vavr.control.Validation<io.vavr.collection.Seq<Problem>, EventType> t = EVENT_TYPE.read(typeNode);
    if (t.isInvalid()) {
      return io.vavr.control.Validation.invalid(t.getError().map(p -> p.within(uk.gov.worcester.housing.core.common
          .Path.of("type"))));
    }
    JsonObjectIn in = JsonObjectIn.of(node);
    in.required("type", EVENT_TYPE);
    JsonField<LocalDate> on = in.required("on", Codecs.DATE);
    return switch (t.get()) {
      case PREVENTION_DUTY_ACCEPTED -> in.build(() -> new CaseEvent.PreventionDutyAccepted(on.get()));
      case RELIEF_DUTY_ACCEPTED -> in.build(() -> new CaseEvent.ReliefDutyAccepted(on.get()));
      case INTERIM_ACCOMMODATION_PROVIDED -> in.build(() -> new CaseEvent.InterimAccommodationProvided(on.get()));
      case PLAN_AGREED -> {
        JsonField<List<PlanStep>> steps = in.list("steps", Codecs.list(PLAN_STEP, 50));
        JsonField<Boolean> agreed = in.optional("agreedByApplicant", Codecs.BOOLEAN, true);
        yield in.build(() -> new CaseEvent.PlanAgreed(on.get(), steps.get(), agreed.get()));
      }
      case OFFER_MADE -> {
        JsonField<Offer> offer = in.required("offer", OFFER);
        yield in.build(() -> new CaseEvent.OfferMade(on.get(), offer.get()));
      }
      case DUTY_ENDED -> {
        JsonField<DutyKind> duty = in.required("duty", DUTY_KIND);
        JsonField<DutyEndReason> reason = in.required("reason", END_REASON);
        JsonField<Optional<LocalDate>> notice = in.optional("noticeGivenOn", Codecs.DATE);
        yield in.build(() -> new CaseEvent.DutyEnded(on.get(), duty.get(), reason.get(), notice.get()));
      }
      case MAIN_DUTY_DECIDED -> {
        JsonField<MainDutyOutcome> outcome = in.required("outcome", MAIN_DUTY_OUTCOME);
        yield in.build(() -> new CaseEvent.MainDutyDecided(on.get(), outcome.get()));
      }
      case RELEVANT_WARNING_GIVEN -> {
        JsonField<DutyKind> duty = in.required("duty", DUTY_KIND);
        yield in.build(() -> new CaseEvent.RelevantWarningGiven(on.get(), duty.get()));
      }
      case NON_COOPERATION_NOTICE_GIVEN -> {
        JsonField<DutyKind> duty = in.required("duty", DUTY_KIND);
        JsonField<Boolean> second = in.required("authorisedBySecondOfficer", Codecs.BOOLEAN);
        yield in.build(() -> new CaseEvent.NonCooperationNoticeGiven(on.get(), duty.get(), second.get()));
      }
      case REFERRAL_MADE -> {
        JsonField<LocalAuthority> to = in.required("to", CommonJson.LOCAL_AUTHORITY);
        yield in.build(() -> new CaseEvent.ReferralMade(on.get(), to.get()));
      }
      case REVIEW_REQUESTED -> {
        JsonField<ReviewableDecision> decision = in.required("decision", REVIEWABLE);
        JsonField<LocalDate> notified = in.required("notifiedOn", Codecs.DATE);
        JsonField<Boolean> late = in.optional("lateRequestAllowed", Codecs.BOOLEAN, false);
        yield in.build(() -> new CaseEvent.ReviewRequested(on.get(), decision.get(), notified.get(), late.get()));
      }
      case REVIEW_DECIDED -> {
        JsonField<ReviewableDecision> decision = in.required("decision", REVIEWABLE);
        JsonField<ReviewOutcome> outcome = in.required("outcome", REVIEW_OUTCOME);
        yield in.build(() -> new CaseEvent.ReviewDecided(on.get(), decision.get(), outcome.get()));
      }
      case PLACEMENT_STARTED -> {
        JsonField<Placement> placement = in.required("placement", PLACEMENT);
        yield in.build(() -> new CaseEvent.PlacementStarted(on.get(), placement.get()));
      }
      case PLACEMENT_ENDED -> {
        JsonField<String> ref = in.required("reference", Codecs.text(64));
        yield in.build(() -> new CaseEvent.PlacementEnded(on.get(), ref.get()));
      }
      case CIRCUMSTANCES_CHANGED -> {
        JsonField<CircumstanceChange> change = in.required("change", CIRCUMSTANCE_CHANGE);
        yield in.build(() -> new CaseEvent.CircumstancesChanged(on.get(), change.get()));
      }
    };
  }

  /** {@code {"approach": {...}, "events": [...]}}: a case as stored. */
  public static final JsonCodec<CaseRecord> CASE_RECORD = Codecs.codec(
      (r, out) -> JsonObjectOut.start(out).field("approach", APPROACH, r.approach())
          .field("events", Codecs.list(EVENT), r.events()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<Approach> approach = in.required("approach", APPROACH);
        JsonField<List<CaseEvent>> events = in.list("events", Codecs.list(EVENT, CaseRecord.MAX_EVENTS));
        return in.build(() -> CaseRecord.of(approach.get(), events.get()));
      });

  public static final JsonCodec<StreetContact> STREET_CONTACT = Codecs.codec(
      (c, out) -> JsonObjectOut.start(out).field("person", STREET_PERSON_ID, c.person())
          .field("night", Codecs.DATE, c.night()).field("site", SLEEPING_SITE, c.site())
          .unlessDefault("source", CONTACT_SOURCE, c.source(), ContactSource.OUTREACH_SHIFT)
          .unlessDefault("offerMade", Codecs.BOOLEAN, c.offerMade(), false)
          .optional("area", Codecs.TEXT, c.area()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<StreetPersonId> person = in.required("person", STREET_PERSON_ID);
        JsonField<LocalDate> night = in.required("night", Codecs.DATE);
        JsonField<SleepingSite> site = in.required("site", SLEEPING_SITE);
        JsonField<ContactSource> source = in.optional("source", CONTACT_SOURCE, ContactSource.OUTREACH_SHIFT);
        JsonField<Boolean> offer = in.optional("offerMade", Codecs.BOOLEAN, false);
        JsonField<Optional<String>> area = in.optional("area", Codecs.text(100));
        return in.build(() -> StreetContact.builder().person(person.get()).night(night.get()).site(site.get())
            .source(source.get()).offerMade(offer.get()).area(area.get()).build());
      });

  /** Registers the homelessness facts, and the decisions through {@link HomelessnessDecisionsJson}. */
  public static void register(CodecRegistry registry) {
    registry.add(NOTICE_KIND).add(ABUSE_KIND).add(GROUND).add(LOSS_REASON).add(REFERRAL_BODY).add(DUTY_KIND)
        .add(END_REASON).add(REVIEWABLE).add(OFFER_KIND).add(TENANCY_TERM_KIND).add(CHANGE_KIND).add(MAIN_DUTY_OUTCOME).add(REVIEW_OUTCOME).add(TA_TYPE)
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
        .add(Approach.class, APPROACH)
        .add(PlanStep.class, PLAN_STEP)
        .add(Offer.class, OFFER)
        .add(Placement.class, PLACEMENT)
        .add(CaseEvent.class, EVENT)
        .add(CaseRecord.class, CASE_RECORD)
        .add(StreetContact.class, STREET_CONTACT);
    HomelessnessDecisionsJson.register(registry);
  }
}
