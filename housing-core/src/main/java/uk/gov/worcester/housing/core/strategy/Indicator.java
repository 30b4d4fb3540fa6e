package uk.gov.worcester.housing.core.strategy;

import java.math.BigDecimal;
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
 * One indicator of the plan's progress under a priority: how its figure is found (computed from a
 * {@link Measure}, or reported by hand), which way is better, the area its targets and hand-reported
 * figures are for (the county unless it says otherwise), and its target for each reporting year.
 */
@Value.Immutable
@HousingStyle
public abstract class Indicator {
  /** Its code in the plan, {@code IND-PREVENTED}. */
  public abstract String code();

  /** What it shows, as a committee would read it. */
  public abstract String title();

  /** The code of the priority it measures. */
  public abstract String priority();

  /** How its figure is found. */
  public abstract IndicatorMethod method();

  /** Which way is better. */
  public abstract Direction direction();

  /** The area its targets and hand-reported figures are for. */
  @Value.Default
  public Area area() {
    return Area.county();
  }

  /** Its target for each reporting year, one a year. */
  public abstract List<YearValue> targets();

  /** Where it and its targets come from. */
  public abstract PlanSource source();

  /** Its target for {@code year}, if one is set. */
  public Optional<BigDecimal> targetIn(FinancialYear year) {
    return targets().stream().filter(t -> t.year().equals(year)).map(YearValue::value).findFirst();
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    PlanCodes.code(checks, "code", code());
    PlanCodes.text(checks, "title", title(), PlanCodes.MAX_TITLE);
    checks.require(targets().size() <= IndicatorMethod.MAX_YEARS, "targets", ProblemCodes.TOO_MANY,
        "at most " + IndicatorMethod.MAX_YEARS + " years of targets");
    Set<FinancialYear> years = new HashSet<>();
    for (int i = 0; i < targets().size(); i++) {
      checks.require(years.add(targets().get(i).year()), Path.of("targets").index(i).field("year"),
          ProblemCodes.DUPLICATE, "one target a year");
    }
    if (method().unit() == Measure.Unit.COUNT) {
      for (int i = 0; i < targets().size(); i++) {
        checks.require(targets().get(i).value().stripTrailingZeros().scale() <= 0,
            Path.of("targets").index(i).field("value"), ProblemCodes.INVALID_FORMAT, "a count is a whole number");
      }
    }
    checks.throwIfAny();
  }

  /** An indicator. */
  public static ImmutableIndicator.Builder builder() {
    return ImmutableIndicator.builder();
  }
}
