package uk.gov.worcester.housing.core.grants;

/** Which of the council's grant schemes an application is made to. */
public enum GrantScheme {
  /** The Our Happy Place community grant (2016-17): match-funded, for three named wards. */
  OUR_HAPPY_PLACE,
  /** A round of the council's general community grants, scored against City Plan themes. */
  COMMUNITY_GRANT_ROUND
}
