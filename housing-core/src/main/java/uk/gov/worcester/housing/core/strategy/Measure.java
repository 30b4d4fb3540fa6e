package uk.gov.worcester.housing.core.strategy;

/**
 * What a strategy indicator counts when the library computes it from its own records. Each
 * measure is either a flow over a reporting year (households prevented from homelessness in
 * 2018/19) or a snapshot on one day (households in temporary accommodation on 31 March 2019);
 * money measures are in pounds, the rest are counts. The set is closed, so each measure has one
 * obvious computation, in {@code uk.gov.worcester.housing.rules.strategy}.
 */
public enum Measure {
  /** Households whose prevention duty (HA 1996 s.195) ended with accommodation secured, in the year. */
  HOUSEHOLDS_PREVENTED(Unit.COUNT, Timing.OVER_THE_YEAR),
  /** Households whose relief duty (HA 1996 s.189B) ended with accommodation secured, in the year. */
  HOUSEHOLDS_RELIEVED(Unit.COUNT, Timing.OVER_THE_YEAR),
  /** Main duties (HA 1996 s.193(2)) accepted in the year. */
  MAIN_DUTIES_ACCEPTED(Unit.COUNT, Timing.OVER_THE_YEAR),
  /** Households in temporary accommodation on the snapshot day. */
  HOUSEHOLDS_IN_TEMPORARY_ACCOMMODATION(Unit.COUNT, Timing.ON_A_DAY),
  /**
   * Households with children or a pregnant member in bed and breakfast on the snapshot day for
   * more than six weeks in all (SI 2003/3326 art.4).
   */
  FAMILIES_IN_BED_AND_BREAKFAST_OVER_SIX_WEEKS(Unit.COUNT, Timing.ON_A_DAY),
  /**
   * People seen sleeping rough on the authority's count night in the autumn window of the year (1
   * October to 30 November); the latest, if more than one night is recorded there (a figure's basis
   * then says so).
   */
  ROUGH_SLEEPERS_AT_COUNT(Unit.COUNT, Timing.ON_A_DAY),
  /** Homes let through the choice based lettings register in the year, by band. */
  LETTINGS(Unit.COUNT, Timing.OVER_THE_YEAR),
  /** Welfare assistance awards made in the year. */
  WELFARE_AWARDS(Unit.COUNT, Timing.OVER_THE_YEAR),
  /** What the welfare awards made in the year cost. */
  WELFARE_SPEND(Unit.MONEY, Timing.OVER_THE_YEAR),
  /** Community grants awarded in the year. */
  GRANTS_AWARDED(Unit.COUNT, Timing.OVER_THE_YEAR),
  /** The value of the match (cash, time and kind) pledged against the grants awarded in the year. */
  GRANT_MATCH_VALUE(Unit.MONEY, Timing.OVER_THE_YEAR),
  /** Category 1 hazards (Housing Act 2004 s.2) removed or reduced in the year. */
  HAZARDS_REMOVED(Unit.COUNT, Timing.OVER_THE_YEAR),
  /** HMO licences (Housing Act 2004 Part 2) granted in the year. */
  HMO_LICENCES_ISSUED(Unit.COUNT, Timing.OVER_THE_YEAR),
  /** Affordable homes completed in the year, by tenure and by public or other land. */
  AFFORDABLE_HOMES_DELIVERED(Unit.COUNT, Timing.OVER_THE_YEAR);

  /** What a figure is in. */
  public enum Unit {
    /** A whole number of households, people, homes or decisions. */
    COUNT,
    /** Pounds and pence. */
    MONEY
  }

  /** Whether a figure adds up over the year or is read on one day. */
  public enum Timing {
    /** Everything dated in the reporting year (1 April to 31 March). */
    OVER_THE_YEAR,
    /** As at one day (by default the year's last day). */
    ON_A_DAY
  }

  private final Unit unit;
  private final Timing timing;

  Measure(Unit unit, Timing timing) {
    this.unit = unit;
    this.timing = timing;
  }

  /** Count or money. */
  public Unit unit() {
    return unit;
  }

  /** Over the year or on a day. */
  public Timing timing() {
    return timing;
  }
}
