package uk.gov.worcester.housing.core.strategy;

/** How far an item of a plan's data can be relied on. */
public enum SourceKind {
  /** A source document states it (the committee report, the plan itself): its citation says where. */
  STATED,
  /** Made up to show how the library works; a council replaces it with its own. */
  ILLUSTRATIVE,
  /** The best known wording or figure, not confirmed in a source read for this library. */
  UNCONFIRMED
}
