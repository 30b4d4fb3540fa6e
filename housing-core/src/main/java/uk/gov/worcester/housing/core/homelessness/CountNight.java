package uk.gov.worcester.housing.core.homelessness;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/**
 * The night an authority held its annual rough sleeping snapshot count (the autumn count returned
 * to the government, usually one night between 1 October and 30 November): the street contacts
 * of that night, counted by the snapshot definition, are the authority's figure. Street contacts
 * alone do not say which night was the count night.
 */
@Value.Immutable
@HousingStyle
public abstract class CountNight {
  /** The authority that held the count. */
  @Value.Parameter
  public abstract LocalAuthority authority();

  /** The night counted. */
  @Value.Parameter
  public abstract LocalDate night();

  /** The count night of {@code authority} on {@code night}. */
  public static CountNight of(LocalAuthority authority, LocalDate night) {
    return ImmutableCountNight.of(authority, night);
  }
}
