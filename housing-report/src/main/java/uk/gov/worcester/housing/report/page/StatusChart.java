package uk.gov.worcester.housing.report.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many actions stand at each {@link Status}: every status is shown, in the enum's order, even
 * when none stands there (no delayed actions is news too).
 *
 * @param title the chart's title
 * @param summary the text alternative: what the chart shows, in a sentence
 * @param counts actions by status; a status not in the map counts none
 */
public record StatusChart(String title, String summary, Map<Status, Integer> counts) implements Chart {
  /** The most actions one status may count: a plan of a million actions is not a plan. */
  public static final int MAX_COUNT = 1_000_000;

  /** Checks no count is negative or absurd, and fills in the statuses not given with zero. */
  public StatusChart {
    Text.required(title, "title");
    Text.required(summary, "summary");
    EnumMap<Status, Integer> all = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      all.put(status, 0);
    }
    for (Map.Entry<Status, Integer> entry : counts.entrySet()) {
      if (entry.getValue() < 0 || entry.getValue() > MAX_COUNT) {
        throw new IllegalArgumentException("a count is 0 to " + MAX_COUNT);
      }
      all.put(entry.getKey(), entry.getValue());
    }
    counts = java.util.Collections.unmodifiableMap(all);
  }

  /** How many actions stand at the status. */
  public int count(Status status) {
    return counts.get(status);
  }

  /** How many actions there are in all. */
  public int total() {
    int total = 0;
    for (int count : counts.values()) {
      total += count;
    }
    return total;
  }

  /** The status's share of all actions as a whole percentage, rounded half up; zero when there are none. */
  public int percent(Status status) {
    int total = total();
    if (total == 0) {
      return 0;
    }
    return BigDecimal.valueOf(100L * count(status)).divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP)
        .intValueExact();
  }

  @Override
  public Table dataTable() {
    List<List<String>> rows = new ArrayList<>();
    for (Status status : Status.values()) {
      rows.add(List.of(status.label(), status.rag().label(), Integer.toString(count(status)),
          percent(status) + "%"));
    }
    return new Table(title, List.of(Column.text("Status"), Column.text("Rating"), Column.number("Actions"),
        Column.number("Share")), rows);
  }

  @Override
  public BlockKind kind() {
    return BlockKind.STATUS_CHART;
  }
}
