package uk.gov.worcester.housing.rules.strategy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/** How many indicators met their target, missed it, had none, or had no figure: they add up. */
@Value.Immutable
@HousingStyle
public abstract class IndicatorCounts {
  /** How many indicators in all. */
  public abstract int indicators();

  /** By target status, every status in order. */
  public abstract Map<TargetStatus, Integer> byTargetStatus();

  /** The counts of {@code lines}. */
  public static IndicatorCounts of(List<IndicatorLine> lines) {
    Map<TargetStatus, Integer> by = new EnumMap<>(TargetStatus.class);
    for (TargetStatus s : TargetStatus.values()) {
      by.put(s, 0);
    }
    lines.forEach(l -> by.merge(l.targetStatus(), 1, Integer::sum));
    return ImmutableIndicatorCounts.builder().indicators(lines.size()).byTargetStatus(by).build();
  }

  /** The sum of several counts. */
  public static IndicatorCounts sum(List<IndicatorCounts> parts) {
    Map<TargetStatus, Integer> by = new EnumMap<>(TargetStatus.class);
    for (TargetStatus s : TargetStatus.values()) {
      by.put(s, parts.stream().mapToInt(p -> p.at(s)).sum());
    }
    return ImmutableIndicatorCounts.builder().indicators(parts.stream().mapToInt(IndicatorCounts::indicators).sum())
        .byTargetStatus(by).build();
  }

  /** The count at {@code status}. */
  public int at(TargetStatus status) {
    return byTargetStatus().getOrDefault(status, 0);
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(indicators() >= 0 && byTargetStatus().values().stream().allMatch(n -> n >= 0), "indicators",
            ProblemCodes.OUT_OF_RANGE, "a count is never negative")
        .require(byTargetStatus().keySet().equals(EnumSet.allOf(TargetStatus.class)), "byTargetStatus",
            ProblemCodes.REQUIRED, "every target status is counted")
        .require(byTargetStatus().values().stream().mapToInt(Integer::intValue).sum() == indicators(),
            "byTargetStatus", ProblemCodes.INCONSISTENT, "the counts add up to the number of indicators")
        .throwIfAny();
  }
}
