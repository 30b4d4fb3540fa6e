package uk.gov.worcester.housing.rules.homelessness.hclic;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Quarter;

/**
 * What a streamed return ({@link HclicExport#write}) came to: how many records were written, how
 * many failures were found, and the first {@value HclicFailures#MAX_LISTED} of them (a return of a
 * hundred thousand cases with a wrong code table fails on every case; the report lists the first
 * and counts the rest).
 */
@Value.Immutable
@HousingStyle
public abstract class HclicSummary {
  public abstract Quarter quarter();

  public abstract LocalAuthority authority();

  public abstract String codeTableVersion();

  /** Records written, in every section. */
  public abstract long recordCount();

  /** The first failures found, at most {@value HclicFailures#MAX_LISTED}. */
  public abstract List<HclicFailure> failures();

  /** Every failure found, listed or not. */
  public abstract long failureCount();

  /** True when the return passed every check. */
  public boolean isValid() {
    return failureCount() == 0;
  }

  @Value.Check
  void check() {
    if (failureCount() < failures().size() || failures().size() > HclicFailures.MAX_LISTED) {
      throw new IllegalStateException("failureCount counts at least the failures listed, which are capped");
    }
  }

  public static ImmutableHclicSummary.Builder builder() {
    return ImmutableHclicSummary.builder();
  }
}
