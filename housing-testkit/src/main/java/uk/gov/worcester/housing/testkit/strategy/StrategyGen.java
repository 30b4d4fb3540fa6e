package uk.gov.worcester.housing.testkit.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.strategy.ActionProgress;
import uk.gov.worcester.housing.core.strategy.ActionStatus;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.CityPlanOutcome;
import uk.gov.worcester.housing.core.strategy.Direction;
import uk.gov.worcester.housing.core.strategy.Figure;
import uk.gov.worcester.housing.core.strategy.Indicator;
import uk.gov.worcester.housing.core.strategy.IndicatorMethod;
import uk.gov.worcester.housing.core.strategy.Measure;
import uk.gov.worcester.housing.core.strategy.MouPrinciple;
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
 * QuickTheories generators for the housing strategy: areas, reporting years, sources, and whole
 * partnership plans (valid by construction: unique codes, every reference resolving) with actions
 * and their yearly progress, indicators of both methods with targets, and narrative notes; and
 * sets of computed figures, at most one per measure and year, for an area. Plans take effect on 1
 * April of 2016 to 2019; their years run to {@link #LAST_YEAR}.
 */
public final class StrategyGen {
  private StrategyGen() {}

  /** The last reporting year generated. */
  public static final FinancialYear LAST_YEAR = FinancialYear.starting(2022);

  /** The county or one of its districts. */
  public static Gen<Area> areas() {
    return Generate.pick(List.copyOf(LocalAuthority.WORCESTERSHIRE_DISTRICTS.asJava())).map(Area::district)
        .mix(Generate.constant(Area.county()), 50);
  }

  /** Reporting years from 2016/17 to {@link #LAST_YEAR}. */
  public static Gen<FinancialYear> years() {
    return Generate.range(2016, LAST_YEAR.startYear()).map(FinancialYear::starting);
  }

  /** Sources of every kind. */
  public static Gen<PlanSource> sources() {
    return Generate.pick(List.of(
        PlanSource.stated(Citation.of("Communities Committee report, 24 July 2019", "para 4.1")),
        PlanSource.illustrative("Example data."),
        PlanSource.unconfirmed("Best known wording, not confirmed.")));
  }

  /**
   * A figure for {@code measure}, {@code year} and {@code area}: whole for a count, pence for
   * money; a county figure leaves out some districts about one time in four.
   */
  public static Gen<Figure> figures(Measure measure, FinancialYear year, Area area) {
    return rs -> {
      BigDecimal value = measure.unit() == Measure.Unit.COUNT ? BigDecimal.valueOf(Generate.range(0, 5_000).generate(rs))
          : BigDecimal.valueOf(Generate.longRange(0, 50_000_000).generate(rs), 2);
      Map<String, BigDecimal> parts = new LinkedHashMap<>();
      if (chance(rs, 3) && value.signum() > 0) {
        BigDecimal first = measure.unit() == Measure.Unit.COUNT
            ? BigDecimal.valueOf(Generate.longRange(0, value.longValue()).generate(rs))
            : BigDecimal.valueOf(Generate.longRange(0, value.movePointRight(2).longValue()).generate(rs), 2);
        parts.put("PART-A", first);
        parts.put("PART-B", value.subtract(first));
      }
      List<LocalAuthority> covers = area.authorities().toJavaList();
      if (area.isCounty() && chance(rs, 4)) {
        List<LocalAuthority> some = new ArrayList<>();
        for (LocalAuthority d : covers) {
          if (chance(rs, 2)) {
            some.add(d);
          }
        }
        covers = some.isEmpty() ? List.of(covers.get(0)) : some;
      }
      return Figure.builder().measure(measure).year(year).area(area).value(value).breakdown(parts)
          .basis("Counted from generated records.").covers(covers).build();
    };
  }

  /** Figures for {@code area}: for each measure and year from 2016/17, present about two times in three. */
  public static Gen<List<Figure>> figureSets(Area area) {
    return rs -> {
      List<Figure> figures = new ArrayList<>();
      for (Measure m : Measure.values()) {
        for (int y = 2016; y <= LAST_YEAR.startYear(); y++) {
          if (!chance(rs, 3)) {
            figures.add(figures(m, FinancialYear.starting(y), area).generate(rs));
          }
        }
      }
      return figures;
    };
  }

  /** Valid plans of every shape, taking effect on 1 April 2016 to 2019. */
  public static Gen<PartnershipPlan> plans() {
    return rs -> {
      int first = Generate.range(2016, 2019).generate(rs);
      LocalDate effective = LocalDate.of(first, 4, 1);
      int priorities = Generate.range(1, 4).generate(rs);
      int outcomes = Generate.range(0, 4).generate(rs);
      int partners = Generate.range(1, 5).generate(rs);
      var plan = PartnershipPlan.builder().name("Generated Housing Partnership Plan").partnership("A partnership")
          .version("GEN-HPP/" + first).effectiveFrom(effective)
          .approvedBy("Cabinet").approvedIn(YearMonth.of(first, Generate.range(1, 3).generate(rs)));
      List<String> outcomeCodes = new ArrayList<>();
      for (int o = 1; o <= outcomes; o++) {
        outcomeCodes.add("CP-" + o);
        plan.addOutcomes(CityPlanOutcome.builder().code("CP-" + o).title("Outcome " + o).source(sources().generate(rs))
            .build());
      }
      for (int p = 1; p <= priorities; p++) {
        plan.addPriorities(Priority.builder().code("P" + p).title("Priority " + p).summary("What priority " + p + " means.")
            .outcomes(subset(rs, outcomeCodes)).source(sources().generate(rs)).build());
      }
      List<String> partnerCodes = new ArrayList<>();
      for (int a = 1; a <= partners; a++) {
        partnerCodes.add("AG-" + a);
        plan.addPartners(PartnerAgency.of("AG-" + a, "Agency " + a));
      }
      if (chance(rs, 2)) {
        plan.memorandum("A memorandum").addPrinciples(MouPrinciple.builder().code("MOU-1").text("Work together.")
            .source(PlanSource.unconfirmed("Not confirmed.")).build());
      }
      int actions = Generate.range(0, 12).generate(rs);
      for (int a = 1; a <= actions; a++) {
        String owner = partnerCodes.get(Generate.range(0, partners - 1).generate(rs));
        List<String> others = new ArrayList<>(partnerCodes);
        others.remove(owner);
        List<ActionProgress> progress = new ArrayList<>();
        for (int y = first; y <= LAST_YEAR.startYear(); y++) {
          if (!chance(rs, 4)) {
            progress.add(ActionProgress.builder().year(FinancialYear.starting(y))
                .status(Generate.enumValues(ActionStatus.class).generate(rs))
                .rag(Generate.enumValues(RagRating.class).generate(rs)).build());
          }
        }
        plan.addActions(PlanAction.builder().code("A-" + a).title("Action " + a)
            .priority("P" + Generate.range(1, priorities).generate(rs)).outcomes(subset(rs, outcomeCodes))
            .owner(owner).partners(subset(rs, others))
            .targetDate(effective.plusDays(Generate.range(0, 2_000).generate(rs)))
            .progress(progress).source(sources().generate(rs)).build());
      }
      int indicators = Generate.range(0, 8).generate(rs);
      for (int i = 1; i <= indicators; i++) {
        plan.addIndicators(indicator(rs, "I-" + i, priorities, first));
      }
      int notes = Generate.range(0, 8).generate(rs);
      for (int n = 1; n <= notes; n++) {
        var note = ProgressNote.builder().kind(Generate.enumValues(NoteKind.class).generate(rs))
            .year(FinancialYear.starting(Generate.range(first, LAST_YEAR.startYear()).generate(rs)))
            .text("Note " + n).source(sources().generate(rs));
        if (chance(rs, 2)) {
          note.priority("P" + Generate.range(1, priorities).generate(rs));
        }
        plan.addNotes(note.build());
      }
      return plan.build();
    };
  }

  private static Indicator indicator(RandomnessSource rs, String code, int priorities, int first) {
    IndicatorMethod method;
    if (chance(rs, 4)) {
      List<YearValue> values = new ArrayList<>();
      for (int y = first - 1; y <= LAST_YEAR.startYear(); y++) {
        if (!chance(rs, 3)) {
          values.add(YearValue.of(FinancialYear.starting(y), Generate.range(0, 500).generate(rs)));
        }
      }
      method = new IndicatorMethod.Reported(Measure.Unit.COUNT, values);
    } else {
      method = new IndicatorMethod.Computed(Generate.enumValues(Measure.class).generate(rs));
    }
    List<YearValue> targets = new ArrayList<>();
    for (int y = first; y <= LAST_YEAR.startYear(); y++) {
      if (!chance(rs, 3)) {
        targets.add(YearValue.of(FinancialYear.starting(y), Generate.range(0, 5_000).generate(rs)));
      }
    }
    return Indicator.builder().code(code).title("Indicator " + code).priority("P" + Generate.range(1, priorities)
            .generate(rs)).method(method).direction(Generate.enumValues(Direction.class).generate(rs))
        .area(chance(rs, 5) ? areas().generate(rs) : Area.county()).targets(targets)
        .source(PlanSource.illustrative("Generated.")).build();
  }

  private static List<String> subset(RandomnessSource rs, List<String> from) {
    List<String> out = new ArrayList<>();
    for (String s : from) {
      if (chance(rs, 2)) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean chance(RandomnessSource rs, int oneIn) {
    return Generate.range(1, oneIn).generate(rs) == 1;
  }
}
