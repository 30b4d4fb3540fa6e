package uk.gov.worcester.housing.core.welfare;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * An agency registered with the council to refer households to the Discretionary Welfare
 * Assistance Scheme, for the period of its registration. An organisation's name is not personal
 * data.
 */
@Value.Immutable
@HousingStyle
public abstract class RegisteredAgency {
  public abstract AgencyId id();

  /** The organisation's name. */
  public abstract String name();

  /** The days the agency may refer (open while still registered). */
  public abstract DateRange registered();

  @Value.Check
  protected void check() {
    Checks.start().require(!name().isBlank() && name().length() <= 200, "name", ProblemCodes.INVALID_FORMAT,
        "an agency's name is 1 to 200 characters").throwIfAny();
  }

  public static RegisteredAgency of(AgencyId id, String name, DateRange registered) {
    return ImmutableRegisteredAgency.builder().id(id).name(name).registered(registered).build();
  }
}
