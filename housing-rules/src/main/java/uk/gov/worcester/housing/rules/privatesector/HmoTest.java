package uk.gov.worcester.housing.rules.privatesector;

/** The test under which a property is an HMO (Housing Act 2004 ss.254, 257). */
public enum HmoTest {
  /** The standard test, s.254(2). */
  STANDARD,
  /** The self-contained flat test, s.254(3). */
  SELF_CONTAINED_FLAT,
  /** The converted building test, s.254(4). */
  CONVERTED_BUILDING,
  /** A converted block of flats, s.257. */
  SECTION_257_BLOCK
}
