package uk.gov.worcester.housing.core.strategy;

/**
 * A kind of record in a {@link DistrictRecords}, one per list: a strategy measure is computed from
 * one or two kinds, and is available for a district only if those kinds were supplied for it
 * ({@link DistrictRecords#supplies(RecordKind)}).
 */
public enum RecordKind {
  /** Homelessness cases. */
  CASES,
  /** Street contacts by the outreach team. */
  STREET_CONTACTS,
  /** Rough sleeping count nights. */
  COUNT_NIGHTS,
  /** Lettings register applications. */
  LETTINGS_APPLICATIONS,
  /** Lettings adverts. */
  ADVERTS,
  /** DWAS and DHP records. */
  WELFARE,
  /** Community grant records. */
  GRANTS,
  /** HHSRS inspections. */
  INSPECTIONS,
  /** Hazard removals. */
  HAZARD_REMOVALS,
  /** HMO licences granted. */
  LICENCES_GRANTED,
  /** Affordable housing completions. */
  COMPLETIONS
}
