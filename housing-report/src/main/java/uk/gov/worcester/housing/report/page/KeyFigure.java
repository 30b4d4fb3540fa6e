package uk.gov.worcester.housing.report.page;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One key figure: this year's value, and last year's when there was one. The change and its
 * direction are worked out from the two, so they cannot disagree; {@code better} says which way is
 * good news, so a renderer can say "better" or "worse" in words as well as colour.
 *
 * @param label what is counted ("Affordable homes delivered")
 * @param value this year's figure
 * @param unit the figure's unit: "%", "£", a noun such as "homes", or "" for none
 * @param lastYear last year's figure, if there was one
 * @param better which way is good news
 */
public record KeyFigure(String label, BigDecimal value, String unit, Optional<BigDecimal> lastYear,
    Better better) {
  /** Checks every part is there. */
  public KeyFigure {
    Text.required(label, "label");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(lastYear, "lastYear");
    Objects.requireNonNull(better, "better");
  }

  /** A figure with last year's to compare. */
  public static KeyFigure of(String label, BigDecimal value, String unit, BigDecimal lastYear, Better better) {
    return new KeyFigure(label, value, unit, Optional.of(lastYear), better);
  }

  /** This year's figure less last year's, when there was one. */
  public Optional<BigDecimal> change() {
    return lastYear.map(value::subtract);
  }

  /** Which way the figure moved since last year, when there was one. */
  public Optional<Direction> direction() {
    return change().map(c -> switch (c.signum()) {
      case 1 -> Direction.UP;
      case -1 -> Direction.DOWN;
      default -> Direction.SAME;
    });
  }

  /** Whether the move is good news, bad news or neither, when there was a last year. */
  public Optional<Judgement> judgement() {
    return direction().map(d -> better.judge(d));
  }
}
