package uk.gov.worcester.housing.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.report.page.BarChart;
import uk.gov.worcester.housing.report.page.BarGroup;
import uk.gov.worcester.housing.report.page.Better;
import uk.gov.worcester.housing.report.page.Block;
import uk.gov.worcester.housing.report.page.BulletList;
import uk.gov.worcester.housing.report.page.Column;
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
 * A page shaped like the Worcestershire Housing Partnership Plan's year 2 report to Communities
 * Committee (24 July 2019): the headlines, then each of the three priorities with its actions by
 * status, its indicators against target and last year, achievements, risks and next steps. The
 * words follow the committee report; the figures are made up for the sample.
 */
final class SampleReport {
  private SampleReport() {}

  static ReportPage year2() {
    return year2(false);
  }

  /** The sample; with {@code hostile}, every piece of text also carries markup, quotes, emoji and RTL. */
  static ReportPage year2(boolean hostile) {
    String x = hostile ? HOSTILE : "";
    return new ReportPage("Worcestershire Housing Partnership Plan: progress and outcomes for year 2" + x,
        Optional.of("2018/19, the second year of the plan" + x),
        List.of(new MetaLine("Report to" + x, "Communities Committee" + x),
            new MetaLine("Report of", "Corporate Director, Homes and Communities"),
            new MetaLine("Ward(s)", "All")),
        LocalDate.of(2019, 7, 24),
        List.of(
            Section.of("1. Recommendation" + x,
                new Paragraph("That the Committee notes the progress made and outcomes achieved in delivering the"
                    + " Worcestershire Housing Partnership Plan." + x)),
            Section.of("2. Year 2 at a glance",
                KeyFigures.of("2017/18" + x,
                    KeyFigure.of("Actions completed or in progress", bd("83"), "%", bd("76"), Better.HIGHER),
                    KeyFigure.of("Affordable homes delivered" + x, bd("412"), "homes", bd("356"), Better.HIGHER),
                    KeyFigure.of("Households whose homelessness was prevented", bd("1204"), "", bd("1038"),
                        Better.HIGHER),
                    KeyFigure.of("People sleeping rough on the count night", bd("17"), "", bd("21"), Better.LOWER)),
                statusChart("All actions by status", 14, 11, 3, 1, 1, x)),
            Section.of("3. What are the good news stories?",
                new Paragraph("The headlines achieved in year 2 are:" + x),
                BulletList.of(
                    "The Strategic Direction for Tackling Homelessness Plan was developed and is being enhanced to"
                        + " support the national Rough Sleepers Strategy" + x,
                    "The Health and Housing Memorandum of Understanding was adopted by the Health and Well-Being"
                        + " Board, the Sustainability and Transformation Partnership board and the Safeguarding"
                        + " Adults Board",
                    "The Homelessness Reduction Act, the duty to refer alert system and the homeless pathways were"
                        + " put in place",
                    "Affordable homes were delivered, including on public sector land",
                    "Joint bids to the Ministry of Housing, Communities and Local Government won Rough Sleeper"
                        + " funding")),
            Section.of("4. Progress by priority",
                priority("Priority 1: Improve homes and, \u201ctransform places\u201d" + x, x,
                    statusChart("Priority 1 actions by status", 4, 3, 1, 0, 0, x),
                    List.of(BarGroup.of("Private sector homes improved through enforcement" + x, bd("186"),
                            bd("171"), bd("200")),
                        BarGroup.of("Empty homes brought back into use", bd("94"), bd("88"), bd("80")),
                        BarGroup.of("Disabled Facilities Grant adaptations completed", bd("612"), bd("574"),
                            bd("600"))),
                    "homes",
                    List.of("Empty homes brought back into use beat the target for the second year" + x,
                        "An integrated Disabled Facilities Grant service across the county"),
                    List.of("Enforcement capacity: two posts were vacant for much of the year"),
                    List.of("Review the housing standards enforcement policy", "Target the empty homes premium")),
                priority("Priority 2: Drive the growth of the right type of homes", x,
                    statusChart("Priority 2 actions by status", 5, 3, 1, 1, 0, x),
                    List.of(BarGroup.of("Affordable homes delivered" + x, bd("412"), bd("356"), bd("380")),
                        BarGroup.of("Affordable homes on public sector land", bd("64"), bd("22"), bd("75")),
                        new BarGroup("Supported housing units commissioned",
                            List.of(Optional.of(bd("18")), Optional.empty()), Optional.of(bd("40")))),
                    "homes",
                    List.of("Delivery of affordable housing, including on public sector land"),
                    List.of("The county-wide supported housing plan has taken longer than expected, owing to staff"
                        + " resources and the changing policy environment" + x),
                    List.of("Adult Social Care to lead the supported housing plan as a priority for 2019/20")),
                priority("Priority 3: Create a partnership approach to enable people to live as independently as"
                        + " possible (prevention and early intervention)", x,
                    statusChart("Priority 3 actions by status", 5, 5, 1, 0, 1, x),
                    List.of(BarGroup.of("Households whose homelessness was prevented or relieved", bd("1204"),
                            bd("1038"), bd("1100")),
                        BarGroup.of("Referrals under the duty to refer" + x, bd("655"), bd("240"), bd("500"))),
                    "",
                    List.of("A Promoting Independent Living Service project group is in place",
                        "A health and housing joint strategic needs assessment to steer integrated commissioning",
                        "Successful bids for Rough Sleeper Initiative funding" + x),
                    List.of("Demand for temporary accommodation continues to rise"),
                    List.of("Enhance the homelessness plan to meet the national Rough Sleepers Strategy"))),
            Section.of("5. Next steps and risks",
                new Paragraph("Meeting affordable and supported housing needs remains an on-going challenge, which is"
                    + " why the plan's priorities are long term and need an on-going strategic and collaborative"
                    + " approach. Most actions in the plan are completed or in progress." + x),
                new Table("Actions behind schedule" + x, List.of(Column.text("Action"), Column.text("Priority"),
                        Column.text("Status"), Column.number("Months late")),
                    List.of(List.of("County-wide supported housing plan" + x, "2", "At risk", "9"),
                        List.of("Housing standards enforcement review", "1", "Delayed", "4"),
                        List.of("Tenancy sustainment pilot evaluation", "3", "Delayed", "2"))))));
  }

  private static Section priority(String heading, String x, StatusChart status, List<BarGroup> indicators,
      String unit, List<String> achievements, List<String> risks, List<String> nextSteps) {
    BarGroup first = indicators.get(0);
    BarChart chart = new BarChart(heading.substring(0, heading.indexOf(':')) + " indicators against target" + x,
        "Against its target and against 2017/18: " + first.category() + " was "
            + first.values().get(0).orElseThrow() + " against a target of " + first.target().orElseThrow()
            + "; each indicator's figures are in the table." + x,
        unit, List.of("2018/19" + x, "2017/18"), indicators);
    return new Section(heading, List.<Block>of(
        Section.of("Actions", status),
        Section.of("Indicators", chart),
        Section.of("Achievements", new BulletList(achievements)),
        Section.of("Risks", new BulletList(risks)),
        Section.of("Next steps", new BulletList(nextSteps))));
  }

  private static StatusChart statusChart(String title, int completed, int inProgress, int delayed, int atRisk,
      int notStarted, String x) {
    StatusChart counts = new StatusChart(title, "-", Map.of(Status.COMPLETED, completed, Status.IN_PROGRESS,
        inProgress, Status.DELAYED, delayed, Status.AT_RISK, atRisk, Status.NOT_STARTED, notStarted));
    String summary = "Of " + counts.total() + " actions, " + completed + " are completed and " + inProgress
        + " in progress; " + delayed + " delayed, " + atRisk + " at risk and " + notStarted + " not started." + x;
    return new StatusChart(title + x, summary, counts.counts());
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  /** Text that would break a careless renderer: markup, a script, quotes, CDATA's end, emoji, RTL, controls. */
  static final String HOSTILE = " <script>alert(\"x\")</script> & 'q' \"dq\" ]]> </svg> <!-- -->"
      + " \uD83C\uDFE0\uD83D\uDC4D \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \u0000\u0007\u009F"
      + "\uD800 \uFFFE *_`[link](http://evil.example/)` | # &amp; {{x}} ${x}";
}
