package uk.gov.worcester.housing.core.household;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/** Service in HM Forces (SI 2002/2051 art.5(2); HA 1996 s.199(2)-(3) as to local connection). */
@Value.Immutable
@HousingStyle
public abstract class ArmedForcesService {
  /** Regular forces, not reserves: only regular service counts under art.5(2). */
  public abstract boolean regular();

  /** The day service ended; empty while serving. */
  public abstract Optional<LocalDate> leftOn();

  public static ImmutableArmedForcesService.Builder builder() {
    return ImmutableArmedForcesService.builder();
  }
}
