package uk.gov.worcester.housing.rules.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.grants.ContributionKind;
import uk.gov.worcester.housing.core.grants.GrantScheme;
import uk.gov.worcester.housing.core.grants.OrganisationType;
import uk.gov.worcester.housing.core.grants.SkillLevel;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.Policy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * One version of a community grant scheme's rules: the fund, the cap per project and the tiers,
 * who may apply and for what, the wards it serves, how match is valued, the published scoring
 * criteria and pass mark (for a scored round), and when the monitoring return falls due. Both of
 * Worcester's schemes are versions of this one type: {@link #OUR_HAPPY_PLACE_2016} and the
 * general rounds ({@link #COMMUNITY_GRANTS_2024_25}).
 *
 * <p>Unconfirmed figures, kept as data so a council can correct them, are marked in each
 * constant's description.
 */
@Value.Immutable
@HousingStyle
public abstract class GrantPolicy implements Policy {
  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  public abstract GrantScheme scheme();

  /**
   * The last day this version applies, if it has an end (the scheme closed, or a ward it names
   * ceased); an application received after it has no policy in force.
   */
  public abstract Optional<LocalDate> lastDay();

  /** True if this version applies on {@code date}: on or after its first day and not after its last. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom()) && lastDay().map(d -> !date.isAfter(d)).orElse(true);
  }

  /** What supports each figure, by its name in the policy's JSON document (see {@link Policy#sources()}). */
  @Override
  public abstract Map<String, FigureSource> sources();

  /** The council running the scheme: a project must benefit its residents. */
  @Value.Default
  public LocalAuthority authority() {
    return LocalAuthority.WORCESTER;
  }

  /** The department named when awards are published (Transparency Code 2015). */
  public abstract String awardingDepartment();

  /** The fund the scheme's awards come from. */
  public abstract Money pot();

  /** The most one project can be awarded. */
  public abstract Money perProjectCap();

  /** The size bands of grant, if the scheme has them; an award is named by its band. */
  public abstract List<GrantTier> tiers();

  /** The wards whose residents a project must benefit; empty for the council's whole area. */
  public abstract List<Ward> wards();

  /** The kinds of body that may apply. */
  public abstract Set<OrganisationType> eligibleTypes();

  /** A group must have terms of reference (or a constitution). */
  @Value.Default
  public boolean termsOfReferenceRequired() {
    return true;
  }

  /** Every member of the group must be at least this old. */
  public abstract Optional<Integer> minimumMemberAge();

  /** A project must respond to an identified local need. */
  @Value.Default
  public boolean identifiedNeedRequired() {
    return true;
  }

  /** A project must be completed by this day. */
  public abstract Optional<LocalDate> completeBy();

  /** The days a full application may be received, if the scheme has a call for bids. */
  public abstract Optional<DateRange> applicationWindow();

  /** The grant pays for a project, never a group's core costs (salaries, rent, utilities). */
  @Value.Default
  public boolean coreCostsExcluded() {
    return true;
  }

  /** The match must at least equal the request for the bid to be eligible at all. */
  @Value.Default
  public boolean matchMustCoverRequest() {
    return false;
  }

  /** How match is valued. */
  public abstract MatchPolicy match();

  /** The published scoring criteria, for a scored round; empty when bids are not scored. */
  public abstract List<ScoringCriterion> criteria();

  /** The least total score for a bid to be recommended; 0 when bids are not scored. */
  @Value.Default
  public int passMark() {
    return 0;
  }

  /** Days after a project's end by which its monitoring return is due. */
  @Value.Default
  public int monitoringReturnDueDays() {
    return 28;
  }

  /** True when bids are scored against criteria. */
  public boolean isScored() {
    return !criteria().isEmpty();
  }

  /** The most points a bid can score. */
  public int maximumScore() {
    return criteria().stream().mapToInt(ScoringCriterion::maxPoints).sum();
  }

  /** The band {@code amount} falls in, if the scheme has bands. */
  public Optional<GrantTier> tierOf(Money amount) {
    return tiers().stream().filter(t -> t.contains(amount)).findFirst();
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start()
        .require(version().matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}"), "version", ProblemCodes.INVALID_FORMAT,
            "a version is 1 to 64 letters, digits, '.', '_', '/' or '-'")
        .require(!awardingDepartment().isBlank() && awardingDepartment().length() <= 200, "awardingDepartment",
            ProblemCodes.INVALID_FORMAT, "a department is 1 to 200 characters")
        .require(!pot().isNegative(), "pot", ProblemCodes.OUT_OF_RANGE, "a fund is nothing or more")
        .require(perProjectCap().isPositive(), "perProjectCap", ProblemCodes.OUT_OF_RANGE,
            "a cap per project is more than nothing")
        .require(!eligibleTypes().contains(OrganisationType.INDIVIDUAL), "eligibleTypes", ProblemCodes.NOT_ALLOWED,
            "community grants are for groups, never individuals")
        .require(minimumMemberAge().map(a -> a >= 0 && a <= 120).orElse(true), "minimumMemberAge",
            ProblemCodes.OUT_OF_RANGE, "an age is 0 to 120")
        .require(passMark() >= 0 && passMark() <= maximumScore(), "passMark", ProblemCodes.OUT_OF_RANGE,
            "a pass mark is 0 to the most points the criteria give")
        .require(monitoringReturnDueDays() >= 0 && monitoringReturnDueDays() <= 366, "monitoringReturnDueDays",
            ProblemCodes.OUT_OF_RANGE, "a return falls due 0 to 366 days after a project ends")
        .require(criteria().size() <= 50, "criteria", ProblemCodes.TOO_MANY, "a round has at most 50 criteria")
        .require(tiers().size() <= 20, "tiers", ProblemCodes.TOO_MANY, "a scheme has at most 20 tiers")
        .require(lastDay().map(d -> !d.isBefore(effectiveFrom())).orElse(true), "lastDay",
            ProblemCodes.INCONSISTENT, "a version's last day is not before its first");
    for (int i = 0; i < criteria().size(); i++) {
      String code = criteria().get(i).code();
      checks.require(criteria().stream().filter(c -> c.code().equals(code)).count() == 1,
          Path.of("criteria").index(i).field("code"), ProblemCodes.DUPLICATE, "a criterion's code is used once");
    }
    List<GrantTier> bands = tiers().stream().sorted(java.util.Comparator.comparing(GrantTier::minimum)).toList();
    for (int i = 1; i < bands.size(); i++) {
      checks.require(bands.get(i).minimum().equals(bands.get(i - 1).maximum().plus(Money.ofPence(1))),
          Path.of("tiers").index(tiers().indexOf(bands.get(i))), ProblemCodes.INCONSISTENT, "tiers are contiguous: "
              + "each starts a penny above the one below it ends, with no gap or overlap");
    }
    for (int i = 0; i < wards().size(); i++) {
      checks.require(wards().get(i).authority().equals(authority()), Path.of("wards").index(i),
          ProblemCodes.INCONSISTENT, "a scheme's wards are the council's own");
      Ward w = wards().get(i);
      boolean throughout = w.inForceOn(effectiveFrom()) && lastDay().map(w::inForceOn)
          .orElse(w.validity().lastDay().isEmpty());
      checks.require(throughout, Path.of("wards").index(i), Ward.NOT_IN_FORCE, "a ward a version names is in "
          + "force from the version's first day to its last (give the version a last day before a ward ceases)");
    }
    checks.throwIfAny();
  }

  public static ImmutableGrantPolicy.Builder builder() {
    return ImmutableGrantPolicy.builder();
  }

  /**
   * The department named in publication: the service area whose Community Partnerships
   * Coordinator ran Our Happy Place (/work/shared/seeds/service-areas.txt); taken for the general
   * rounds too (unconfirmed for them).
   */
  private static final String DEPARTMENT = "Strategic Housing & Community Activity Service (Community Activity "
      + "Service Area)";

  private static Citation serviceAreas(String item) {
    return Citation.of("Worcester CC Strategic Housing & Community Activity Service: service areas", item);
  }

  /**
   * Volunteer time valued at the Community First rate of £11.09 an hour (the local precedent,
   * 2011-15), and skilled and professional work at the older Heritage Lottery Fund day rates of
   * £150 and £350 for a 7-hour day. Which rate Our Happy Place used was cut off in the source
   * (unconfirmed).
   */
  public static final Map<SkillLevel, TimeRate> WORCESTER_TIME_RATES = Map.of(
      SkillLevel.GENERAL, TimeRate.hourly(Money.of("11.09")),
      SkillLevel.SKILLED, TimeRate.of(Money.ofPounds(150), 7),
      SkillLevel.PROFESSIONAL, TimeRate.of(Money.ofPounds(350), 7));

  /**
   * Our Happy Place Community Grant, Worcester City Council, 2016-17: a £25,000 fund for projects
   * benefitting residents of Warndon, Gorse Hill and Rainbow Hill and responding to an identified
   * need; community, voluntary or charitable groups with terms of reference, every member 13 or
   * over; projects completed by 31 August 2017; £1 of grant for each £1 of the group's in-kind
   * contribution (time, expertise, resources), at most £2,000 a project.
   *
   * <p>Unconfirmed: the first day (taken as 1 April 2016, the start of the financial year); the
   * last day (taken as 31 August 2017, when projects had to be complete, so a later application
   * has no policy in force);
   * whether cash counts as match (taken as not: the source names in-kind contributions only); the
   * rate for volunteer time ({@link #WORCESTER_TIME_RATES}); whether core costs were excluded
   * (taken as not); when the monitoring return fell due (taken as 28 days after the project
   * ends); volunteer hours as a monitoring measure. Confirmed by the service areas page: the
   * department (the Community Activity Service Area of the Strategic Housing & Community Activity
   * Service) and the measures grants made, volunteers and people benefitted.
   */
  public static final GrantPolicy OUR_HAPPY_PLACE_2016 = builder()
      .version("OUR-HAPPY-PLACE/2016-17").effectiveFrom(LocalDate.of(2016, 4, 1))
      .lastDay(LocalDate.of(2017, 8, 31))
      .scheme(GrantScheme.OUR_HAPPY_PLACE).awardingDepartment(DEPARTMENT)
      .pot(Money.ofPounds(25_000)).perProjectCap(Money.ofPounds(2_000))
      .addWards(Ward.WARNDON, Ward.GORSE_HILL, Ward.RAINBOW_HILL)
      .addEligibleTypes(OrganisationType.COMMUNITY_GROUP, OrganisationType.VOLUNTARY_ORGANISATION,
          OrganisationType.CHARITY)
      .minimumMemberAge(13).completeBy(LocalDate.of(2017, 8, 31)).coreCostsExcluded(false)
      .match(MatchPolicy.builder().addCountedKinds(ContributionKind.VOLUNTEER_TIME, ContributionKind.EXPERTISE,
          ContributionKind.DONATED_GOODS, ContributionKind.DONATED_SERVICES).putAllTimeRates(WORCESTER_TIME_RATES)
          .build())
      .putSources("pot", FigureSource.of(ohp("fund"), "A £25,000 fund."))
      .putSources("perProjectCap", FigureSource.of(ohp("match"), "grant = min(£2,000, the request, the match)."))
      .putSources("tiers", FigureSource.of(ohp("match"), "No size bands: one cap of £2,000 a project."))
      .putSources("matchMustCoverRequest", FigureSource.of(ohp("match"), "grant = min(£2,000, the request, the "
          + "match): a smaller match lowers the grant; it does not make the bid ineligible."))
      .putSources("wards", FigureSource.of(ohp("wards"), "Benefits go to residents of Warndon, Gorse Hill and "
          + "Rainbow Hill and respond to an identified need."))
      .putSources("eligibleTypes", FigureSource.of(ohp("eligible applicants"), "Community, voluntary or charitable "
          + "groups; not individuals, who must form a group with terms of reference."))
      .putSources("termsOfReferenceRequired", FigureSource.of(ohp("eligible applicants")))
      .putSources("minimumMemberAge", FigureSource.of(ohp("eligible applicants"), "All members aged 13 or over."))
      .putSources("identifiedNeedRequired", FigureSource.of(ohp("wards")))
      .putSources("completeBy", FigureSource.of(ohp("eligible projects"), "Projects completed by 31 August 2017."))
      .putSources("lastDay", FigureSource.unconfirmed(ohp("eligible projects"), "When the scheme closed was not "
          + "found: taken as after 31 August 2017, the day projects had to be completed by. Its first day (1 April "
          + "2016, the start of the financial year) is unconfirmed too."))
      .putSources("awardingDepartment", FigureSource.of(serviceAreas("The Community Activity Service Area"),
          "The Community Partnerships Coordinator for Our Happy Place sits in the Community Activity Service Area "
              + "of the Strategic Housing & Community Activity Service."))
      .putSources("coreCostsExcluded", FigureSource.unconfirmed(ohp("eligible projects"), "Not stated for Our Happy "
          + "Place; taken as not excluded."))
      .putSources("countedKinds", FigureSource.unconfirmed(ohp("match"), "£1 of grant for each £1 of the "
          + "group's in-kind contribution (time, expertise, resources); whether cash counts was cut off in the "
          + "source, so taken as not."))
      .putSources("timeRates", FigureSource.unconfirmed(Citation.of("Community First 2011-15", "match"),
          "The rate Our Happy Place used was cut off in the source: general volunteering at the Community First "
              + "rate of £11.09 an hour; skilled and professional work at the older Heritage Lottery Fund day rates "
              + "(£150 and £350 for a 7-hour day)."))
      .putSources("donationsNeedEvidence", FigureSource.unconfirmed(ohp("match"), "Donated goods and services "
          + "valued with evidence, as the issue asks; the scheme's own wording was not found."))
      .putSources("grantPercentOfMatch", FigureSource.of(ohp("match"), "£1 of grant for each £1 of match."))
      .putSources("monitoringReturnDueDays", FigureSource.unconfirmed(ohp("monitoring"), "When the return fell due "
          + "was not found; taken as 28 days after the project ends. The measures monitored (the number of grants, "
          + "volunteers and people benefitted) are confirmed by the service areas page; volunteer hours are not."))
      .build();

  /** The criteria officers score general round bids against: the five City Plan themes, then the project. */
  public static final List<ScoringCriterion> WORCESTER_CRITERIA = List.of(
      criterion("STRONGER_COMMUNITIES", "How far does the project make communities stronger and better connected?",
          uk.gov.worcester.housing.core.grants.CityPlanTheme.STRONGER_AND_CONNECTED_COMMUNITIES, 3),
      criterion("PROSPEROUS_CITY", "How far does the project help a prosperous city?",
          uk.gov.worcester.housing.core.grants.CityPlanTheme.PROSPEROUS_CITY, 3),
      criterion("HEALTHY_AND_ACTIVE", "How far does the project help a healthy and active city?",
          uk.gov.worcester.housing.core.grants.CityPlanTheme.HEALTHY_AND_ACTIVE_CITY, 3),
      criterion("HERITAGE_AND_CULTURE", "How far does the project serve a heritage city with a 21st century culture?",
          uk.gov.worcester.housing.core.grants.CityPlanTheme.HERITAGE_CITY_WITH_21ST_CENTURY_CULTURE, 3),
      criterion("BEAUTIFUL_CITY", "How far does the project enhance and sustain the city for future generations?",
          uk.gov.worcester.housing.core.grants.CityPlanTheme.BEAUTIFUL_CITY_FOR_FUTURE_GENERATIONS, 3),
      criterion("LOCAL_NEED", "How well does the project meet an identified local need?", null, 5),
      criterion("MEASURABLE_OUTCOMES", "Are the project's outcomes clear and measurable?", null, 5),
      criterion("DELIVERABILITY", "Can the group deliver the project on time and on budget?", null, 5),
      criterion("VALUE_FOR_MONEY", "Does the project, with its match, give good value for money?", null, 5));

  private static ScoringCriterion criterion(String code, String question,
      uk.gov.worcester.housing.core.grants.CityPlanTheme theme, int max) {
    return ScoringCriterion.builder().code(code).question(question).theme(Optional.ofNullable(theme)).maxPoints(max)
        .build();
  }

  private static Citation ohp(String item) {
    return Citation.of("Worcester CC Our Happy Place Community Grant 2016-17", item);
  }

  private static Citation grants(String item) {
    return Citation.of("Worcester CC community grants", item);
  }

  /** The sources of the general rounds' figures, shared by their versions. */
  private static Map<String, FigureSource> roundSources(boolean annualCall) {
    java.util.Map<String, FigureSource> s = new java.util.LinkedHashMap<>();
    s.put("termsOfReferenceRequired", FigureSource.of(grants("eligibility"), "Terms of reference are an Our Happy "
        + "Place rule; the general rounds' eligibility does not name them."));
    s.put("identifiedNeedRequired", FigureSource.of(grants("eligibility"), "An identified need is an Our Happy "
        + "Place eligibility rule; in a scored round meeting a local need is scored (LOCAL_NEED), not a bar."));
    s.put("donationsNeedEvidence", FigureSource.unconfirmed(grants("eligibility"), "Gifts in kind count as match; "
        + "that they need evidence of their value is this library's choice."));
    s.put("grantPercentOfMatch", FigureSource.of(grants("eligibility"), "Match at least equal to the request: £1 "
        + "of grant for each £1 of match."));
    s.put("eligibleTypes", FigureSource.of(grants("eligibility"), "Voluntary, community or charitable groups, not "
        + "individuals, benefitting City of Worcester residents."));
    s.put("coreCostsExcluded", FigureSource.of(grants("eligibility"), "A distinct project with measurable outcomes, "
        + "not core costs (salaries, rent, utilities)."));
    s.put("matchMustCoverRequest", FigureSource.of(grants("eligibility"), "Match at least equal to the request "
        + "(volunteer hours, cash, gifts in kind)."));
    s.put("countedKinds", FigureSource.of(grants("eligibility"), "Volunteer hours, cash and gifts in kind."));
    s.put("timeRates", FigureSource.unconfirmed(Citation.of("Community First 2011-15", "match"),
        "The rounds' rates were not found: the Community First and older Heritage Lottery Fund rates are used."));
    s.put("monitoringReturnDueDays", FigureSource.unconfirmed(grants("post-project report"), "A compulsory "
        + "post-project report; when it falls due was not found (28 days after the project ends)."));
    s.put("awardingDepartment", FigureSource.unconfirmed(serviceAreas("The Community Activity Service Area"), "The "
        + "Community Partnership Officer oversees grants to voluntary and community groups; that the general rounds "
        + "are published under this service area is not confirmed."));
    if (annualCall) {
      s.put("criteria", FigureSource.unconfirmed(Citation.of("Worcester City Plan 2016-21", "themes"), "From "
          + "2024/25 officers score bids against City Plan themes; the published criteria and points were not found."));
      s.put("passMark", FigureSource.unconfirmed(grants("scoring"), "No pass mark was found; 18 of 35 is a "
          + "placeholder."));
      s.put("applicationWindow", FigureSource.of(grants("2024/25 round"), "One annual call, 22 September to 10 "
          + "November 2023; the Policy and Resources Committee decides in December."));
      s.put("pot", FigureSource.of(grants("2024/25 round"), "£45,000 from the UK Shared Prosperity Fund: £3,500 to "
          + "the Worcester Arts Council and £41,500 to other groups."));
      s.put("perProjectCap", FigureSource.of(grants("2024/25 round"), "£2,000 at most a project, match-funded."));
      s.put("tiers", FigureSource.unconfirmed(grants("2024/25 round"), "£2,000 at most a project; one small tier "
          + "of £1 to £2,000 is this library's reading (the One Worcester Community Grants' £1 to £2,000)."));
    } else {
      s.put("pot", FigureSource.unconfirmed(grants("tiers"), "The fund before the annual call was not found: "
          + "£45,000 for each financial year (the 2024/25 fund) is a placeholder."));
      s.put("perProjectCap", FigureSource.of(grants("tiers"), "Medium grants up to £15,000."));
      s.put("tiers", FigureSource.unconfirmed(grants("tiers"), "Small £1 to £2,000; medium £2,001 to £15,000, "
          + "read in exact money as £2,000.01 to £15,000 so the bands meet. When these applied is not known: the "
          + "first version's first day (1 April 2020) is a placeholder."));
    }
    return s;
  }

  private static MatchPolicy generalMatch() {
    return MatchPolicy.builder().addCountedKinds(ContributionKind.values()).putAllTimeRates(WORCESTER_TIME_RATES)
        .build();
  }

  /**
   * Worcester's general community grants before the annual call, one version (and so one fund) for
   * each financial year from 2020/21: small grants of £1 to £2,000 and medium grants of £2,000.01
   * to £15,000 for voluntary, community or charitable groups benefitting the city's residents, for
   * a distinct project with measurable outcomes, not core costs, with match (volunteer hours, cash,
   * gifts in kind) at least equal to the request. Bids are not scored: scoring against City Plan
   * themes began with the 2024/25 round.
   *
   * <p>Unconfirmed: the first day (a placeholder, 1 April 2020), the fund (taken as £45,000 a
   * year), the rates of volunteer time and the monitoring return's due date.
   */
  private static GrantPolicy beforeTheAnnualCall(int startYear) {
    return builder()
        .version(String.format("WORCESTER-COMMUNITY-GRANTS/%d-%02d", startYear, (startYear + 1) % 100))
        .effectiveFrom(LocalDate.of(startYear, 4, 1))
        .scheme(GrantScheme.COMMUNITY_GRANT_ROUND).awardingDepartment(DEPARTMENT)
        .pot(Money.ofPounds(45_000)).perProjectCap(Money.ofPounds(15_000))
        .addTiers(GrantTier.of("SMALL", Money.ofPounds(1), Money.ofPounds(2_000)),
            GrantTier.of("MEDIUM", Money.of("2000.01"), Money.ofPounds(15_000)))
        .addEligibleTypes(OrganisationType.COMMUNITY_GROUP, OrganisationType.VOLUNTARY_ORGANISATION,
            OrganisationType.CHARITY)
        .termsOfReferenceRequired(false).identifiedNeedRequired(false)
        .matchMustCoverRequest(true).match(generalMatch()).putAllSources(roundSources(false))
        .build();
  }

  /** The general grants in 2020/21, the first year before the annual call (see {@link #beforeTheAnnualCall}). */
  public static final GrantPolicy COMMUNITY_GRANTS_SMALL_AND_MEDIUM = beforeTheAnnualCall(2020);

  /** The general grants of 2020/21 to 2023/24 (until the 2024/25 call opened), one version a financial year. */
  public static final List<GrantPolicy> COMMUNITY_GRANTS_BEFORE_THE_ANNUAL_CALL = List.of(
      COMMUNITY_GRANTS_SMALL_AND_MEDIUM, beforeTheAnnualCall(2021), beforeTheAnnualCall(2022),
      beforeTheAnnualCall(2023));

  /**
   * The 2024/25 round: one annual call from 22 September to 10 November 2023, bids scored by
   * officers against City Plan themes and decided by the Policy and Resources Committee in
   * December; a £45,000 fund from the UK Shared Prosperity Fund, of which £3,500 goes to the
   * Worcester Arts Council and £41,500 to other groups (the fund here); at most £2,000 a project,
   * match-funded pound for pound.
   *
   * <p>Unconfirmed: the tiers (one small tier of £1 to £2,000), the published scoring criteria
   * and pass mark ({@link #WORCESTER_CRITERIA}, 18 of 35), the rates of volunteer time, and the
   * monitoring return's due date. Terms of reference and an identified need are Our Happy Place's
   * rules, not the round's: local need is scored instead.
   */
  public static final GrantPolicy COMMUNITY_GRANTS_2024_25 = builder()
      .version("WORCESTER-COMMUNITY-GRANTS/2024-25").effectiveFrom(LocalDate.of(2023, 9, 22))
      .scheme(GrantScheme.COMMUNITY_GRANT_ROUND).awardingDepartment(DEPARTMENT)
      .pot(Money.ofPounds(41_500)).perProjectCap(Money.ofPounds(2_000))
      .addTiers(GrantTier.of("SMALL", Money.ofPounds(1), Money.ofPounds(2_000)))
      .addEligibleTypes(OrganisationType.COMMUNITY_GROUP, OrganisationType.VOLUNTARY_ORGANISATION,
          OrganisationType.CHARITY)
      .applicationWindow(DateRange.of(LocalDate.of(2023, 9, 22), LocalDate.of(2023, 11, 10)))
      .termsOfReferenceRequired(false).identifiedNeedRequired(false)
      .matchMustCoverRequest(true).match(generalMatch())
      .criteria(WORCESTER_CRITERIA).passMark(18).putAllSources(roundSources(true))
      .build();

  /** Our Happy Place's versions. */
  public static final PolicyTimeline<GrantPolicy> OUR_HAPPY_PLACE = PolicyTimeline.of(OUR_HAPPY_PLACE_2016);

  /** The general community grants' versions. */
  public static final PolicyTimeline<GrantPolicy> COMMUNITY_GRANTS =
      PolicyTimeline.of(io.vavr.collection.List.ofAll(COMMUNITY_GRANTS_BEFORE_THE_ANNUAL_CALL)
          .append(COMMUNITY_GRANTS_2024_25));
}
