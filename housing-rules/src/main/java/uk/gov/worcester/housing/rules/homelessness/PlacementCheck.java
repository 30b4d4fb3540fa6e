package uk.gov.worcester.housing.rules.homelessness;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.rules.common.Reason;

/** The suitability flags of one placement as at a date, with their reasons. */
@Value.Immutable
@HousingStyle
public abstract class PlacementCheck {
  public abstract Placement placement();

  public abstract LocalDate asAt();

  public abstract List<PlacementFlag> flags();

  public abstract List<Reason> reasons();

  /** Days in the placement up to the as-at date (or its end). */
  public abstract long daysPlaced();

  public static ImmutablePlacementCheck.Builder builder() {
    return ImmutablePlacementCheck.builder();
  }
}
