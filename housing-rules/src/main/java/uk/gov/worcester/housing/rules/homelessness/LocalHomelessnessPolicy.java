package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;
import static uk.gov.worcester.housing.rules.common.Legislation.MISCELLANEOUS_PROVISIONS_REGULATIONS_2006;
import static uk.gov.worcester.housing.rules.common.Legislation.SUITABILITY_ORDER_2003;

import java.time.LocalDate;
import java.util.Map;
import uk.gov.worcester.housing.rules.common.FigureSource;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.rules.common.Policy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * The figures a council sets or follows by agreement rather than statute: the local connection
 * referral guidelines, the reasonable period after a relevant warning, the length of s.190(2)
 * accommodation, and the bed and breakfast limit. Worcester's defaults are {@link #WORCESTER}.
 *
 * <p>Unconfirmed defaults, kept as data so a council can correct them: the 14-day reasonable
 * period after a warning (practice), 28 days of s.190(2) accommodation (common practice), and the
 * five-year period for referral back to an authority that placed the household here (s.198(4)).
 */
@Value.Immutable
@HousingStyle
public abstract class LocalHomelessnessPolicy implements Policy {
  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  /** What supports each figure, by its name (see {@link Policy#sources()}). */
  @Override
  public abstract Map<String, FigureSource> sources();

  /** The authority this policy belongs to. */
  public abstract LocalAuthority authority();

  /** Residence of choice for this many of the last 12 months gives a local connection. */
  @Value.Default
  public int residenceMonthsOfLast12() {
    return 6;
  }

  /** Or for this many of the last 5 years. */
  @Value.Default
  public int residenceYearsOfLast5() {
    return 3;
  }

  /** A close relative resident for at least this many years gives a local connection. */
  @Value.Default
  public int familyResidenceYears() {
    return 5;
  }

  /** Years within which a household placed here by another authority may be referred back (s.198(4); unconfirmed). */
  @Value.Default
  public int priorPlacementReferralYears() {
    return 5;
  }

  /** Days after a relevant warning before a non-co-operation notice may be given (s.193B(4); unconfirmed). */
  @Value.Default
  public int warningReasonablePeriodDays() {
    return 14;
  }

  /** Days of accommodation under s.190(2)(a) as a reasonable opportunity to find somewhere (unconfirmed). */
  @Value.Default
  public int intentionallyHomelessAccommodationDays() {
    return 28;
  }

  /**
   * The age from which a person's age alone prompts the officer to judge vulnerability through
   * old age. The Code of Guidance sets no age; 60 is common practice (unconfirmed). It only asks
   * for a judgement: it never makes anyone vulnerable.
   */
  @Value.Default
  public int oldAgeJudgementAge() {
    return 60;
  }

  /**
   * The most weeks a family with children or a pregnant member may spend in bed and breakfast, in
   * all (Homelessness (Suitability of Accommodation) (England) Order 2003, SI 2003/3326
   * art.4(1)(b): "a period, or a total of periods, which does not exceed 6 weeks"). The Order sets
   * six; a council may hold itself to fewer, never to more, so 0 to 6.
   */
  @Value.Default
  public int bedAndBreakfastFamilyLimitWeeks() {
    return 6;
  }

  @Value.Check
  protected void check() {
    Checks.start().require(bedAndBreakfastFamilyLimitWeeks() >= 0
            && bedAndBreakfastFamilyLimitWeeks() <= TemporaryAccommodationRule.STATUTORY_FAMILY_LIMIT_WEEKS,
        "bedAndBreakfastFamilyLimitWeeks", ProblemCodes.OUT_OF_RANGE, "the Order allows at most 6 weeks of bed and "
            + "breakfast for a family (SI 2003/3326 art.4(1)(b)); a council may set fewer, never more")
        .throwIfAny();
  }

  /** Worcester City Council's policy from the start of the Homelessness Reduction Act. */
  public static final LocalHomelessnessPolicy WORCESTER = ImmutableLocalHomelessnessPolicy.builder()
      .version("WORCESTER-HOMELESSNESS/2018").effectiveFrom(LocalDate.of(2018, 4, 3))
      .authority(LocalAuthority.WORCESTER)
      .putSources("residenceMonthsOfLast12", FigureSource.of(HA_1996.at("s.199(1)(a)"), "Six of the last twelve "
          + "months: the local authorities' referral guidelines, agreed between councils, not statute."))
      .putSources("residenceYearsOfLast5", FigureSource.of(HA_1996.at("s.199(1)(a)"), "Three of the last five "
          + "years: the local authorities' referral guidelines."))
      .putSources("familyResidenceYears", FigureSource.of(HA_1996.at("s.199(1)(c)"), "A close relative resident "
          + "for five years: the local authorities' referral guidelines."))
      .putSources("priorPlacementReferralYears", FigureSource.of(MISCELLANEOUS_PROVISIONS_REGULATIONS_2006.at("reg.3"),
          "Five years, plus the time from the earlier application to the placement."))
      .putSources("warningReasonablePeriodDays", FigureSource.unconfirmed(HA_1996.at("s.193B(4)"),
          "The Act sets no period; 14 days is practice."))
      .putSources("intentionallyHomelessAccommodationDays", FigureSource.unconfirmed(HA_1996.at("s.190(2)(a)"),
          "A reasonable opportunity to secure accommodation; 28 days is common practice."))
      .putSources("oldAgeJudgementAge", FigureSource.unconfirmed(HA_1996.at("s.189(1)(c)"),
          "The age that prompts an old-age vulnerability judgement; the Code sets none, 60 is practice."))
      .putSources("bedAndBreakfastFamilyLimitWeeks", FigureSource.of(SUITABILITY_ORDER_2003.at("art.4(1)(b)"),
          "A period, or a total of periods, of six weeks."))
      .build();

  /** Worcester's policy versions. */
  public static final PolicyTimeline<LocalHomelessnessPolicy> WORCESTER_TIMELINE = PolicyTimeline.of(WORCESTER);

  public static ImmutableLocalHomelessnessPolicy.Builder builder() {
    return ImmutableLocalHomelessnessPolicy.builder();
  }
}
