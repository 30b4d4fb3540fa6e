package uk.gov.worcester.housing.core.homelessness;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * The officer's findings of fact on intentionality (HA 1996 s.191): what was done or not done,
 * when, and whether it caused the loss of accommodation that was available and reasonable to
 * continue to occupy. The rule combines them; each finding is human judgement.
 */
@Value.Immutable
@HousingStyle
public abstract class IntentionalityFinding {
  /** The applicant deliberately did or failed to do something (s.191(1)). */
  @Value.Redacted
  public abstract boolean deliberateActOrOmission();

  /** The act or omission, when it happened, if known. */
  public abstract Optional<LocalDate> actOn();

  /** In consequence of it the applicant ceased to occupy accommodation. */
  public abstract boolean causedLossOfAccommodation();

  /** That accommodation was available and reasonable to continue to occupy. */
  public abstract boolean accommodationWasAvailableAndReasonable();

  /** Done or omitted in good faith, unaware of a relevant fact (s.191(2)): not deliberate. */
  @Value.Default
  public boolean goodFaithUnawareOfRelevantFact() {
    return false;
  }

  /** Arranged to leave so as to be entitled to help (s.191(3)): intentional. */
  @Value.Default
  public boolean collusion() {
    return false;
  }

  public static ImmutableIntentionalityFinding.Builder builder() {
    return ImmutableIntentionalityFinding.builder();
  }
}
