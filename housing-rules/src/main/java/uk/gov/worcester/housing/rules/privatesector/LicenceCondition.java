package uk.gov.worcester.housing.rules.privatesector;

/** The conditions every HMO licence must include (Housing Act 2004 s.67(3) and Sch 4). */
public enum LicenceCondition {
  /** Produce the annual gas safety record on demand. */
  GAS_SAFETY_RECORD,
  /** Keep electrical appliances and furniture safe and produce declarations on demand. */
  APPLIANCES_AND_FURNITURE_SAFE,
  /** A smoke alarm on each storey used as living accommodation, kept in working order. */
  SMOKE_ALARMS,
  /** A carbon monoxide alarm in each room with a fixed combustion appliance. */
  CARBON_MONOXIDE_ALARMS,
  /** Give the occupiers a written statement of the terms on which they occupy. */
  STATEMENT_OF_TERMS,
  /** Keep to the minimum sleeping room sizes and the numbers the licence sets per room. */
  ROOM_SIZES,
  /** Store and dispose of refuse under the council's scheme. */
  REFUSE_SCHEME
}
