package uk.gov.worcester.housing.report.render;

import uk.gov.worcester.housing.report.page.Status;

/**
 * The page's colours. Text colours have at least 4.5:1 contrast with the backgrounds they sit on
 * (WCAG 2.2 AA, 1.4.3) and chart colours at least 3:1 with white (1.4.11); a test checks both. No
 * colour is the only sign of anything: statuses and series are named in words and drawn with
 * different patterns as well.
 */
final class Palette {
  private Palette() {}

  /** Body text, near black. */
  static final String TEXT = "#0b0c0c";
  /** Secondary text: meta lines, axis notes. */
  static final String SECONDARY = "#505a5f";
  /** The page background. */
  static final String PAGE = "#ffffff";
  /** The key-figure tiles' and table headers' background. */
  static final String PANEL = "#f3f2f1";
  /** Links and this year's bars. */
  static final String BLUE = "#1d70b8";
  /** Last year's bars (hatched) and the not-started outline. */
  static final String GREY = "#505a5f";
  /** Good news text on a tile. */
  static final String GOOD = "#00703c";
  /** Bad news text on a tile. */
  static final String BAD = "#aa2a16";
  /** Green rating. */
  static final String GREEN = "#00703c";
  /** Amber rating. */
  static final String AMBER = "#b25a00";
  /** Red rating. */
  static final String RED = "#d4351c";

  /** Every text colour with the backgrounds it is drawn on, for the contrast test. */
  static final String[][] TEXT_ON = {
      {TEXT, PAGE}, {TEXT, PANEL}, {SECONDARY, PAGE}, {SECONDARY, PANEL}, {BLUE, PAGE}, {GOOD, PANEL},
      {BAD, PANEL}, {GOOD, PAGE}, {BAD, PAGE}};

  /** Every colour a chart draws shapes in, for the contrast test (against the white page). */
  static final String[] SHAPES = {BLUE, GREY, GREEN, AMBER, RED, TEXT};

  /** The colour a status is drawn in. */
  static String of(Status status) {
    return switch (status.rag()) {
      case GREEN -> GREEN;
      case AMBER -> AMBER;
      case RED -> RED;
      case GREY -> GREY;
    };
  }
}
