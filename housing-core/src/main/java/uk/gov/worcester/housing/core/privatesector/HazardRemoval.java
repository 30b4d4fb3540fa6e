package uk.gov.worcester.housing.core.privatesector;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * A hazard found at an inspection that was later removed or reduced (Housing Act 2004 ss.5 and
 * 11: the works an improvement notice required were done, or the landlord did them informally),
 * as confirmed by a revisit on {@link #confirmedOn()}. Whether it was a category 1 hazard is the
 * HHSRS rule's judgement of the inspection, not recorded here.
 */
@Value.Immutable
@HousingStyle
public abstract class HazardRemoval {
  /** The reference of the inspection that found the hazard. */
  public abstract String inspection();

  /** The hazard. */
  public abstract Hazard hazard();

  /** The day the removal or reduction was confirmed. */
  public abstract LocalDate confirmedOn();

  /** A removal. */
  public static ImmutableHazardRemoval.Builder builder() {
    return ImmutableHazardRemoval.builder();
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(inspection().matches("[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}"), "inspection", ProblemCodes.INVALID_FORMAT,
            "an inspection reference is 1 to 40 letters, digits and / _ . -")
        .require(Dates.sane(confirmedOn()), "confirmedOn", ProblemCodes.OUT_OF_RANGE,
            "a removal is dated from 1900 to 2999")
        .throwIfAny();
  }
}
