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
  /** Requires remedial action on the hazard (ss.11-19, Sch 1). */
  IMPROVEMENT_NOTICE("HA 2004", "s.11", "s.12",
      "The person having control of the dwelling or HMO; for a licensed HMO the licence holder or manager; for a flat, an owner or the person managing (Sch 1 Part 1).",
      "Remedial action must start no earlier than 28 days after service and finish within the period the notice sets (s.13); unappealed, the notice becomes operative 21 days after service (s.15).",
      "Appeal to the First-tier Tribunal within 21 days of service (Sch 1 Part 3).", 21, false),
  /** Prohibits use of all or part of the premises, or use by a description of occupier (ss.20-27, Sch 2). */
  PROHIBITION_ORDER("HA 2004", "s.20", "s.21",
      "Every owner, occupier, person authorised to permit occupation and mortgagee, within 7 days of the order being made (Sch 2 Part 1).",
      "Unappealed, the order becomes operative 28 days after it is made (s.24).",
      "Appeal to the First-tier Tribunal within 28 days of the order being made (Sch 2 Part 3).", 28, false),
  /** Advises the person on whom it is served of the hazard; nothing is required (ss.28-29). */
  HAZARD_AWARENESS_NOTICE("HA 2004", "s.28", "s.29",
      "The persons on whom an improvement notice would be served (ss.28(6), 29(6)).",
      "None: the notice advises and requires nothing.",
      "No appeal: nothing is required by the notice.", 0, false),
  /** The council itself takes the remedial action at once, on imminent risk of serious harm (ss.40-42). */
  EMERGENCY_REMEDIAL_ACTION("HA 2004", "s.40", null,
      "Notice of the action goes to the persons on whom an improvement notice would be served, within 7 days of starting it (s.41).",
      "Immediate; the council may recover its expenses (s.42).",
      "Appeal to the First-tier Tribunal within 28 days of the notice (s.45).", 28, true),
  /** Prohibits use with immediate effect, on imminent risk of serious harm (ss.43-44). */
  EMERGENCY_PROHIBITION_ORDER("HA 2004", "s.43", null,
      "The persons on whom a prohibition order would be served, on the day it is made (s.44, Sch 2).",
      "Immediate: the order has effect from the day it is made.",
      "Appeal to the First-tier Tribunal within 28 days of the order being made (s.45).", 28, true),
  /** Requires the building to be vacated and demolished (Housing Act 1985 ss.265-275). */
  DEMOLITION_ORDER("HA 1985", "s.265(1)", "s.265(2)",
      "Every owner, occupier and mortgagee, within 7 days of the order being made (HA 1985 s.268).",
      "Operative 28 days after service unappealed; the building is to be vacated and then demolished within six weeks, or as the order says (HA 1985 s.267).",
      "Appeal to the First-tier Tribunal within 21 days of service (HA 1985 s.269).", 21, false),
  /** Declares an area in which the buildings are to be demolished (Housing Act 1985 s.289). */
  CLEARANCE_AREA("HA 1985", "s.289(2)", "s.289(2B)",
      "Notice to every owner, occupier and mortgagee of the buildings in the area, after consultation (HA 1985 s.289(2F)).",
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
