package uk.gov.worcester.housing.rules.grants;

import uk.gov.worcester.housing.core.common.Citation;

/** Citations of the grant schemes' rules, so every reason names its source the same way. */
final class Sources {
  private Sources() {}

  /** An item of the scheme's policy version, such as {@code OUR-HAPPY-PLACE/2016-17 match}. */
  static Citation scheme(GrantPolicy policy, String item) {
    return Citation.of(policy.version(), item);
  }

  static Citation transparencyCode() {
    return Citation.of("Local Government Transparency Code 2015",
        "Part 2, grants to voluntary, community and social enterprise organisations");
  }
}
