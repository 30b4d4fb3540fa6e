package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.rules.common.Decision;

/**
 * The three bedroom calculations for an application side by side, each with its reasons: the
 * bedroom standard, the social sector size criteria and the statutory overcrowding standards,
 * and the sizes of home the policy lets the household bid for.
 */
@Value.Immutable
@HousingStyle
public abstract class BedroomReport {
  public abstract Decision<BedroomNeed> bedroomStandard();

  public abstract Decision<BedroomNeed> sizeCriteria();

  public abstract Decision<StatutoryOvercrowding> statutoryOvercrowding();

  public abstract Decision<PropertySizes> propertySizes();

  /** The report for the application's household as at {@code asAt}. */
  public static BedroomReport of(Application a, LocalDate asAt, LettingsPolicy policy) {
    return ImmutableBedroomReport.builder()
        .bedroomStandard(BedroomRules.bedroomStandard(a.household(), asAt, policy))
        .sizeCriteria(BedroomRules.sizeCriteria(a.household(), a.bedroomFacts(), asAt, policy))
        .statutoryOvercrowding(StatutoryOvercrowdingRule.assess(a.household(), a.currentRooms(), asAt, policy))
        .propertySizes(PropertySizeRule.assess(a, asAt, policy)).build();
  }
}
