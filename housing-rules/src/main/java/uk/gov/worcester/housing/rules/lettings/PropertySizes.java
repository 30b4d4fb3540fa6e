package uk.gov.worcester.housing.rules.lettings;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/** The bedroom need a household has under the scheme's calculator, and the sizes of home it may bid for. */
@Value.Immutable
@HousingStyle
public abstract class PropertySizes {
  /** The household's bedroom need by the policy's calculator. */
  public abstract int need();

  /** The fewest bedrooms it may bid for (a bedsit counts for a need of one). */
  public abstract int minimumBedrooms();

  public abstract int maximumBedrooms();

  /** True when a home with {@code bedrooms} bedrooms is a size the household may bid for. */
  public boolean allows(int bedrooms) {
    return bedrooms >= minimumBedrooms() && bedrooms <= maximumBedrooms();
  }

  static PropertySizes of(int need, int min, int max) {
    return ImmutablePropertySizes.builder().need(need).minimumBedrooms(min).maximumBedrooms(max).build();
  }
}
