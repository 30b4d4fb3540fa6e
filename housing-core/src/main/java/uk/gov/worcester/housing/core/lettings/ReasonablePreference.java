package uk.gov.worcester.housing.core.lettings;

/** The groups to whom an allocation scheme must give reasonable preference (HA 1996 s.166A(3)). */
public enum ReasonablePreference {
  /** Homeless within the meaning of Part 7, in priority need or not: s.166A(3)(a). */
  HOMELESS("s.166A(3)(a)"),
  /** Owed a duty under s.190(2), 193(2) or 195(2), or accommodated under s.192(3): s.166A(3)(b). */
  OWED_DUTY("s.166A(3)(b)"),
  /** Living in insanitary or overcrowded housing or otherwise unsatisfactory conditions: s.166A(3)(c). */
  UNSATISFACTORY_HOUSING("s.166A(3)(c)"),
  /** Needing to move on medical or welfare grounds, including grounds relating to a disability: s.166A(3)(d). */
  MEDICAL_OR_WELFARE("s.166A(3)(d)"),
  /** Needing to move to a particular locality where failure to do so would cause hardship: s.166A(3)(e). */
  LOCALITY_HARDSHIP("s.166A(3)(e)");

  private final String provision;

  ReasonablePreference(String provision) {
    this.provision = provision;
  }

  /** The provision of the Housing Act 1996 that names the group. */
  public String provision() {
    return provision;
  }
}
