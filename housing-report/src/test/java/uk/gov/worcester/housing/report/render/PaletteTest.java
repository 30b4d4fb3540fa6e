package uk.gov.worcester.housing.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.report.page.Status;

/** The page's colours meet WCAG 2.2 AA: 4.5:1 for text, 3:1 for the shapes in charts. */
class PaletteTest {
  /** WCAG's relative luminance of an sRGB colour written #rrggbb. */
  static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  @Test
  void theContrastFormulaGivesWcagsKnownValues() {
    assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
    assertEquals(1.0, contrast("#777777", "#777777"), 1e-9);
    assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01);
  }

  @Test
  void everyTextColourHasAtLeast4point5To1OnItsBackground() {
    for (String[] pair : Palette.TEXT_ON) {
      assertTrue(contrast(pair[0], pair[1]) >= 4.5, pair[0] + " on " + pair[1] + ": " + contrast(pair[0], pair[1]));
    }
  }

  @Test
  void everyChartColourHasAtLeast3To1AgainstThePage() {
    for (String shape : Palette.SHAPES) {
      assertTrue(contrast(shape, Palette.PAGE) >= 3.0, shape + ": " + contrast(shape, Palette.PAGE));
    }
  }

  @Test
  void theRatingsAreDrawnInDifferentColours() {
    Set<String> colours = new HashSet<>();
    for (Status status : Status.values()) {
      colours.add(Palette.of(status));
    }
    assertEquals(4, colours.size(), "green, amber, red and grey");
  }

  @Test
  void wrappingBreaksBetweenWordsAndCutsOnlyOverlongOnes() {
    assertEquals(java.util.List.of("one two", "three"), Words.wrap("one two three", 8));
    assertEquals(java.util.List.of("abcdefgh", "ij"), Words.wrap("abcdefghij", 8));
    assertEquals(java.util.List.of("\uD83C\uDFE0\uD83C\uDFE0"), Words.wrap("\uD83C\uDFE0\uD83C\uDFE0", 2),
        "code points, not chars");
  }
}
