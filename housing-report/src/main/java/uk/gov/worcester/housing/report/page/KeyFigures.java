package uk.gov.worcester.housing.report.page;

import java.util.List;

/**
 * A row of key-figure tiles: the few numbers a committee should remember, each against last year.
 *
 * @param previousPeriod what "last year" is called in the changes ("2017/18")
 * @param figures the tiles, in order; at least one
 */
public record KeyFigures(String previousPeriod, List<KeyFigure> figures) implements Block {
  /** Checks the period is named and there is a figure. */
  public KeyFigures {
    Text.required(previousPeriod, "previousPeriod");
    figures = Text.list(figures, "figures", true);
  }

  /** Tiles of the given figures. */
  public static KeyFigures of(String previousPeriod, KeyFigure... figures) {
    return new KeyFigures(previousPeriod, List.of(figures));
  }

  @Override
  public BlockKind kind() {
    return BlockKind.KEY_FIGURES;
  }
}
