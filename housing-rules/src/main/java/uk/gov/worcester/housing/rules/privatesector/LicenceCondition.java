package uk.gov.worcester.housing.rules.privatesector;

/**
 * The conditions a licence must include (Housing Act 2004 ss.67(3), 90(4) and Sch 4): those of Sch 4
 * para 1 for every licence, and the room-size and refuse conditions of para 1A (SI 2018/616) for a
 * Part 2 (HMO) licence only, not a Part 3 (selective) licence.
 */
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
  /** Keep to the minimum sleeping room sizes and the numbers the licence sets per room (HMO licences only). */
  ROOM_SIZES,
  /** Store and dispose of refuse under the council's scheme (HMO licences only). */
  REFUSE_SCHEME;

  /** True for the Sch 4 para 1A conditions, which a Part 2 (HMO) licence carries and a Part 3 licence does not. */
  public boolean part2Only() {
    return this == ROOM_SIZES || this == REFUSE_SCHEME;
  }

  /**
   * The conditions a licence of kind {@code need} must carry: all of them but the para 1A ones for a
   * selective licence; all of them for an HMO licence (and, when no licence is needed, those an HMO
   * licence would carry).
   */
  public static java.util.List<LicenceCondition> forLicence(LicenceNeed need) {
    return java.util.Arrays.stream(values()).filter(c -> need != LicenceNeed.SELECTIVE || !c.part2Only())
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }
}
