package uk.gov.worcester.housing.core.strategy;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * How an indicator's figure is found: computed by the library from its records (a {@link Measure}),
 * or reported by hand, year by year, by the partner that holds the figure (a health figure, say).
 * The set is closed, so every {@code switch} over it is exhaustive.
 */
public sealed interface IndicatorMethod {
  /** The most hand-reported years an indicator holds. */
  int MAX_YEARS = 50;

  /** Which method it is (its JSON {@code "type"}). */
  Kind kind();

  /** Count or money. */
  Measure.Unit unit();

  /** The two methods. */
  enum Kind {
    /** Computed from the library's records. */
    COMPUTED,
    /** Entered by hand, one figure a year. */
    REPORTED
  }

  /**
   * Computed from the records by {@code measure}.
   *
   * @param measure what is counted
   */
  record Computed(Measure measure) implements IndicatorMethod {
    /** Checks the measure is given. */
    public Computed {
      Objects.requireNonNull(measure, "measure");
    }

    @Override
    public Kind kind() {
      return Kind.COMPUTED;
    }

    @Override
    public Measure.Unit unit() {
      return measure.unit();
    }
  }

  /**
   * Reported by hand: one figure a year.
   *
   * @param unit count or money
   * @param values the figures, one a year
   */
  record Reported(Measure.Unit unit, List<YearValue> values) implements IndicatorMethod {
    /** Checks there is one figure a year, and not too many. */
    public Reported {
      Objects.requireNonNull(unit, "unit");
      values = List.copyOf(values);
      Checks checks = Checks.start().require(values.size() <= MAX_YEARS, "values", ProblemCodes.TOO_MANY,
          "at most " + MAX_YEARS + " years of figures");
      Set<FinancialYear> years = new HashSet<>();
      for (int i = 0; i < values.size(); i++) {
        checks.require(years.add(values.get(i).year()), Path.of("values").index(i).field("year"),
            ProblemCodes.DUPLICATE, "one figure a year");
      }
      checks.throwIfAny();
    }

    @Override
    public Kind kind() {
      return Kind.REPORTED;
    }

    /** The figure reported for {@code year}, if any. */
    public Optional<YearValue> in(FinancialYear year) {
      return values.stream().filter(v -> v.year().equals(year)).findFirst();
    }
  }
}
