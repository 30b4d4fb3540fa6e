package uk.gov.worcester.housing.rules.homelessness.hclic;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.CaseId;

/** A validation failure of the return, against the case, section and data item at fault. */
@Value.Immutable
@HousingStyle
public abstract class HclicFailure {
  public abstract CaseId caseId();

  public abstract HclicSection section();

  public abstract String item();

  /** A stable rule code: {@code NO_CODE}, {@code DATE_ORDER}, {@code OUTSIDE_PERIOD}, {@code MISSING}. */
  public abstract String rule();

  public abstract String message();

  public static HclicFailure of(CaseId caseId, HclicSection section, String item, String rule, String message) {
    return ImmutableHclicFailure.builder().caseId(caseId).section(section).item(item).rule(rule).message(message).build();
  }
}
