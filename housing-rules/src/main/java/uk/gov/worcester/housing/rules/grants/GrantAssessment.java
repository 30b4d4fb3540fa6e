package uk.gov.worcester.housing.rules.grants;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.grants.GrantReference;
import uk.gov.worcester.housing.rules.common.Decision;

/** An application assessed as at a date: eligibility, the valued match and the award, each with its reasons. */
@Value.Immutable
@HousingStyle
public abstract class GrantAssessment {
  public abstract GrantReference reference();

  public abstract Decision<Eligibility> eligibility();

  public abstract Decision<ValuedMatch> match();

  public abstract Decision<Award> award();

  public static ImmutableGrantAssessment.Builder builder() {
    return ImmutableGrantAssessment.builder();
  }
}
