package uk.gov.worcester.housing.rules.lettings;

import uk.gov.worcester.housing.core.common.Citation;

/**
 * Citations of the allocation guidance and the scheme, so every reason names its source the same
 * way; the Acts and regulations are cited through
 * {@link uk.gov.worcester.housing.rules.common.Legislation}.
 */
final class Cite {
  private Cite() {}

  /** Allocation of accommodation: guidance for local housing authorities in England (2012). */
  static Citation allocationGuidance(String paragraph) {
    return Citation.of("Allocation guidance 2012", paragraph);
  }

  static Citation scheme(LettingsPolicy policy, String item) {
    return Citation.of("Home Choice Plus " + policy.version(), item);
  }
}
