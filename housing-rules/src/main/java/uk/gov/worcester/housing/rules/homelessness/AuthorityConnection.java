package uk.gov.worcester.housing.rules.homelessness;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/** A local connection with one authority and its grounds. */
@Value.Immutable
@HousingStyle
public abstract class AuthorityConnection {
  @Value.Parameter
  public abstract LocalAuthority authority();

  @Value.Parameter
  public abstract List<ConnectionGround> grounds();

  public static AuthorityConnection of(LocalAuthority authority, List<ConnectionGround> grounds) {
    return ImmutableAuthorityConnection.of(authority, grounds);
  }
}
