package uk.gov.worcester.housing.rules.lettings;

import uk.gov.worcester.housing.core.common.Citation;

/** Citations of the allocation law and the scheme, so every reason names its source the same way. */
final class Cite {
  private Cite() {}

  static Citation ha1996(String provision) {
    return Citation.of("HA 1996", provision);
  }

  static Citation ha1985(String provision) {
    return Citation.of("HA 1985", provision);
  }

  /** The Allocation of Housing and Homelessness (Eligibility) (England) Regulations 2006. */
  static Citation eligibilityRegulations(String regulation) {
    return Citation.of("SI 2006/1294", regulation);
  }

  /** The Allocation of Housing (Qualification Criteria for Armed Forces) (England) Regulations 2012. */
  static Citation forcesQualification(String regulation) {
    return Citation.of("SI 2012/1869", regulation);
  }

  /** The Housing Act 1996 (Additional Preference for Armed Forces) (England) Regulations 2012. */
  static Citation forcesPreference(String regulation) {
    return Citation.of("SI 2012/2989", regulation);
  }

  /** The Housing Benefit Regulations 2006. */
  static Citation housingBenefit(String regulation) {
    return Citation.of("SI 2006/213", regulation);
  }

  /** The Universal Credit Regulations 2013. */
  static Citation universalCredit(String provision) {
    return Citation.of("SI 2013/376", provision);
  }

  /** Allocation of accommodation: guidance for local housing authorities in England (2012). */
  static Citation allocationGuidance(String paragraph) {
    return Citation.of("Allocation guidance 2012", paragraph);
  }

  static Citation scheme(LettingsPolicy policy, String item) {
    return Citation.of("Home Choice Plus " + policy.version(), item);
  }
}
