package uk.gov.worcester.housing.rules.privatesector;

import java.util.Optional;
import uk.gov.worcester.housing.core.common.Citation;

/**
 * The courses of action open to a council on a hazard (Housing Act 2004 s.5(2) for Category 1,
 * s.7(2) for Category 2), each with its provision for each category, whom it is served on, its time
 * limits and the appeal against it. The periods are the Act's as read for this library and are
 * (unconfirmed) where a source was not re-read: check them against the Act before relying on them.
 */
public enum CourseOfAction {
  /**
   * Requires remedial action on the hazard (ss.11-19, Sch 1). Served as Sch 1 paras 1-5 say: a
   * licensed HMO or Part 3 house, the licence holder; otherwise the person having control of a
   * dwelling that is not a flat, or, for an HMO, the person having control or the person managing;
   * a flat, an owner who ought to take the action (for an HMO flat, that owner or the person
   * managing); common parts, an owner who ought to take the action. Copies go to the other
   * persons concerned within 7 days.
   */
  IMPROVEMENT_NOTICE("HA 2004", "s.11", "s.12",
      "A licensed HMO or Part 3 house: the licence holder only. Unlicensed: a dwelling that is not a flat, the "
          + "person having control; an HMO, the person having control or the person managing; a flat, an owner who "
          + "ought to take the action (an HMO flat: that owner or the person managing); common parts, an owner who "
          + "ought to take the action. Copies to the other persons concerned within 7 days (Sch 1 paras 1-5).",
      "Remedial action must start no earlier than 28 days after service and finish within the period the notice sets (s.13); unappealed, the notice becomes operative 21 days after service (s.15).",
      "Appeal to the First-tier Tribunal within 21 days of service (Sch 1 Part 3).", 21, false),
  /** Prohibits use of all or part of the premises, or use by a description of occupier (ss.20-27, Sch 2). */
  PROHIBITION_ORDER("HA 2004", "s.20", "s.21",
      "Every owner, occupier, person authorised to permit occupation and mortgagee, within 7 days of the order being made (Sch 2 Part 1).",
      "Unappealed, the order becomes operative 28 days after it is made (s.24).",
      "Appeal to the First-tier Tribunal within 28 days of the order being made (Sch 2 Part 3).", 28, false),
  /** Advises the person on whom it is served of the hazard; nothing is required (ss.28-29). */
  HAZARD_AWARENESS_NOTICE("HA 2004", "s.28", "s.29",
      "The persons on whom an improvement notice would be served (ss.28(7), 29(7)).",
      "None: the notice advises and requires nothing.",
      "No appeal: nothing is required by the notice.", 0, false),
  /**
   * The council itself takes the remedial action at once, on imminent risk of serious harm
   * (ss.40-42); the appeal runs 28 days beginning with the date the s.41 notice specifies as the
   * date the action was, or was to be, started (s.45(3)(a)).
   */
  EMERGENCY_REMEDIAL_ACTION("HA 2004", "s.40", null,
      "Notice of the action goes to the persons on whom an improvement notice would be served, within 7 days of starting it (s.41).",
      "Immediate; the council may recover its expenses (s.42).",
      "Appeal to the First-tier Tribunal within 28 days beginning with the date specified in the s.41 notice as the "
          + "date the action was (or was to be) started (s.45(3)(a)).", 28, true),
  /** Prohibits use with immediate effect, on imminent risk of serious harm (ss.43-44). */
  EMERGENCY_PROHIBITION_ORDER("HA 2004", "s.43", null,
      "The persons on whom a prohibition order would be served, on the day the order is made or, if that is not "
          + "possible, as soon after that day as is possible (s.43(4), Sch 2).",
      "Immediate: the order has effect from the day it is made.",
      "Appeal to the First-tier Tribunal within 28 days of the order being made (s.45).", 28, true),
  /**
   * Requires the building to be vacated and demolished (Housing Act 1985 ss.265-275): for a
   * Category 1 hazard s.265(1) or (2), for a Category 2 hazard s.265(3) or (4), where the
   * prescribed circumstances apply (HA 2004 ss.5(2)(f), 7(2)(d)). The appeal runs 28 days beginning
   * with the day the order is made (s.269(1)); an occupier whose lease has three years or less to
   * run has none (s.269(2)); unappealed, the order is operative at the end of 28 days beginning
   * with the day it is made (s.268(4), as the legal review cites it: (unconfirmed)).
   */
  DEMOLITION_ORDER("HA 1985", "s.265(1), (2)", "s.265(3), (4)",
      "Every owner, occupier and mortgagee, within 7 days of the order being made (HA 1985 s.268).",
      "Unappealed, operative at the end of 28 days beginning with the day it is made (HA 1985 s.268(4), "
          + "unconfirmed); the building is then to be vacated and demolished within the periods the order sets "
          + "(HA 1985 s.267).",
      "Appeal to the First-tier Tribunal within 28 days beginning with the day the order is made (HA 1985 s.269(1)); "
          + "no appeal for an occupier whose lease has three years or less to run (s.269(2)).", 28, false),
  /**
   * Declares an area in which the buildings are to be demolished (Housing Act 1985 s.289): for a
   * Category 1 hazard s.289(2), for a Category 2 hazard s.289(2ZB), where the prescribed
   * circumstances apply (HA 2004 ss.5(2)(f), 7(2)(e)).
   */
  CLEARANCE_AREA("HA 1985", "s.289(2)", "s.289(2ZB)",
      "Notice to every owner, occupier and mortgagee of the buildings in the area, after consultation (HA 1985 s.289(2B)).",
      "The council acquires the land by agreement or compulsory purchase and demolishes the buildings (HA 1985 s.290).",
      "No tribunal appeal: objections are made in the compulsory purchase procedure.", 0, false);

  private final String instrument;
  private final String category1Provision;
  private final String category2Provision;
  private final String servedOn;
  private final String timeLimits;
  private final String appeal;
  private final int appealDays;
  private final boolean emergency;

  CourseOfAction(String instrument, String category1Provision, String category2Provision, String servedOn,
      String timeLimits, String appeal, int appealDays, boolean emergency) {
    this.instrument = instrument;
    this.category1Provision = category1Provision;
    this.category2Provision = category2Provision;
    this.servedOn = servedOn;
    this.timeLimits = timeLimits;
    this.appeal = appeal;
    this.appealDays = appealDays;
    this.emergency = emergency;
  }

  /** The provision for a hazard of {@code category}; empty when the course is not open for it. */
  public Optional<Citation> provision(HazardCategory category) {
    String p = category == HazardCategory.CATEGORY_1 ? category1Provision : category2Provision;
    return Optional.ofNullable(p).map(s -> Citation.of(instrument, s));
  }

  /** Whom the notice or order is served on. */
  public String servedOn() {
    return servedOn;
  }

  /** Its time limits. */
  public String timeLimits() {
    return timeLimits;
  }

  /** The appeal against it. */
  public String appeal() {
    return appeal;
  }

  /** Days allowed for an appeal, or 0 when there is no appeal to a tribunal. */
  public int appealDays() {
    return appealDays;
  }

  /** Open only where the hazard involves an imminent risk of serious harm. */
  public boolean emergency() {
    return emergency;
  }
}
