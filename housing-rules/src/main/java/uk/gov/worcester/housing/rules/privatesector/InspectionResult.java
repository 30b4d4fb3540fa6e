package uk.gov.worcester.housing.rules.privatesector;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/** The scores of every hazard judged in an inspection, in the order judged. */
@Value.Immutable
@HousingStyle
public abstract class InspectionResult {
  /** The inspection's reference. */
  public abstract String reference();

  public abstract List<HazardScore> scores();

  /** The Category 1 hazards, highest score first. */
  public List<HazardScore> category1() {
    return scores().stream().filter(s -> s.category() == HazardCategory.CATEGORY_1)
        .sorted(Comparator.comparingLong(HazardScore::score).reversed()).collect(Collectors.toUnmodifiableList());
  }

  /** The highest-scoring hazard, if any was judged. */
  public Optional<HazardScore> highest() {
    return scores().stream().max(Comparator.comparingLong(HazardScore::score));
  }

  /** A builder. */
  public static ImmutableInspectionResult.Builder builder() {
    return ImmutableInspectionResult.builder();
  }
}
