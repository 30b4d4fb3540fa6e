package uk.gov.worcester.housing.rules.homelessness;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.rules.common.Decision;

/**
 * The whole homelessness assessment of an approach as at a date: each test of HA 1996 Part 7 as a
 * decision with its reasons, and the duties owed. Made by {@link HomelessnessAssessment#assess}.
 */
@Value.Immutable
@HousingStyle
public abstract class Assessment {
  public abstract CaseId caseId();

  public abstract LocalDate asAt();

  /** The law version applied (chosen by the application date). */
  public abstract String lawVersion();

  public abstract Decision<HomelessStatus> homelessness();

  public abstract Decision<Eligibility> eligibility();

  public abstract Decision<PriorityNeed> priorityNeed();

  public abstract Decision<Intentionality> intentionality();

  public abstract Decision<LocalConnection> localConnection();

  public abstract Decision<Referral> referral();

  public abstract Decision<DutiesOwed> duties();

  public static ImmutableAssessment.Builder builder() {
    return ImmutableAssessment.builder();
  }
}
