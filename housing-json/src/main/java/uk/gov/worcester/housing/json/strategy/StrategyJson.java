package uk.gov.worcester.housing.json.strategy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.strategy.ActionProgress;
import uk.gov.worcester.housing.core.strategy.ActionStatus;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.CityPlanOutcome;
import uk.gov.worcester.housing.core.strategy.Direction;
import uk.gov.worcester.housing.core.strategy.Figure;
import uk.gov.worcester.housing.core.strategy.ImmutablePartnershipPlan;
import uk.gov.worcester.housing.core.strategy.Indicator;
import uk.gov.worcester.housing.core.strategy.IndicatorMethod;
import uk.gov.worcester.housing.core.strategy.Measure;
import uk.gov.worcester.housing.core.strategy.MouPrinciple;
import uk.gov.worcester.housing.core.strategy.NoteKind;
import uk.gov.worcester.housing.core.strategy.PartnerAgency;
import uk.gov.worcester.housing.core.strategy.PartnershipPlan;
import uk.gov.worcester.housing.core.strategy.PlanAction;
import uk.gov.worcester.housing.core.strategy.PlanCodes;
import uk.gov.worcester.housing.core.strategy.PlanSource;
import uk.gov.worcester.housing.core.strategy.Priority;
import uk.gov.worcester.housing.core.strategy.ProgressNote;
import uk.gov.worcester.housing.core.strategy.RagRating;
import uk.gov.worcester.housing.core.strategy.SourceKind;
import uk.gov.worcester.housing.core.strategy.YearValue;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec.Slot;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.json.common.UnionCodec;
import uk.gov.worcester.housing.json.rules.RulesJson;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.strategy.ActionCounts;
import uk.gov.worcester.housing.rules.strategy.ActionLine;
import uk.gov.worcester.housing.rules.strategy.IndicatorCounts;
import uk.gov.worcester.housing.rules.strategy.IndicatorLine;
import uk.gov.worcester.housing.rules.strategy.PlanVersion;
import uk.gov.worcester.housing.rules.strategy.PriorityProgress;
import uk.gov.worcester.housing.rules.strategy.ProgressReport;
import uk.gov.worcester.housing.rules.strategy.TargetStatus;
import uk.gov.worcester.housing.rules.strategy.Trend;

/**
 * The JSON contract of the housing strategy: the partnership plan document (a policy-like
 * document of dated versions, {@code {"policy": "HOUSING_PARTNERSHIP_PLAN", "versions": [...]}},
 * because a later plan is a new version that takes effect on a date), an area, a computed figure,
 * and the yearly progress report. The Worcestershire Housing Partnership Plan 2017 ships as the
 * default document ({@link #RESOURCE}); {@link #worcestershire()} reads it.
 */
public final class StrategyJson {
  private StrategyJson() {}

  /** The plan document's {@code "policy"} code. */
  public static final String KIND = "HOUSING_PARTNERSHIP_PLAN";
  /** The shipped Worcestershire plan, beside this class. */
  public static final String RESOURCE = "policy/worcestershire-housing-partnership-plan.json";

  public static final EnumCodec<SourceKind> SOURCE_KIND = EnumCodec.of(SourceKind.class, v -> switch (v) {
    case STATED -> "A source document states it; its citation says where.";
    case ILLUSTRATIVE -> "Example data, to show how the library works; a council replaces it with its own.";
    case UNCONFIRMED -> "The best known wording or figure, not confirmed in a source read for this library.";
  });

  public static final EnumCodec<ActionStatus> ACTION_STATUS = EnumCodec.of(ActionStatus.class, v -> switch (v) {
    case NOT_STARTED -> "Work has not begun.";
    case IN_PROGRESS -> "Work is under way and on course.";
    case COMPLETED -> "Done.";
    case DELAYED -> "Taking longer than planned.";
    case AT_RISK -> "Under way, but may not be delivered without help.";
  });

  public static final EnumCodec<RagRating> RAG = EnumCodec.of(RagRating.class, v -> switch (v) {
    case RED -> "Off track: needs the partnership's attention.";
    case AMBER -> "Some slippage or risk: watch.";
    case GREEN -> "On track or done.";
  });

  public static final EnumCodec<Direction> DIRECTION = EnumCodec.of(Direction.class, v -> switch (v) {
    case HIGHER_IS_BETTER -> "A higher figure is better; a figure equal to the target meets it.";
    case LOWER_IS_BETTER -> "A lower figure is better; a figure equal to the target meets it.";
  });

  public static final EnumCodec<NoteKind> NOTE_KIND = EnumCodec.of(NoteKind.class, v -> switch (v) {
    case HEADLINE_ACHIEVEMENT -> "A headline achievement of the year.";
    case RISK -> "A risk to delivering the plan.";
    case NEXT_STEP -> "A next step for the coming year.";
  });

  public static final EnumCodec<Measure> MEASURE = EnumCodec.of(Measure.class, v -> switch (v) {
    case HOUSEHOLDS_PREVENTED -> "Households whose prevention duty (HA 1996 s.195) ended with accommodation "
        + "secured, in the year.";
    case HOUSEHOLDS_RELIEVED -> "Households whose relief duty (HA 1996 s.189B) ended with accommodation secured, "
        + "in the year.";
    case MAIN_DUTIES_ACCEPTED -> "Main duties (HA 1996 s.193(2)) accepted in the year.";
    case HOUSEHOLDS_IN_TEMPORARY_ACCOMMODATION -> "Households in temporary accommodation on 31 March.";
    case FAMILIES_IN_BED_AND_BREAKFAST_OVER_SIX_WEEKS -> "Households with children or a pregnant member in bed "
        + "and breakfast for more than six weeks in all, on 31 March (SI 2003/3326 art.4).";
    case ROUGH_SLEEPERS_AT_COUNT -> "People seen sleeping rough on the authority's count night in the autumn window (1 "
        + "October to 30 November; the latest, if more than one).";
    case LETTINGS -> "Homes let through the choice based lettings register in the year, by band.";
    case WELFARE_AWARDS -> "Welfare assistance awards made in the year.";
    case WELFARE_SPEND -> "What the welfare awards made in the year cost, in pounds.";
    case GRANTS_AWARDED -> "Community grants awarded in the year.";
    case GRANT_MATCH_VALUE -> "The match pledged against the grants awarded in the year, in pounds.";
    case HAZARDS_REMOVED -> "Category 1 hazards (Housing Act 2004 s.2) removed or reduced in the year.";
    case HMO_LICENCES_ISSUED -> "HMO licences (Housing Act 2004 Part 2) granted in the year.";
    case AFFORDABLE_HOMES_DELIVERED -> "Affordable homes completed in the year, by tenure and by public or other "
        + "land.";
  });

  public static final EnumCodec<Measure.Unit> UNIT = EnumCodec.of(Measure.Unit.class, v -> switch (v) {
    case COUNT -> "A whole number of households, people, homes or decisions.";
    case MONEY -> "Pounds, to two decimal places.";
  });

  public static final EnumCodec<IndicatorMethod.Kind> METHOD_KIND = EnumCodec.of(IndicatorMethod.Kind.class,
      v -> switch (v) {
        case COMPUTED -> "Computed by the library from its records, by a measure.";
        case REPORTED -> "Entered by hand, one figure a year.";
      });

  public static final EnumCodec<TargetStatus> TARGET_STATUS = EnumCodec.of(TargetStatus.class, v -> switch (v) {
    case MET -> "The figure meets the target in the indicator's direction (equal meets it).";
    case NOT_MET -> "The figure falls short of the target in the indicator's direction.";
    case NO_TARGET -> "There is a figure, but no target for this year and area.";
    case NO_FIGURE -> "No figure is available for this year and area (not zero).";
    case PARTIAL_FIGURE -> "The figure leaves out districts of the area (their records were not given, or do not "
        + "cover the year), so it is not judged against the area's target.";
  });

  public static final EnumCodec<Trend> TREND = EnumCodec.of(Trend.class, v -> switch (v) {
    case IMPROVED -> "Moved the better way since last year.";
    case WORSENED -> "Moved the worse way since last year.";
    case UNCHANGED -> "The same figure as last year.";
    case NO_COMPARISON -> "This year's or last year's figure is not available.";
    case NOT_COMPARABLE -> "This year's and last year's figures cover different districts, so they are not "
        + "compared.";
  });

  /** A plan's code for one of its items. */
  public static final JsonCodec<String> CODE = Codecs.parsed("PlanCode",
      "A plan's code for a priority, outcome, principle, partner, action or indicator: 1 to 32 capital letters, "
          + "digits, '.', '_' or '-'.", PlanCodes.PATTERN, c -> c, c -> PlanCodes.isCode(c) ? Validation.valid(c)
          : Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT,
              "a code is 1 to 32 capital letters, digits, '.', '_' or '-'")));

  private static final String FIGURE_PATTERN = "^[0-9]{1,12}(\\.[0-9]{1,2})?$";
  private static final String CHANGE_PATTERN = "^-?[0-9]{1,20}(\\.[0-9]{1,2})?$";

  /** A figure as decimal text ({@code "412"}, {@code "18250.50"}): never negative, at most two places. */
  public static final JsonCodec<BigDecimal> FIGURE_VALUE = Codecs.parsed("FigureValue",
      "A figure as decimal text, never negative, with at most two decimal places (\"412\", \"18250.50\").",
      FIGURE_PATTERN, BigDecimal::toPlainString, t -> decimal(t, FIGURE_PATTERN));

  /** A change or a percentage as decimal text, which may be negative ({@code "-12.5"}). */
  public static final JsonCodec<BigDecimal> CHANGE_VALUE = Codecs.parsed("ChangeValue",
      "A change as decimal text, negative for a fall, with at most two decimal places (\"-12.5\").",
      CHANGE_PATTERN, BigDecimal::toPlainString, t -> decimal(t, CHANGE_PATTERN));

  private static Validation<Seq<Problem>, BigDecimal> decimal(String text, String pattern) {
    if (!text.matches(pattern.substring(1, pattern.length() - 1))) {
      return Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT,
          "a figure is decimal text with at most two decimal places, such as 412 or 18250.50"));
    }
    return Validation.valid(new BigDecimal(text));
  }

  /** A month, {@code "2017-03"}. */
  public static final JsonCodec<YearMonth> YEAR_MONTH = Codecs.parsed("YearMonth",
      "A calendar month, YYYY-MM (\"2017-03\"), from 1900 to 9999.", "^[0-9]{4}-[0-9]{2}$", YearMonth::toString,
      t -> {
        try {
          YearMonth m = t.matches("[0-9]{4}-[0-9]{2}") ? YearMonth.parse(t) : null;
          return m != null && m.getYear() >= 1900 ? Validation.valid(m) : Validated.invalid(Problem.of(
              ProblemCodes.INVALID_FORMAT, "a month is written YYYY-MM, such as 2017-03"));
        } catch (DateTimeParseException e) {
          return Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT, "a month is written YYYY-MM, such as 2017-03"));
        }
      });

  /**
   * An area: the county council's authority ({@code {"code": "E10000034", "name": "Worcestershire"}})
   * for the whole county, or one district's.
   */
  public static final JsonCodec<Area> AREA = Codecs.codec(
      (a, out) -> CommonJson.LOCAL_AUTHORITY.write(a.districtOnly().orElse(LocalAuthority.WORCESTERSHIRE_COUNTY), out),
      node -> CommonJson.LOCAL_AUTHORITY.read(node).flatMap(StrategyJson::area),
      defs -> defs.ref("Area", d -> d.object().put("description", "Where a figure is counted: the county council's "
          + "authority (E10000034) for the whole of Worcestershire, or one of its six districts.")
          .set("allOf", d.array().add(CommonJson.LOCAL_AUTHORITY.schema(d)))));

  private static Validation<Seq<Problem>, Area> area(LocalAuthority a) {
    if (a.code().equals(LocalAuthority.WORCESTERSHIRE_COUNTY.code())) {
      return Validation.valid(Area.county());
    }
    return LocalAuthority.WORCESTERSHIRE_DISTRICTS.contains(a) ? Validation.valid(Area.district(a))
        : Validated.invalid(Problem.at("code", ProblemCodes.UNKNOWN_CODE,
            "an area is Worcestershire (E10000034) or one of its six districts"));
  }

  public static final JsonCodec<PlanSource> SOURCE = ObjectCodec.builder(PlanSource.class, PlanSource::builder,
          b -> b.build())
      .required("kind", SOURCE_KIND, PlanSource::kind, (b, v) -> b.kind(v))
      .optional("citation", CommonJson.CITATION, PlanSource::citation, (b, v) -> b.citation(v))
      .optional("note", Codecs.text(PlanCodes.MAX_TEXT), PlanSource::note, (b, v) -> b.note(v))
      .describedAs("Where an item of the plan comes from: stated in a document (with its citation), or "
          + "illustrative or unconfirmed (with a note saying so).")
      .build();

  private static final JsonCodec<String> TITLE = Codecs.text(PlanCodes.MAX_TITLE);
  private static final JsonCodec<String> TEXT = Codecs.text(PlanCodes.MAX_TEXT);
  private static final JsonCodec<List<String>> CODES = Codecs.list(CODE, 200);

  public static final JsonCodec<Priority> PRIORITY = ObjectCodec.builder(Priority.class, Priority::builder,
          b -> b.build())
      .required("code", CODE, Priority::code, (b, v) -> b.code(v))
      .required("title", TITLE, Priority::title, (b, v) -> b.title(v))
      .required("summary", TEXT, Priority::summary, (b, v) -> b.summary(v))
      .list("outcomes", CODES, Priority::outcomes, (b, v) -> b.outcomes(v))
      .required("source", SOURCE, Priority::source, (b, v) -> b.source(v))
      .describedAs("A long-term priority of the plan, with the codes of the City Plan outcomes it supports.")
      .build();

  public static final JsonCodec<CityPlanOutcome> OUTCOME = ObjectCodec.builder(CityPlanOutcome.class,
          CityPlanOutcome::builder, b -> b.build())
      .required("code", CODE, CityPlanOutcome::code, (b, v) -> b.code(v))
      .required("title", TITLE, CityPlanOutcome::title, (b, v) -> b.title(v))
      .required("source", SOURCE, CityPlanOutcome::source, (b, v) -> b.source(v))
      .describedAs("An outcome of the council's corporate plan (the City Plan 2016-21) that the plan supports.")
      .build();

  public static final JsonCodec<MouPrinciple> PRINCIPLE = ObjectCodec.builder(MouPrinciple.class,
          MouPrinciple::builder, b -> b.build())
      .required("code", CODE, MouPrinciple::code, (b, v) -> b.code(v))
      .required("text", TEXT, MouPrinciple::text, (b, v) -> b.text(v))
      .required("source", SOURCE, MouPrinciple::source, (b, v) -> b.source(v))
      .describedAs("A principle of collaborative working of the Health & Housing Memorandum of Understanding.")
      .build();

  public static final JsonCodec<PartnerAgency> PARTNER = ObjectCodec.define(PartnerAgency.class, f -> {
    Slot<String> code = f.required("code", CODE, PartnerAgency::code);
    Slot<String> name = f.required("name", TITLE, PartnerAgency::name);
    return in -> PartnerAgency.of(in.get(code), in.get(name));
  }).describedAs("A partner agency that owns or shares actions of the plan.");

  public static final JsonCodec<ActionProgress> PROGRESS = ObjectCodec.builder(ActionProgress.class,
          ActionProgress::builder, b -> b.build())
      .required("year", CommonJson.FINANCIAL_YEAR, ActionProgress::year, (b, v) -> b.year(v))
      .required("status", ACTION_STATUS, ActionProgress::status, (b, v) -> b.status(v))
      .required("rag", RAG, ActionProgress::rag, (b, v) -> b.rag(v))
      .optional("comment", TEXT, ActionProgress::comment, (b, v) -> b.comment(v))
      .describedAs("How an action stood at the end of one reporting year.")
      .build();

  public static final JsonCodec<PlanAction> ACTION = ObjectCodec.builder(PlanAction.class, PlanAction::builder,
          b -> b.build())
      .required("code", CODE, PlanAction::code, (b, v) -> b.code(v))
      .required("title", TITLE, PlanAction::title, (b, v) -> b.title(v))
      .required("priority", CODE, PlanAction::priority, (b, v) -> b.priority(v))
      .list("outcomes", CODES, PlanAction::outcomes, (b, v) -> b.outcomes(v))
      .required("owner", CODE, PlanAction::owner, (b, v) -> b.owner(v))
      .list("partners", CODES, PlanAction::partners, (b, v) -> b.partners(v))
      .required("targetDate", Codecs.DATE, PlanAction::targetDate, (b, v) -> b.targetDate(v))
      .list("progress", Codecs.list(PROGRESS, PlanAction.MAX_YEARS), PlanAction::progress, (b, v) -> b.progress(v))
      .required("source", SOURCE, PlanAction::source, (b, v) -> b.source(v))
      .describedAs("An action of the plan: its priority, the City Plan outcomes it supports, its owner and "
          + "partners (by code), its target date and its progress, one entry a reporting year.")
      .build();

  public static final JsonCodec<YearValue> YEAR_VALUE = ObjectCodec.define(YearValue.class, f -> {
    Slot<FinancialYear> year = f.required("year", CommonJson.FINANCIAL_YEAR, YearValue::year);
    Slot<BigDecimal> value = f.required("value", FIGURE_VALUE, YearValue::value);
    return in -> new YearValue(in.get(year), in.get(value));
  }).describedAs("A figure for one reporting year: a target, or a figure reported by hand.");

  public static final JsonCodec<IndicatorMethod> METHOD = UnionCodec.builder(IndicatorMethod.class, "type",
          METHOD_KIND, IndicatorMethod::kind, "a method object")
      .variant(IndicatorMethod.Kind.COMPUTED, IndicatorMethod.Computed.class, f -> {
        Slot<Measure> measure = f.required("measure", MEASURE, IndicatorMethod.Computed::measure);
        return in -> new IndicatorMethod.Computed(in.get(measure));
      })
      .variant(IndicatorMethod.Kind.REPORTED, IndicatorMethod.Reported.class, f -> {
        Slot<Measure.Unit> unit = f.withDefault("unit", UNIT, Measure.Unit.COUNT, IndicatorMethod.Reported::unit);
        Slot<List<YearValue>> values = f.list("values", Codecs.list(YEAR_VALUE, IndicatorMethod.MAX_YEARS),
            IndicatorMethod.Reported::values);
        return in -> new IndicatorMethod.Reported(in.get(unit), in.get(values));
      })
      .build();

  public static final JsonCodec<Indicator> INDICATOR = ObjectCodec.builder(Indicator.class, Indicator::builder,
          b -> b.build())
      .required("code", CODE, Indicator::code, (b, v) -> b.code(v))
      .required("title", TITLE, Indicator::title, (b, v) -> b.title(v))
      .required("priority", CODE, Indicator::priority, (b, v) -> b.priority(v))
      .required("method", METHOD, Indicator::method, (b, v) -> b.method(v))
      .required("direction", DIRECTION, Indicator::direction, (b, v) -> b.direction(v))
      .withDefault("area", AREA, Area.county(), Indicator::area, (b, v) -> b.area(v))
      .list("targets", Codecs.list(YEAR_VALUE, IndicatorMethod.MAX_YEARS), Indicator::targets, (b, v) -> b.targets(v))
      .required("source", SOURCE, Indicator::source, (b, v) -> b.source(v))
      .describedAs("An indicator of the plan's progress under a priority: computed from a measure or reported by "
          + "hand, which way is better, the area its targets are for (the county by default), and a target a year.")
      .build();

  public static final JsonCodec<ProgressNote> NOTE = ObjectCodec.builder(ProgressNote.class, ProgressNote::builder,
          b -> b.build())
      .required("kind", NOTE_KIND, ProgressNote::kind, (b, v) -> b.kind(v))
      .required("year", CommonJson.FINANCIAL_YEAR, ProgressNote::year, (b, v) -> b.year(v))
      .optional("priority", CODE, ProgressNote::priority, (b, v) -> b.priority(v))
      .required("text", TEXT, ProgressNote::text, (b, v) -> b.text(v))
      .required("source", SOURCE, ProgressNote::source, (b, v) -> b.source(v))
      .describedAs("A headline achievement, risk or next step of a reporting year, under a priority or plan-wide.")
      .build();

  /** A plan version while it is read: the plan's builder and its sources. */
  private static final class Draft {
    final ImmutablePartnershipPlan.Builder plan = PartnershipPlan.builder();
    Map<String, FigureSource> sources = Map.of();

    PlanVersion build() {
      return PlanVersion.of(plan.build(), sources);
    }
  }

  /** The fields of one plan version (its parts, and the sources of the parts). */
  public static final ObjectCodec<PlanVersion> VERSION_FIELDS = ObjectCodec.builder(PlanVersion.class, Draft::new,
          Draft::build)
      .required("version", Codecs.text(100), PlanVersion::version, (d, v) -> d.plan.version(v))
      .required("effectiveFrom", Codecs.DATE, PlanVersion::effectiveFrom, (d, v) -> d.plan.effectiveFrom(v))
      .required("name", Codecs.text(200), v -> v.plan().name(), (d, v) -> d.plan.name(v))
      .required("partnership", TITLE, v -> v.plan().partnership(), (d, v) -> d.plan.partnership(v))
      .required("approvedBy", TITLE, v -> v.plan().approvedBy(), (d, v) -> d.plan.approvedBy(v))
      .required("approvedIn", YEAR_MONTH, v -> v.plan().approvedIn(), (d, v) -> d.plan.approvedIn(v))
      .optional("memorandum", TITLE, v -> v.plan().memorandum(), (d, v) -> d.plan.memorandum(v))
      .required("priorities", Codecs.list(PRIORITY, PartnershipPlan.MAX_SMALL_LIST), v -> v.plan().priorities(),
          (d, v) -> d.plan.priorities(v))
      .list("outcomes", Codecs.list(OUTCOME, PartnershipPlan.MAX_SMALL_LIST), v -> v.plan().outcomes(),
          (d, v) -> d.plan.outcomes(v))
      .list("principles", Codecs.list(PRINCIPLE, PartnershipPlan.MAX_SMALL_LIST), v -> v.plan().principles(),
          (d, v) -> d.plan.principles(v))
      .list("partners", Codecs.list(PARTNER, PartnershipPlan.MAX_PARTNERS), v -> v.plan().partners(),
          (d, v) -> d.plan.partners(v))
      .list("actions", Codecs.list(ACTION, PartnershipPlan.MAX_ACTIONS), v -> v.plan().actions(),
          (d, v) -> d.plan.actions(v))
      .list("indicators", Codecs.list(INDICATOR, PartnershipPlan.MAX_INDICATORS), v -> v.plan().indicators(),
          (d, v) -> d.plan.indicators(v))
      .list("notes", Codecs.list(NOTE, PartnershipPlan.MAX_NOTES), v -> v.plan().notes(), (d, v) -> d.plan.notes(v))
      .withDefault("sources", PolicyDocuments.SOURCES, Map.of(), PlanVersion::sources, (d, v) -> d.sources = v)
      .describedAs("One version of a housing partnership plan: in effect from its date until a later version.")
      .build();

  /** The plan document: {@code {"policy": "HOUSING_PARTNERSHIP_PLAN", "versions": [...]}}. */
  public static final JsonCodec<PolicyTimeline<PlanVersion>> DOCUMENT = PolicyDocuments.timeline(KIND,
      "A housing partnership plan's versions: priorities, City Plan outcomes, MoU principles, partners, actions "
          + "with their yearly progress, indicators with their targets, and each year's achievements, risks and "
          + "next steps.", PolicyDocuments.version(VERSION_FIELDS));

  /** The Worcestershire Housing Partnership Plan as shipped (in effect from 1 April 2017). */
  public static PolicyTimeline<PlanVersion> worcestershire() {
    return Shipped.WORCESTERSHIRE;
  }

  /** A council's own plan document: its versions, or every problem at its pointer. */
  public static Validation<Seq<Problem>, PolicyTimeline<PlanVersion>> plan(String json) {
    return PolicyDocuments.read(json, DOCUMENT);
  }

  /** Read once, on first use. */
  private static final class Shipped {
    static final PolicyTimeline<PlanVersion> WORCESTERSHIRE = PolicyDocuments.shipped(StrategyJson.class, RESOURCE,
        DOCUMENT);
  }

  /** The parts of a figure, or a breakdown in a report: a stable code to a figure. */
  public static final JsonCodec<Map<String, BigDecimal>> BREAKDOWN = Codecs.map(k -> k,
      k -> PlanCodes.isPart(k) ? Validation.valid(k) : Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT,
          "a part's code is 1 to 64 capital letters, digits, '.', '_', '-' or '/'")),
      defs -> defs.object().put("type", "string").put("pattern", PlanCodes.PART_PATTERN), FIGURE_VALUE, 100);

  /** Districts of an area, each a local authority, at most six. */
  private static final JsonCodec<List<LocalAuthority>> DISTRICTS = Codecs.list(CommonJson.LOCAL_AUTHORITY,
      LocalAuthority.WORCESTERSHIRE_DISTRICTS.size());

  public static final JsonCodec<Figure> FIGURE = ObjectCodec.builder(Figure.class, Figure::builder, b -> b.build())
      .required("measure", MEASURE, Figure::measure, (b, v) -> b.measure(v))
      .required("year", CommonJson.FINANCIAL_YEAR, Figure::year, (b, v) -> b.year(v))
      .required("area", AREA, Figure::area, (b, v) -> b.area(v))
      .required("value", FIGURE_VALUE, Figure::value, (b, v) -> b.value(v))
      .withDefault("breakdown", BREAKDOWN, Map.of(), Figure::breakdown, (b, v) -> b.breakdown(v))
      .required("basis", TEXT, Figure::basis, (b, v) -> b.basis(v))
      .optional("covers", DISTRICTS, f -> Optional.of(f.covers()), (b, v) -> v.ifPresent(l -> b.covers(l)))
      .describedAs("An indicator's figure for a reporting year and area, computed from the records: the total, its "
          + "parts (which add up to it), how it was reached, and the districts whose records it covers (every "
          + "district of the area when absent).")
      .build();

  private static <E extends Enum<E>> JsonCodec<Map<E, Integer>> countsBy(EnumCodec<E> codec, int max) {
    return Codecs.map(codec::code, codec::parse, codec::schema, Codecs.integer(0, 1_000_000), max);
  }

  public static final JsonCodec<ActionCounts> ACTION_COUNTS = ObjectCodec.define(ActionCounts.class, f -> {
    Slot<Integer> actions = f.required("actions", Codecs.integer(0, 1_000_000), ActionCounts::actions);
    Slot<Map<ActionStatus, Integer>> byStatus = f.required("byStatus", countsBy(ACTION_STATUS, 10),
        ActionCounts::byStatus);
    Slot<Map<RagRating, Integer>> byRag = f.required("byRag", countsBy(RAG, 10), ActionCounts::byRag);
    Slot<Integer> notReported = f.required("notReported", Codecs.integer(0, 1_000_000), ActionCounts::notReported);
    return in -> uk.gov.worcester.housing.rules.strategy.ImmutableActionCounts.builder().actions(in.get(actions))
        .byStatus(in.get(byStatus)).byRag(in.get(byRag)).notReported(in.get(notReported)).build();
  }).describedAs("Actions counted by status and by RAG rating, with those not reported for the year; each "
      + "breakdown adds up to the number of actions.");

  public static final JsonCodec<IndicatorCounts> INDICATOR_COUNTS = ObjectCodec.define(IndicatorCounts.class, f -> {
    Slot<Integer> indicators = f.required("indicators", Codecs.integer(0, 1_000_000), IndicatorCounts::indicators);
    Slot<Map<TargetStatus, Integer>> by = f.required("byTargetStatus", countsBy(TARGET_STATUS, 10),
        IndicatorCounts::byTargetStatus);
    return in -> uk.gov.worcester.housing.rules.strategy.ImmutableIndicatorCounts.builder()
        .indicators(in.get(indicators)).byTargetStatus(in.get(by)).build();
  }).describedAs("Indicators counted by target status; the counts add up to the number of indicators.");

  public static final JsonCodec<ActionLine> ACTION_LINE = ObjectCodec.builder(ActionLine.class, ActionLine::builder,
          b -> b.build())
      .required("code", CODE, ActionLine::code, (b, v) -> b.code(v))
      .required("title", TITLE, ActionLine::title, (b, v) -> b.title(v))
      .required("owner", TITLE, ActionLine::owner, (b, v) -> b.owner(v))
      .list("partners", Codecs.list(TITLE, 200), ActionLine::partners, (b, v) -> b.partners(v))
      .list("outcomes", CODES, ActionLine::outcomes, (b, v) -> b.outcomes(v))
      .required("targetDate", Codecs.DATE, ActionLine::targetDate, (b, v) -> b.targetDate(v))
      .optional("status", ACTION_STATUS, ActionLine::status, (b, v) -> b.status(v))
      .optional("rag", RAG, ActionLine::rag, (b, v) -> b.rag(v))
      .optional("comment", TEXT, ActionLine::comment, (b, v) -> b.comment(v))
      .optional("lastYearStatus", ACTION_STATUS, ActionLine::lastYearStatus, (b, v) -> b.lastYearStatus(v))
      .alwaysWritten("pastTargetDate", Codecs.BOOLEAN, false, ActionLine::pastTargetDate,
          (b, v) -> b.pastTargetDate(v))
      .required("source", SOURCE, ActionLine::source, (b, v) -> b.source(v))
      .describedAs("An action in a progress report: owner and partners by name, this year's status, RAG rating and "
          + "comment (absent when not reported), last year's status, and whether its target date has passed "
          + "without it being completed.")
      .build();

  public static final JsonCodec<IndicatorLine> INDICATOR_LINE = ObjectCodec.builder(IndicatorLine.class,
          IndicatorLine::builder, b -> b.build())
      .required("code", CODE, IndicatorLine::code, (b, v) -> b.code(v))
      .required("title", TITLE, IndicatorLine::title, (b, v) -> b.title(v))
      .required("direction", DIRECTION, IndicatorLine::direction, (b, v) -> b.direction(v))
      .required("method", METHOD_KIND, IndicatorLine::method, (b, v) -> b.method(v))
      .optional("measure", MEASURE, IndicatorLine::measure, (b, v) -> b.measure(v))
      .required("unit", UNIT, IndicatorLine::unit, (b, v) -> b.unit(v))
      .required("year", CommonJson.FINANCIAL_YEAR, IndicatorLine::year, (b, v) -> b.year(v))
      .optional("figure", FIGURE_VALUE, IndicatorLine::figure, (b, v) -> b.figure(v))
      .optional("basis", TEXT, IndicatorLine::basis, (b, v) -> b.basis(v))
      .withDefault("breakdown", BREAKDOWN, Map.of(), IndicatorLine::breakdown, (b, v) -> b.breakdown(v))
      .optional("target", FIGURE_VALUE, IndicatorLine::target, (b, v) -> b.target(v))
      .optional("lastYear", FIGURE_VALUE, IndicatorLine::lastYear, (b, v) -> b.lastYear(v))
      .list("missing", DISTRICTS, IndicatorLine::missing, (b, v) -> b.missing(v))
      .list("lastYearMissing", DISTRICTS, IndicatorLine::lastYearMissing, (b, v) -> b.lastYearMissing(v))
      .optional("change", CHANGE_VALUE, IndicatorLine::change, (b, v) -> { })
      .optional("changePercent", CHANGE_VALUE, IndicatorLine::changePercent, (b, v) -> { })
      .derived("targetStatus", TARGET_STATUS, IndicatorLine::targetStatus)
      .derived("trend", TREND, IndicatorLine::trend)
      .derived("reason", RulesJson.REASON, IndicatorLine::reason)
      .required("citation", CommonJson.CITATION, IndicatorLine::citation, (b, v) -> b.citation(v))
      .required("source", SOURCE, IndicatorLine::source, (b, v) -> b.source(v))
      .describedAs("An indicator in a progress report: this year's figure (absent when not available, never a "
          + "false zero), target and last year's figure, and the districts of the area each figure leaves out "
          + "(missing, lastYearMissing: empty when it covers them all); the change, the change as a percentage of a non-zero last "
          + "year, the target status, the trend and the reason are worked out from them (written for "
          + "information, ignored when read).")
      .build();

  private static final JsonCodec<List<ProgressNote>> NOTES = Codecs.list(NOTE, PartnershipPlan.MAX_NOTES);

  public static final JsonCodec<PriorityProgress> PRIORITY_PROGRESS = ObjectCodec.builder(PriorityProgress.class,
          PriorityProgress::builder, b -> b.build())
      .required("code", CODE, PriorityProgress::code, (b, v) -> b.code(v))
      .required("title", TITLE, PriorityProgress::title, (b, v) -> b.title(v))
      .required("citation", CommonJson.CITATION, PriorityProgress::citation, (b, v) -> b.citation(v))
      .required("source", SOURCE, PriorityProgress::source, (b, v) -> b.source(v))
      .derived("actionCounts", ACTION_COUNTS, PriorityProgress::actionCounts)
      .alwaysWritten("actions", Codecs.list(ACTION_LINE, PartnershipPlan.MAX_ACTIONS), List.of(),
          PriorityProgress::actions, (b, v) -> b.actions(v))
      .derived("indicatorCounts", INDICATOR_COUNTS, PriorityProgress::indicatorCounts)
      .alwaysWritten("indicators", Codecs.list(INDICATOR_LINE, PartnershipPlan.MAX_INDICATORS), List.of(),
          PriorityProgress::indicators, (b, v) -> b.indicators(v))
      .alwaysWritten("achievements", NOTES, List.of(), PriorityProgress::achievements, (b, v) -> b.achievements(v))
      .alwaysWritten("risks", NOTES, List.of(), PriorityProgress::risks, (b, v) -> b.risks(v))
      .alwaysWritten("nextSteps", NOTES, List.of(), PriorityProgress::nextSteps, (b, v) -> b.nextSteps(v))
      .describedAs("One priority's progress in a year: its actions and their counts by status and RAG rating, its "
          + "indicators and their counts by target status, and its achievements, risks and next steps.")
      .build();

  public static final JsonCodec<ProgressReport> REPORT = ObjectCodec.builder(ProgressReport.class,
          ProgressReport::builder, b -> b.build())
      .required("plan", Codecs.text(200), ProgressReport::plan, (b, v) -> b.plan(v))
      .required("partnership", TITLE, ProgressReport::partnership, (b, v) -> b.partnership(v))
      .required("planVersion", Codecs.text(100), ProgressReport::planVersion, (b, v) -> b.planVersion(v))
      .required("year", CommonJson.FINANCIAL_YEAR, ProgressReport::year, (b, v) -> b.year(v))
      .required("area", AREA, ProgressReport::area, (b, v) -> b.area(v))
      .derived("actionTotals", ACTION_COUNTS, ProgressReport::actionTotals)
      .derived("indicatorTotals", INDICATOR_COUNTS, ProgressReport::indicatorTotals)
      .alwaysWritten("priorities", Codecs.list(PRIORITY_PROGRESS, PartnershipPlan.MAX_SMALL_LIST), List.of(),
          ProgressReport::priorities, (b, v) -> b.priorities(v))
      .alwaysWritten("achievements", NOTES, List.of(), ProgressReport::achievements, (b, v) -> b.achievements(v))
      .alwaysWritten("risks", NOTES, List.of(), ProgressReport::risks, (b, v) -> b.risks(v))
      .alwaysWritten("nextSteps", NOTES, List.of(), ProgressReport::nextSteps, (b, v) -> b.nextSteps(v))
      .describedAs("A year's progress report on a housing partnership plan, shaped like the committee report: for "
          + "each priority, actions by status, indicators against target and last year, achievements, risks and "
          + "next steps; then the plan-wide ones and the totals.")
      .build();

  /** Registers the strategy's codecs, the plan document (with its shipped default) and the report. */
  public static void register(CodecRegistry registry) {
    registry.add(SOURCE_KIND).add(ACTION_STATUS).add(RAG).add(DIRECTION).add(NOTE_KIND).add(MEASURE).add(UNIT)
        .add(METHOD_KIND).add(TARGET_STATUS).add(TREND)
        .add(Area.class, AREA)
        .add(PlanSource.class, SOURCE)
        .add(Priority.class, PRIORITY)
        .add(CityPlanOutcome.class, OUTCOME)
        .add(MouPrinciple.class, PRINCIPLE)
        .add(PartnerAgency.class, PARTNER)
        .add(ActionProgress.class, PROGRESS)
        .add(PlanAction.class, ACTION)
        .add(YearValue.class, YEAR_VALUE)
        .add(IndicatorMethod.class, METHOD)
        .add(Indicator.class, INDICATOR)
        .add(ProgressNote.class, NOTE)
        .add(PlanVersion.class, PolicyDocuments.version(VERSION_FIELDS))
        .add(Figure.class, FIGURE)
        .add(ActionCounts.class, ACTION_COUNTS)
        .add(IndicatorCounts.class, INDICATOR_COUNTS)
        .add(ActionLine.class, ACTION_LINE)
        .add(IndicatorLine.class, INDICATOR_LINE)
        .add(PriorityProgress.class, PRIORITY_PROGRESS)
        .add(ProgressReport.class, REPORT)
        .policy(KIND, "housing-partnership-plan", DOCUMENT, "A housing partnership plan: its dated versions, each with "
            + "priorities, City Plan outcomes, MoU principles, partners, actions and their yearly progress, "
            + "indicators and their targets, and each year's achievements, risks and next steps.", StrategyJson.class,
            RESOURCE)
        .document("indicator-figure", Figure.class, "An indicator's figure for a reporting year and area, computed "
            + "from the records, with its parts and how it was reached.")
        .document("progress-report", ProgressReport.class, "A year's progress report on a housing partnership plan.");
  }
}
