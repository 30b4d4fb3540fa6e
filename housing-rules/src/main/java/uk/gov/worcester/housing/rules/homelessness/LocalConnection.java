package uk.gov.worcester.housing.rules.homelessness;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/** Every authority the household has a local connection with, and why (HA 1996 s.199). */
@Value.Immutable
@HousingStyle
public abstract class LocalConnection {
  @Value.Parameter
  public abstract List<AuthorityConnection> connections();

  public static LocalConnection of(List<AuthorityConnection> connections) {
    return ImmutableLocalConnection.of(connections);
  }

  /** True if the household has a local connection with {@code authority}. */
  public boolean with(LocalAuthority authority) {
    return connections().stream().anyMatch(c -> c.authority().equals(authority));
  }
}
