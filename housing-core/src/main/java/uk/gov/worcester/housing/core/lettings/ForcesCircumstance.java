package uk.gov.worcester.housing.core.lettings;

/**
 * Armed forces circumstances that the law protects in allocation: no local connection test may
 * be applied (SI 2012/1869 reg.3) and additional preference must be given to urgent cases
 * (HA 1996 s.166A(3) as amended by SI 2012/2989). Service itself is recorded on the person.
 */
public enum ForcesCircumstance {
  /** The bereaved spouse or civil partner of a member of the regular forces, leaving service accommodation. */
  BEREAVED_PARTNER_LEAVING_SERVICE_HOUSING,
  /** Serious injury, illness or disability wholly or partly attributable to service in the regular forces. */
  SERVICE_INJURY_OR_DISABILITY,
  /** A serving or former reservist seriously injured, ill or disabled by service. */
  RESERVIST_SERVICE_INJURY
}
