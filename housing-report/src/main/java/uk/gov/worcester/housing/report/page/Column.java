package uk.gov.worcester.housing.report.page;

import java.util.Objects;

/**
 * A table column: its header and how its cells line up.
 *
 * @param header the column's header cell
 * @param align words or numbers
 */
public record Column(String header, Align align) {
  /** Checks both parts are there. */
  public Column {
    Text.required(header, "header");
    Objects.requireNonNull(align, "align");
  }

  /** A column of words. */
  public static Column text(String header) {
    return new Column(header, Align.TEXT);
  }

  /** A column of numbers. */
  public static Column number(String header) {
    return new Column(header, Align.NUMBER);
  }
}
