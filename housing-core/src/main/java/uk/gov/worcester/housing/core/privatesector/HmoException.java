package uk.gov.worcester.housing.core.privatesector;

/**
 * The buildings that are not HMOs for the purposes of the Act even when a test is met (Housing Act
 * 2004 s.254(5) and Sch 14), each with its paragraph.
 */
public enum HmoException {
  /** Managed or controlled by a local housing authority, a registered provider, police or fire authority or health body: Sch 14 para 2. */
  PUBLIC_BODY_OR_REGISTERED_PROVIDER("Sch 14 para 2"),
  /** Regulated under other enactments (care homes and the like, as prescribed): Sch 14 para 3. */
  REGULATED_UNDER_OTHER_ENACTMENTS("Sch 14 para 3"),
  /** Student accommodation managed by a specified educational establishment: Sch 14 para 4. */
  EDUCATIONAL_ESTABLISHMENT("Sch 14 para 4"),
  /** Occupied principally for the purposes of a religious community: Sch 14 para 5. */
  RELIGIOUS_COMMUNITY("Sch 14 para 5"),
  /** Occupied by a resident owner and their household and no more than two other persons: Sch 14 para 6. */
  RESIDENT_OWNER_WITH_UP_TO_TWO_OTHERS("Sch 14 para 6"),
  /** Occupied only by two persons who form two households: Sch 14 para 7. */
  TWO_PERSONS("Sch 14 para 7");

  private final String provision;

  HmoException(String provision) {
    this.provision = provision;
  }

  /** The provision of the Housing Act 2004 that makes the exception. */
  public String provision() {
    return provision;
  }
}
