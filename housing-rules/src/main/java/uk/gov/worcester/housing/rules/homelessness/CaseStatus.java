package uk.gov.worcester.housing.rules.homelessness;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.core.homelessness.DutyKind;

/**
 * A case as at a date: the duties live, every deadline a caseworker must not miss (earliest
 * first), and the suitability of current placements. Made by {@link CaseStatusRule#statusOn}.
 */
@Value.Immutable
@HousingStyle
public abstract class CaseStatus {
  public abstract CaseId caseId();

  public abstract LocalDate asAt();

  public abstract List<DutyKind> liveDuties();

  public abstract List<Duty> duties();

  public abstract List<Deadline> deadlines();

  public abstract List<PlacementCheck> placements();

  public static ImmutableCaseStatus.Builder builder() {
    return ImmutableCaseStatus.builder();
  }
}
