package uk.gov.worcester.housing.core.strategy;

/**
 * The tenure of an affordable home as the National Planning Policy Framework defines affordable
 * housing (NPPF Annex 2, "Affordable housing", and the First Homes written ministerial statement
 * of 24 May 2021): housing for sale or rent for those whose needs the market does not meet. The
 * set is closed; the JSON codes are part of the contract.
 */
public enum AffordableTenure {
  /** Social rent: rent set by the government's rent policy for social rent (NPPF Annex 2 (a)). */
  SOCIAL_RENT,
  /** Affordable rent: at least 20% below local market rent, including service charges (NPPF Annex 2 (a)). */
  AFFORDABLE_RENT,
  /** Shared ownership: a low cost home ownership route to ownership (NPPF Annex 2 (d)). */
  SHARED_OWNERSHIP,
  /** First Homes: discounted by at least 30% against market value, with a price cap (WMS 24 May 2021). */
  FIRST_HOMES,
  /** Discounted market sale: sold at least 20% below local market value, the discount kept (NPPF Annex 2 (c)). */
  DISCOUNTED_MARKET_SALE,
  /** Other affordable routes to home ownership, such as rent to buy (NPPF Annex 2 (d)). */
  OTHER_INTERMEDIATE
}
