package uk.gov.worcester.housing.json.welfare;

import io.vavr.control.Validation;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.welfare.AwardItem;
import uk.gov.worcester.housing.core.welfare.CatalogueItem;
import uk.gov.worcester.housing.core.welfare.QualifyingBenefit;
import uk.gov.worcester.housing.core.welfare.Strand;
import uk.gov.worcester.housing.core.welfare.WelfareOutcome;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec.Slot;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.json.rules.RulesJson;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.welfare.AwardLimit;
import uk.gov.worcester.housing.rules.welfare.BudgetPeriod;
import uk.gov.worcester.housing.rules.welfare.CatalogueEntry;
import uk.gov.worcester.housing.rules.welfare.DhpDecision;
import uk.gov.worcester.housing.rules.welfare.DhpPolicy;
import uk.gov.worcester.housing.rules.welfare.DwasDecision;
import uk.gov.worcester.housing.rules.welfare.DwasPolicy;
import uk.gov.worcester.housing.rules.welfare.WelfareReport;

/**
 * The JSON contract of the welfare decisions, the report and the schemes' policy documents
 * ({@code DWAS} and {@code DHP}, in the one form of {@link PolicyDocuments}: each version's figures
 * and, per figure, a citation or note saying whether it is confirmed). The Worcester defaults ship
 * beside this class ({@code policy/*.json}), written from the Java constants and pinned by a test.
 */
public final class WelfareDecisionsJson {
  private WelfareDecisionsJson() {}

  /** The outcome of a welfare decision, {@code {"status": "AWARDED"}}. */
  public static final ObjectCodec<WelfareOutcome> OUTCOME = RulesJson.statusOutcome("WelfareOutcomeStatus",
      WelfareJson.WELFARE_OUTCOME);

  public static final JsonCodec<Decision<WelfareOutcome>> DECISION = RulesJson.decision("WelfareDecision", OUTCOME);

  public static final JsonCodec<DwasDecision> DWAS_DECISION = ObjectCodec.builder(DwasDecision.class,
          DwasDecision::builder, b -> b.build())
      .required("decision", DECISION, DwasDecision::decision, (b, v) -> b.decision(v))
      .required("entry", WelfareJson.DWAS_ENTRY, DwasDecision::entry, (b, v) -> b.entry(v))
      .required("record", WelfareJson.DWAS_RECORD, DwasDecision::record, (b, v) -> b.record(v))
      .describedAs("A decided DWAS application: the decision with every reason, the entry recording it, and the "
          + "scheme's record with the entry added.")
      .build();

  public static final JsonCodec<DhpDecision> DHP_DECISION = ObjectCodec.builder(DhpDecision.class,
          DhpDecision::builder, b -> b.build())
      .required("decision", DECISION, DhpDecision::decision, (b, v) -> b.decision(v))
      .required("entry", WelfareJson.DHP_ENTRY, DhpDecision::entry, (b, v) -> b.entry(v))
      .required("record", WelfareJson.DHP_RECORD, DhpDecision::record, (b, v) -> b.record(v))
      .describedAs("A decided DHP claim, its entry and the record with it added.")
      .build();

  static final JsonCodec<BudgetPeriod> BUDGET_PERIOD = ObjectCodec.define(BudgetPeriod.class, f -> {
    Slot<DateRange> period = f.required("period", CommonJson.DATE_RANGE, BudgetPeriod::period);
    Slot<Money> amount = f.required("amount", CommonJson.MONEY, BudgetPeriod::amount);
    return in -> new BudgetPeriod(in.get(period), in.get(amount));
  });

  static final JsonCodec<AwardLimit> AWARD_LIMIT = ObjectCodec.define(AwardLimit.class, f -> {
    Slot<List<AwardItem>> items = f.list("items", Codecs.list(WelfareJson.AWARD_ITEM, 4),
        l -> List.copyOf(l.items()));
    Slot<Integer> count = f.required("count", Codecs.integer(0, 1000), AwardLimit::count);
    Slot<Optional<Integer>> months = f.optional("months", Codecs.integer(1, 120), AwardLimit::months);
    return in -> new AwardLimit(in.get(items).isEmpty() ? EnumSet.noneOf(AwardItem.class) : EnumSet.copyOf(in.get(items)),
        in.get(count), in.get(months));
  });

  static final EnumCodec<CatalogueEntry.ForHouseholds> FOR_HOUSEHOLDS = EnumCodec.of(CatalogueEntry.ForHouseholds.class,
      v -> switch (v) {
        case ANY -> "Any household.";
        case FAMILIES -> "Families (a dependent child or a pregnant member) only.";
        case NOT_FAMILIES -> "Households that are not families only.";
      });

  static final JsonCodec<CatalogueEntry> CATALOGUE_ENTRY = ObjectCodec.define(CatalogueEntry.class, f -> {
    Slot<CatalogueItem> item = f.required("item", WelfareJson.CATALOGUE_ITEM, CatalogueEntry::item);
    Slot<Money> price = f.required("price", CommonJson.MONEY, CatalogueEntry::price);
    Slot<CatalogueEntry.ForHouseholds> who = f.withDefault("forHouseholds", FOR_HOUSEHOLDS,
        CatalogueEntry.ForHouseholds.ANY, CatalogueEntry::forHouseholds);
    return in -> new CatalogueEntry(in.get(item), in.get(price), in.get(who));
  });

  static final JsonCodec<URI> LINK = Codecs.parsed("WelfareLink", "An absolute http or https address.",
      "^https?://.+$", URI::toString, text -> {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() && uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          ? Validation.valid(uri)
          : Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT, "a link is an absolute http or https address"));
    } catch (java.net.URISyntaxException e) {
      return Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT, "a link is an absolute http or https address"));
    }
  });

  /** The kind code of a DWAS policy document. */
  public static final String DWAS = "DWAS";
  /** The kind code of a DHP policy document. */
  public static final String DHP = "DHP";
  /** Worcester's DWAS versions, shipped beside this class. */
  public static final String DWAS_RESOURCE = "policy/worcester-dwas.json";
  /** Worcester's DHP figures, shipped beside this class. */
  public static final String DHP_RESOURCE = "policy/worcester-dhp.json";

  /** One version of the DWAS rules and figures. */
  public static final JsonCodec<DwasPolicy> DWAS_POLICY = PolicyDocuments.version(ObjectCodec.builder(DwasPolicy.class, DwasPolicy::builder,
          b -> b.build())
      .required("version", Codecs.text(100), DwasPolicy::version, (b, v) -> b.version(v))
      .required("effectiveFrom", Codecs.DATE, DwasPolicy::effectiveFrom, (b, v) -> b.effectiveFrom(v))
      .required("schemeName", Codecs.text(200), DwasPolicy::schemeName, (b, v) -> b.schemeName(v))
      .optional("link", LINK, DwasPolicy::link, (b, v) -> b.link(v))
      .list("schemeArea", Codecs.list(CommonJson.LOCAL_AUTHORITY, 50), DwasPolicy::schemeArea,
          (b, v) -> b.schemeArea(v))
      .list("qualifyingBenefits", Codecs.list(WelfareJson.QUALIFYING_BENEFIT, 20),
          p -> List.copyOf(p.qualifyingBenefits()),
          (b, v) -> b.qualifyingBenefits(v.isEmpty() ? EnumSet.noneOf(QualifyingBenefit.class) : EnumSet.copyOf(v)))
      .required("lowIncomeQualifies", Codecs.BOOLEAN, DwasPolicy::lowIncomeQualifies, (b, v) -> b.lowIncomeQualifies(v))
      .required("lowIncomeWeeklyLimit", CommonJson.MONEY, DwasPolicy::lowIncomeWeeklyLimit,
          (b, v) -> b.lowIncomeWeeklyLimit(v))
      .list("itemsOffered", Codecs.list(WelfareJson.AWARD_ITEM, 10), p -> List.copyOf(p.itemsOffered()),
          (b, v) -> b.itemsOffered(v.isEmpty() ? EnumSet.noneOf(AwardItem.class) : EnumSet.copyOf(v)))
      .required("foodFirstAdult", CommonJson.MONEY, DwasPolicy::foodFirstAdult, (b, v) -> b.foodFirstAdult(v))
      .required("foodEachFurtherMember", CommonJson.MONEY, DwasPolicy::foodEachFurtherMember,
          (b, v) -> b.foodEachFurtherMember(v))
      .required("foodMaximum", CommonJson.MONEY, DwasPolicy::foodMaximum, (b, v) -> b.foodMaximum(v))
      .required("energySingleOrCouple", CommonJson.MONEY, DwasPolicy::energySingleOrCouple,
          (b, v) -> b.energySingleOrCouple(v))
      .required("energyFamily", CommonJson.MONEY, DwasPolicy::energyFamily, (b, v) -> b.energyFamily(v))
      .optional("essentialItemsMaximum", CommonJson.MONEY, DwasPolicy::essentialItemsMaximum,
          (b, v) -> b.essentialItemsMaximum(v))
      .required("essentialItemsAsFinancialSupport", Codecs.BOOLEAN, DwasPolicy::essentialItemsAsFinancialSupport,
          (b, v) -> b.essentialItemsAsFinancialSupport(v))
      .list("catalogue", Codecs.list(CATALOGUE_ENTRY, 50), DwasPolicy::catalogue, (b, v) -> b.catalogue(v))
      .list("limits", Codecs.list(AWARD_LIMIT, 20), DwasPolicy::limits, (b, v) -> b.limits(v))
      .required("annualBudget", CommonJson.MONEY, DwasPolicy::annualBudget, (b, v) -> b.annualBudget(v))
      .list("budgets", Codecs.list(BUDGET_PERIOD, 100), DwasPolicy::budgets, (b, v) -> b.budgets(v))
      .required("reviewWindowMonths", Codecs.integer(0, 24), DwasPolicy::reviewWindowMonths,
          (b, v) -> b.reviewWindowMonths(v))
      .required("duplicateWindowDays", Codecs.integer(0, 366), DwasPolicy::duplicateWindowDays,
          (b, v) -> b.duplicateWindowDays(v))
      .withDefault("duplicateRule", Codecs.BOOLEAN, true, DwasPolicy::duplicateRule, (b, v) -> b.duplicateRule(v))
      .withDefault("resettlementAvoidingInstitutionalCare", Codecs.BOOLEAN, false,
          DwasPolicy::resettlementAvoidingInstitutionalCare, (b, v) -> b.resettlementAvoidingInstitutionalCare(v))
      .withDefault("sources", PolicyDocuments.SOURCES, Map.of(), DwasPolicy::sources, (b, v) -> b.sources(v))
      .describedAs("One version of the Discretionary Welfare Assistance Scheme's rules and figures, with the "
          + "source of each figure.")
      .build());

  /** A DWAS policy document: its versions, each judged by applications received from its date. */
  public static final JsonCodec<PolicyTimeline<DwasPolicy>> DWAS_DOCUMENT = PolicyDocuments.timeline(DWAS,
      "The Discretionary Welfare Assistance Scheme's versions: an application is judged by the version in force on "
          + "the day it was received.", DWAS_POLICY);

  /** One version of a council's DHP figures. */
  public static final JsonCodec<DhpPolicy> DHP_POLICY = PolicyDocuments.version(ObjectCodec.builder(DhpPolicy.class, DhpPolicy::builder,
          b -> b.build())
      .required("version", Codecs.text(100), DhpPolicy::version, (b, v) -> b.version(v))
      .required("effectiveFrom", Codecs.DATE, DhpPolicy::effectiveFrom, (b, v) -> b.effectiveFrom(v))
      .required("annualPot", CommonJson.MONEY, DhpPolicy::annualPot, (b, v) -> b.annualPot(v))
      .list("pots", Codecs.list(BUDGET_PERIOD, 100), DhpPolicy::pots, (b, v) -> b.pots(v))
      .required("maxAwardDays", Codecs.integer(1, DhpPolicy.MAX_AWARD_DAYS_LIMIT), DhpPolicy::maxAwardDays,
          (b, v) -> b.maxAwardDays(v))
      .withDefault("reviewWindowMonths", Codecs.integer(0, 24), 1, DhpPolicy::reviewWindowMonths,
          (b, v) -> b.reviewWindowMonths(v))
      .withDefault("sources", PolicyDocuments.SOURCES, Map.of(), DhpPolicy::sources, (b, v) -> b.sources(v))
      .describedAs("A council's Discretionary Housing Payment figures, with the source of each.")
      .build());

  /** A DHP policy document. */
  public static final JsonCodec<PolicyTimeline<DhpPolicy>> DHP_DOCUMENT = PolicyDocuments.timeline(DHP,
      "A council's Discretionary Housing Payment figures, version by version.", DHP_POLICY);

  /** The shipped default of a welfare policy document, read from this jar. */
  public static <T> T shipped(String resource, JsonCodec<T> codec) {
    return PolicyDocuments.shipped(WelfareDecisionsJson.class, resource, codec);
  }

  static final JsonCodec<WelfareReport.Tally> TALLY = ObjectCodec.define(WelfareReport.Tally.class, f -> {
    Slot<Integer> count = f.required("count", Codecs.integer(0, Integer.MAX_VALUE), WelfareReport.Tally::count);
    Slot<Money> value = f.required("value", CommonJson.MONEY, WelfareReport.Tally::value);
    return in -> new WelfareReport.Tally(in.get(count), in.get(value));
  });

  static final JsonCodec<WelfareReport.FundUse> FUND_USE = ObjectCodec.define(WelfareReport.FundUse.class, f -> {
    Slot<DateRange> period = f.required("period", CommonJson.DATE_RANGE, WelfareReport.FundUse::period);
    Slot<Money> budget = f.required("budget", CommonJson.MONEY, WelfareReport.FundUse::budget);
    Slot<Money> spent = f.required("spent", CommonJson.MONEY, WelfareReport.FundUse::spent);
    f.derived("remaining", CommonJson.MONEY, WelfareReport.FundUse::remaining);
    return in -> new WelfareReport.FundUse(in.get(period), in.get(budget), in.get(spent));
  });

  private static <V> JsonCodec<Map<String, V>> byCode(JsonCodec<V> value) {
    return Codecs.map(k -> k, k -> k.matches("[A-Z][A-Z0-9_]{0,99}") ? Validation.valid(k)
            : Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT, "a key is an UPPER_SNAKE code")),
        defs -> defs.object().put("type", "string").put("pattern", "^[A-Z][A-Z0-9_]{0,99}$"), value, 1000);
  }

  static final JsonCodec<Map<Strand, WelfareReport.Tally>> BY_STRAND = Codecs.map(Strand::name, k -> {
    try {
      return Validation.valid(Strand.valueOf(k));
    } catch (IllegalArgumentException e) {
      return Validated.invalid(Problem.of(ProblemCodes.UNKNOWN_CODE, "not a strand"));
    }
  }, defs -> defs.object().put("type", "string"), TALLY, 10);

  static final JsonCodec<Map<YearMonth, WelfareReport.Tally>> BY_MONTH = Codecs.map(YearMonth::toString, k -> {
    try {
      return Validation.valid(YearMonth.parse(k));
    } catch (DateTimeParseException e) {
      return Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT, "a month is YYYY-MM"));
    }
  }, defs -> defs.object().put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}$"), TALLY, 1200);

  public static final JsonCodec<WelfareReport> REPORT = ObjectCodec.builder(WelfareReport.class,
          uk.gov.worcester.housing.rules.welfare.ImmutableWelfareReport::builder, b -> b.build())
      .required("period", CommonJson.DATE_RANGE, WelfareReport::period, (b, v) -> b.period(v))
      .required("applications", Codecs.integer(0, Integer.MAX_VALUE), WelfareReport::applications,
          (b, v) -> b.applications(v))
      .required("awarded", Codecs.integer(0, Integer.MAX_VALUE), WelfareReport::awarded, (b, v) -> b.awarded(v))
      .required("refused", Codecs.integer(0, Integer.MAX_VALUE), WelfareReport::refused, (b, v) -> b.refused(v))
      .alwaysWritten("byStrand", BY_STRAND, Map.of(), WelfareReport::byStrand, (b, v) -> b.byStrand(v))
      .alwaysWritten("byItem", byCode(TALLY), Map.of(), WelfareReport::byItem, (b, v) -> b.byItem(v))
      .alwaysWritten("byWard", byCode(TALLY), Map.of(), WelfareReport::byWard, (b, v) -> b.byWard(v))
      .alwaysWritten("byMonth", BY_MONTH, Map.of(), WelfareReport::byMonth, (b, v) -> b.byMonth(v))
      .alwaysWritten("refusals", byCode(Codecs.integer(0, Integer.MAX_VALUE)), Map.of(), WelfareReport::refusals,
          (b, v) -> b.refusals(v))
      .alwaysWritten("funds", Codecs.list(FUND_USE, 100), List.of(), WelfareReport::funds, (b, v) -> b.funds(v))
      .required("repeatHouseholds", Codecs.integer(0, Integer.MAX_VALUE), WelfareReport::repeatHouseholds,
          (b, v) -> b.repeatHouseholds(v))
      .required("repeatApplications", Codecs.integer(0, Integer.MAX_VALUE), WelfareReport::repeatApplications,
          (b, v) -> b.repeatApplications(v))
      .required("dhpClaims", Codecs.integer(0, Integer.MAX_VALUE), WelfareReport::dhpClaims, (b, v) -> b.dhpClaims(v))
      .required("dhpAwards", TALLY, WelfareReport::dhpAwards, (b, v) -> b.dhpAwards(v))
      .alwaysWritten("dhpPots", Codecs.list(FUND_USE, 100), List.of(), WelfareReport::dhpPots, (b, v) -> b.dhpPots(v))
      .describedAs("What the welfare schemes did in a period: awards by strand, item, ward and month, spend "
          + "against each fund, refusals by reason, repeat applications and DHP spend against the pot. Counts and "
          + "money only.")
      .build();

  /** Registers the welfare decisions, policies and report. */
  public static void register(CodecRegistry registry) {
    registry.add(FOR_HOUSEHOLDS)
        .add(DwasDecision.class, DWAS_DECISION)
        .add(DhpDecision.class, DHP_DECISION)
        .add(BudgetPeriod.class, BUDGET_PERIOD)
        .add(AwardLimit.class, AWARD_LIMIT)
        .add(CatalogueEntry.class, CATALOGUE_ENTRY)
        .add(DwasPolicy.class, DWAS_POLICY)
        .add(DhpPolicy.class, DHP_POLICY)
        .add(WelfareReport.Tally.class, TALLY)
        .add(WelfareReport.FundUse.class, FUND_USE)
        .add(WelfareReport.class, REPORT)
        .document("dwas-decision", DwasDecision.class, "A decided DWAS application: the decision, its entry and "
            + "the updated record.")
        .document("dhp-decision", DhpDecision.class, "A decided DHP claim: the decision, its entry and the updated "
            + "record.")
        .policy(DWAS, "dwas-policy", DWAS_DOCUMENT, "The DWAS rules and figures as a policy document: each "
            + "version's figures with the source of each.", WelfareDecisionsJson.class, DWAS_RESOURCE)
        .policy(DHP, "dhp-policy", DHP_DOCUMENT, "A council's DHP figures as a policy document, with the source of "
            + "each.", WelfareDecisionsJson.class, DHP_RESOURCE)
        .document("welfare-report", WelfareReport.class, "The welfare schemes' monitoring report for a period.");
  }
}
