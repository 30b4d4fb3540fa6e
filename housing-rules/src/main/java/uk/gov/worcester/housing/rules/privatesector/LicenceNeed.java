package uk.gov.worcester.housing.rules.privatesector;

/** Which licence, if any, a property needs. */
public enum LicenceNeed {
  /** A mandatory HMO licence (Housing Act 2004 s.55(2)(a)). */
  MANDATORY,
  /** A licence under an additional licensing scheme (s.55(2)(b), s.56). */
  ADDITIONAL,
  /** A licence under a selective licensing scheme (Part 3, s.85). */
  SELECTIVE,
  /** No licence. */
  NONE
}
