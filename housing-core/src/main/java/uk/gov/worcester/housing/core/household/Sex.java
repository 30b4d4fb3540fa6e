package uk.gov.worcester.housing.core.household;

/**
 * Sex as recorded for the bedroom standard and the size criteria, which pair children of the
 * same sex (Housing Act 1985 s.326 as applied by allocation schemes; HB reg B13).
 */
public enum Sex {
  /** Female. */
  FEMALE,
  /** Male. */
  MALE
}
