package uk.gov.worcester.housing.rules.lettings;

import static uk.gov.worcester.housing.rules.common.Legislation.FORCES_PREFERENCE_REGULATIONS_2012;
import static uk.gov.worcester.housing.rules.common.Legislation.FORCES_QUALIFICATION_REGULATIONS_2012;
import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;
import static uk.gov.worcester.housing.rules.common.Legislation.HOUSING_BENEFIT_REGULATIONS_2006;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.NeedKind;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.Policy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * A version of the Home Choice Plus allocation scheme as data: the partnership area, the band
 * order, the band criteria and their award lengths, the qualification tests, the bid limit, the
 * review window and the bedroom rules. Worcester's versions are {@link #WORCESTER_TIMELINE}.
 *
 * <p>Known values (the sources in the domain reference): Priority lasts 3 months, Gold Plus 6,
 * Gold 12; Gold Plus criteria with a local connection; Gold for a Category 1 or 2 hazard or lacking
 * one or two bedrooms; 3 bids a week (2020); 2
 * weeks before officers bid for a Priority applicant; from 1 June 2015 (v1.12) applicants need a
 * local connection (2 years' residence, 6 months' work or immediate family of 5 years) and a
 * housing need; age 16 or over.
 *
 * <p>Unconfirmed, kept as data with the best-known default: the band order beyond Priority first and
 * Bronze last (Silver Plus is placed above Gold, Reduced above Bronze Plus); the Silver Plus and
 * Silver criteria (their pairs' without a connection) and lengths (taken as their pairs'); what
 * counts as an urgent need for armed forces additional preference; whether a reasonable preference
 * gives a local connection by special circumstances (taken as yes, scheme H5); the bid week's
 * first day (Monday); for the 2013 version, the bid limit and the local connection figures; lacking 3 or more bedrooms (taken as Gold Plus / Silver Plus);
 * the bands of a medical or welfare need short of very high and of locality hardship (taken as
 * Gold / Silver); Bronze Plus and Bronze lengths (no expiry); reduced banding's triggers and means
 * thresholds (none set); what a move down does to the band date (the date is kept); the 21-day
 * review window; the duties that give the Priority band (the main duty); the size of home a
 * household may bid for (its size-criteria need, no more); state pension age (66).
 */
@Value.Immutable
@HousingStyle
public abstract class LettingsPolicy implements Policy {
  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  /** What supports each figure, by its name in the policy document (see {@link Policy#sources()}). */
  @Override
  public abstract Map<String, FigureSource> sources();

  /** The partner districts whose area a local connection may be with. */
  public abstract List<LocalAuthority> partnership();

  /** Every band, highest first. */
  public abstract List<Band> bandOrder();

  /** The criteria for recorded needs, by need. */
  public abstract List<NeedCriterion> needCriteria();

  /** Lacking one or two bedrooms by the bedroom standard. */
  @Value.Default
  public BandCriterion lackingOneOrTwoBedrooms() {
    return BandCriterion.of("LACKING_ONE_OR_TWO_BEDROOMS", Band.GOLD, Band.SILVER, 12, false);
  }

  /** Lacking three or more bedrooms (unconfirmed: the source breaks off). */
  @Value.Default
  public BandCriterion lackingThreeOrMoreBedrooms() {
    return BandCriterion.of("LACKING_THREE_OR_MORE_BEDROOMS", Band.GOLD_PLUS, Band.SILVER_PLUS, 6, true);
  }

  /** The band a qualifying household holds when no award is in force (the lapse fall-back). */
  @Value.Default
  public BandCriterion baseBand() {
    return BandCriterion.of("NO_CURRENT_AWARD", Band.BRONZE_PLUS, Band.BRONZE, 0, true);
  }

  /** The homelessness duties whose acceptance gives the Priority band. */
  @Value.Default
  public Set<DutyKind> priorityDuties() {
    return EnumSet.of(DutyKind.MAIN);
  }

  /** Months the Priority band lasts from the duty's acceptance. */
  @Value.Default
  public int priorityAwardMonths() {
    return 3;
  }

  /** Days a Priority applicant has to bid before officers bid on their behalf. */
  @Value.Default
  public int priorityBidGraceDays() {
    return 14;
  }

  /** The band urgent armed forces cases are raised to (additional preference; unconfirmed). */
  @Value.Default
  public Band forcesAdditionalPreferenceBand() {
    return Band.GOLD_PLUS;
  }

  /**
   * The bands whose award counts as an urgent housing need for armed forces additional preference
   * (SI 2012/2989 reg.2; unconfirmed: taken as any time-limited need award or Priority).
   */
  @Value.Default
  public Set<Band> forcesUrgentBands() {
    return EnumSet.of(Band.PRIORITY, Band.GOLD_PLUS, Band.SILVER_PLUS, Band.GOLD, Band.SILVER);
  }

  /** Whether a reduced-preference finding moves the household to {@link Band#REDUCED}. */
  @Value.Default
  public boolean reducedBanding() {
    return true;
  }

  /** Income at or above this, a year, reduces preference (unconfirmed: none set by default). */
  public abstract Optional<Money> reducedBandAnnualIncome();

  /** Savings at or above this reduce preference (unconfirmed: none set by default). */
  public abstract Optional<Money> reducedBandSavings();

  @Value.Default
  public BandDateOnMoveDown bandDateOnMoveDown() {
    return BandDateOnMoveDown.KEEP_BAND_DATE;
  }

  /** The youngest an applicant may be. */
  @Value.Default
  public int minimumAge() {
    return 16;
  }

  /** A local connection to the partnership area is a qualification test (from 1 June 2015). */
  public abstract boolean localConnectionQualification();

  /** A housing need is a qualification test (from 1 June 2015). */
  public abstract boolean housingNeedQualification();

  /** Years of residence in the area that give a local connection. */
  @Value.Default
  public int residenceYears() {
    return 2;
  }

  /** Months of (non-casual) work in the area that give a local connection. */
  @Value.Default
  public int employmentMonths() {
    return 6;
  }

  /** Years immediate family must have lived in the area. */
  @Value.Default
  public int familyYears() {
    return 5;
  }

  /** Years after leaving the regular forces during which no local connection may be required (SI 2012/1869). */
  @Value.Default
  public int forcesExemptionYears() {
    return 5;
  }

  /**
   * Whether the regular-forces exemption from a local connection also covers an applicant whose
   * partner served (the 2020 armed forces guidance suggests it; SI 2012/1869 reg.3(3)(a) protects
   * the applicant only).
   */
  @Value.Default
  public boolean forcesExemptionCoversPartner() {
    return false;
  }

  /**
   * Households with a reasonable preference (those owed a homelessness duty among them) count as
   * having a local connection by special circumstances (scheme H5, marked NEW; unconfirmed).
   */
  @Value.Default
  public boolean reasonablePreferenceGivesConnection() {
    return true;
  }

  /** Annual income at or above which an applicant does not qualify (none set by default; unconfirmed). */
  public abstract Optional<Money> qualificationAnnualIncome();

  /** Savings at or above which an applicant does not qualify (none set by default; unconfirmed). */
  public abstract Optional<Money> qualificationSavings();

  /** The most bids an application may place in a week (from {@link #bidWeekStartsOn()}); 0 for no limit. */
  @Value.Default
  public int weeklyBidLimit() {
    return 3;
  }

  /** The first day of the bidding week (unconfirmed: Monday taken). */
  @Value.Default
  public DayOfWeek bidWeekStartsOn() {
    return DayOfWeek.MONDAY;
  }

  /** Days from notification within which a review must be asked for (unconfirmed). */
  @Value.Default
  public int reviewRequestDays() {
    return 21;
  }

  /** The calculation that decides the sizes of home a household may bid for. */
  @Value.Default
  public BedroomCalculator biddingCalculator() {
    return BedroomCalculator.SIZE_CRITERIA;
  }

  /** Bedrooms above its need a household may bid for (unconfirmed). */
  @Value.Default
  public int extraBedroomsAllowed() {
    return 0;
  }

  /** The age from which the size criteria do not apply to the applicant or partner (unconfirmed; varies by birth date). */
  @Value.Default
  public int pensionAge() {
    return 66;
  }

  /**
   * Weeks after approval, or after the last placement ended, during which an approved foster carer
   * with no child placed keeps the extra bedroom (HB reg.B13: 52 weeks; UC Sch.4 para 12: 12 months).
   */
  @Value.Default
  public int fosterGapWeeks() {
    return 52;
  }

  /** Months without a bid after which a Bronze application is closed (0: never). */
  @Value.Default
  public int bronzeClosureMonths() {
    return 12;
  }

  /** The rank of a band: 0 for the highest. */
  public int rank(Band band) {
    return bandOrder().indexOf(band);
  }

  /** The criterion for a recorded need. */
  public BandCriterion criterion(NeedKind need) {
    for (NeedCriterion c : needCriteria()) {
      if (c.need() == need) {
        return c.criterion();
      }
    }
    throw new IllegalStateException("checked: every need has a criterion");
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    checks.require(bandOrder().size() == Band.values().length && new HashSet<>(bandOrder()).size() == bandOrder().size(),
        "bandOrder", ProblemCodes.INCONSISTENT, "the band order names every band once");
    Set<NeedKind> covered = EnumSet.noneOf(NeedKind.class);
    needCriteria().forEach(c -> covered.add(c.need()));
    checks.require(covered.size() == NeedKind.values().length && needCriteria().size() == covered.size(),
        "needCriteria", ProblemCodes.INCONSISTENT, "every need has exactly one criterion");
    checks.require(!partnership().isEmpty(), "partnership", ProblemCodes.REQUIRED, "a partnership has a district");
    checks.require(minimumAge() >= 16 && minimumAge() <= 25, "minimumAge", ProblemCodes.OUT_OF_RANGE,
        "the minimum age is 16 to 25");
    checks.require(weeklyBidLimit() >= 0 && weeklyBidLimit() <= 100, "weeklyBidLimit", ProblemCodes.OUT_OF_RANGE,
        "the weekly bid limit is 0 to 100");
    checks.require(reviewRequestDays() >= 1 && reviewRequestDays() <= 365, "reviewRequestDays",
        ProblemCodes.OUT_OF_RANGE, "the review window is 1 to 365 days");
    checks.require(priorityAwardMonths() >= 1 && priorityAwardMonths() <= 60, "priorityAwardMonths",
        ProblemCodes.OUT_OF_RANGE, "the Priority award lasts 1 to 60 months");
    checks.require(fosterGapWeeks() >= 0 && fosterGapWeeks() <= 104, "fosterGapWeeks", ProblemCodes.OUT_OF_RANGE,
        "the foster gap is 0 to 104 weeks");
    checks.require(extraBedroomsAllowed() >= 0 && extraBedroomsAllowed() <= 5, "extraBedroomsAllowed",
        ProblemCodes.OUT_OF_RANGE, "0 to 5 extra bedrooms");
    checks.throwIfAny();
  }

  /** The known partnership of 2015: Stratford-on-Avon with five Worcestershire districts (not Redditch). */
  public static final List<LocalAuthority> PARTNERSHIP_2015 = List.of(LocalAuthority.BROMSGROVE,
      LocalAuthority.MALVERN_HILLS, LocalAuthority.WORCESTER, LocalAuthority.WYCHAVON, LocalAuthority.WYRE_FOREST,
      LocalAuthority.of("E07000221", "Stratford-on-Avon"));

  /** The band order: Priority first and Bronze last are confirmed; the rest is unconfirmed. */
  public static final List<Band> DEFAULT_BAND_ORDER = List.of(Band.PRIORITY, Band.GOLD_PLUS, Band.SILVER_PLUS,
      Band.GOLD, Band.SILVER, Band.REDUCED, Band.BRONZE_PLUS, Band.BRONZE);

  /** The need criteria as the sources show them (see the class comment for what is unconfirmed). */
  public static final List<NeedCriterion> DEFAULT_NEED_CRITERIA = List.of(
      NeedCriterion.of(NeedKind.HOMELESS_NO_REHOUSING_DUTY, Band.GOLD_PLUS, Band.SILVER_PLUS, 6, false),
      NeedCriterion.of(NeedKind.ENFORCEMENT_NOTICE, Band.GOLD_PLUS, Band.SILVER_PLUS, 6, false),
      NeedCriterion.of(NeedKind.VERY_HIGH_MEDICAL_NEED, Band.GOLD_PLUS, Band.SILVER_PLUS, 6, false),
      NeedCriterion.of(NeedKind.THREATENED_WITH_HOMELESSNESS_NO_FAULT, Band.GOLD_PLUS, Band.SILVER_PLUS, 6, false),
      NeedCriterion.of(NeedKind.MOVING_ON_FROM_SUPPORTED_HOUSING, Band.GOLD_PLUS, Band.SILVER_PLUS, 6, false),
      NeedCriterion.of(NeedKind.DOWNSIZING_FROM_FAMILY_HOME, Band.GOLD_PLUS, Band.SILVER_PLUS, 6, false),
      NeedCriterion.of(NeedKind.SERIOUS_HAZARD, Band.GOLD, Band.SILVER, 12, false),
      NeedCriterion.of(NeedKind.MEDICAL_OR_WELFARE_NEED, Band.GOLD, Band.SILVER, 12, true),
      NeedCriterion.of(NeedKind.HARDSHIP_IN_LOCALITY, Band.GOLD, Band.SILVER, 12, true),
      NeedCriterion.of(NeedKind.LOW_HOUSING_NEED, Band.BRONZE_PLUS, Band.BRONZE, 0, true));

  /** From 1 April 2013: reduced banding added; no local connection or need qualification yet. */
  public static final LettingsPolicy HCP_2013 = builder()
      .version("HCP-2013-04-01").effectiveFrom(LocalDate.of(2013, 4, 1))
      .partnership(PARTNERSHIP_2015).bandOrder(DEFAULT_BAND_ORDER).needCriteria(DEFAULT_NEED_CRITERIA)
      .localConnectionQualification(false).housingNeedQualification(false).bronzeClosureMonths(0)
      .putAllSources(sources2013()).build();

  /** Version 1.12, live 1 June 2015: local connection and housing need become qualification tests. */
  public static final LettingsPolicy HCP_V1_12 = builder().from(HCP_2013)
      .version("HCP-v1.12").effectiveFrom(LocalDate.of(2015, 6, 1))
      .localConnectionQualification(true).housingNeedQualification(true).bronzeClosureMonths(12)
      .putSources("bronzeClosureMonths", FigureSource.of(hcp("Bronze band"), "Closed after one year with no bids (v2015 "
          + "onwards)."))
      .putSources("weeklyBidLimit", FigureSource.of(hcp("Number of bids"), "Three bids a week (Worcester CC, March 2020)."))
      .putSources("residenceYears", FigureSource.of(hcp("Local connection"), "Two years in the partnership area (2015)."))
      .putSources("employmentMonths", FigureSource.of(hcp("Local connection"), "Six months' work in the area (2015)."))
      .putSources("familyYears", FigureSource.of(hcp("Local connection"), "Immediate family resident for five years (2015)."))
      .putSources("localConnectionQualification", FigureSource.of(hcp("Local connection"),
          "Stratford DC, policy changes live 1 June 2015 (v1.12)."))
      .putSources("housingNeedQualification", FigureSource.of(hcp("Qualification"),
          "Stratford DC, policy changes live 1 June 2015 (v1.12)."))
      .build();

  /** Worcester's versions of the scheme (v1.18 of 22 November 2016 has no known change of figures). */
  public static final PolicyTimeline<LettingsPolicy> WORCESTER_TIMELINE = PolicyTimeline.of(List.of(HCP_2013, HCP_V1_12));

  private static Citation hcp(String item) {
    return Citation.of("Home Choice Plus allocations policy", item);
  }

  private static Map<String, FigureSource> sources2013() {
    Map<String, FigureSource> m = new java.util.LinkedHashMap<>();
    m.put("partnership", FigureSource.of(hcp("Partners"), "Stratford-on-Avon, Wychavon, Wyre Forest, Malvern Hills, "
        + "Worcester and Bromsgrove (Stratford DC, 2015); Redditch runs its own scheme."));
    m.put("bandOrder", FigureSource.unconfirmed(hcp("Bands"), "Priority first and Bronze last are confirmed (Worcester "
        + "News c.2013); Silver Plus above Gold and Reduced above Bronze Plus are assumptions."));
    m.put("needCriteria", FigureSource.unconfirmed(hcp("Bands"), "Gold Plus criteria and 6 months, Gold hazards and 12 "
        + "months: Wychavon and Malvern Hills summaries (2013); the Silver Plus and Silver criteria (each pair's criteria "
        + "without a local connection; confirmed only for enforcement notices) and their lengths (taken as their pairs'), "
        + "medical or welfare need short of very high, locality hardship and low need bands are assumptions."));
    m.put("lackingOneOrTwoBedrooms", FigureSource.unconfirmed(hcp("Gold band"), "Lacking 1 or 2 bedrooms: Gold, 12 "
        + "months; Silver without a local connection and its length are assumptions."));
    m.put("lackingThreeOrMoreBedrooms", FigureSource.unconfirmed(hcp("Gold Plus band"),
        "The source breaks off at 'lack 3'; a higher band is implied."));
    m.put("baseBand", FigureSource.unconfirmed(hcp("Time Limited Bands"),
        "Awards end after 3, 6 or 12 months and the applicant re-applies; the band held meanwhile is assumed."));
    m.put("priorityDuties", FigureSource.unconfirmed(hcp("Priority band"),
        "Only once a partner has accepted a homelessness duty; taken as the main duty (s.193(2))."));
    m.put("priorityAwardMonths", FigureSource.of(hcp("Priority band"), "Three months initially."));
    m.put("priorityBidGraceDays", FigureSource.of(hcp("Priority band"),
        "No bid within the first two weeks: staff bid on the applicant's behalf."));
    m.put("forcesAdditionalPreferenceBand", FigureSource.unconfirmed(FORCES_PREFERENCE_REGULATIONS_2012.at("reg.2"),
        "Additional preference is law; the band it gives under HCP is not known."));
    m.put("forcesUrgentBands", FigureSource.unconfirmed(FORCES_PREFERENCE_REGULATIONS_2012.at("reg.2"),
        "Additional preference is owed to forces cases with urgent housing needs; what counts as urgent under HCP is not "
        + "known: taken as any time-limited need award or Priority."));
    m.put("forcesExemptionCoversPartner", FigureSource.unconfirmed(Citation.of("Improving access to social housing for "
        + "members of the Armed Forces (MHCLG, 2020)", "Local connection"),
        "SI 2012/1869 reg.3(3)(a) protects the applicant; the 2020 guidance encourages extending it to a partner. Off."));
    m.put("reasonablePreferenceGivesConnection", FigureSource.unconfirmed(hcp("H5 Local connection (NEW)"),
        "Households owed a homelessness duty or with a reasonable preference count as having a local connection by "
        + "special circumstances; read from a scheme extract marked NEW, version not confirmed."));
    m.put("bidWeekStartsOn", FigureSource.unconfirmed(hcp("Number of bids"), "Three bids a week; the week's first day "
        + "is not stated: Monday taken."));
    m.put("fosterGapWeeks", FigureSource.of(HOUSING_BENEFIT_REGULATIONS_2006.at("reg.B13"), "52 weeks for Housing Benefit; "
        + "Universal Credit allows 12 months (SI 2013/376 Sch.4 para 12)."));
    m.put("reducedBanding", FigureSource.of(hcp("Reduced Banding"), "Added from 1 April 2013 (Malvern Hills DC)."));
    m.put("bandDateOnMoveDown", FigureSource.unconfirmed(hcp("Waiting Time"), "Not found; the band date is kept."));
    m.put("minimumAge", FigureSource.of(hcp("Joining"), "16 or over (Malvern Hills DC)."));
    m.put("residenceYears", FigureSource.unconfirmed(hcp("Local connection"), "Two years in the partnership area "
        + "(2015); the 2013 figure is not known."));
    m.put("employmentMonths", FigureSource.unconfirmed(hcp("Local connection"), "Six months' work in the area (2015); "
        + "the 2013 figure is not known."));
    m.put("familyYears", FigureSource.unconfirmed(hcp("Local connection"), "Immediate family resident for five years "
        + "(2015); the 2013 figure is not known."));
    m.put("forcesExemptionYears", FigureSource.of(FORCES_QUALIFICATION_REGULATIONS_2012.at("reg.3"),
        "Within five years of discharge."));
    m.put("weeklyBidLimit", FigureSource.unconfirmed(hcp("Number of bids"), "Three bids a week (Worcester CC, March "
        + "2020); the 2013 limit is not known."));
    m.put("reviewRequestDays", FigureSource.unconfirmed(HA_1996.at("s.166A(9)"),
        "The Act sets no period; 21 days is typical."));
    m.put("extraBedroomsAllowed", FigureSource.unconfirmed(hcp("Property size"),
        "HCP's bedroom eligibility table was not readable."));
    m.put("pensionAge", FigureSource.unconfirmed(HOUSING_BENEFIT_REGULATIONS_2006.at("reg.B13"),
        "State pension age varies by date of birth; 66 is taken."));
    m.put("bronzeClosureMonths", FigureSource.of(hcp("Bronze band"), "Closure after a year with no bids came with the "
        + "2015 scheme; none in 2013."));
    return m;
  }

  public static ImmutableLettingsPolicy.Builder builder() {
    return ImmutableLettingsPolicy.builder();
  }
}
