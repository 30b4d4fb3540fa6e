package uk.gov.worcester.housing.core.household;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/**
 * A person's history of being looked after, accommodated or fostered by a local authority, as the
 * Homelessness (Priority Need for Accommodation) (England) Order 2002 (SI 2002/2051) arts.3 to 5
 * and the Children Act 1989 use it.
 */
@Value.Immutable
@HousingStyle
public abstract class CareHistory {
  /** Looked after, accommodated or fostered at any time while aged 16 or 17 (art.4). */
  public abstract boolean lookedAfterWhileAged16Or17();

  /**
   * A "relevant child" (Children Act 1989 s.23A): a 16 or 17 year old care leaver whom children's
   * services must support, and so not in priority need under art.3.
   */
  public abstract boolean relevantChild();

  /** A "relevant student" in higher education whose term-time home is provided (art.4(2)). */
  @Value.Default
  public boolean relevantStudent() {
    return false;
  }

  /** The authority that looked after the person (local connection of care leavers). */
  public abstract Optional<LocalAuthority> responsibleAuthority();

  public static ImmutableCareHistory.Builder builder() {
    return ImmutableCareHistory.builder();
  }
}
