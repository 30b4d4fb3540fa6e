package uk.gov.worcester.housing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.report.page.BulletList;
import uk.gov.worcester.housing.report.page.Column;
import uk.gov.worcester.housing.report.page.Paragraph;
import uk.gov.worcester.housing.report.page.ReportPage;
import uk.gov.worcester.housing.report.page.Section;
import uk.gov.worcester.housing.report.page.Table;
import uk.gov.worcester.housing.report.render.MarkdownRenderer;

class MarkdownRendererTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void theYear2ReportReadsAsPlainText() throws IOException {
    String md = renderer.render(SampleReport.year2());
    Path out = Path.of("target", "report-samples", "partnership-plan-year2.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md, StandardCharsets.UTF_8);
    assertTrue(md.startsWith("# Worcestershire Housing Partnership Plan: progress and outcomes for year 2\n\n"
        + "2018/19, the second year of the plan\n\n- **Report to:** Communities Committee\n"));
    assertTrue(md.contains("- **Date:** 24 July 2019\n"));
    assertTrue(md.contains("\n## 4. Progress by priority\n"), "a heading cannot become a list: no escape needed");
    assertTrue(md.contains("\n#### Next steps\n"));
    assertTrue(md.contains("| Affordable homes delivered | 412 homes | 356 homes | Up 56 homes on 2017/18 (356 homes):"
        + " better |\n"));
    assertTrue(md.contains("**Figure 1: All actions by status**\n\nOf 30 actions, 14 are completed and 11 in"
        + " progress; 3 delayed, 1 at risk and 1 not started.\n"), "a chart is its title and its sentence");
    assertTrue(md.contains("| Status | Rating | Actions | Share |\n| --- | --- | ---: | ---: |\n"
        + "| Completed | Green | 14 | 47% |\n"), "and its figures as a table");
    assertTrue(md.contains("| Supported housing units commissioned | 18 homes | no figure | 40 homes |\n"));
    assertTrue(md.endsWith("| Tenancy sustainment pilot evaluation | 3 | Delayed | 2 |\n"));
  }

  @Test
  void hostileTextCannotBecomeMarkupLinksOrHtml() {
    String md = renderer.render(SampleReport.year2(true));
    assertFalse(Pattern.compile("(?<!\\\\)<").matcher(md).find(), "no raw HTML: every < is escaped");
    assertFalse(Pattern.compile("(?<!\\\\)\\]\\(").matcher(md).find(), "no link: every ] is escaped");
    assertTrue(md.contains("\\<script\\>alert(\"x\")\\</script\\> \\& 'q' \"dq\" \\]\\]\\>"));
    assertTrue(md.contains("\\*\\_\\`\\[link\\](http://evil.example/)\\` \\| \\# \\&amp;"));
    assertTrue(md.contains("\uD83C\uDFE0\uD83D\uDC4D \u05E9\u05DC\u05D5\u05DD"));
    assertFalse(md.contains("\u0000") || md.contains("\u0007") || md.contains("\uFFFE"), "controls replaced");
    // every row of a table has as many unescaped pipes as its header
    String[] lines = md.split("\n");
    int tables = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("| ---")) {
        tables++;
        int pipes = pipes(lines[i - 1]);
        for (int j = i + 1; j < lines.length && lines[j].startsWith("|"); j++) {
          assertEquals(pipes, pipes(lines[j]), lines[j]);
        }
      }
    }
    assertEquals(1 + 7 + 1, tables, "key figures, seven charts and one table");
  }

  private static int pipes(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        count++;
      }
    }
    return count;
  }

  @Test
  void textThatLooksLikeABlockStaysText() {
    ReportPage page = ReportPage.of("T", List.of(), LocalDate.of(2020, 4, 1), List.of(Section.of("S",
        new Paragraph("- not a bullet"), new Paragraph("1. not a numbered item"), new Paragraph("# not a heading"),
        new Paragraph("line one\nline two\r\n\n    not code"), BulletList.of("+ plus", "= rule"),
        new Table("Cells", List.of(Column.text("a|b"), Column.number("n")), List.of(List.of("x|y", "1"))))));
    String md = renderer.render(page);
    assertTrue(md.contains("\n\\- not a bullet\n"));
    assertTrue(md.contains("\n1\\. not a numbered item\n"));
    assertTrue(md.contains("\n\\# not a heading\n"));
    assertTrue(md.contains("\nline one line two not code\n"));
    assertTrue(md.contains("\n- \\+ plus\n- \\= rule\n"));
    assertTrue(md.contains("| a\\|b | n |\n| --- | ---: |\n| x\\|y | 1 |\n"));
  }

  @Test
  void theSamePageGivesTheSameBytes() {
    assertEquals(renderer.render(SampleReport.year2(true)), new MarkdownRenderer().render(SampleReport.year2(true)));
  }
}
