package uk.gov.worcester.housing.core.grants;

/**
 * The kinds of match a group can put against a grant: the JSON {@code "type"} of a
 * {@link MatchContribution}. Which kinds count for a scheme is its policy's data.
 */
public enum ContributionKind {
  /** Money the group puts in itself or has raised. */
  CASH,
  /** Hours given by volunteers. */
  VOLUNTEER_TIME,
  /** Skilled or professional work given free. */
  EXPERTISE,
  /** Goods given free (materials, equipment), valued with evidence. */
  DONATED_GOODS,
  /** Services given free (a venue, printing, transport), valued with evidence. */
  DONATED_SERVICES
}
