package uk.gov.worcester.housing.rules.privatesector;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/** Whether a property is an HMO, under which test, and which licence it needs under which scheme. */
@Value.Immutable
@HousingStyle
public abstract class HmoStatus {
  /** The test met, when the property is an HMO. */
  public abstract Optional<HmoTest> test();

  /** True when the property is an HMO. */
  public boolean isHmo() {
    return test().isPresent();
  }

  public abstract LicenceNeed licence();

  /** The name of the discretionary scheme, for an additional or selective licence. */
  public abstract Optional<String> scheme();

  /** A builder. */
  public static ImmutableHmoStatus.Builder builder() {
    return ImmutableHmoStatus.builder();
  }
}
