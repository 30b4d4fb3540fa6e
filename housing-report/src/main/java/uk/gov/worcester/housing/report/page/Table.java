package uk.gov.worcester.housing.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A data table with a caption. Its first column names each row (it is the row's header); every row
 * has one cell per column, already written as text (use {@link Figures#format} for numbers).
 *
 * @param caption what the table shows
 * @param columns the columns, at least one
 * @param rows the rows, each as long as {@code columns}
 */
public record Table(String caption, List<Column> columns, List<List<String>> rows) implements Block {
  /** Checks the caption is there and every row has one cell per column. */
  public Table {
    Text.required(caption, "caption");
    columns = Text.list(columns, "columns", true);
    Objects.requireNonNull(rows, "rows");
    List<List<String>> copied = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      List<String> cells = Text.list(row, "row", false);
      if (cells.size() != columns.size()) {
        throw new IllegalArgumentException("row " + copied.size() + " has " + cells.size() + " cells for "
            + columns.size() + " columns");
      }
      copied.add(cells);
    }
    rows = List.copyOf(copied);
  }

  @Override
  public BlockKind kind() {
    return BlockKind.TABLE;
  }
}
