package uk.gov.worcester.housing.testkit.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.strategy.ActionProgress;
import uk.gov.worcester.housing.core.strategy.ActionStatus;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.CityPlanOutcome;
import uk.gov.worcester.housing.core.strategy.Direction;
import uk.gov.worcester.housing.core.strategy.Figure;
import uk.gov.worcester.housing.core.strategy.Indicator;
import uk.gov.worcester.housing.core.strategy.IndicatorMethod;
import uk.gov.worcester.housing.core.strategy.Measure;
import uk.gov.worcester.housing.core.strategy.NoteKind;
import uk.gov.worcester.housing.core.strategy.PartnerAgency;
import uk.gov.worcester.housing.core.strategy.PartnershipPlan;
import uk.gov.worcester.housing.core.strategy.PlanAction;
import uk.gov.worcester.housing.core.strategy.PlanSource;
import uk.gov.worcester.housing.core.strategy.Priority;
import uk.gov.worcester.housing.core.strategy.ProgressNote;
import uk.gov.worcester.housing.core.strategy.RagRating;
import uk.gov.worcester.housing.core.strategy.YearValue;

/**
 * A small, realistic partnership plan for tests: two of the Worcestershire plan's priorities, the
 * City Plan outcomes they support, three partners, four actions with 2017/18 and 2018/19 progress,
 * three indicators (prevention, higher is better; temporary accommodation, lower is better; one
 * reported by hand) and the year's headlines, risks and next steps. The figures are illustrative.
 */
public final class StrategySamples {
  private StrategySamples() {}

  /** 2017/18, the plan's first year. */
  public static final FinancialYear YEAR_1 = FinancialYear.starting(2017);
  /** 2018/19, the year of the July 2019 committee report. */
  public static final FinancialYear YEAR_2 = FinancialYear.starting(2018);

  private static final Citation REPORT = Citation.of("Communities Committee report, 24 July 2019", "para 4.1");

  /** The sample plan, in effect from 1 April 2017. */
  public static PartnershipPlan plan() {
    PlanSource stated = PlanSource.stated(REPORT);
    PlanSource example = PlanSource.illustrative("Example data for tests.");
    return PartnershipPlan.builder().name("Worcestershire Housing Partnership Plan")
        .partnership("Worcestershire Strategic Housing Partnership").version("SAMPLE-HPP/2017")
        .effectiveFrom(LocalDate.of(2017, 4, 1)).approvedBy("Cabinet").approvedIn(YearMonth.of(2017, 3))
        .addOutcomes(CityPlanOutcome.builder().code("CP-HEALTHY").title("A Healthy and Active City").source(stated).build(),
            CityPlanOutcome.builder().code("CP-PROSPEROUS").title("A Prosperous City").source(stated).build())
        .addPriorities(Priority.builder().code("P2").title("Drive the growth of the right type of homes")
                .summary("Affordable and supported homes to meet need.").addOutcomes("CP-PROSPEROUS").source(stated)
                .build(),
            Priority.builder().code("P3").title("Create a partnership approach to enable people to live as "
                + "independently as possible (prevention/early intervention)").summary("Prevent homelessness.")
                .addOutcomes("CP-HEALTHY").source(stated).build())
        .addPartners(PartnerAgency.of("DISTRICTS", "The six Worcestershire district councils"),
            PartnerAgency.of("ASC", "Worcestershire County Council, Adult Social Care"),
            PartnerAgency.of("HEALTH", "Health partners"))
        .addActions(action("HPP-A05", "P3", "DISTRICTS", LocalDate.of(2018, 4, 3), stated,
                progress(YEAR_1, ActionStatus.IN_PROGRESS, RagRating.GREEN),
                progress(YEAR_2, ActionStatus.COMPLETED, RagRating.GREEN)),
            action("HPP-A03", "P3", "ASC", LocalDate.of(2020, 3, 31), stated,
                progress(YEAR_1, ActionStatus.NOT_STARTED, RagRating.AMBER),
                progress(YEAR_2, ActionStatus.IN_PROGRESS, RagRating.GREEN)),
            action("HPP-A08", "P2", "ASC", LocalDate.of(2019, 3, 31), stated,
                progress(YEAR_1, ActionStatus.IN_PROGRESS, RagRating.AMBER),
                progress(YEAR_2, ActionStatus.DELAYED, RagRating.RED)),
            action("HPP-A06", "P2", "DISTRICTS", LocalDate.of(2022, 3, 31), example,
                progress(YEAR_1, ActionStatus.IN_PROGRESS, RagRating.GREEN)))
        .addIndicators(computed("IND-PREVENTED", "P3", Measure.HOUSEHOLDS_PREVENTED, Direction.HIGHER_IS_BETTER, 1200, 1400),
            computed("IND-TEMP-ACCOM", "P3", Measure.HOUSEHOLDS_IN_TEMPORARY_ACCOMMODATION, Direction.LOWER_IS_BETTER,
                150, 140),
            Indicator.builder().code("IND-DTOC-HOUSING").title("Delayed transfers of care where housing was the cause")
                .priority("P3").method(new IndicatorMethod.Reported(Measure.Unit.COUNT,
                    List.of(YearValue.of(YEAR_1, 40), YearValue.of(YEAR_2, 31))))
                .direction(Direction.LOWER_IS_BETTER).addTargets(YearValue.of(YEAR_1, 45), YearValue.of(YEAR_2, 35))
                .source(example).build())
        .addNotes(note(NoteKind.HEADLINE_ACHIEVEMENT, "P3", "The successful implementation of the Homelessness "
                + "Reduction Act, the Alert System and the Homeless Pathways."),
            note(NoteKind.HEADLINE_ACHIEVEMENT, "P2", "Delivery of affordable housing, including the use of public "
                + "sector land."),
            note(NoteKind.RISK, null, "Meeting affordable and supported housing needs remains an on-going challenge."),
            note(NoteKind.NEXT_STEP, "P2", "The county-wide supported housing plan is a priority for 2019/20."))
        .build();
  }

  /** A computed figure with no parts. */
  public static Figure figure(Measure measure, FinancialYear year, Area area, long value) {
    return Figure.builder().measure(measure).year(year).area(area).value(BigDecimal.valueOf(value))
        .breakdown(Map.of()).basis("Sample figure.").build();
  }

  private static ActionProgress progress(FinancialYear year, ActionStatus status, RagRating rag) {
    return ActionProgress.builder().year(year).status(status).rag(rag).build();
  }

  private static PlanAction action(String code, String priority, String owner, LocalDate target, PlanSource source,
      ActionProgress... progress) {
    return PlanAction.builder().code(code).title("Action " + code).priority(priority).owner(owner)
        .targetDate(target).progress(List.of(progress)).source(source).build();
  }

  private static Indicator computed(String code, String priority, Measure measure, Direction direction, long y1,
      long y2) {
    return Indicator.builder().code(code).title(code).priority(priority).method(new IndicatorMethod.Computed(measure))
        .direction(direction).addTargets(YearValue.of(YEAR_1, y1), YearValue.of(YEAR_2, y2))
        .source(PlanSource.illustrative("Illustrative targets.")).build();
  }

  private static ProgressNote note(NoteKind kind, String priority, String text) {
    var b = ProgressNote.builder().kind(kind).year(YEAR_2).text(text).source(PlanSource.stated(REPORT));
    if (priority != null) {
      b.priority(priority);
    }
    return b.build();
  }
}
