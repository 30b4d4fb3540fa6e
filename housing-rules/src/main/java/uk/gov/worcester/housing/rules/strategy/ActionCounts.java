package uk.gov.worcester.housing.rules.strategy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.strategy.ActionStatus;
import uk.gov.worcester.housing.core.strategy.RagRating;

/**
 * How many actions stand at each status and each RAG rating, with those not reported for the
 * year: every status and rating is listed (zero included), and each breakdown adds up to the
 * number of actions.
 */
@Value.Immutable
@HousingStyle
public abstract class ActionCounts {
  /** How many actions in all. */
  public abstract int actions();

  /** By status, every status in order. */
  public abstract Map<ActionStatus, Integer> byStatus();

  /** By RAG rating, every rating in order. */
  public abstract Map<RagRating, Integer> byRag();

  /** How many had no progress reported for the year. */
  public abstract int notReported();

  /** The counts of {@code lines}. */
  public static ActionCounts of(List<ActionLine> lines) {
    Map<ActionStatus, Integer> byStatus = new EnumMap<>(ActionStatus.class);
    Map<RagRating, Integer> byRag = new EnumMap<>(RagRating.class);
    for (ActionStatus s : ActionStatus.values()) {
      byStatus.put(s, 0);
    }
    for (RagRating r : RagRating.values()) {
      byRag.put(r, 0);
    }
    int notReported = 0;
    for (ActionLine line : lines) {
      if (line.status().isEmpty()) {
        notReported++;
      }
      line.status().ifPresent(s -> byStatus.merge(s, 1, Integer::sum));
      line.rag().ifPresent(r -> byRag.merge(r, 1, Integer::sum));
    }
    return ImmutableActionCounts.builder().actions(lines.size()).byStatus(byStatus).byRag(byRag)
        .notReported(notReported).build();
  }

  /** The sum of several counts (a plan's priorities' counts). */
  public static ActionCounts sum(List<ActionCounts> parts) {
    Map<ActionStatus, Integer> byStatus = new EnumMap<>(ActionStatus.class);
    Map<RagRating, Integer> byRag = new EnumMap<>(RagRating.class);
    for (ActionStatus s : ActionStatus.values()) {
      byStatus.put(s, parts.stream().mapToInt(p -> p.byStatus().getOrDefault(s, 0)).sum());
    }
    for (RagRating r : RagRating.values()) {
      byRag.put(r, parts.stream().mapToInt(p -> p.byRag().getOrDefault(r, 0)).sum());
    }
    return ImmutableActionCounts.builder().actions(parts.stream().mapToInt(ActionCounts::actions).sum())
        .byStatus(byStatus).byRag(byRag).notReported(parts.stream().mapToInt(ActionCounts::notReported).sum())
        .build();
  }

  /** The count at {@code status}. */
  public int at(ActionStatus status) {
    return byStatus().getOrDefault(status, 0);
  }

  /** The count at {@code rag}. */
  public int at(RagRating rag) {
    return byRag().getOrDefault(rag, 0);
  }

  @Value.Check
  protected void check() {
    int statuses = byStatus().values().stream().mapToInt(Integer::intValue).sum();
    int rags = byRag().values().stream().mapToInt(Integer::intValue).sum();
    boolean nonNegative = actions() >= 0 && notReported() >= 0
        && byStatus().values().stream().allMatch(n -> n >= 0) && byRag().values().stream().allMatch(n -> n >= 0);
    Checks.start()
        .require(nonNegative, "actions", ProblemCodes.OUT_OF_RANGE, "a count is never negative")
        .require(byStatus().keySet().equals(java.util.EnumSet.allOf(ActionStatus.class)),
            "byStatus", ProblemCodes.REQUIRED, "every status is counted")
        .require(byRag().keySet().equals(java.util.EnumSet.allOf(RagRating.class)), "byRag", ProblemCodes.REQUIRED,
            "every RAG rating is counted")
        .require(statuses + notReported() == actions(), "byStatus", ProblemCodes.INCONSISTENT,
            "the counts by status and those not reported add up to the number of actions")
        .require(rags + notReported() == actions(), "byRag", ProblemCodes.INCONSISTENT,
            "the counts by RAG rating and those not reported add up to the number of actions")
        .throwIfAny();
  }
}
