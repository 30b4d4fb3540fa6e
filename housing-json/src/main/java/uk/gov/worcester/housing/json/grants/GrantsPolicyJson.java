package uk.gov.worcester.housing.json.grants;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.grants.ContributionKind;
import uk.gov.worcester.housing.core.grants.GrantScheme;
import uk.gov.worcester.housing.core.grants.OrganisationType;
import uk.gov.worcester.housing.core.grants.SkillLevel;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec.Slot;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.grants.GrantPolicy;
import uk.gov.worcester.housing.rules.grants.GrantTier;
import uk.gov.worcester.housing.rules.grants.MatchPolicy;
import uk.gov.worcester.housing.rules.grants.ScoringCriterion;
import uk.gov.worcester.housing.rules.grants.TimeRate;

/**
 * The community grant schemes' policies as JSON documents (see {@link PolicyDocuments}): Our Happy
 * Place ({@code OUR_HAPPY_PLACE}) and the general rounds ({@code COMMUNITY_GRANTS}), each version
 * with every figure (the fund, the cap, tiers, wards, who may apply, how match is valued, the
 * scoring criteria) and the source of each. The defaults ship beside this class
 * ({@code policy/*.json}), written from the Java constants and pinned by a test; a council reads
 * its own with {@link #policy(String, String)} or the command line's {@code --policy FILE}.
 */
public final class GrantsPolicyJson {
  private GrantsPolicyJson() {}

  /** The kind code of a document of Our Happy Place's versions. */
  public static final String OUR_HAPPY_PLACE = "OUR_HAPPY_PLACE";
  /** The kind code of a document of the general community grant rounds' versions. */
  public static final String COMMUNITY_GRANTS = "COMMUNITY_GRANTS";
  /** Our Happy Place 2016-17, beside this class. */
  public static final String OUR_HAPPY_PLACE_RESOURCE = "policy/our-happy-place.json";
  /** Worcester's general community grants, beside this class. */
  public static final String COMMUNITY_GRANTS_RESOURCE = "policy/community-grants.json";

  public static final JsonCodec<TimeRate> TIME_RATE = ObjectCodec.define(TimeRate.class, f -> {
    Slot<Money> amount = f.required("amount", CommonJson.MONEY, TimeRate::amount);
    Slot<Integer> perHours = f.withDefault("perHours", Codecs.integer(1, 168), 1, TimeRate::perHours);
    return in -> TimeRate.of(in.get(amount), in.get(perHours));
  }).describedAs("A rate for donated time: amount for every perHours hours (1 for an hourly rate, 7 for a day).");

  private static final JsonCodec<Map<SkillLevel, TimeRate>> TIME_RATES = Codecs.map(GrantsJson.SKILL_LEVEL::code,
      GrantsJson.SKILL_LEVEL::parse, GrantsJson.SKILL_LEVEL::schema, TIME_RATE, 3);

  public static final JsonCodec<GrantTier> TIER = ObjectCodec.define(GrantTier.class, f -> {
    Slot<String> code = f.required("code", Codecs.text(40), GrantTier::code);
    Slot<Money> minimum = f.required("minimum", CommonJson.MONEY, GrantTier::minimum);
    Slot<Money> maximum = f.required("maximum", CommonJson.MONEY, GrantTier::maximum);
    return in -> GrantTier.of(in.get(code), in.get(minimum), in.get(maximum));
  });

  public static final JsonCodec<ScoringCriterion> CRITERION = ObjectCodec.builder(ScoringCriterion.class,
          ScoringCriterion::builder, b -> b.build())
      .required("code", Codecs.text(40), ScoringCriterion::code, (b, v) -> b.code(v))
      .required("question", Codecs.text(500), ScoringCriterion::question, (b, v) -> b.question(v))
      .optional("theme", GrantsJson.CITY_PLAN_THEME, ScoringCriterion::theme, (b, v) -> b.theme(v))
      .required("maxPoints", Codecs.integer(1, 100), ScoringCriterion::maxPoints, (b, v) -> b.maxPoints(v))
      .build();

  /**
   * The fields of one version, every figure at the top level (the match rules too), so each has
   * its source by its own name.
   */
  public static final ObjectCodec<GrantPolicy> VERSION_FIELDS = ObjectCodec.define(GrantPolicy.class, f -> {
    Slot<String> version = f.required("version", Codecs.text(64), GrantPolicy::version);
    Slot<LocalDate> from = f.required("effectiveFrom", Codecs.DATE, GrantPolicy::effectiveFrom);
    Slot<Optional<LocalDate>> lastDay = f.optional("lastDay", Codecs.DATE, GrantPolicy::lastDay);
    Slot<GrantScheme> scheme = f.required("scheme", GrantsJson.SCHEME, GrantPolicy::scheme);
    Slot<LocalAuthority> authority = f.alwaysWritten("authority", CommonJson.LOCAL_AUTHORITY, LocalAuthority.WORCESTER,
        GrantPolicy::authority);
    Slot<String> department = f.required("awardingDepartment", Codecs.text(200), GrantPolicy::awardingDepartment);
    Slot<Money> pot = f.required("pot", CommonJson.MONEY, GrantPolicy::pot);
    Slot<Money> cap = f.required("perProjectCap", CommonJson.MONEY, GrantPolicy::perProjectCap);
    Slot<List<GrantTier>> tiers = f.alwaysWritten("tiers", Codecs.list(TIER, 20), List.of(), GrantPolicy::tiers);
    Slot<List<Ward>> wards = f.alwaysWritten("wards", Codecs.list(CommonJson.WARD, 100), List.of(),
        GrantPolicy::wards);
    Slot<List<OrganisationType>> types = f.required("eligibleTypes", Codecs.ordered(
        Codecs.list(GrantsJson.ORGANISATION_TYPE, 10), java.util.Comparator.naturalOrder(),
        "In the order of the OrganisationType code list."), p -> List.copyOf(p.eligibleTypes()));
    Slot<Boolean> terms = f.alwaysWritten("termsOfReferenceRequired", Codecs.BOOLEAN, true,
        GrantPolicy::termsOfReferenceRequired);
    Slot<Optional<Integer>> age = f.optional("minimumMemberAge", Codecs.integer(0, 120), GrantPolicy::minimumMemberAge);
    Slot<Boolean> need = f.alwaysWritten("identifiedNeedRequired", Codecs.BOOLEAN, true,
        GrantPolicy::identifiedNeedRequired);
    Slot<Optional<LocalDate>> completeBy = f.optional("completeBy", Codecs.DATE, GrantPolicy::completeBy);
    Slot<Optional<DateRange>> window = f.optional("applicationWindow", CommonJson.DATE_RANGE,
        GrantPolicy::applicationWindow);
    Slot<Boolean> core = f.alwaysWritten("coreCostsExcluded", Codecs.BOOLEAN, true, GrantPolicy::coreCostsExcluded);
    Slot<Boolean> cover = f.alwaysWritten("matchMustCoverRequest", Codecs.BOOLEAN, false,
        GrantPolicy::matchMustCoverRequest);
    Slot<List<ContributionKind>> kinds = f.required("countedKinds", Codecs.ordered(
        Codecs.list(GrantsJson.CONTRIBUTION_KIND, 5), java.util.Comparator.naturalOrder(),
        "In the order of the ContributionKind code list."), p -> List.copyOf(p.match().countedKinds()));
    Slot<Map<SkillLevel, TimeRate>> rates = f.required("timeRates", TIME_RATES, p -> p.match().timeRates());
    Slot<Boolean> evidence = f.alwaysWritten("donationsNeedEvidence", Codecs.BOOLEAN, true,
        p -> p.match().donationsNeedEvidence());
    Slot<Integer> percent = f.alwaysWritten("grantPercentOfMatch", Codecs.integer(1, 1_000), 100,
        p -> p.match().grantPercentOfMatch());
    Slot<List<ScoringCriterion>> criteria = f.alwaysWritten("criteria", Codecs.list(CRITERION, 50), List.of(),
        GrantPolicy::criteria);
    Slot<Integer> pass = f.alwaysWritten("passMark", Codecs.integer(0, 5_000), 0, GrantPolicy::passMark);
    Slot<Integer> due = f.alwaysWritten("monitoringReturnDueDays", Codecs.integer(0, 366), 28,
        GrantPolicy::monitoringReturnDueDays);
    Slot<Map<String, FigureSource>> sources = f.withDefault("sources", PolicyDocuments.SOURCES, Map.of(),
        GrantPolicy::sources);
    return in -> GrantPolicy.builder().version(in.get(version)).effectiveFrom(in.get(from)).lastDay(in.get(lastDay))
        .scheme(in.get(scheme))
        .authority(in.get(authority)).awardingDepartment(in.get(department)).pot(in.get(pot))
        .perProjectCap(in.get(cap)).tiers(in.get(tiers)).wards(in.get(wards)).eligibleTypes(in.get(types))
        .termsOfReferenceRequired(in.get(terms)).minimumMemberAge(in.get(age)).identifiedNeedRequired(in.get(need))
        .completeBy(in.get(completeBy)).applicationWindow(in.get(window)).coreCostsExcluded(in.get(core))
        .matchMustCoverRequest(in.get(cover))
        .match(MatchPolicy.builder().countedKinds(in.get(kinds)).timeRates(in.get(rates))
            .donationsNeedEvidence(in.get(evidence)).grantPercentOfMatch(in.get(percent)).build())
        .criteria(in.get(criteria)).passMark(in.get(pass)).monitoringReturnDueDays(in.get(due))
        .sources(in.get(sources)).build();
  }).named("GrantPolicy").describedAs("One version of a community grant scheme's policy: the fund, the cap per "
      + "project and tiers, who may apply and for what, the wards, how match is valued, the scoring criteria, and "
      + "what supports each figure.");

  /** One version, its sources checked against its figures. */
  public static final JsonCodec<GrantPolicy> VERSION = PolicyDocuments.version(VERSION_FIELDS);

  /** A document of Our Happy Place's versions. */
  public static final JsonCodec<PolicyTimeline<GrantPolicy>> OUR_HAPPY_PLACE_DOCUMENT = PolicyDocuments.timeline(
      OUR_HAPPY_PLACE, "The Our Happy Place community grant's policy, version by version.", VERSION);

  /** A document of the general community grant rounds' versions. */
  public static final JsonCodec<PolicyTimeline<GrantPolicy>> COMMUNITY_GRANTS_DOCUMENT = PolicyDocuments.timeline(
      COMMUNITY_GRANTS, "The general community grant rounds' policy, round by round.", VERSION);

  /** Reads a council's grant policy document of {@code kind}: its timeline, or every problem. */
  public static Validation<Seq<Problem>, PolicyTimeline<GrantPolicy>> policy(String kind, String json) {
    return PolicyDocuments.read(json, kind.equals(OUR_HAPPY_PLACE) ? OUR_HAPPY_PLACE_DOCUMENT
        : COMMUNITY_GRANTS_DOCUMENT);
  }

  /** The shipped default of a document, read from this jar. */
  public static PolicyTimeline<GrantPolicy> shipped(String resource, JsonCodec<PolicyTimeline<GrantPolicy>> codec) {
    return PolicyDocuments.shipped(GrantsPolicyJson.class, resource, codec);
  }

  /** Registers the two policy documents (published with their schemas) and their shipped defaults. */
  public static void register(CodecRegistry registry) {
    registry.add(TimeRate.class, TIME_RATE).add(GrantTier.class, TIER).add(ScoringCriterion.class, CRITERION)
        .add(GrantPolicy.class, VERSION)
        .policy(OUR_HAPPY_PLACE, "our-happy-place-policy", OUR_HAPPY_PLACE_DOCUMENT, "The Our Happy Place community "
            + "grant's policy as a policy document: each version's figures with the source of each.",
            GrantsPolicyJson.class, OUR_HAPPY_PLACE_RESOURCE)
        .policy(COMMUNITY_GRANTS, "community-grants-policy", COMMUNITY_GRANTS_DOCUMENT, "The general community grant "
            + "rounds' policy as a policy document: each round's figures, criteria and the source of each.",
            GrantsPolicyJson.class, COMMUNITY_GRANTS_RESOURCE);
  }
}
