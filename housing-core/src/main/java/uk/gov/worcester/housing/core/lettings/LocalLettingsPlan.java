package uk.gov.worcester.housing.core.lettings;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * A local lettings plan attached to an advert (HA 1996 s.166A(6)(b)): the plan's reference, and
 * the criteria it adds: a local connection to a named district, and a minimum age of every
 * member (a scheme for older people with no children, say).
 */
@Value.Immutable
@HousingStyle
public abstract class LocalLettingsPlan {
  /** The plan's reference, as the partner publishes it. */
  public abstract String reference();

  /** Only households with a local connection to this district may be let to. */
  public abstract Optional<LocalAuthority> connectionTo();

  /** No member may be younger than this. */
  public abstract Optional<Integer> minimumMemberAge();

  @Value.Check
  protected void check() {
    Checks.start()
        .require(!reference().isBlank() && reference().length() <= 100, "reference", ProblemCodes.INVALID_FORMAT,
            "a plan's reference is 1 to 100 characters")
        .require(minimumMemberAge().map(a -> a >= 0 && a <= 120).orElse(true), "minimumMemberAge",
            ProblemCodes.OUT_OF_RANGE, "an age is 0 to 120")
        .throwIfAny();
  }

  public static ImmutableLocalLettingsPlan.Builder builder() {
    return ImmutableLocalLettingsPlan.builder();
  }
}
