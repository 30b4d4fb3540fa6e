package uk.gov.worcester.housing.core.privatesector;

/** What kind of building or part a property is, for the HMO tests (Housing Act 2004 ss.254, 257). */
public enum BuildingKind {
  /** A building (a house) that is not a self-contained flat: the standard test, s.254(2). */
  HOUSE,
  /** A self-contained flat: the self-contained flat test, s.254(3). */
  SELF_CONTAINED_FLAT,
  /** A converted building with one or more units that are not self-contained flats: s.254(4). */
  CONVERTED_BUILDING,
  /** A building converted into self-contained flats only: s.257. */
  CONVERTED_BLOCK_OF_FLATS
}
