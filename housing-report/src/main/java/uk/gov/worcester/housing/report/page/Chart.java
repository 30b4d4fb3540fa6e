package uk.gov.worcester.housing.report.page;

/**
 * A chart: a picture for those who can see it, a sentence for those who cannot, and its figures as a
 * table for anyone who wants them. Every renderer can fall back on the sentence and the table.
 */
public sealed interface Chart extends Block permits BarChart, StatusChart {
  /** The chart's title. */
  String title();

  /** The text alternative: one or two sentences saying what the chart shows. */
  String summary();

  /** The chart's figures as a table, its caption the chart's title. */
  Table dataTable();
}
