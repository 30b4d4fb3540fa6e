package uk.gov.worcester.housing.rules.homelessness.hclic;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Quarter;

/** A quarter's H-CLIC return: every record of every section, and every validation failure. */
@Value.Immutable
@HousingStyle
public abstract class HclicReturn {
  public abstract Quarter quarter();

  public abstract LocalAuthority authority();

  public abstract String codeTableVersion();

  public abstract List<HclicRecord> records();

  public abstract List<HclicFailure> failures();

  /** True when the return passed every check. */
  public boolean isValid() {
    return failures().isEmpty();
  }

  public static ImmutableHclicReturn.Builder builder() {
    return ImmutableHclicReturn.builder();
  }
}
