package uk.gov.worcester.housing.rules.privatesector;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.privatesector.Hazard;

/**
 * What a council may or must do about one hazard: whether it has a duty (Category 1, s.5) or a
 * power (Category 2, s.7), the courses open, the course suggested, and the civil penalty maximum in
 * force should a notice later be breached (s.30, s.249A).
 */
@Value.Immutable
@HousingStyle
public abstract class EnforcementOptions {
  public abstract Hazard hazard();

  public abstract HazardCategory category();

  /** True for a Category 1 hazard: the council must take the most appropriate course. */
  public abstract boolean duty();

  /** The courses open, in the Act's order. */
  public abstract List<CourseOfAction> open();

  /** The course suggested (the council decides and must give its reasons, s.8). */
  public abstract CourseOfAction suggested();

  /** The civil penalty maximum in force, if civil penalties were available on the date. */
  public abstract Optional<Money> civilPenaltyMaximum();

  /** A builder. */
  public static ImmutableEnforcementOptions.Builder builder() {
    return ImmutableEnforcementOptions.builder();
  }
}
