package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * The sizes of home a household may bid for under the policy: its bedroom need by the policy's
 * calculator (the size criteria by default, so a tenant is not charged for a spare room), up to
 * the policy's extra bedrooms (none by default; the scheme's own table is unconfirmed). A need of
 * one bedroom may also bid for a bedsit.
 */
public final class PropertySizeRule {
  private PropertySizeRule() {}

  /** The sizes as at {@code asAt}. */
  public static Decision<PropertySizes> assess(Application a, LocalDate asAt, LettingsPolicy policy) {
    Decision<BedroomNeed> need = BedroomRules.need(policy.biddingCalculator(), a.household(), a.bedroomFacts(), asAt,
        policy);
    int n = need.outcome().bedrooms();
    int min = n <= 1 ? 0 : n;
    int max = n + policy.extraBedroomsAllowed();
    Reasons why = new Reasons();
    need.reasons().forEach(r -> why.add(r.code(), r.text(), r.citation()));
    why.add("PROPERTY_SIZES", "The household may bid for homes with " + (min == max ? Integer.toString(min)
        : min + " to " + max) + " bedrooms" + (min == 0 ? " (0 is a bedsit)" : "") + ".",
        Cite.scheme(policy, "Property size"));
    return Decision.of(PropertySizes.of(n, min, max), asAt, policy, why.list());
  }
}
