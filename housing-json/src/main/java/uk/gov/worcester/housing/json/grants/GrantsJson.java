package uk.gov.worcester.housing.json.grants;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.grants.ApplicantGroup;
import uk.gov.worcester.housing.core.grants.CityPlanTheme;
import uk.gov.worcester.housing.core.grants.ContributionKind;
import uk.gov.worcester.housing.core.grants.CostCategory;
import uk.gov.worcester.housing.core.grants.CriterionScore;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantEvent;
import uk.gov.worcester.housing.core.grants.GrantEventType;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.core.grants.GrantReference;
import uk.gov.worcester.housing.core.grants.GrantScheme;
import uk.gov.worcester.housing.core.grants.GroupReference;
import uk.gov.worcester.housing.core.grants.MatchContribution;
import uk.gov.worcester.housing.core.grants.MonitoringReturn;
import uk.gov.worcester.housing.core.grants.OrganisationType;
import uk.gov.worcester.housing.core.grants.Project;
import uk.gov.worcester.housing.core.grants.ProjectCost;
import uk.gov.worcester.housing.core.grants.SkillLevel;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec.Slot;
import uk.gov.worcester.housing.json.common.UnionCodec;

/**
 * The JSON contract of the community grants facts: a grant application (group,
 * project, request and match, each match line with an explicit {@code "type"}), a grant record
 * (the application and its events, each with its {@code "type"}). The policy documents are in
 * {@link GrantsPolicyJson}.
 * The JSON of assessments, statuses, ledgers, rankings and monitoring is in
 * {@link GrantsDecisionsJson}.
 */
public final class GrantsJson {
  private GrantsJson() {}

  public static final EnumCodec<OrganisationType> ORGANISATION_TYPE = EnumCodec.of(OrganisationType.class,
      v -> switch (v) {
        case COMMUNITY_GROUP -> "An unincorporated community or residents' group.";
        case VOLUNTARY_ORGANISATION -> "A voluntary organisation that is not a registered charity.";
        case CHARITY -> "A registered charity or charitable incorporated organisation.";
        case SOCIAL_ENTERPRISE -> "A social enterprise or community interest company.";
        case INDIVIDUAL -> "A person applying alone: never eligible for a community grant.";
        case BUSINESS -> "A business run for profit.";
        case PUBLIC_BODY -> "A public body: a school, a parish council, a health body.";
      });

  public static final EnumCodec<SkillLevel> SKILL_LEVEL = EnumCodec.of(SkillLevel.class, v -> switch (v) {
    case GENERAL -> "General volunteering, valued at the scheme's general rate.";
    case SKILLED -> "Skilled work, such as a trade, valued at the skilled rate.";
    case PROFESSIONAL -> "Professional work at professional standard, valued at the professional rate.";
  });

  public static final EnumCodec<ContributionKind> CONTRIBUTION_KIND = EnumCodec.of(ContributionKind.class,
      v -> switch (v) {
        case CASH -> "Money the group puts in itself or has raised.";
        case VOLUNTEER_TIME -> "Hours given by volunteers (the total of all of them), at one skill level.";
        case EXPERTISE -> "Skilled or professional work given free, in hours.";
        case DONATED_GOODS -> "Goods given free, at their value, with evidence of it.";
        case DONATED_SERVICES -> "Services given free (a venue, printing, transport), at their value, with evidence.";
      });

  public static final EnumCodec<CityPlanTheme> CITY_PLAN_THEME = EnumCodec.of(CityPlanTheme.class, v -> switch (v) {
    case STRONGER_AND_CONNECTED_COMMUNITIES -> "Stronger and Connected Communities.";
    case PROSPEROUS_CITY -> "A Prosperous City.";
    case HEALTHY_AND_ACTIVE_CITY -> "A Healthy and Active City.";
    case HERITAGE_CITY_WITH_21ST_CENTURY_CULTURE -> "A Heritage City with a 21st Century Culture.";
    case BEAUTIFUL_CITY_FOR_FUTURE_GENERATIONS -> "Enhancing and Sustaining our Beautiful City for Future "
        + "Generations.";
  });

  public static final EnumCodec<CostCategory> COST_CATEGORY = EnumCodec.of(CostCategory.class,
      v -> (v.isCoreCost() ? "A core cost, which community grants do not fund: " : "A project cost: ")
          + v.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");

  public static final EnumCodec<GrantScheme> SCHEME = EnumCodec.of(GrantScheme.class, v -> switch (v) {
    case OUR_HAPPY_PLACE -> "The Our Happy Place community grant, Worcester 2016-17.";
    case COMMUNITY_GRANT_ROUND -> "A round of Worcester's general community grants; the application names it.";
  });

  public static final EnumCodec<GrantEventType> EVENT_TYPE = EnumCodec.of(GrantEventType.class, v -> switch (v) {
    case SCORED -> "Officers scored the bid against the round's published criteria.";
    case AWARDED -> "The grant was awarded; the amount is committed from the fund.";
    case REFUSED -> "The application was refused.";
    case WITHDRAWN -> "The application was withdrawn, or an award given back before any payment.";
    case PAID -> "A payment of the grant.";
    case MONITORING_RETURNED -> "The compulsory end-of-project monitoring return was received.";
    case UNDERSPENT -> "Part of the award, not yet paid, will not be needed and goes back to the fund.";
    case CLAWED_BACK -> "Money paid was recovered and goes back to the fund.";
  });

  public static final JsonCodec<GrantReference> GRANT_REFERENCE = Codecs.parsed("GrantReference",
      "The council's reference for a grant application: 1 to 64 letters, digits, '.', '_' or '-'.",
      CommonJson.IDENTIFIER_PATTERN, GrantReference::value, GrantReference::parse);

  public static final JsonCodec<GroupReference> GROUP_REFERENCE = Codecs.parsed("GroupReference",
      "The council's reference for an applicant group: 1 to 64 letters, digits, '.', '_' or '-'.",
      CommonJson.IDENTIFIER_PATTERN, GroupReference::value, GroupReference::parse);

  /** Hours to the hundredth, as decimal text ({@code "150.00"}), so they are exact. */
  public static final JsonCodec<BigDecimal> HOURS = Codecs.parsed("Hours",
      "A number of hours as decimal text with at most two places (\"150.5\"); written with two.",
      "^[0-9]{1,6}(\\.[0-9]{1,2})?$", h -> h.setScale(2).toPlainString(), GrantsJson::parseHours);

  private static Validation<Seq<Problem>, BigDecimal> parseHours(String text) {
    if (!text.matches("[0-9]{1,6}(\\.[0-9]{1,2})?")) {
      return Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT,
          "hours are written as decimal text with at most two places, such as 150.5"));
    }
    return Validation.valid(new BigDecimal(text).setScale(2));
  }

  private static final JsonCodec<Integer> COUNT = Codecs.integer(0, 1_000_000);

  public static final JsonCodec<ApplicantGroup> GROUP = ObjectCodec.builder(ApplicantGroup.class,
          ApplicantGroup::builder, b -> b.build())
      .required("reference", GROUP_REFERENCE, ApplicantGroup::reference, (b, v) -> b.reference(v))
      .required("name", Codecs.text(ApplicantGroup.MAX_NAME_LENGTH), ApplicantGroup::name, (b, v) -> b.name(v))
      .required("type", ORGANISATION_TYPE, ApplicantGroup::type, (b, v) -> b.type(v))
      .optional("registrationNumber", Codecs.text(20), ApplicantGroup::registrationNumber,
          (b, v) -> b.registrationNumber(v))
      .withDefault("hasTermsOfReference", Codecs.BOOLEAN, false, ApplicantGroup::hasTermsOfReference,
          (b, v) -> b.hasTermsOfReference(v))
      .required("members", Codecs.integer(1, 100_000), ApplicantGroup::members, (b, v) -> b.members(v))
      .optional("youngestMemberAge", Codecs.integer(0, 120), ApplicantGroup::youngestMemberAge,
          (b, v) -> b.youngestMemberAge(v))
      .describedAs("The group applying: its kind, terms of reference, members and the age of its youngest member. "
          + "Its name is published with an award.")
      .build();

  public static final JsonCodec<ProjectCost> COST = ObjectCodec.define(ProjectCost.class, f -> {
    Slot<CostCategory> category = f.required("category", COST_CATEGORY, ProjectCost::category);
    Slot<Money> amount = f.required("amount", CommonJson.MONEY, ProjectCost::amount);
    return in -> ProjectCost.of(in.get(category), in.get(amount));
  });

  public static final JsonCodec<Project> PROJECT = ObjectCodec.builder(Project.class, Project::builder, b -> b.build())
      .required("summary", Codecs.text(Project.MAX_TEXT_LENGTH), Project::summary, (b, v) -> b.summary(v))
      .required("wards", Codecs.list(CommonJson.WARD, 40), Project::wards, (b, v) -> b.wards(v))
      .optional("identifiedNeed", Codecs.text(Project.MAX_TEXT_LENGTH), Project::identifiedNeed,
          (b, v) -> b.identifiedNeed(v))
      .required("startsOn", Codecs.DATE, Project::startsOn, (b, v) -> b.startsOn(v))
      .required("endsOn", Codecs.DATE, Project::endsOn, (b, v) -> b.endsOn(v))
      .withDefault("expectedBeneficiaries", COUNT, 0, Project::expectedBeneficiaries,
          (b, v) -> b.expectedBeneficiaries(v))
      .list("costs", Codecs.list(COST, Project.MAX_COSTS), Project::costs, (b, v) -> b.costs(v))
      .list("themes", Codecs.list(CITY_PLAN_THEME, 5), p -> List.copyOf(p.themes()), (b, v) -> b.themes(v))
      .describedAs("The project: its purpose (published with an award), the wards whose residents benefit (main "
          + "ward first), the local need it answers, its days, reach, budget and City Plan themes.")
      .build();

  /** One line of match, told apart by its {@code "type"}. */
  public static final JsonCodec<MatchContribution> MATCH = UnionCodec.builder(MatchContribution.class, "type",
          CONTRIBUTION_KIND, MatchContribution::kind, "a match object")
      .variant(ContributionKind.CASH, MatchContribution.Cash.class, f -> {
        Slot<Money> amount = f.required("amount", CommonJson.MONEY, MatchContribution.Cash::amount);
        return in -> new MatchContribution.Cash(in.get(amount));
      })
      .variant(ContributionKind.VOLUNTEER_TIME, MatchContribution.VolunteerTime.class, f -> {
        Slot<Integer> volunteers = f.required("volunteers", Codecs.integer(1, MatchContribution.MAX_VOLUNTEERS),
            MatchContribution.VolunteerTime::volunteers);
        Slot<BigDecimal> hours = f.required("hours", HOURS, MatchContribution.VolunteerTime::hours);
        Slot<SkillLevel> skill = f.withDefault("skill", SKILL_LEVEL, SkillLevel.GENERAL,
            MatchContribution.VolunteerTime::skill);
        return in -> new MatchContribution.VolunteerTime(in.get(volunteers), in.get(hours), in.get(skill));
      })
      .variant(ContributionKind.EXPERTISE, MatchContribution.Expertise.class, f -> {
        Slot<BigDecimal> hours = f.required("hours", HOURS, MatchContribution.Expertise::hours);
        Slot<SkillLevel> skill = f.required("skill", SKILL_LEVEL, MatchContribution.Expertise::skill);
        return in -> new MatchContribution.Expertise(in.get(hours), in.get(skill));
      })
      .variant(ContributionKind.DONATED_GOODS, MatchContribution.Donation.class, f -> donation(f,
          ContributionKind.DONATED_GOODS))
      .variant(ContributionKind.DONATED_SERVICES, MatchContribution.Donation.class, f -> donation(f,
          ContributionKind.DONATED_SERVICES))
      .build();

  private static java.util.function.Function<ObjectCodec.Values, MatchContribution.Donation> donation(
      ObjectCodec.Fields<MatchContribution.Donation> f, ContributionKind kind) {
    Slot<Money> value = f.required("value", CommonJson.MONEY, MatchContribution.Donation::value);
    Slot<Optional<String>> evidence = f.optional("evidence",
        Codecs.text(MatchContribution.Donation.MAX_EVIDENCE_LENGTH), MatchContribution.Donation::evidence);
    return in -> new MatchContribution.Donation(kind, in.get(value), in.get(evidence));
  }

  public static final JsonCodec<GrantApplication> APPLICATION = ObjectCodec.builder(GrantApplication.class,
          GrantApplication::builder, b -> b.build())
      .required("reference", GRANT_REFERENCE, GrantApplication::reference, (b, v) -> b.reference(v))
      .required("scheme", SCHEME, GrantApplication::scheme, (b, v) -> b.scheme(v))
      .optional("round", Codecs.text(64), GrantApplication::round, (b, v) -> b.round(v))
      .required("receivedOn", Codecs.DATE, GrantApplication::receivedOn, (b, v) -> b.receivedOn(v))
      .required("group", GROUP, GrantApplication::group, (b, v) -> b.group(v))
      .required("project", PROJECT, GrantApplication::project, (b, v) -> b.project(v))
      .required("requested", CommonJson.MONEY, GrantApplication::requested, (b, v) -> b.requested(v))
      .alwaysWritten("match", Codecs.list(MATCH, GrantApplication.MAX_MATCH_LINES), List.of(),
          GrantApplication::match, (b, v) -> b.match(v))
      .build();

  public static final JsonCodec<CriterionScore> CRITERION_SCORE = ObjectCodec.define(CriterionScore.class, f -> {
    Slot<String> criterion = f.required("criterion", Codecs.text(40), CriterionScore::criterion);
    Slot<Integer> points = f.required("points", Codecs.integer(0, 1_000), CriterionScore::points);
    return in -> new CriterionScore(in.get(criterion), in.get(points));
  });

  public static final JsonCodec<MonitoringReturn> MONITORING_RETURN = ObjectCodec.builder(MonitoringReturn.class,
          MonitoringReturn::builder, b -> b.build())
      .required("delivered", Codecs.BOOLEAN, MonitoringReturn::delivered, (b, v) -> b.delivered(v))
      .required("spent", CommonJson.MONEY, MonitoringReturn::spent, (b, v) -> b.spent(v))
      .required("volunteers", COUNT, MonitoringReturn::volunteers, (b, v) -> b.volunteers(v))
      .required("volunteerHours", HOURS, MonitoringReturn::volunteerHours, (b, v) -> b.volunteerHours(v))
      .required("peopleBenefitted", COUNT, MonitoringReturn::peopleBenefitted, (b, v) -> b.peopleBenefitted(v))
      .optional("outcomes", Codecs.text(MonitoringReturn.MAX_OUTCOMES_LENGTH), MonitoringReturn::outcomes,
          (b, v) -> b.outcomes(v))
      .build();

  private static Slot<LocalDate> on(ObjectCodec.Fields<? extends GrantEvent> f) {
    return f.required("on", Codecs.DATE, GrantEvent::on);
  }

  /** One event: {@code {"type": "PAID", "on": "2016-11-01", "amount": "1663.50"}}. */
  public static final JsonCodec<GrantEvent> EVENT = UnionCodec.builder(GrantEvent.class, "type", EVENT_TYPE,
          GrantEvent::type, "an event object")
      .variant(GrantEventType.SCORED, GrantEvent.Scored.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<List<CriterionScore>> scores = f.required("scores", Codecs.list(CRITERION_SCORE, 50),
            GrantEvent.Scored::scores);
        return in -> new GrantEvent.Scored(in.get(on), in.get(scores));
      })
      .variant(GrantEventType.AWARDED, GrantEvent.Awarded.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<Money> amount = f.required("amount", CommonJson.MONEY, GrantEvent.Awarded::amount);
        return in -> new GrantEvent.Awarded(in.get(on), in.get(amount));
      })
      .variant(GrantEventType.REFUSED, GrantEvent.Refused.class, f -> {
        Slot<LocalDate> on = on(f);
        return in -> new GrantEvent.Refused(in.get(on));
      })
      .variant(GrantEventType.WITHDRAWN, GrantEvent.Withdrawn.class, f -> {
        Slot<LocalDate> on = on(f);
        return in -> new GrantEvent.Withdrawn(in.get(on));
      })
      .variant(GrantEventType.PAID, GrantEvent.Paid.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<Money> amount = f.required("amount", CommonJson.MONEY, GrantEvent.Paid::amount);
        return in -> new GrantEvent.Paid(in.get(on), in.get(amount));
      })
      .variant(GrantEventType.MONITORING_RETURNED, GrantEvent.MonitoringReturned.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<MonitoringReturn> report = f.required("report", MONITORING_RETURN,
            GrantEvent.MonitoringReturned::report);
        return in -> new GrantEvent.MonitoringReturned(in.get(on), in.get(report));
      })
      .variant(GrantEventType.UNDERSPENT, GrantEvent.Underspent.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<Money> amount = f.required("amount", CommonJson.MONEY, GrantEvent.Underspent::amount);
        return in -> new GrantEvent.Underspent(in.get(on), in.get(amount));
      })
      .variant(GrantEventType.CLAWED_BACK, GrantEvent.ClawedBack.class, f -> {
        Slot<LocalDate> on = on(f);
        Slot<Money> amount = f.required("amount", CommonJson.MONEY, GrantEvent.ClawedBack::amount);
        return in -> new GrantEvent.ClawedBack(in.get(on), in.get(amount));
      })
      .build();

  /** {@code {"application": {...}, "events": [...]}}: a grant as stored. */
  public static final JsonCodec<GrantRecord> RECORD = ObjectCodec.define(GrantRecord.class, f -> {
    Slot<GrantApplication> application = f.required("application", APPLICATION, GrantRecord::application);
    Slot<List<GrantEvent>> events = f.alwaysWritten("events", Codecs.list(EVENT, GrantRecord.MAX_EVENTS), List.of(),
        GrantRecord::events);
    return in -> GrantRecord.of(in.get(application), in.get(events));
  });

  /** A list of grant records, as read by housing grants monitor, rank and publish. */
  public static final JsonCodec<List<GrantRecord>> RECORDS = Codecs.list(RECORD, 10_000);

  /** Registers the grants facts, the decisions ({@link GrantsDecisionsJson}) and the policies ({@link GrantsPolicyJson}). */
  public static void register(CodecRegistry registry) {
    registry.add(ORGANISATION_TYPE).add(SKILL_LEVEL).add(CONTRIBUTION_KIND).add(CITY_PLAN_THEME).add(COST_CATEGORY)
        .add(SCHEME).add(EVENT_TYPE)
        .add(GrantReference.class, GRANT_REFERENCE)
        .add(GroupReference.class, GROUP_REFERENCE)
        .add(ApplicantGroup.class, GROUP)
        .add(ProjectCost.class, COST)
        .add(Project.class, PROJECT)
        .add(MatchContribution.class, MATCH)
        .add(GrantApplication.class, APPLICATION)
        .add(CriterionScore.class, CRITERION_SCORE)
        .add(MonitoringReturn.class, MONITORING_RETURN)
        .add(GrantEvent.class, EVENT)
        .add(GrantRecord.class, RECORD)
        .document("grant-application", GrantApplication.class, "An application for a community grant (Our Happy "
            + "Place, or a general round it names): the group, the project, the amount asked for and the match.")
        .document("grant-record", GrantRecord.class, "A community grant as stored: its application and its events "
            + "in date order. Reading it as a Grant also replays it under the scheme's rules.")
        .document("grant-records", RECORDS, "A list of grant records, as read by housing grants monitor, rank "
            + "and publish.");
    GrantsDecisionsJson.register(registry);
    GrantsPolicyJson.register(registry);
  }
}
