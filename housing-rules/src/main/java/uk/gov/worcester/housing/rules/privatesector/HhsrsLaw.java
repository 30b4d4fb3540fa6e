package uk.gov.worcester.housing.rules.privatesector;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
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

  /** The 2005 Regulations and 2006 Operating Guidance. */
  public static final HhsrsLaw HHSRS_2006 = ImmutableHhsrsLaw.builder().version("HHSRS-SI2005/3208")
      .effectiveFrom(LocalDate.of(2006, 4, 6)).build();
}
