package uk.gov.worcester.housing.rules.privatesector;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.Legislation;
import uk.gov.worcester.housing.rules.common.Policy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * Dated figures for enforcement: the maximum civil penalty a council may impose instead of
 * prosecuting a housing offence (Housing Act 2004 s.249A, inserted by the Housing and Planning Act
 * 2016 s.126 and Sch 9, from 6 April 2017: £30,000), and the council's own threshold for serving an
 * improvement notice rather than a hazard awareness notice on a Category 2 hazard (Worcester's
 * enforcement policy was not read: the default band D is (unconfirmed)). The £30,000 maximum has no
 * end date here: the Renters' Rights Act 2025 sets new maximums elsewhere, whose provisions and
 * commencement were not read (unconfirmed), so the timeline stays open for a council to add a dated
 * version when they take effect ({@link #WORCESTER} is a {@link PolicyTimeline}; a policy document
 * with later versions can be given to any private sector command).
 */
@Value.Immutable
@HousingStyle
public abstract class EnforcementPolicy implements Policy {
  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  /** What supports each figure, by its name in the policy's JSON document (see {@link Policy#sources()}). */
  @Override
  public abstract java.util.Map<String, FigureSource> sources();

  /** The most a civil penalty may be, where civil penalties are available. */
  public abstract Optional<Money> civilPenaltyMaximum();

  /** The lowest band of Category 2 hazard for which an improvement notice is the suggested course. */
  @Value.Default
  public HazardBand category2ImprovementNoticeFrom() {
    return HazardBand.D;
  }

  /** Part 1 in force, before civil penalties (6 April 2006). */
  public static final EnforcementPolicy HA_2004 = ImmutableEnforcementPolicy.builder().version("HA2004-P1/2006-04-06")
      .effectiveFrom(LocalDate.of(2006, 4, 6))
      .putSources("category2ImprovementNoticeFrom", FigureSource.unconfirmed(Legislation.HA_2004.at("s.7"),
          "Worcester's enforcement policy was not read: band D is a default for the council to set."))
      .build();

  /** Civil penalties of up to £30,000 (6 April 2017). */
  public static final EnforcementPolicy CIVIL_PENALTIES_2017 = ImmutableEnforcementPolicy.builder()
      .version("HA2004-s249A/2017-04-06").effectiveFrom(LocalDate.of(2017, 4, 6))
      .civilPenaltyMaximum(Money.ofPounds(30_000))
      .putSources("civilPenaltyMaximum", FigureSource.of(Legislation.HA_2004.at("s.249A"),
          "Inserted by the Housing and Planning Act 2016 s.126 and Sch 9, from 6 April 2017. No end date: the "
              + "Renters' Rights Act 2025 sets new maximums elsewhere (unconfirmed: not read); a council adds a dated "
              + "version when they commence."))
      .putSources("category2ImprovementNoticeFrom", FigureSource.unconfirmed(Legislation.HA_2004.at("s.7"),
          "Worcester's enforcement policy was not read: band D is a default for the council to set."))
      .build();

  /** Worcester's versions. */
  public static final PolicyTimeline<EnforcementPolicy> WORCESTER = PolicyTimeline.of(
      java.util.List.of(HA_2004, CIVIL_PENALTIES_2017));

  /** A builder. */
  public static ImmutableEnforcementPolicy.Builder builder() {
    return ImmutableEnforcementPolicy.builder();
  }
}
