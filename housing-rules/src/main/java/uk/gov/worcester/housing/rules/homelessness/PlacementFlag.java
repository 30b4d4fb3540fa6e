package uk.gov.worcester.housing.rules.homelessness;

/** A suitability concern about a placement in temporary accommodation. */
public enum PlacementFlag {
  /**
   * Bed and breakfast (SI 2003/3326 art.2: not self-contained, facilities shared, privately run) for a
   * household with children or a pregnant member: only when nothing else is available.
   */
  BED_AND_BREAKFAST_WITH_CHILDREN,
  /** ... and past the Order's six weeks in all (SI 2003/3326 art.4(1)(b)): unlawful. */
  BED_AND_BREAKFAST_OVER_SIX_WEEKS,
  /** ... past a council's own stricter limit, though within the Order's six weeks (its local policy). */
  BED_AND_BREAKFAST_OVER_LOCAL_LIMIT,
  /**
   * For a household with children or a pregnant member, a hostel or other placement that is taken
   * not to be bed and breakfast only from an assumption its type gives (a hostel run by a voluntary
   * organisation; other accommodation self-contained): record who runs it and whether it is
   * self-contained, as SI 2003/3326 art.2 turns on them.
   */
  BED_AND_BREAKFAST_NOT_RULED_OUT,
  /** An applicant aged 16 or 17 in bed and breakfast: never suitable (Code of Guidance ch.17). */
  BED_AND_BREAKFAST_AGED_16_OR_17,
  /** Outside the council's district: notify the other authority (s.208) and keep it as near as reasonably practicable. */
  OUT_OF_AREA,
  /** The household is still placed, but the duty the placement was under has ended. */
  DUTY_ENDED
}
