package uk.gov.worcester.housing.rules.homelessness.hclic;

import java.util.Map;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.CaseId;

/** One row of one section of the return: its case and its data items, in order. */
@Value.Immutable
@HousingStyle
public abstract class HclicRecord {
  public abstract HclicSection section();

  public abstract CaseId caseId();

  /** Data item name to value: codes for coded items, ISO dates, numbers. */
  public abstract Map<String, String> items();

  public static ImmutableHclicRecord.Builder builder() {
    return ImmutableHclicRecord.builder();
  }
}
