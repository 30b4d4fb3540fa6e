package uk.gov.worcester.housing.rules.homelessness;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/** The priority need outcome and every category that gives it. */
@Value.Immutable
@HousingStyle
public abstract class PriorityNeed {
  @Value.Parameter
  public abstract PriorityNeedStatus status();

  @Value.Parameter
  public abstract List<PriorityNeedCategory> categories();

  public static PriorityNeed of(PriorityNeedStatus status, List<PriorityNeedCategory> categories) {
    return ImmutablePriorityNeed.of(status, categories);
  }

  public boolean isYes() {
    return status() == PriorityNeedStatus.YES;
  }
}
