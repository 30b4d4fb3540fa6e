package uk.gov.worcester.housing.rules.lettings;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * The statutory overcrowding tests of the Housing Act 1985 Part 10 for the current home: the
 * room standard (s.325) and the space standard (s.326). Persons and permitted numbers are in
 * halves, as the space standard counts a child of 1 to 9 as half a person.
 */
@Value.Immutable
@HousingStyle
public abstract class StatutoryOvercrowding {
  /** The room standard is contravened: two people of opposite sexes aged 10 or over, not a couple, must share. */
  public abstract boolean roomStandardContravened();

  /** The rooms the room standard needs. */
  public abstract int roomsNeeded();

  /** The persons sleeping in the home, counted as the space standard counts them, times two. */
  public abstract int personsHalves();

  /** The permitted number of persons (the lesser of Tables I and II), times two. */
  public abstract int permittedHalves();

  /** The space standard is contravened: more persons than permitted. */
  @Value.Derived
  public boolean spaceStandardContravened() {
    return personsHalves() > permittedHalves();
  }

  /** Statutorily overcrowded: either standard contravened (s.324). */
  public boolean overcrowded() {
    return roomStandardContravened() || spaceStandardContravened();
  }

  static ImmutableStatutoryOvercrowding.Builder builder() {
    return ImmutableStatutoryOvercrowding.builder();
  }
}
