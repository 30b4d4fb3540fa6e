package uk.gov.worcester.housing.core.household;

/**
 * A person's immigration status, in the classes that decide eligibility for housing assistance
 * (HA 1996 ss.160ZA and 185; Allocation of Housing and Homelessness (Eligibility) (England)
 * Regulations 2006, SI 2006/1294). Whether a status makes a person eligible is a rule, in
 * housing-rules, not a property of this enum.
 */
public enum ImmigrationStatus {
  /** British citizen or other person with the right of abode: not subject to immigration control. */
  BRITISH_CITIZEN,
  /** Irish citizen: not subject to immigration control. */
  IRISH_CITIZEN,
  /** EU Settlement Scheme settled status (indefinite leave under Appendix EU). */
  EUSS_SETTLED_STATUS,
  /** EU Settlement Scheme pre-settled status with a qualifying right to reside (a worker, say). */
  EUSS_PRE_SETTLED_QUALIFYING_RIGHT,
  /** EU Settlement Scheme pre-settled status with only an excluded right to reside (a jobseeker). */
  EUSS_PRE_SETTLED_EXCLUDED_RIGHT,
  /** Refugee with leave to enter or remain (reg.5(1)(a), class A). */
  REFUGEE,
  /** Exceptional or discretionary leave not subject to no recourse to public funds (class B). */
  EXCEPTIONAL_LEAVE,
  /** Indefinite leave to remain (class C). */
  INDEFINITE_LEAVE,
  /** Humanitarian protection (class D). */
  HUMANITARIAN_PROTECTION,
  /**
   * Leave under a resettlement or relocation scheme the regulations make eligible (Afghan,
   * Ukraine, Hong Kong BN(O) without NRPF, Sudan, trafficking victims, domestic abuse concession;
   * the regulations' class letters for these are unconfirmed).
   */
  SCHEME_LEAVE,
  /** Limited leave subject to a no recourse to public funds condition. */
  LIMITED_LEAVE_NO_RECOURSE,
  /** Asylum seeker awaiting a decision. */
  ASYLUM_SEEKER,
  /** No leave to enter or remain. */
  NO_LEAVE,
  /** Not yet established: eligibility inquiries continue (s.184). */
  NOT_KNOWN
}
