package uk.gov.worcester.housing.report.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.gov.worcester.housing.report.page.Align;
import uk.gov.worcester.housing.report.page.BarChart;
import uk.gov.worcester.housing.report.page.BarGroup;
import uk.gov.worcester.housing.report.page.Block;
import uk.gov.worcester.housing.report.page.BulletList;
import uk.gov.worcester.housing.report.page.Chart;
import uk.gov.worcester.housing.report.page.Column;
import uk.gov.worcester.housing.report.page.Direction;
import uk.gov.worcester.housing.report.page.Figures;
import uk.gov.worcester.housing.report.page.Judgement;
import uk.gov.worcester.housing.report.page.KeyFigure;
import uk.gov.worcester.housing.report.page.KeyFigures;
import uk.gov.worcester.housing.report.page.MetaLine;
import uk.gov.worcester.housing.report.page.Paragraph;
import uk.gov.worcester.housing.report.page.ReportPage;
import uk.gov.worcester.housing.report.page.Section;
import uk.gov.worcester.housing.report.page.Status;
import uk.gov.worcester.housing.report.page.StatusChart;
import uk.gov.worcester.housing.report.page.Table;

/**
 * Renders a page as one self-contained HTML5 file a committee member can open anywhere, offline:
 * inline CSS only, no script, no external reference of any kind (a Content Security Policy says so
 * to the browser as well), charts as inline SVG with a title, a description and the figures as a
 * table. Headings run h1 to h6 in order, tables have captions and scoped header cells, every
 * piece of text is escaped, and the same page gives the same bytes. Print styles fit it to A4.
 */
public final class HtmlRenderer {
  /** The policy the page declares: nothing may be loaded or run, only the inline styles apply. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private static final int CHART_WIDTH = 760;
  private static final int LABEL_WRAP = 60;

  private static final String STYLE = """
      :root{color:#0b0c0c;background:#ffffff}
      *,*::before,*::after{box-sizing:border-box}
      body{margin:0 auto;max-width:62rem;padding:0 1.5rem 3rem;font-family:Arial,"Helvetica Neue",Helvetica,\
      "Liberation Sans",sans-serif;font-size:1.0625rem;line-height:1.5;overflow-wrap:break-word}
      header.masthead{border-bottom:.5rem solid #1d70b8;padding:1.5rem 0 1rem;margin-bottom:1.5rem}
      .kicker{margin:0;color:#505a5f;font-weight:700;text-transform:uppercase;letter-spacing:.04em;font-size:.9rem}
      h1{font-size:2.25rem;line-height:1.15;margin:.3rem 0 .5rem}
      .subtitle{font-size:1.3rem;margin:0 0 1rem;color:#505a5f}
      dl.meta{display:grid;grid-template-columns:fit-content(16rem) 1fr;gap:.15rem 1rem;margin:0}
      dl.meta div{display:contents}
      dl.meta dt{font-weight:700}
      dl.meta dd{margin:0}
      dl.meta dt,dl.meta dd{min-width:0;overflow-wrap:anywhere}
      nav.contents{background:#f3f2f1;padding:.75rem 1.25rem;margin:0 0 2rem}
      nav.contents h2{font-size:1.1rem;margin:.25rem 0;border:0;padding:0}
      nav.contents ul{margin:.25rem 0;padding:0;list-style:none}
      a{color:#1d70b8}
      a:focus{outline:3px solid #ffdd00;background:#ffdd00;color:#0b0c0c}
      h2{font-size:1.6rem;margin:2.5rem 0 1rem;padding-top:.5rem;border-top:2px solid #b1b4b6}
      h3{font-size:1.3rem;margin:2rem 0 .75rem}
      h4,h5,h6{font-size:1.1rem;margin:1.5rem 0 .5rem}
      p,ul{margin:0 0 1rem;max-width:46rem}
      li{margin-bottom:.35rem}
      ul.tiles{list-style:none;padding:0;margin:0 0 1.5rem;max-width:none;display:grid;\
      grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}
      .tile{background:#f3f2f1;border-left:.35rem solid #1d70b8;padding:.75rem 1rem;margin:0}
      .tile p{margin:0}
      .tile-label{font-weight:700}
      .tile-value{font-size:2.25rem;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums}
      .tile-unit{font-size:1.1rem;font-weight:700}
      .tile-change{font-size:.95rem}
      .better{color:#00703c}
      .worse{color:#aa2a16}
      .neutral{color:#505a5f}
      figure.chart{margin:0 0 2rem;padding:1rem 0;border-top:1px solid #b1b4b6;border-bottom:1px solid #b1b4b6}
      figure.chart figcaption{font-weight:700;font-size:1.15rem;margin-bottom:.5rem}
      figure.chart svg{display:block;width:100%;max-width:47.5rem;height:auto}
      .chart-summary{margin:.75rem 0 .5rem}
      details{margin:0}
      summary{color:#1d70b8;cursor:pointer}
      table{border-collapse:collapse;margin:0 0 1.5rem;min-width:50%;font-variant-numeric:tabular-nums}
      details table{margin-top:.75rem}
      caption{text-align:left;font-weight:700;padding-bottom:.5rem}
      th,td{border-bottom:1px solid #b1b4b6;padding:.4rem 1rem .4rem 0;text-align:left;vertical-align:top}
      thead th{border-bottom:2px solid #0b0c0c}
      .num{text-align:right}
      @media print{
      @page{size:A4;margin:18mm 16mm}
      body{max-width:none;padding:0;font-size:11pt}
      header.masthead{padding-top:0}
      nav.contents{display:none}
      h2,h3,h4,h5,h6{break-after:avoid}
      figure.chart,table,.tile,li{break-inside:avoid}
      details{display:none}
      a{color:inherit;text-decoration:none}
      }
      """;

  /** A renderer; it keeps no state between pages, so one may be shared. */
  public HtmlRenderer() {}

  /** The page as one HTML5 document, in UTF-8 when written out. */
  public String render(ReportPage page) {
    return new Writer().page(page);
  }

  /** One rendering: the output and the counters that keep its ids unique. */
  private static final class Writer {
    private final StringBuilder out = new StringBuilder(16_384);
    private int figures;

    String page(ReportPage page) {
      out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
          .append("\">\n<title>");
      text(page.title());
      out.append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
      masthead(page);
      contents(page);
      out.append("<main>\n");
      for (int i = 0; i < page.sections().size(); i++) {
        section(page.sections().get(i), "sec-" + (i + 1), 2);
      }
      out.append("</main>\n</body>\n</html>\n");
      return out.toString();
    }

    private void masthead(ReportPage page) {
      out.append("<header class=\"masthead\">\n");
      out.append("<h1>");
      text(page.title());
      out.append("</h1>\n");
      page.subtitle().ifPresent(s -> {
        out.append("<p class=\"subtitle\">");
        text(s);
        out.append("</p>\n");
      });
      out.append("<dl class=\"meta\">\n");
      for (MetaLine line : page.meta()) {
        out.append("<div><dt>");
        text(line.label());
        out.append("</dt><dd>");
        text(line.value());
        out.append("</dd></div>\n");
      }
      out.append("<div><dt>Date</dt><dd><time datetime=\"").append(page.date()).append("\">")
          .append(DATE.format(page.date())).append("</time></dd></div>\n");
      out.append("</dl>\n</header>\n");
    }

    private void contents(ReportPage page) {
      if (page.sections().size() < 2) {
        return;
      }
      out.append("<nav class=\"contents\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ul>\n");
      for (int i = 0; i < page.sections().size(); i++) {
        out.append("<li><a href=\"#sec-").append(i + 1).append("\">");
        text(page.sections().get(i).heading());
        out.append("</a></li>\n");
      }
      out.append("</ul>\n</nav>\n");
    }

    private void section(Section section, String id, int level) {
      out.append("<section aria-labelledby=\"").append(id).append("\">\n");
      out.append("<h").append(level).append(" id=\"").append(id).append("\">");
      text(section.heading());
      out.append("</h").append(level).append(">\n");
      int inner = 0;
      for (Block block : section.blocks()) {
        switch (block.kind()) {
          case SECTION -> section((Section) block, id + "-" + (++inner), level + 1);
          case PARAGRAPH -> paragraph((Paragraph) block);
          case BULLET_LIST -> list((BulletList) block);
          case KEY_FIGURES -> tiles((KeyFigures) block);
          case TABLE -> table((Table) block);
          case BAR_CHART, STATUS_CHART -> chart((Chart) block);
        }
      }
      out.append("</section>\n");
    }

    private void paragraph(Paragraph paragraph) {
      out.append("<p dir=\"auto\">");
      text(paragraph.text());
      out.append("</p>\n");
    }

    private void list(BulletList list) {
      out.append("<ul>\n");
      for (String item : list.items()) {
        out.append("<li dir=\"auto\">");
        text(item);
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }

    private void tiles(KeyFigures figures) {
      out.append("<ul class=\"tiles\">\n");
      for (KeyFigure figure : figures.figures()) {
        out.append("<li class=\"tile\">\n<p class=\"tile-label\">");
        text(figure.label());
        out.append("</p>\n<p class=\"tile-value\">");
        String unit = figure.unit();
        if (unit.isEmpty() || unit.equals("%") || unit.equals("£")) {
          text(Figures.format(figure.value(), unit));
        } else {
          text(Figures.grouped(figure.value()));
          out.append(" <span class=\"tile-unit\">");
          text(unit);
          out.append("</span>");
        }
        out.append("</p>\n");
        Judgement judgement = figure.judgement().orElse(Judgement.NEUTRAL);
        out.append("<p class=\"tile-change ").append(judgement.name().toLowerCase(Locale.ROOT)).append("\">");
        if (figure.direction().isPresent()) {
          out.append("<span aria-hidden=\"true\">").append(arrow(figure.direction().get())).append("</span> ");
        }
        text(Words.change(figure, figures.previousPeriod()));
        out.append("</p>\n</li>\n");
      }
      out.append("</ul>\n");
    }

    private static String arrow(Direction direction) {
      return switch (direction) {
        case UP -> "\u25B2";
        case DOWN -> "\u25BC";
        case SAME -> "\u25CF";
      };
    }

    private void table(Table table) {
      out.append("<table>\n<caption>");
      text(table.caption());
      out.append("</caption>\n<thead>\n<tr>");
      for (Column column : table.columns()) {
        out.append("<th scope=\"col\"").append(column.align() == Align.NUMBER ? " class=\"num\"" : "").append(">");
        text(column.header());
        out.append("</th>");
      }
      out.append("</tr>\n</thead>\n<tbody>\n");
      for (List<String> row : table.rows()) {
        out.append("<tr>");
        for (int i = 0; i < row.size(); i++) {
          String cell = i == 0 ? "th" : "td";
          out.append('<').append(cell);
          if (i == 0) {
            out.append(" scope=\"row\"");
          }
          if (table.columns().get(i).align() == Align.NUMBER) {
            out.append(" class=\"num\"");
          }
          out.append(" dir=\"auto\">");
          text(row.get(i));
          out.append("</").append(cell).append('>');
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }

    /** A chart's frame: caption, picture, sentence and the figures behind it. */
    private void chart(Chart chart) {
      String id = "fig-" + (++figures);
      out.append("<figure class=\"chart\" aria-labelledby=\"").append(id).append("-caption\">\n");
      out.append("<figcaption id=\"").append(id).append("-caption\">Figure ").append(figures).append(": ");
      text(chart.title());
      out.append("</figcaption>\n");
      if (chart instanceof BarChart bars) {
        new Svg(out, id, chart).bars(bars);
      } else {
        new Svg(out, id, chart).statuses((StatusChart) chart);
      }
      out.append("<p class=\"chart-summary\" dir=\"auto\">");
      text(chart.summary());
      out.append("</p>\n<details>\n<summary>Figure ").append(figures).append(" as a table</summary>\n");
      table(chart.dataTable());
      out.append("</details>\n</figure>\n");
    }

    private void text(String text) {
      Escape.html(out, text);
    }
  }

  /** One chart's inline SVG. */
  private static final class Svg {
    private final StringBuilder out;
    private final String id;
    private final Chart chart;
    private final StringBuilder body = new StringBuilder(4096);

    Svg(StringBuilder out, String id, Chart chart) {
      this.out = out;
      this.id = id;
      this.chart = chart;
    }

    void bars(BarChart bars) {
      int left = 8;
      int plot = CHART_WIDTH - left - 140;
      BigDecimal largest = bars.largest().signum() == 0 ? BigDecimal.ONE : bars.largest();
      String[] fills = {Palette.BLUE, "url(#" + id + "-hatch)"};
      String[] strokes = {Palette.BLUE, Palette.GREY};
      // the legend
      int x = left;
      for (int s = 0; s < bars.series().size(); s++) {
        body.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"18\" height=\"18\" fill=\"").append(fills[s])
            .append("\" stroke=\"").append(strokes[s]).append("\" stroke-width=\"1.5\"/>");
        text(x + 26, 19, 15, "", bars.series().get(s));
        x += 26 + 12 + 9 * bars.series().get(s).codePointCount(0, bars.series().get(s).length()) + 24;
      }
      if (bars.hasTargets()) {
        body.append("<line x1=\"").append(x + 9).append("\" y1=\"1\" x2=\"").append(x + 9)
            .append("\" y2=\"25\" stroke=\"").append(Palette.TEXT).append("\" stroke-width=\"3\"/>");
        text(x + 26, 19, 15, "", "Target");
      }
      int y = 46;
      for (BarGroup group : bars.groups()) {
        List<String> lines = Words.wrap(group.category(), LABEL_WRAP);
        for (int i = 0; i < lines.size(); i++) {
          text(left, y + 15, 15, " font-weight=\"700\"", lines.get(i));
          if (i == 0 && group.target().isPresent()) {
            text(CHART_WIDTH - 4, y + 15, 14, " text-anchor=\"end\"",
                "Target: " + Figures.format(group.target().get(), bars.unit())
                    + (group.judged() ? "" : " (" + BarGroup.NOT_JUDGED + ")"));
          }
          y += 20;
        }
        y += 4;
        int groupTop = y;
        // the target line goes under the value labels, and a label the line would cross moves past it
        Optional<BigDecimal> target = group.target().map(t -> scale(t, largest, plot));
        if (target.isPresent()) {
          String tx = BigDecimal.valueOf(left).add(target.get()).toPlainString();
          body.append("<line x1=\"").append(tx).append("\" y1=\"").append(groupTop - 5).append("\" x2=\"")
              .append(tx).append("\" y2=\"").append(groupTop + 28 * group.values().size() + 1)
              .append("\" stroke=\"").append(Palette.TEXT).append("\" stroke-width=\"3\"/>");
        }
        body.append("<line x1=\"").append(left).append("\" y1=\"").append(groupTop - 2).append("\" x2=\"")
            .append(left).append("\" y2=\"").append(groupTop + 28 * group.values().size() - 2).append("\" stroke=\"")
            .append(Palette.GREY).append("\" stroke-width=\"1\"/>");
        for (int s = 0; s < group.values().size(); s++) {
          Optional<BigDecimal> value = group.values().get(s);
          if (value.isPresent()) {
            BigDecimal width = scale(value.get(), largest, plot);
            if (width.signum() > 0) {
              body.append("<rect x=\"").append(left).append("\" y=\"").append(y).append("\" width=\"")
                  .append(width.toPlainString()).append("\" height=\"24\" fill=\"").append(fills[s])
                  .append("\" stroke=\"").append(strokes[s]).append("\" stroke-width=\"1.5\"/>");
            }
            String label = Figures.format(value.get(), bars.unit());
            int labelX = left + width.intValue() + 8;
            if (target.isPresent()) {
              int tx = left + target.get().intValue();
              int labelWidth = 8 * label.length();
              if (tx >= labelX - 10 && tx <= labelX + labelWidth) {
                labelX = tx + 8;
              }
            }
            text(labelX, y + 17, 14, "", label);
          } else {
            text(left + 8, y + 17, 14, " font-style=\"italic\" fill=\"" + Palette.SECONDARY + "\"",
                bars.series().get(s) + ": " + BarChart.NO_FIGURE);
          }
          y += 28;
        }
        y += 16;
      }
      String defs = "<defs><pattern id=\"" + id + "-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
          + " patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#ffffff\"/>"
          + "<rect width=\"3\" height=\"8\" fill=\"" + Palette.GREY + "\"/></pattern></defs>\n";
      finish(y, defs);
    }

    void statuses(StatusChart statuses) {
      int labelWidth = 150;
      int plot = CHART_WIDTH - labelWidth - 130;
      int largest = 1;
      for (Status status : Status.values()) {
        largest = Math.max(largest, statuses.count(status));
      }
      text(0, 18, 15, "", statuses.total() + (statuses.total() == 1 ? " action" : " actions") + " in all");
      int y = 34;
      for (Status status : Status.values()) {
        String colour = Palette.of(status);
        text(0, y + 18, 15, " font-weight=\"700\"", status.label());
        int count = statuses.count(status);
        BigDecimal width = scale(BigDecimal.valueOf(count), BigDecimal.valueOf(largest), plot);
        if (count > 0) {
          body.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"")
              .append(width.toPlainString()).append("\" height=\"26\" fill=\"").append(fill(status))
              .append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
              .append(status == Status.NOT_STARTED ? " stroke-dasharray=\"5 3\"" : "").append("/>");
        }
        text(labelWidth + width.intValue() + 8, y + 18, 15, "",
            count + " (" + statuses.percent(status) + "%)");
        y += 36;
      }
      body.append("<line x1=\"").append(labelWidth).append("\" y1=\"30\" x2=\"").append(labelWidth)
          .append("\" y2=\"").append(y - 6).append("\" stroke=\"").append(Palette.GREY).append("\" stroke-width=\"1\"/>");
      String defs = "<defs>"
          + pattern("stripes", 45, Palette.GREEN, "<rect width=\"4\" height=\"8\" fill=\"" + Palette.GREEN + "\"/>")
          + pattern("bands", 0, Palette.AMBER, "<rect width=\"8\" height=\"4\" fill=\"" + Palette.AMBER + "\"/>")
          + pattern("cross", 0, Palette.RED, "<path d=\"M0 0L8 8M8 0L0 8\" stroke=\"" + Palette.RED
              + "\" stroke-width=\"2.5\"/>")
          + "</defs>\n";
      finish(y, defs);
    }

    private String pattern(String name, int angle, String colour, String shape) {
      return "<pattern id=\"" + id + "-" + name + "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
          + (angle == 0 ? "" : " patternTransform=\"rotate(" + angle + ")\"") + "><rect width=\"8\" height=\"8\""
          + " fill=\"#ffffff\"/>" + shape + "</pattern>";
    }

    private String fill(Status status) {
      return switch (status) {
        case COMPLETED -> Palette.GREEN;
        case IN_PROGRESS -> "url(#" + id + "-stripes)";
        case DELAYED -> "url(#" + id + "-bands)";
        case AT_RISK -> "url(#" + id + "-cross)";
        case NOT_STARTED -> "#ffffff";
      };
    }

    private void finish(int height, String defs) {
      out.append("<svg role=\"img\" aria-labelledby=\"").append(id)
          .append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
          .append("\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(height)
          .append("\" font-family=\"Arial, Helvetica, sans-serif\">\n<title id=\"").append(id).append("-title\">");
      Escape.html(out, chart.title());
      out.append("</title>\n<desc id=\"").append(id).append("-desc\">");
      Escape.html(out, chart.summary());
      out.append("</desc>\n").append(defs).append(body).append("\n</svg>\n");
    }

    private void text(int x, int y, int size, String extra, String text) {
      body.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
          .append('"').append(extra);
      if (!extra.contains(" fill=")) {
        body.append(" fill=\"").append(Palette.TEXT).append('"');
      }
      body.append(" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\">");
      Escape.html(body, text);
      body.append("</text>");
    }

    /** The value's length on a scale of {@code plot} units to {@code largest}, to a tenth. */
    private static BigDecimal scale(BigDecimal value, BigDecimal largest, int plot) {
      return value.multiply(BigDecimal.valueOf(plot)).divide(largest, 1, RoundingMode.HALF_UP);
    }
  }
}
