package uk.gov.worcester.housing.rules.homelessness;

import uk.gov.worcester.housing.core.common.Citation;

/**
 * Citations of the homelessness guidance and local policy, so every reason names its source the
 * same way; the Acts and regulations are cited through
 * {@link uk.gov.worcester.housing.rules.common.Legislation}.
 */
final class Law {
  private Law() {}

  static Citation code(String paragraph) {
    return Citation.of("Homelessness Code of Guidance", paragraph);
  }

  static Citation localPolicy(LocalHomelessnessPolicy policy, String item) {
    return Citation.of(policy.version(), item);
  }
}
