package uk.gov.worcester.housing.report.render;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.gov.worcester.housing.report.page.Align;
import uk.gov.worcester.housing.report.page.Block;
import uk.gov.worcester.housing.report.page.BulletList;
import uk.gov.worcester.housing.report.page.Chart;
import uk.gov.worcester.housing.report.page.Column;
import uk.gov.worcester.housing.report.page.Figures;
import uk.gov.worcester.housing.report.page.KeyFigure;
import uk.gov.worcester.housing.report.page.KeyFigures;
import uk.gov.worcester.housing.report.page.MetaLine;
import uk.gov.worcester.housing.report.page.Paragraph;
import uk.gov.worcester.housing.report.page.ReportPage;
import uk.gov.worcester.housing.report.page.Section;
import uk.gov.worcester.housing.report.page.Table;

/**
 * Renders a page as CommonMark with GitHub-style tables, written to read well as plain text too:
 * ATX headings, "-" bullets, key figures and every chart as a table (a chart with its summary
 * sentence above the figures). Text is escaped so that nothing in it can become markup, a link
 * or raw HTML; the same page gives the same bytes.
 */
public final class MarkdownRenderer {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /** A renderer; it keeps no state between pages, so one may be shared. */
  public MarkdownRenderer() {}

  /** The page as Markdown, ending with one line break. */
  public String render(ReportPage page) {
    return new Writer().page(page);
  }

  private static final class Writer {
    private final StringBuilder out = new StringBuilder(8192);
    private int figures;

    String page(ReportPage page) {
      out.append("# ");
      text(page.title());
      out.append("\n\n");
      page.subtitle().ifPresent(s -> {
        block(s);
        out.append("\n\n");
      });
      for (MetaLine line : page.meta()) {
        out.append("- **");
        text(line.label());
        out.append(":** ");
        text(line.value());
        out.append('\n');
      }
      out.append("- **Date:** ").append(DATE.format(page.date())).append('\n');
      for (Section section : page.sections()) {
        section(section, 2);
      }
      return out.toString();
    }

    private void section(Section section, int level) {
      out.append('\n').append("#".repeat(level)).append(' ');
      text(section.heading());
      out.append('\n');
      for (Block block : section.blocks()) {
        switch (block.kind()) {
          case SECTION -> section((Section) block, level + 1);
          case PARAGRAPH -> {
            out.append('\n');
            block(((Paragraph) block).text());
            out.append('\n');
          }
          case BULLET_LIST -> {
            out.append('\n');
            for (String item : ((BulletList) block).items()) {
              out.append("- ");
              block(item);
              out.append('\n');
            }
          }
          case KEY_FIGURES -> keyFigures((KeyFigures) block);
          case TABLE -> {
            out.append("\n**Table: ");
            text(((Table) block).caption());
            out.append("**\n");
            table((Table) block);
          }
          case BAR_CHART, STATUS_CHART -> chart((Chart) block);
        }
      }
    }

    private void keyFigures(KeyFigures figures) {
      out.append("\n| Key figure | This year | ");
      text(figures.previousPeriod());
      out.append(" | Change |\n| --- | ---: | ---: | --- |\n");
      for (KeyFigure figure : figures.figures()) {
        out.append("| ");
        text(figure.label());
        out.append(" | ");
        text(Figures.format(figure.value(), figure.unit()));
        out.append(" | ");
        text(figure.lastYear().map(v -> Figures.format(v, figure.unit())).orElse("no figure"));
        out.append(" | ");
        text(Words.change(figure, figures.previousPeriod()));
        out.append(" |\n");
      }
    }

    private void chart(Chart chart) {
      out.append("\n**Figure ").append(++figures).append(": ");
      text(chart.title());
      out.append("**\n\n");
      block(chart.summary());
      out.append('\n');
      table(chart.dataTable());
    }

    private void table(Table table) {
      out.append("\n|");
      for (Column column : table.columns()) {
        out.append(' ');
        text(column.header());
        out.append(" |");
      }
      out.append("\n|");
      for (Column column : table.columns()) {
        out.append(column.align() == Align.NUMBER ? " ---: |" : " --- |");
      }
      out.append('\n');
      for (List<String> row : table.rows()) {
        out.append('|');
        for (String cell : row) {
          out.append(' ');
          text(cell);
          out.append(" |");
        }
        out.append('\n');
      }
    }

    /** Text inside a heading, a table cell or bold: nothing in it can start a block. */
    private void text(String text) {
      Escape.markdown(out, text, false);
    }

    /** Text that starts a block (a paragraph, a list item's text), so must not look like another. */
    private void block(String text) {
      Escape.markdown(out, text, true);
    }
  }
}
