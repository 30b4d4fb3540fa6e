package uk.gov.worcester.housing.rules.grants;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;

/**
 * The grant the rules allow: the lowest of the request, the cap per project, the grant the match
 * earns and what is left in the fund (nothing for an application that is not eligible), which of
 * them set it, and the scheme's band it falls in.
 */
@Value.Immutable
@HousingStyle
public abstract class Award {
  public abstract Money amount();

  public abstract AwardLimit limitedBy();

  /** The band's code, where the scheme has bands and the award falls in one. */
  public abstract Optional<String> tier();

  public static ImmutableAward.Builder builder() {
    return ImmutableAward.builder();
  }
}
