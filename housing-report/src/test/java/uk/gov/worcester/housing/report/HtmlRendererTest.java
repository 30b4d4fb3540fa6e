package uk.gov.worcester.housing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import uk.gov.worcester.housing.report.page.Paragraph;
import uk.gov.worcester.housing.report.page.ReportPage;
import uk.gov.worcester.housing.report.page.Section;
import uk.gov.worcester.housing.report.page.Status;
import uk.gov.worcester.housing.report.page.StatusChart;
import uk.gov.worcester.housing.report.render.HtmlRenderer;

class HtmlRendererTest {
  private final HtmlRenderer renderer = new HtmlRenderer();

  /** The sample page, written to target/ so it can be opened in a browser. */
  static Path writeSample(String name, ReportPage page) throws IOException {
    Path out = Path.of("target", "report-samples", name);
    Files.createDirectories(out.getParent());
    Files.writeString(out, new HtmlRenderer().render(page), StandardCharsets.UTF_8);
    return out;
  }

  @Test
  void theYear2ReportParsesWithoutAnyErrorOrWarning() throws IOException {
    String html = renderer.render(SampleReport.year2());
    writeSample("partnership-plan-year2.html", SampleReport.year2());
    Document document = HtmlChecks.parse(html);
    HtmlChecks.assertSelfContained(document);
    HtmlChecks.assertAccessible(document);
  }

  @Test
  void thePageIsOneSelfContainedFileWithItsCharsetViewportAndPolicy() {
    String html = renderer.render(SampleReport.year2());
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"));
    assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'\">"));
    assertTrue(html.contains("@media print{"), "print styles");
    assertFalse(html.contains("<script"), "no script");
    assertFalse(html.matches("(?s).*(src|href)=\"(?!#).*"), "nothing outside the page");
  }

  @Test
  void theSampleHasTheReportsShape() {
    Document document = HtmlChecks.parse(renderer.render(SampleReport.year2()));
    assertEquals(List.of("Worcestershire Housing Partnership Plan: progress and outcomes for year 2"),
        HtmlChecks.texts(document, "h1"));
    List<String> h3 = HtmlChecks.texts(document, "h3");
    assertEquals(3, h3.stream().filter(h -> h.startsWith("Priority ")).count());
    List<String> h4 = HtmlChecks.texts(document, "h4");
    for (String part : List.of("Actions", "Indicators", "Achievements", "Risks", "Next steps")) {
      assertEquals(3, h4.stream().filter(part::equals).count(), part + " under each priority");
    }
    assertEquals(7, HtmlChecks.texts(document, "svg").size(), "four status charts and three indicator charts");
    assertEquals(4, HtmlChecks.texts(document, "li").stream().filter(t -> t.contains("2017/18")).count(),
        "four key figures, each against last year");
    assertTrue(HtmlChecks.texts(document, "p").contains("\u25B2 Up 56 homes on 2017/18 (356 homes): better"));
    assertTrue(HtmlChecks.texts(document, "p").contains("\u25BC Down 4 on 2017/18 (21): better"));
    assertTrue(HtmlChecks.texts(document, "p").contains("\u25B2 Up 7 points on 2017/18 (76%): better"));
    assertTrue(HtmlChecks.texts(document, "time").contains("24 July 2019"));
  }

  @Test
  void statusIsNamedInWordsAndDrawnInPatternsNotOnlyColour() {
    String html = renderer.render(SampleReport.year2());
    String firstStatusChart = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
    for (Status status : Status.values()) {
      assertTrue(firstStatusChart.contains(">" + status.label() + "</text>"), status.label() + " is labelled");
    }
    for (String pattern : List.of("fig-1-stripes", "fig-1-bands", "fig-1-cross")) {
      assertTrue(firstStatusChart.contains("fill=\"url(#" + pattern + ")\""), pattern + " is used");
    }
    assertTrue(firstStatusChart.contains("stroke-dasharray"), "not started is a dashed outline");
  }

  @Test
  void barChartsShowValueLabelsTargetsAndBothYears() {
    String html = renderer.render(SampleReport.year2());
    int start = html.indexOf("<svg", html.indexOf("Priority 2 indicators"));
    String chart = html.substring(start, html.indexOf("</svg>", start));
    assertTrue(chart.contains(">412 homes</text>"));
    assertTrue(chart.contains(">356 homes</text>"));
    assertTrue(chart.contains(">Target: 380 homes</text>"));
    assertTrue(chart.contains(">2017/18: no figure</text>"), "a missing figure is said, not drawn as zero");
    assertTrue(chart.contains(">2018/19</text>") && chart.contains(">Target</text>"), "a legend");
    assertTrue(chart.contains("fill=\"url(#fig-"), "last year is hatched");
  }

  @Test
  void hostileTextIsEscapedEverywhereAndTheParserFindsNoProblem() throws IOException {
    ReportPage page = SampleReport.year2(true);
    String html = renderer.render(page);
    writeSample("partnership-plan-year2-hostile.html", page);
    Document document = HtmlChecks.parse(html);
    HtmlChecks.assertSelfContained(document);
    HtmlChecks.assertAccessible(document);
    assertFalse(html.contains("<script"), "the hostile script is text");
    assertFalse(html.contains("]]>"), "CDATA's end is escaped");
    assertFalse(html.contains("</svg> <!--"), "markup in text is escaped");
    String cleaned = cleaned(SampleReport.HOSTILE);
    assertEquals(List.of("Worcestershire Housing Partnership Plan: progress and outcomes for year 2" + cleaned),
        HtmlChecks.texts(document, "h1"), "the text reads back exactly, controls replaced");
    assertTrue(HtmlChecks.texts(document, "title").stream().allMatch(t -> t.endsWith(cleaned)),
        "every svg title and the page title");
    assertTrue(html.contains("\uD83C\uDFE0\uD83D\uDC4D \u05E9\u05DC\u05D5\u05DD"), "emoji and RTL kept as they are");
  }

  /** The hostile text as the page shows it: code points no document may hold become U+FFFD. */
  private static String cleaned(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.appendCodePoint(
        cp == 0 || cp == 7 || cp == 0x9F || cp == 0xD800 || cp == 0xFFFE ? 0xFFFD : cp));
    return out.toString();
  }

  @Test
  void theCheckerFailsAPageThatBreaksItsRules() {
    assertNotEquals(List.of(), HtmlChecks.parseProblems("<html><p>no doctype</p><table><tr><td>x</td></html>"));
    assertNotEquals(List.of(), HtmlChecks.parseProblems("<!DOCTYPE html><html lang=en><title>t</title>"
        + "<p>a</b>\u0007</p></html>"));
  }

  @Test
  void theSamePageGivesTheSameBytes() {
    assertEquals(renderer.render(SampleReport.year2()), new HtmlRenderer().render(SampleReport.year2()));
    assertEquals(renderer.render(SampleReport.year2(true)), renderer.render(SampleReport.year2(true)));
  }

  @Test
  void idsStayUniqueWhenChartsAndSectionsRepeat() {
    StatusChart chart = new StatusChart("Same", "Same summary.", Map.of(Status.COMPLETED, 1));
    Section twice = Section.of("Twice", chart, Section.of("Inner", chart), Section.of("Inner", chart));
    ReportPage page = ReportPage.of("Repeats", List.of(), LocalDate.of(2020, 1, 1),
        List.of(twice, twice, Section.of("Last", new Paragraph("p"))));
    Document document = HtmlChecks.parse(renderer.render(page));
    HtmlChecks.assertAccessible(document);
    Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(renderer.render(page));
    int count = 0;
    while (ids.find()) {
      count++;
    }
    assertEquals(1 + 7 + 6 * (3 + 3), count, "contents, 7 sections, 6 charts of caption, title, desc and 3 patterns");
  }
}
