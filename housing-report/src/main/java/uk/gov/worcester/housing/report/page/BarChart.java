package uk.gov.worcester.housing.report.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A horizontal bar chart: one group of bars per category, one bar per series (this year, and last
 * year to compare), a target mark where a target was set, and each bar labelled with its value.
 * All bars share one scale, so every category should share the {@code unit}.
 *
 * @param title the chart's title
 * @param summary the text alternative: what the chart shows, in a sentence
 * @param unit the unit of every figure ("%", "£", "homes" or "")
 * @param series the series' names, one or two ("2018/19", "2017/18")
 * @param groups the categories, at least one, each with one value per series
 */
public record BarChart(String title, String summary, String unit, List<String> series, List<BarGroup> groups)
    implements Chart {
  /** Checks there are one or two series and every group has a value slot for each. */
  public BarChart {
    Text.required(title, "title");
    Text.required(summary, "summary");
    java.util.Objects.requireNonNull(unit, "unit");
    series = Text.list(series, "series", true);
    series.forEach(s -> Text.required(s, "series"));
    if (series.size() > 2) {
      throw new IllegalArgumentException("a bar chart has one or two series");
    }
    groups = Text.list(groups, "groups", true);
    for (BarGroup group : groups) {
      if (group.values().size() != series.size()) {
        throw new IllegalArgumentException("every group has one value per series");
      }
    }
  }

  /** Whether any category's figure is judged against a target. */
  public boolean judgesTargets() {
    return judgesTargets(groups);
  }

  /** Whether any of {@code groups} is judged against a target (for a chart's title before it is made). */
  public static boolean judgesTargets(List<BarGroup> groups) {
    return groups.stream().anyMatch(g -> g.judged() && g.target().isPresent());
  }

  /** Whether any category has a target. */
  public boolean hasTargets() {
    return hasTargets(groups);
  }

  /** Whether any of {@code groups} has a target (for a chart's description before it is made). */
  public static boolean hasTargets(List<BarGroup> groups) {
    return groups.stream().anyMatch(g -> g.target().isPresent());
  }

  /** The largest figure on the chart (a value or a target), the end of its scale; zero for none. */
  public BigDecimal largest() {
    BigDecimal largest = BigDecimal.ZERO;
    for (BarGroup group : groups) {
      for (Optional<BigDecimal> value : group.values()) {
        if (value.isPresent() && value.get().compareTo(largest) > 0) {
          largest = value.get();
        }
      }
      if (group.target().isPresent() && group.target().get().compareTo(largest) > 0) {
        largest = group.target().get();
      }
    }
    return largest;
  }

  /** A missing figure's cell in the table alternative. */
  public static final String NO_FIGURE = "no figure";

  @Override
  public Table dataTable() {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("Measure"));
    series.forEach(s -> columns.add(Column.number(s)));
    boolean targets = hasTargets();
    if (targets) {
      columns.add(Column.number("Target"));
    }
    List<List<String>> rows = new ArrayList<>(groups.size());
    for (BarGroup group : groups) {
      List<String> row = new ArrayList<>(columns.size());
      row.add(group.category());
      group.values().forEach(v -> row.add(v.map(x -> Figures.format(x, unit)).orElse(NO_FIGURE)));
      if (targets) {
        row.add(group.target().map(t -> Figures.format(t, unit) + (group.judged() ? "" : " (" + BarGroup.NOT_JUDGED
            + ")")).orElse("none set"));
      }
      rows.add(row);
    }
    return new Table(title, columns, rows);
  }

  @Override
  public BlockKind kind() {
    return BlockKind.BAR_CHART;
  }
}
