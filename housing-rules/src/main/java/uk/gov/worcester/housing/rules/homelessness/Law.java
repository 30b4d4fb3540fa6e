package uk.gov.worcester.housing.rules.homelessness;

import uk.gov.worcester.housing.core.common.Citation;

/** Citations of the homelessness legislation, so every reason names its source the same way. */
final class Law {
  private Law() {}

  static Citation ha1996(String provision) {
    return Citation.of("HA 1996", provision);
  }

  static Citation priorityNeedOrder(String article) {
    return Citation.of("SI 2002/2051", article);
  }

  static Citation eligibilityRegulations(String regulation) {
    return Citation.of("SI 2006/1294", regulation);
  }

  static Citation code(String paragraph) {
    return Citation.of("Homelessness Code of Guidance", paragraph);
  }

  static Citation reviewRegulations(String regulation) {
    return Citation.of("SI 2018/223", regulation);
  }

  static Citation suitabilityOrder(String article) {
    return Citation.of("SI 2003/3326", article);
  }

  static Citation localPolicy(LocalHomelessnessPolicy policy, String item) {
    return Citation.of(policy.version(), item);
  }
}
