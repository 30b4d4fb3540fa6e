package uk.gov.worcester.housing.rules.strategy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.strategy.ActionProgress;
import uk.gov.worcester.housing.core.strategy.ActionStatus;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.Figure;
import uk.gov.worcester.housing.core.strategy.Indicator;
import uk.gov.worcester.housing.core.strategy.IndicatorMethod;
import uk.gov.worcester.housing.core.strategy.NoteKind;
import uk.gov.worcester.housing.core.strategy.PartnerAgency;
import uk.gov.worcester.housing.core.strategy.PartnershipPlan;
import uk.gov.worcester.housing.core.strategy.PlanAction;
import uk.gov.worcester.housing.core.strategy.Priority;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * Builds a year's progress report from a plan and the figures the records give. Pure: the same
 * plan, year, area and figures give the same report, and nothing reads the clock.
 *
 * <pre>{@code
 * ProgressReport r = ProgressReporting.report(plans, FinancialYear.starting(2018), Area.county(), feed).get();
 * r.priorities().get(0).actionCounts().at(ActionStatus.COMPLETED);
 * r.priorities().get(0).indicators().get(0).targetStatus();   // MET, NOT_MET, NO_TARGET, NO_FIGURE, PARTIAL_FIGURE
 * }</pre>
 *
 * <p>An indicator computed from a {@link uk.gov.worcester.housing.core.strategy.Measure} takes its
 * figures from the {@link IndicatorFeed} for the report's area; a figure the feed gives for
 * another measure, year or area than asked is not used. An indicator reported by hand uses its
 * hand-entered figures, which are for its own area only. Its target applies only in the area the
 * plan sets it for. A figure not available is shown as such, never as zero. A figure that leaves out
 * districts of the area (a county figure summed over only the districts whose records were given)
 * is shown with the districts it leaves out and is not judged against the area's target
 * ({@link TargetStatus#PARTIAL_FIGURE}); two years' figures that cover different districts are not
 * compared ({@link Trend#NOT_COMPARABLE}).
 */
public final class ProgressReporting {
  private ProgressReporting() {}

  /**
   * The report for {@code year} on the plan version in force on the year's last day (31 March),
   * or the problem {@code NO_POLICY_IN_FORCE} at {@code year} if no version had taken effect by then.
   */
  public static Validation<Seq<Problem>, ProgressReport> report(PolicyTimeline<PlanVersion> plans, FinancialYear year,
      Area area, IndicatorFeed feed) {
    return plans.requireInForceOn(lastDay(year), Path.of("year"))
        .map(v -> report(v.plan(), year, area, feed));
  }

  /** The report for {@code year} on {@code plan}. */
  public static ProgressReport report(PartnershipPlan plan, FinancialYear year, Area area, IndicatorFeed feed) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(feed, "feed");
    Optional<FinancialYear> lastYear = year.startYear() > 1900 ? Optional.of(year.previous()) : Optional.empty();
    List<PriorityProgress> priorities = new ArrayList<>(plan.priorities().size());
    for (Priority p : plan.priorities()) {
      List<ActionLine> actions = plan.actionsUnder(p.code()).stream()
          .map(a -> actionLine(plan, a, year, lastYear)).toList();
      List<IndicatorLine> indicators = plan.indicatorsUnder(p.code()).stream()
          .map(i -> indicatorLine(plan, i, year, lastYear, area, feed)).toList();
      Optional<String> code = Optional.of(p.code());
      priorities.add(PriorityProgress.builder().code(p.code()).title(p.title())
          .citation(Citation.of(plan.name(), "priority " + p.code())).source(p.source())
          .actions(actions).indicators(indicators)
          .achievements(plan.notes(NoteKind.HEADLINE_ACHIEVEMENT, year, code))
          .risks(plan.notes(NoteKind.RISK, year, code))
          .nextSteps(plan.notes(NoteKind.NEXT_STEP, year, code))
          .build());
    }
    return ProgressReport.builder().plan(plan.name()).partnership(plan.partnership()).planVersion(plan.version())
        .year(year).area(area).priorities(priorities)
        .achievements(plan.notes(NoteKind.HEADLINE_ACHIEVEMENT, year, Optional.empty()))
        .risks(plan.notes(NoteKind.RISK, year, Optional.empty()))
        .nextSteps(plan.notes(NoteKind.NEXT_STEP, year, Optional.empty()))
        .build();
  }

  /** The last day of {@code year}, 31 March. */
  public static java.time.LocalDate lastDay(FinancialYear year) {
    return java.time.LocalDate.of(year.startYear() + 1, 3, 31);
  }

  private static ActionLine actionLine(PartnershipPlan plan, PlanAction a, FinancialYear year,
      Optional<FinancialYear> lastYear) {
    Optional<ActionProgress> now = a.progressIn(year);
    boolean completed = now.map(p -> p.status() == ActionStatus.COMPLETED).orElse(false);
    return ActionLine.builder().code(a.code()).title(a.title())
        .owner(plan.partner(a.owner()).map(PartnerAgency::name).orElse(a.owner()))
        .partners(a.partners().stream().map(c -> plan.partner(c).map(PartnerAgency::name).orElse(c)).toList())
        .outcomes(a.outcomes())
        .targetDate(a.targetDate())
        .status(now.map(ActionProgress::status))
        .rag(now.map(ActionProgress::rag))
        .comment(now.flatMap(ActionProgress::comment))
        .lastYearStatus(lastYear.flatMap(a::progressIn).map(ActionProgress::status))
        .pastTargetDate(!a.targetDate().isAfter(lastDay(year)) && !completed)
        .source(a.source())
        .build();
  }

  /** A figure with its basis and parts, and the districts of the area it leaves out, as the report shows it. */
  private record Found(BigDecimal value, String basis, Map<String, BigDecimal> breakdown,
      List<LocalAuthority> missing) {}

  private static Optional<Found> figure(Indicator i, FinancialYear year, Area area, IndicatorFeed feed) {
    IndicatorMethod method = i.method();
    return switch (method.kind()) {
      case COMPUTED -> {
        IndicatorMethod.Computed c = (IndicatorMethod.Computed) method;
        yield Objects.requireNonNull(feed.figure(c.measure(), year, area), "feed answer")
            .filter(f -> f.measure() == c.measure() && f.year().equals(year) && f.area().equals(area))
            .map((Figure f) -> new Found(f.value(), f.basis(), f.breakdown(), f.missing()));
      }
      case REPORTED -> area.equals(i.area())
          ? ((IndicatorMethod.Reported) method).in(year).map(v -> new Found(v.value(),
              "Reported by hand for " + i.area() + " for " + year + ".", Map.of(), List.of()))
          : Optional.empty();
    };
  }

  private static IndicatorLine indicatorLine(PartnershipPlan plan, Indicator i, FinancialYear year,
      Optional<FinancialYear> lastYear, Area area, IndicatorFeed feed) {
    Optional<Found> now = figure(i, year, area, feed);
    Optional<Found> before = lastYear.flatMap(y -> figure(i, y, area, feed));
    Optional<BigDecimal> target = area.equals(i.area()) ? i.targetIn(year) : Optional.empty();
    return IndicatorLine.builder().code(i.code()).title(i.title()).direction(i.direction())
        .method(i.method().kind())
        .measure(i.method() instanceof IndicatorMethod.Computed c ? Optional.of(c.measure()) : Optional.empty())
        .unit(i.method().unit())
        .year(year)
        .figure(now.map(Found::value))
        .basis(now.map(Found::basis))
        .breakdown(now.map(Found::breakdown).orElse(Map.of()))
        .target(target)
        .lastYear(before.map(Found::value))
        .missing(now.map(Found::missing).orElse(List.of()))
        .lastYearMissing(before.map(Found::missing).orElse(List.of()))
        .citation(Citation.of(plan.name(), "indicator " + i.code()))
        .source(i.source())
        .build();
  }
}
