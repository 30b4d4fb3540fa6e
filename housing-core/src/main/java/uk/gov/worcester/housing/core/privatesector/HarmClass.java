package uk.gov.worcester.housing.core.privatesector;

/**
 * The four classes of harm, each with the fixed weighting the HHSRS formula gives it (HHSRS
 * (England) Regulations 2005, Sch 2; Operating Guidance 2006): Class I extreme (death, permanent
 * paralysis, ...) 10,000; Class II severe 1,000; Class III serious 300; Class IV moderate 10.
 */
public enum HarmClass {
  /** Extreme harm. */
  CLASS_I(10_000),
  /** Severe harm. */
  CLASS_II(1_000),
  /** Serious harm. */
  CLASS_III(300),
  /** Moderate harm. */
  CLASS_IV(10);

  private final int weighting;

  HarmClass(int weighting) {
    this.weighting = weighting;
  }

  /** The class's weighting in the formula. */
  public int weighting() {
    return weighting;
  }
}
