package uk.gov.worcester.housing.core.grants;

/**
 * What kind of body applies for a grant. The community grant schemes fund community, voluntary
 * or charitable groups, never individuals (who must form a group with terms of reference first);
 * which kinds a scheme accepts is its policy's data.
 */
public enum OrganisationType {
  /** An unincorporated community or residents' group. */
  COMMUNITY_GROUP,
  /** A voluntary organisation that is not a registered charity. */
  VOLUNTARY_ORGANISATION,
  /** A registered charity or charitable incorporated organisation. */
  CHARITY,
  /** A social enterprise or community interest company. */
  SOCIAL_ENTERPRISE,
  /** A person applying alone: not eligible under any community grant scheme. */
  INDIVIDUAL,
  /** A business run for profit. */
  BUSINESS,
  /** A public body (a school, a parish council, a health body). */
  PUBLIC_BODY
}
