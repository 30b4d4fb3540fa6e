package uk.gov.worcester.housing.core.welfare;

/** The help with housing costs a household receives, which a Discretionary Housing Payment needs. */
public enum HousingCostSupport {
  /** Housing Benefit. */
  HOUSING_BENEFIT,
  /** The housing costs element of Universal Credit. */
  UNIVERSAL_CREDIT_HOUSING_COSTS,
  /** Neither. */
  NONE
}
