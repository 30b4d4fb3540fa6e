package uk.gov.worcester.housing.rules.privatesector;

import static uk.gov.worcester.housing.rules.common.Legislation.HHSRS_REGULATIONS_2005;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.Policy;

/**
 * The version of the HHSRS a score is made under: the Housing Health and Safety Rating System
 * (England) Regulations 2005 (SI 2005/3208) with the Operating Guidance of February 2006, in force
 * in England from 6 April 2006. The weights, scales and bands are fixed by that law, so they are
 * not figures a council changes; a later revision of the system is a new version.
 */
@Value.Immutable
@HousingStyle
public abstract class HhsrsLaw implements Policy {
  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  /** What supports each figure, by its name in the policy's JSON document (see {@link Policy#sources()}). */
  @Override
  public abstract java.util.Map<String, FigureSource> sources();

  /** The 2005 Regulations and 2006 Operating Guidance. */
  public static final HhsrsLaw HHSRS_2006 = ImmutableHhsrsLaw.builder().version("HHSRS-SI2005/3208")
      .effectiveFrom(LocalDate.of(2006, 4, 6))
      .putSources("weightings", FigureSource.of(HHSRS_REGULATIONS_2005.at("Sch 2"), "10,000, 1,000, 300 and 10."))
      .putSources("likelihoodScale", FigureSource.unconfirmed(Citation.of("HHSRS Operating Guidance 2006", "the likelihood scale"),
          "16 points; range edges as printed on the guidance's rating forms; which side an edge falls on is this "
              + "library's rule."))
      .putSources("outcomeScale", FigureSource.unconfirmed(Citation.of("HHSRS Operating Guidance 2006", "the spread of harm scale"),
          "11 points; range edges the geometric midpoints."))
      .putSources("bands", FigureSource.unconfirmed(HHSRS_REGULATIONS_2005.at("reg 7"),
          "A 5000+, B 2000, C 1000, D 500, E 200, F 100, G 50, H 20, I 10, J below 10."))
      .build();
}
