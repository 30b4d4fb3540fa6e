package uk.gov.worcester.housing.rules.strategy;

import java.util.Optional;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.Figure;
import uk.gov.worcester.housing.core.strategy.Measure;

/**
 * Where a progress report gets the figures it computes: for a measure, a reporting year and an
 * area, the figure with its basis, or empty when no records for that year were given (a report
 * then says "not available" rather than showing a false zero). A snapshot measure is read on the
 * year's last day, 31 March. Implementations are pure: the same records give the same figure.
 */
@FunctionalInterface
public interface IndicatorFeed {
  /** The figure, or empty if the records cannot give it. */
  Optional<Figure> figure(Measure measure, FinancialYear year, Area area);
}
