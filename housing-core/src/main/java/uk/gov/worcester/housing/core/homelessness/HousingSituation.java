package uk.gov.worcester.housing.core.homelessness;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * The facts about the household's accommodation that HA 1996 ss.175-177 turn on. Where a fact
 * is an officer's finding (whether it is reasonable to continue to occupy, for reasons other than
 * violence or abuse), it is recorded here as found, not computed.
 */
@Value.Immutable
@HousingStyle
public abstract class HousingSituation {
  /**
   * The household has accommodation, in the UK or elsewhere, that it is entitled to occupy by an
   * interest, a court order, a licence or an enactment (s.175(1)). False for someone sleeping
   * rough, of no fixed abode, or staying somewhere with no right to be there.
   */
  public abstract boolean hasAccommodation();

  /** The household can get into its accommodation (false when locked out; s.175(2)(a)). */
  @Value.Default
  public boolean canSecureEntry() {
    return true;
  }

  /**
   * For a caravan, mobile home or houseboat: there is a place where the household may lawfully
   * put it and live in it (s.175(2)(b)).
   */
  @Value.Default
  public boolean lawfulPitchOrMooring() {
    return true;
  }

  /**
   * The accommodation is available for the whole household: everyone who normally lives, or
   * might reasonably be expected to live, with the applicant (s.176).
   */
  @Value.Default
  public boolean availableToWholeHousehold() {
    return true;
  }

  /**
   * The officer's finding that it is reasonable to continue to occupy, on grounds other than
   * violence or abuse (affordability, condition, overcrowding, local housing conditions: s.175(3),
   * s.177(2)). Violence and abuse are judged by the rules from {@code Approach.abuse()}.
   */
  @Value.Default
  public boolean reasonableToContinueToOccupy() {
    return true;
  }

  /** The date the household is likely to lose its accommodation, if known (s.175(4)). */
  public abstract Optional<LocalDate> likelyLossDate();

  /** A notice given on the home (s.175(5)). */
  public abstract Optional<TenancyNotice> notice();

  public static ImmutableHousingSituation.Builder builder() {
    return ImmutableHousingSituation.builder();
  }
}
