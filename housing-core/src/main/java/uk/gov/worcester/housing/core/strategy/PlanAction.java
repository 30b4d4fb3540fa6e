package uk.gov.worcester.housing.core.strategy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * One action of the plan: what is to be done, under which priority, the City Plan outcomes it
 * supports, the partner that owns it and those that share it, its target date, and how it stood
 * at the end of each reporting year (one entry a year).
 */
@Value.Immutable
@HousingStyle
public abstract class PlanAction {
  /** The most progress entries an action holds. */
  public static final int MAX_YEARS = 50;

  /** Its code in the plan, {@code HPP-A01}. */
  public abstract String code();

  /** What is to be done. */
  public abstract String title();

  /** The code of its priority. */
  public abstract String priority();

  /** The codes of the City Plan outcomes it supports. */
  public abstract List<String> outcomes();

  /** The code of the partner that owns it. */
  public abstract String owner();

  /** The codes of the other partners that share it. */
  public abstract List<String> partners();

  /** When it is due to be done. */
  public abstract LocalDate targetDate();

  /** How it stood at the end of each reporting year, one entry a year. */
  public abstract List<ActionProgress> progress();

  /** Where it comes from. */
  public abstract PlanSource source();

  /** Its progress in {@code year}, if reported. */
  public Optional<ActionProgress> progressIn(FinancialYear year) {
    return progress().stream().filter(p -> p.year().equals(year)).findFirst();
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    PlanCodes.code(checks, "code", code());
    PlanCodes.text(checks, "title", title(), PlanCodes.MAX_TITLE);
    checks.require(progress().size() <= MAX_YEARS, "progress", ProblemCodes.TOO_MANY,
        "an action holds at most " + MAX_YEARS + " years of progress");
    Set<FinancialYear> years = new HashSet<>();
    for (int i = 0; i < progress().size(); i++) {
      checks.require(years.add(progress().get(i).year()), Path.of("progress").index(i).field("year"),
          ProblemCodes.DUPLICATE, "an action has one progress entry a year");
    }
    Set<String> shared = new HashSet<>();
    for (int i = 0; i < partners().size(); i++) {
      String p = partners().get(i);
      checks.require(!p.equals(owner()) && shared.add(p), Path.of("partners").index(i), ProblemCodes.DUPLICATE,
          "a partner is named once, and not again if it owns the action");
    }
    Set<String> supported = new HashSet<>();
    for (int i = 0; i < outcomes().size(); i++) {
      checks.require(supported.add(outcomes().get(i)), Path.of("outcomes").index(i), ProblemCodes.DUPLICATE,
          "an outcome is named once");
    }
    checks.throwIfAny();
  }

  /** An action. */
  public static ImmutablePlanAction.Builder builder() {
    return ImmutablePlanAction.builder();
  }
}
