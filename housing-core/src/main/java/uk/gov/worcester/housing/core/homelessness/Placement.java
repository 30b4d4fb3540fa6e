package uk.gov.worcester.housing.core.homelessness;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/**
 * A stay in temporary accommodation arranged under a duty (s.188, s.190(2), s.193, s.193C(4)),
 * with what the suitability rules need: its H-CLIC type, district, the dates of the stay, and the
 * facts by which the Suitability Order defines bed and breakfast (SI 2003/3326 art.2): whether the
 * premises are separate and self-contained, whether a toilet, washing or cooking facilities are
 * shared with another household, and who owns or manages the accommodation.
 *
 * <p>The H-CLIC {@link #type()} is what the return reports; it does not decide bed and breakfast.
 * Where a placement does not state {@link #selfContained()} or {@link #provider()}, the type's
 * assumptions apply ({@link TemporaryAccommodationType#typicallySelfContained()},
 * {@link TemporaryAccommodationType#typicalProvider()}): a {@code BED_AND_BREAKFAST} placement is
 * taken to be not self-contained and privately run, so a record written before these facts existed
 * keeps its old answer. {@link #sharedFacilities()} defaults to true as it always has.
 */
@Value.Immutable
@HousingStyle
public abstract class Placement {
  /** The placement's own reference, unique within a case. */
  public abstract String reference();

  public abstract TemporaryAccommodationType type();

  /** The district the accommodation is in: out of the council's own district is flagged. */
  public abstract LocalAuthority district();

  /**
   * Any one of a toilet, personal washing facilities or cooking facilities is shared by more than
   * one household (SI 2003/3326 art.2(b)); true unless stated.
   */
  @Value.Default
  public boolean sharedFacilities() {
    return true;
  }

  /**
   * Whether the accommodation is separate and self-contained premises (SI 2003/3326 art.2(a)), as
   * recorded; empty when not recorded, and then {@link #selfContainedOrAssumed()} takes it from the
   * type.
   */
  public abstract Optional<Boolean> selfContained();

  /**
   * Who owns or manages the accommodation (SI 2003/3326 art.2), as recorded; empty when not
   * recorded, and then {@link #providerOrAssumed()} takes it from the type.
   */
  public abstract Optional<AccommodationProvider> provider();

  /**
   * The accommodation is provided in a private dwelling (a room in a host's home, say). From
   * 1 June 2022 such accommodation is not bed and breakfast (SI 2003/3326 art.2, the definition as
   * extended by SI 2022/521 art.3, which has no expiry). False when not recorded.
   */
  @Value.Default
  public boolean privateDwelling() {
    return false;
  }

  /** {@link #selfContained()} as recorded, or else what the H-CLIC type assumes. */
  public boolean selfContainedOrAssumed() {
    return selfContained().orElseGet(type()::typicallySelfContained);
  }

  /** {@link #provider()} as recorded, or else what the H-CLIC type assumes. */
  public AccommodationProvider providerOrAssumed() {
    return provider().orElseGet(type()::typicalProvider);
  }

  public abstract DateRange stay();

  /** The duty the placement is made under. */
  public abstract DutyKind underDuty();

  /** Why the placement ended, if it has: free text, so redacted from {@code toString()}. */
  @Value.Redacted
  public abstract Optional<String> endNote();

  public static ImmutablePlacement.Builder builder() {
    return ImmutablePlacement.builder();
  }
}
