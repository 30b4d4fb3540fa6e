package uk.gov.worcester.housing.rules.lettings;

/** Which bedroom calculation decides the sizes of home a household may bid for. */
public enum BedroomCalculator {
  /** The bedroom standard (the overcrowding measure). */
  BEDROOM_STANDARD,
  /** The social sector size criteria (Housing Benefit reg.B13, Universal Credit Sch.4). */
  SIZE_CRITERIA
}
