package uk.gov.worcester.housing.rules.lettings;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.lettings.Band;

/**
 * The lettings figures strategy reporting uses for a period: lettings in all, by band, by size
 * and by district, and how many went to households owed a homelessness duty.
 */
@Value.Immutable
@HousingStyle
public abstract class LettingsFigures {
  public abstract DateRange period();

  public abstract int lettings();

  public abstract Map<Band, Integer> byBand();

  /** Lettings by bedrooms. */
  public abstract Map<Integer, Integer> byBedrooms();

  /** Lettings by district code. */
  public abstract Map<String, Integer> byDistrict();

  public abstract int toHomelessHouseholds();

  /** The figures for the lettings made in {@code period}. */
  public static LettingsFigures of(Collection<Letting> lettings, DateRange period) {
    Map<Band, Integer> byBand = new EnumMap<>(Band.class);
    Map<Integer, Integer> byBedrooms = new TreeMap<>();
    Map<String, Integer> byDistrict = new TreeMap<>();
    int count = 0;
    int homeless = 0;
    for (Letting l : lettings) {
      if (!period.contains(l.letOn())) {
        continue;
      }
      count++;
      byBand.merge(l.band(), 1, Integer::sum);
      byBedrooms.merge(l.bedrooms(), 1, Integer::sum);
      byDistrict.merge(l.district().code(), 1, Integer::sum);
      if (l.owedHomelessnessDuty()) {
        homeless++;
      }
    }
    return ImmutableLettingsFigures.builder().period(period).lettings(count).byBand(byBand).byBedrooms(byBedrooms)
        .byDistrict(byDistrict).toHomelessHouseholds(homeless).build();
  }
}
