package uk.gov.worcester.housing.core.grants;

/**
 * The five themes of the Worcester City Plan 2016-21, against which officers score community
 * grant bids. The names of the last two come from the plan's 2022 refresh.
 */
public enum CityPlanTheme {
  /** Stronger and Connected Communities. */
  STRONGER_AND_CONNECTED_COMMUNITIES,
  /** A Prosperous City. */
  PROSPEROUS_CITY,
  /** A Healthy and Active City. */
  HEALTHY_AND_ACTIVE_CITY,
  /** A Heritage City with a 21st Century Culture. */
  HERITAGE_CITY_WITH_21ST_CENTURY_CULTURE,
  /** Enhancing and Sustaining our Beautiful City for Future Generations. */
  BEAUTIFUL_CITY_FOR_FUTURE_GENERATIONS
}
