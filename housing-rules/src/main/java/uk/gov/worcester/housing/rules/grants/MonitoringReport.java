package uk.gov.worcester.housing.rules.grants;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.FinancialYear;

/**
 * Grant monitoring for a financial year, as at a date: the year's totals, the same by ward (each
 * grant under its project's main ward) and by round (policy version), last year's totals and the
 * change. The parts add up to the whole. These figures feed the strategy indicators.
 */
@Value.Immutable
@HousingStyle
public abstract class MonitoringReport {
  public abstract FinancialYear year();

  public abstract LocalDate asAt();

  public abstract MonitoringTotals total();

  /** By main ward code, in code order. */
  public abstract Map<String, MonitoringTotals> byWard();

  /** By policy version, in version order. */
  public abstract Map<String, MonitoringTotals> byRound();

  /** The year before's totals. */
  public abstract MonitoringTotals previousYear();

  /** This year less the year before. */
  public MonitoringTotals change() {
    return total().minus(previousYear());
  }

  public static ImmutableMonitoringReport.Builder builder() {
    return ImmutableMonitoringReport.builder();
  }
}
