package uk.gov.worcester.housing.core.strategy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * One version of a housing partnership plan, such as the Worcestershire Housing Partnership Plan
 * approved by Cabinet in March 2017 and in effect from 1 April 2017: its long-term priorities, the
 * City Plan outcomes it supports, the Health &amp; Housing MoU principles it works by, the partner
 * agencies that own its actions, the actions with their progress year by year, the indicators
 * with their targets, and each year's headline achievements, risks and next steps.
 *
 * <p>A later plan is a new version with a later effective date, not new code. Every code is
 * unique within its list, and every reference (an action's priority, outcomes, owner and partners;
 * an indicator's or note's priority) names an item of the same plan; a problem names the field
 * ({@code actions[2].priority}). Years of progress, targets and notes are not before the plan's
 * first reporting year.
 */
@Value.Immutable
@HousingStyle
public abstract class PartnershipPlan {
  /** The most priorities, outcomes or principles a plan holds. */
  public static final int MAX_SMALL_LIST = 50;
  /** The most partner agencies a plan holds. */
  public static final int MAX_PARTNERS = 200;
  /** The most actions a plan holds. */
  public static final int MAX_ACTIONS = 500;
  /** The most indicators a plan holds. */
  public static final int MAX_INDICATORS = 200;
  /** The most narrative notes a plan holds. */
  public static final int MAX_NOTES = 2000;

  /** The plan's name, {@code Worcestershire Housing Partnership Plan}. */
  public abstract String name();

  /** The partnership whose plan it is. */
  public abstract String partnership();

  /** A stable name of this version, {@code WORCESTERSHIRE-HPP/2017}. */
  public abstract String version();

  /** The first day this version is in effect. */
  public abstract LocalDate effectiveFrom();

  /** Who approved it ({@code Cabinet}). */
  public abstract String approvedBy();

  /** The month it was approved. */
  public abstract YearMonth approvedIn();

  /** The memorandum its principles come from, if it works by one. */
  public abstract Optional<String> memorandum();

  /** The long-term priorities. */
  public abstract List<Priority> priorities();

  /** The City Plan outcomes it supports. */
  public abstract List<CityPlanOutcome> outcomes();

  /** The memorandum's principles of collaborative working. */
  public abstract List<MouPrinciple> principles();

  /** The partner agencies that own and share its actions. */
  public abstract List<PartnerAgency> partners();

  /** Its actions. */
  public abstract List<PlanAction> actions();

  /** Its indicators. */
  public abstract List<Indicator> indicators();

  /** Each reporting year's headline achievements, risks and next steps. */
  public abstract List<ProgressNote> notes();

  /** The first reporting year: the financial year it took effect in. */
  public FinancialYear firstYear() {
    return FinancialYear.containing(effectiveFrom());
  }

  /** The priority of {@code code}, if the plan has it. */
  public Optional<Priority> priority(String code) {
    return priorities().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /** The partner of {@code code}, if the plan has it. */
  public Optional<PartnerAgency> partner(String code) {
    return partners().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /** The actions under priority {@code code}, in plan order. */
  public List<PlanAction> actionsUnder(String code) {
    return actions().stream().filter(a -> a.priority().equals(code)).toList();
  }

  /** The indicators under priority {@code code}, in plan order. */
  public List<Indicator> indicatorsUnder(String code) {
    return indicators().stream().filter(i -> i.priority().equals(code)).toList();
  }

  /** The notes of {@code kind} for {@code year} under priority {@code code} (empty: plan-wide). */
  public List<ProgressNote> notes(NoteKind kind, FinancialYear year, Optional<String> code) {
    return notes().stream().filter(n -> n.kind() == kind && n.year().equals(year) && n.priority().equals(code))
        .toList();
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    PlanCodes.text(checks, "name", name(), 200);
    PlanCodes.text(checks, "partnership", partnership(), PlanCodes.MAX_TITLE);
    PlanCodes.text(checks, "version", version(), 100);
    PlanCodes.text(checks, "approvedBy", approvedBy(), PlanCodes.MAX_TITLE);
    PlanCodes.optionalText(checks, "memorandum", memorandum(), PlanCodes.MAX_TITLE);
    checks.require(!approvedIn().isAfter(YearMonth.from(effectiveFrom())), "approvedIn", ProblemCodes.INCONSISTENT,
        "a plan is approved before, or in the month, it takes effect");
    checks.require(!priorities().isEmpty(), "priorities", ProblemCodes.REQUIRED, "a plan has at least one priority");
    size(checks, "priorities", priorities(), MAX_SMALL_LIST);
    size(checks, "outcomes", outcomes(), MAX_SMALL_LIST);
    size(checks, "principles", principles(), MAX_SMALL_LIST);
    size(checks, "partners", partners(), MAX_PARTNERS);
    size(checks, "actions", actions(), MAX_ACTIONS);
    size(checks, "indicators", indicators(), MAX_INDICATORS);
    size(checks, "notes", notes(), MAX_NOTES);
    if (!checks.isEmpty()) {
      checks.throwIfAny();
    }
    Set<String> priorities = unique(checks, "priorities", priorities(), Priority::code);
    Set<String> outcomes = unique(checks, "outcomes", outcomes(), CityPlanOutcome::code);
    unique(checks, "principles", principles(), MouPrinciple::code);
    Set<String> partners = unique(checks, "partners", partners(), PartnerAgency::code);
    unique(checks, "actions", actions(), PlanAction::code);
    unique(checks, "indicators", indicators(), Indicator::code);
    FinancialYear first = firstYear();
    for (int i = 0; i < priorities().size(); i++) {
      refs(checks, Path.of("priorities").index(i).field("outcomes"), priorities().get(i).outcomes(), outcomes,
          "City Plan outcome");
    }
    for (int i = 0; i < actions().size(); i++) {
      PlanAction a = actions().get(i);
      Path at = Path.of("actions").index(i);
      ref(checks, at.field("priority"), a.priority(), priorities, "priority");
      refs(checks, at.field("outcomes"), a.outcomes(), outcomes, "City Plan outcome");
      ref(checks, at.field("owner"), a.owner(), partners, "partner agency");
      refs(checks, at.field("partners"), a.partners(), partners, "partner agency");
      for (int y = 0; y < a.progress().size(); y++) {
        notBefore(checks, at.field("progress").index(y).field("year"), a.progress().get(y).year(), first);
      }
    }
    for (int i = 0; i < indicators().size(); i++) {
      Indicator ind = indicators().get(i);
      Path at = Path.of("indicators").index(i);
      ref(checks, at.field("priority"), ind.priority(), priorities, "priority");
      for (int y = 0; y < ind.targets().size(); y++) {
        notBefore(checks, at.field("targets").index(y).field("year"), ind.targets().get(y).year(), first);
      }
    }
    for (int i = 0; i < notes().size(); i++) {
      ProgressNote n = notes().get(i);
      Path at = Path.of("notes").index(i);
      n.priority().ifPresent(p -> ref(checks, at.field("priority"), p, priorities, "priority"));
      notBefore(checks, at.field("year"), n.year(), first);
    }
    checks.throwIfAny();
  }

  private static void size(Checks checks, String field, List<?> list, int max) {
    checks.require(list.size() <= max, field, ProblemCodes.TOO_MANY, "a plan holds at most " + max + " " + field);
  }

  private static <T> Set<String> unique(Checks checks, String field, List<T> items, Function<T, String> code) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      checks.require(seen.add(code.apply(items.get(i))), Path.of(field).index(i).field("code"), ProblemCodes.DUPLICATE,
          "another item of " + field + " has this code");
    }
    return seen;
  }

  private static void ref(Checks checks, Path at, String code, Set<String> known, String what) {
    checks.require(known.contains(code), at, ProblemCodes.UNKNOWN_REFERENCE, "names no " + what + " of this plan");
  }

  private static void refs(Checks checks, Path at, List<String> codes, Set<String> known, String what) {
    for (int i = 0; i < codes.size(); i++) {
      ref(checks, at.index(i), codes.get(i), known, what);
    }
  }

  private static void notBefore(Checks checks, Path at, FinancialYear year, FinancialYear first) {
    checks.require(year.compareTo(first) >= 0, at, ProblemCodes.OUT_OF_RANGE,
        "is before the plan's first reporting year, " + first);
  }


  /** A plan version. */
  public static ImmutablePartnershipPlan.Builder builder() {
    return ImmutablePartnershipPlan.builder();
  }
}
