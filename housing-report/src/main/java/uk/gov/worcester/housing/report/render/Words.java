package uk.gov.worcester.housing.report.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.report.page.Figures;
import uk.gov.worcester.housing.report.page.KeyFigure;

/** The sentences both renderers write the same way. */
final class Words {
  private Words() {}

  /**
   * A key figure's change in words: "Up 12 homes on 2017/18 (238 homes): better". A change in a
   * percentage is in percentage points, not per cent.
   */
  static String change(KeyFigure figure, String previousPeriod) {
    if (figure.lastYear().isEmpty()) {
      return "No figure for " + previousPeriod;
    }
    BigDecimal last = figure.lastYear().get();
    String was = " (" + Figures.format(last, figure.unit()) + ")";
    BigDecimal change = figure.change().orElseThrow();
    if (change.signum() == 0) {
      return "Same as " + previousPeriod + was;
    }
    BigDecimal size = change.abs();
    String amount = figure.unit().equals("%")
        ? Figures.grouped(size) + (size.compareTo(BigDecimal.ONE) == 0 ? " point" : " points")
        : Figures.format(size, figure.unit());
    String judgement = switch (figure.judgement().orElseThrow()) {
      case BETTER -> ": better";
      case WORSE -> ": worse";
      case NEUTRAL -> "";
    };
    return (change.signum() > 0 ? "Up " : "Down ") + amount + " on " + previousPeriod + was + judgement;
  }

  /** The text broken between words into lines of at most {@code width} code points (longer words are cut). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineLength = 0;
    for (String word : text.trim().split("\\s+")) {
      int wordLength = word.codePointCount(0, word.length());
      if (lineLength > 0 && lineLength + 1 + wordLength > width) {
        lines.add(line.toString());
        line.setLength(0);
        lineLength = 0;
      }
      while (wordLength > width) {
        int cut = word.offsetByCodePoints(0, width);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
        wordLength -= width;
      }
      if (lineLength > 0) {
        line.append(' ');
        lineLength++;
      }
      line.append(word);
      lineLength += wordLength;
    }
    if (lineLength > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
