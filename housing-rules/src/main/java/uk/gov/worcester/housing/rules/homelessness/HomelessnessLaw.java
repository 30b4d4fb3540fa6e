package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import java.time.LocalDate;
import java.util.Map;
import uk.gov.worcester.housing.rules.common.FigureSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.NoticeKind;
import uk.gov.worcester.housing.rules.common.Legislation;
import uk.gov.worcester.housing.rules.common.Policy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * The version of Housing Act 1996 Part 7 that applies to an application, chosen by the date the
 * application was made. Three versions are known:
 *
 * <ul>
 *   <li>{@link #HOMELESSNESS_REDUCTION_ACT_2017}: applications from 3 April 2018 (prevention and
 *       relief duties, 56-day periods, s.21 notices in s.175(5));
 *   <li>{@link #DOMESTIC_ABUSE_ACT_2021}: from 5 July 2021 (s.78: "domestic abuse" in s.177, and
 *       priority need for a person homeless as a victim of domestic abuse, s.189(1)(e));
 *   <li>{@link #RENTERS_RIGHTS_ACT_2025}: from 1 May 2026 (no new s.21 notices; s.175(5) recast
 *       for a valid s.8 notice; a s.21 notice given before that day still counts during the
 *       transition). How long the transition runs, and the Act's changes to the final
 *       accommodation offer terms, are unconfirmed: a council can add a later version.
 * </ul>
 */
@Value.Immutable
@HousingStyle
public abstract class HomelessnessLaw implements Policy {
  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  /** What supports each figure, by its name (see {@link Policy#sources()}). */
  @Override
  public abstract Map<String, FigureSource> sources();

  /** A household is threatened if likely to become homeless within this many days (s.175(4)). */
  @Value.Default
  public int threatenedWithinDays() {
    return 56;
  }

  /** The days the prevention and relief periods run (ss.189B(4), 195(8)(b)). */
  @Value.Default
  public int dutyPeriodDays() {
    return 56;
  }

  /**
   * The years, beginning with the day a private rented sector offer was accepted, within which a
   * re-application brings s.195A(1) in.
   */
  @Value.Default
  public int repeatApplicationYears() {
    return 2;
  }

  /**
   * The years, beginning with the day the applicant accepted another authority's private rented
   * sector offer, within which an application may be referred back to it (s.198(2ZA)(a)).
   */
  @Value.Default
  public int privateRentedOfferReferralYears() {
    return 2;
  }

  /** The days, beginning with the day of notification, to ask for a review (s.202(3)). */
  @Value.Default
  public int reviewRequestDays() {
    return 21;
  }

  /** Priority need for a person homeless because they are a victim of domestic abuse (s.189(1)(e)). */
  public abstract boolean domesticAbusePriorityNeed();

  /** The notices that make a household threatened under s.175(5). */
  public abstract Set<NoticeKind> thresholdNotices();

  /**
   * When set, a s.21 notice counts only if it was given before this day (the Renters' Rights Act
   * transition); a notice dated later cannot be valid.
   */
  public abstract Optional<LocalDate> section21NoticesGivenBefore();

  /**
   * Interim accommodation whatever the priority need for a re-application within two years of a
   * private rented sector offer (s.188(1A)). The Renters' Rights Act 2025 Sch.2 para.49 omits
   * s.188(1A); that it does so from 1 May 2026 is unconfirmed.
   */
  @Value.Default
  public boolean interimAccommodationOnRepeatApplication() {
    return true;
  }

  /** The term the Act used for abuse in the home: "domestic violence", later "domestic abuse". */
  public abstract String abuseTerm();

  /** Applications from 3 April 2018. */
  public static final HomelessnessLaw HOMELESSNESS_REDUCTION_ACT_2017 = ImmutableHomelessnessLaw.builder()
      .version("HA1996-P7/HRA2017").effectiveFrom(LocalDate.of(2018, 4, 3))
      .domesticAbusePriorityNeed(false).thresholdNotices(Set.of(NoticeKind.SECTION_21))
      .abuseTerm("domestic violence")
      .putSources("threatenedWithinDays", FigureSource.of(HA_1996.at("s.175(4)")))
      .putSources("dutyPeriodDays", FigureSource.of(HA_1996.at("s.189B(4)"), "And s.195(8)(b)."))
      .putSources("reviewRequestDays", FigureSource.of(HA_1996.at("s.202(3)")))
      .putSources("repeatApplicationYears", FigureSource.of(HA_1996.at("s.195A(1)")))
      .putSources("privateRentedOfferReferralYears", FigureSource.unconfirmed(HA_1996.at("s.198(2ZA)(a)"),
          "Two years beginning with the day the offer was accepted, from a practitioner's summary; the subsection's "
              + "own words were not read."))
      .putSources("domesticAbusePriorityNeed", FigureSource.of(HA_1996.at("s.189(1)(e)"),
          "Inserted by the Domestic Abuse Act 2021 s.78 from 5 July 2021."))
      .putSources("thresholdNotices", FigureSource.of(HA_1996.at("s.175(5)")))
      .putSources("section21NoticesGivenBefore", FigureSource.unconfirmed(HA_1996.at("s.175(5)"),
          "As amended by the Renters' Rights Act 2025 Sch 2 para 48: no section 21 notice can be given from 1 May "
          + "2026; how long earlier ones stay valid is unconfirmed."))
      .putSources("interimAccommodationOnRepeatApplication", FigureSource.unconfirmed(HA_1996.at("s.188(1A)"),
          "Omitted by the Renters' Rights Act 2025 Sch 2 para 49; the date is taken as 1 May 2026, unconfirmed."))
      .putSources("abuseTerm", FigureSource.of(Legislation.DOMESTIC_ABUSE_ACT_2021.at("s.78"),
          "'Domestic violence' until 5 July 2021, 'domestic abuse' after."))
      .build();

  /** Applications from 5 July 2021. */
  public static final HomelessnessLaw DOMESTIC_ABUSE_ACT_2021 = ImmutableHomelessnessLaw.builder()
      .from(HOMELESSNESS_REDUCTION_ACT_2017)
      .version("HA1996-P7/DAA2021").effectiveFrom(LocalDate.of(2021, 7, 5))
      .domesticAbusePriorityNeed(true).abuseTerm("domestic abuse").build();

  /** Applications from 1 May 2026. */
  public static final HomelessnessLaw RENTERS_RIGHTS_ACT_2025 = ImmutableHomelessnessLaw.builder()
      .from(DOMESTIC_ABUSE_ACT_2021)
      .version("HA1996-P7/RRA2025").effectiveFrom(LocalDate.of(2026, 5, 1))
      .thresholdNotices(Set.of(NoticeKind.SECTION_21, NoticeKind.SECTION_8))
      .section21NoticesGivenBefore(LocalDate.of(2026, 5, 1))
      .interimAccommodationOnRepeatApplication(false).build();

  /** The law of England as this library knows it. */
  public static final PolicyTimeline<HomelessnessLaw> ENGLAND = PolicyTimeline.of(
      List.of(HOMELESSNESS_REDUCTION_ACT_2017, DOMESTIC_ABUSE_ACT_2021, RENTERS_RIGHTS_ACT_2025));

  /** A builder for another version (a council's or a later law's). */
  public static ImmutableHomelessnessLaw.Builder builder() {
    return ImmutableHomelessnessLaw.builder();
  }
}
