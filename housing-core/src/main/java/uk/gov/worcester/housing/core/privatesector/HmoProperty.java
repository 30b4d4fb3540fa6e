package uk.gov.worcester.housing.core.privatesector;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Ward;

/**
 * The facts about a property the HMO tests and licensing need (Housing Act 2004 ss.254-259, Part 2
 * and Part 3): the kind of building, how many people and households live there, whether they share
 * (or lack) a basic amenity, whether it is their only or main residence, whether rent is paid, the
 * Sch 14 exceptions that apply, and the ward it is in for area-based licensing schemes.
 */
@Value.Immutable
@HousingStyle
public abstract class HmoProperty {
  /** The council's reference for the property. */
  public abstract String reference();

  public abstract BuildingKind buildingKind();

  /** The ward the property is in. */
  public abstract Ward ward();

  /** People living in the property (or the flat or unit tested). */
  public abstract int occupants();

  /** Households those people form (s.258: a family is one household). */
  public abstract int households();

  /**
   * Two or more households share, or the units lack, a basic amenity (toilet, washing or cooking
   * facilities): s.254(2)(f), and through s.254(3)(b) for a self-contained flat. The converted
   * building test (s.254(4)) has no amenity condition, so it is not read there.
   */
  public abstract boolean sharesBasicAmenity();

  /** The occupiers live there as their only or main residence (s.254(2)(c), s.259). */
  @Value.Default
  public boolean onlyOrMainResidence() {
    return true;
  }

  /** Rent or other consideration is paid by at least one occupier (s.254(2)(e)). */
  @Value.Default
  public boolean rentPayable() {
    return true;
  }

  /** The Sch 14 exceptions that apply. */
  public abstract Set<HmoException> exceptions();

  /** The flat is in a purpose-built block of three or more self-contained flats (the 2018 Order's exclusion). */
  @Value.Default
  public boolean inPurposeBuiltBlockOfThreeOrMoreFlats() {
    return false;
  }

  /**
   * For s.257(2)(a): the building work undertaken in connection with the conversion complied with
   * the appropriate building standards, or complies with them now; a converted block is an s.257
   * HMO only where the work "did not comply with the appropriate building standards and still does
   * not comply". The appropriate building standards (s.257(3)) are the Building Regulations 1991
   * for work completed before 1 June 1992, and otherwise the building regulations in force when the
   * work was done; the surveyor judges which applied and records the answer here.
   */
  @Value.Default
  public boolean conversionMeetsAppropriateBuildingStandards() {
    return false;
  }

  /** For s.257: at least two-thirds of the flats are owner-occupied. */
  @Value.Default
  public boolean twoThirdsOrMoreOwnerOccupied() {
    return false;
  }

  /**
   * The tenancy or licence was granted by a registered social landlord (a private registered
   * provider of social housing), so it is exempt from selective licensing (s.79(3)).
   */
  @Value.Default
  public boolean grantedByRegisteredSocialLandlord() {
    return false;
  }

  /** The rooms used for sleeping. */
  public abstract List<SleepingRoom> sleepingRooms();

  @Value.Check
  protected void check() {
    Checks.start()
        .require(reference().matches("[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}"), "reference", ProblemCodes.INVALID_FORMAT,
            "a reference is 1 to 40 letters, digits and / _ . -")
        .require(occupants() >= 0 && occupants() <= 500, "occupants", ProblemCodes.OUT_OF_RANGE,
            "occupants are from 0 to 500")
        .require(households() >= 0 && households() <= occupants(), "households", ProblemCodes.OUT_OF_RANGE,
            "households are from 0 to the number of occupants")
        .require(occupants() == 0 || households() >= 1, "households", ProblemCodes.INCONSISTENT,
            "occupants form at least one household")
        .require(sleepingRooms().size() <= 200, "sleepingRooms", ProblemCodes.TOO_MANY,
            "a property has at most 200 sleeping rooms")
        .throwIfAny();
  }

  /** A builder. */
  public static ImmutableHmoProperty.Builder builder() {
    return ImmutableHmoProperty.builder();
  }
}
