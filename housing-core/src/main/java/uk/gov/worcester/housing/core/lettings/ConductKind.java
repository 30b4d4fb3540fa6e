package uk.gov.worcester.housing.core.lettings;

/**
 * Conduct that may make an applicant not qualify (HA 1996 s.160ZA(7)) or reduce their preference
 * (s.166A(5)(b)): the scheme's "unacceptable behaviour".
 */
public enum ConductKind {
  /** Rent arrears or other housing debt. */
  HOUSING_DEBT,
  /** Anti-social behaviour or nuisance. */
  ANTISOCIAL_BEHAVIOUR,
  /** Deliberately making their housing circumstances worse to gain priority. */
  DELIBERATELY_WORSENED_CIRCUMSTANCES,
  /** Knowingly giving false information to obtain an allocation (an offence under s.171). */
  FALSE_INFORMATION
}
