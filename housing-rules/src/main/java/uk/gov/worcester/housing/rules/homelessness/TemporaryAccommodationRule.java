package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;
import static uk.gov.worcester.housing.rules.common.Legislation.SUITABILITY_ORDER_2003;

import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.CalendarDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Suitability checks on temporary accommodation (HA 1996 s.206, s.208, s.210; the Homelessness
 * (Suitability of Accommodation) (England) Order 2003, SI 2003/3326):
 *
 * <ul>
 *   <li>bed and breakfast for an applicant with family commitments (a dependent child or a
 *       pregnant member in the household) only when nothing else is available, and never for more
 *       than six weeks in all: "a period, or a total of periods", so stays in every placement for
 *       the application add up (arts.3-4, art.4(1)(b); {@link #STATUTORY_FAMILY_LIMIT_WEEKS}, and a
 *       council's stricter limit in its policy, {@code bedAndBreakfastFamilyLimitWeeks});
 *   <li>never bed and breakfast for a 16 or 17 year old applicant (Code of Guidance ch.17);
 *   <li>outside the district flagged: the receiving authority must be notified (s.208).
 * </ul>
 *
 * <p>"Bed and breakfast" throughout is the Order's own definition (art.2, see
 * {@link #isBedAndBreakfastAccommodation}), decided from what the placement records, not the H-CLIC
 * accommodation type, which the H-CLIC return still reports unchanged. Art.3 makes bed and
 * breakfast unsuitable for an applicant with family commitments ({@link #hasFamilyCommitments})
 * "subject to the exceptions contained in article 4"; art.4(1) excepts only where both (a) no
 * accommodation other than bed and breakfast is available and (b) the applicant occupies it "for a
 * period, or a total of periods, which does not exceed 6 weeks" (art.4(1) as quoted in a secondary
 * source, not read on legislation.gov.uk). So the first flag says it is suitable only when nothing
 * else is available, and past six weeks in all it is unsuitable whatever is available.
 *
 * <p>Not modelled: that art.3 covers accommodation made available under s.188(1), 190(2), 193(2),
 * 200(1) and, where it is not the applicant's home when applying, s.195(2) (every placement here is
 * checked whatever its duty, and whether later amendments added s.193C(4) is unconfirmed);
 * art.4(2), whose words were not read (unconfirmed); and SI 2022/521 art.4, which until 1 June
 * 2024 lifted the six weeks for applicants newly arrived in the United Kingdom (no arrival date is
 * recorded). Modelled: SI 2022/521 art.3, which from 1 June 2022 ends art.2's definition with
 * accommodation provided in a private dwelling ({@link #bedAndBreakfastStay}).
 */
public final class TemporaryAccommodationRule {
  private TemporaryAccommodationRule() {}

  /**
   * Whether a placement is "B&B accommodation" in the Suitability Order's sense (SI 2003/3326
   * art.2): accommodation, whether or not breakfast is included, (a) which is not separate and
   * self-contained premises, and (b) in which any one of a toilet, personal washing facilities or
   * cooking facilities is shared by more than one household, but not accommodation owned or
   * managed by a local housing authority, a registered social landlord or a voluntary
   * organisation (HA 1996 s.180(3)). Decided from {@link Placement#selfContainedOrAssumed()},
   * {@link Placement#sharedFacilities()} and {@link Placement#providerOrAssumed()}, never from the
   * H-CLIC type except through the assumptions it gives a placement that does not say: so a
   * privately run shared hostel is bed and breakfast, and a council-owned shared annexe the return
   * calls bed and breakfast is not.
   */
  public static boolean isBedAndBreakfastAccommodation(Placement p) {
    return !p.selfContainedOrAssumed() && p.sharedFacilities() && !p.providerOrAssumed().excludedFromBedAndBreakfast();
  }

  /**
   * The first day on which accommodation provided in a private dwelling is not bed and breakfast:
   * SI 2022/521 art.3 added it to the end of the art.2 definition from 1 June 2022 (its art.2
   * ends only arts.4 and 5, so art.3 still stands).
   */
  public static final LocalDate PRIVATE_DWELLING_NOT_BED_AND_BREAKFAST_FROM = LocalDate.of(2022, 6, 1);

  /**
   * The days of {@code p}'s stay that are bed and breakfast: all of it, or none, except for a
   * private dwelling, whose days before {@link #PRIVATE_DWELLING_NOT_BED_AND_BREAKFAST_FROM} are and
   * later days are not.
   */
  public static Optional<DateRange> bedAndBreakfastStay(Placement p) {
    if (!isBedAndBreakfastAccommodation(p)) {
      return Optional.empty();
    }
    if (!p.privateDwelling()) {
      return Optional.of(p.stay());
    }
    LocalDate lastDay = CalendarDates.plusDays(PRIVATE_DWELLING_NOT_BED_AND_BREAKFAST_FROM, -1);
    if (p.stay().start().isAfter(lastDay)) {
      return Optional.empty();
    }
    boolean endsInTime = p.stay().end().map(e -> !e.isAfter(lastDay)).orElse(false);
    return Optional.of(endsInTime ? p.stay() : DateRange.of(p.stay().start(), lastDay));
  }

  /** Whether {@code p} is bed and breakfast on {@code day} (see {@link #bedAndBreakfastStay}). */
  public static boolean isBedAndBreakfastOn(Placement p, LocalDate day) {
    return isBedAndBreakfastAccommodation(p) && !privateDwellingExcludedOn(p, day);
  }

  /** Whether {@code p} is a private dwelling on a day when that keeps it out of bed and breakfast (SI 2022/521 art.3). */
  private static boolean privateDwellingExcludedOn(Placement p, LocalDate day) {
    return p.privateDwelling() && !day.isBefore(PRIVATE_DWELLING_NOT_BED_AND_BREAKFAST_FROM);
  }

  /**
   * Whether {@code p} is taken not to be bed and breakfast only because a fact art.2 turns on was
   * not recorded and its type supplied an assumption that excludes it: a hostel whose owner or
   * manager is not recorded (taken as a voluntary organisation), or other accommodation not recorded
   * as self-contained or not (taken as self-contained). The other types' assumptions follow from
   * what they are (nightly paid self-contained, leased or social housing), so are not doubted. A
   * private dwelling on {@code day} is not bed and breakfast whatever else is recorded, so nothing is
   * left to rule out.
   */
  public static boolean bedAndBreakfastNotRuledOut(Placement p, LocalDate day) {
    if (isBedAndBreakfastAccommodation(p) || !p.sharedFacilities() || privateDwellingExcludedOn(p, day)) {
      return false;
    }
    return switch (p.type()) {
      case HOSTEL -> p.provider().isEmpty() && !p.selfContainedOrAssumed();
      case OTHER -> p.selfContained().isEmpty() && !p.providerOrAssumed().excludedFromBedAndBreakfast();
      default -> false;
    };
  }

  /**
   * Whether the household makes the applicant one "with family commitments" on {@code asAt}
   * (SI 2003/3326 art.2): the applicant is pregnant, or a pregnant woman or a dependent child is in
   * the household, which holds those who reside or might reasonably be expected to reside with the
   * applicant.
   */
  public static boolean hasFamilyCommitments(Household h, LocalDate asAt) {
    return !h.dependentChildrenOn(asAt).isEmpty() || !h.pregnantOn(asAt).isEmpty();
  }

  /**
   * The Order's limit on bed and breakfast for an applicant with family commitments: "a period, or
   * a total of periods, which does not exceed 6 weeks" (SI 2003/3326 art.4(1)(b)). A council's
   * policy may hold itself to fewer ({@link LocalHomelessnessPolicy#bedAndBreakfastFamilyLimitWeeks}),
   * never to more.
   */
  public static final int STATUTORY_FAMILY_LIMIT_WEEKS = 6;

  /** {@link #STATUTORY_FAMILY_LIMIT_WEEKS} in days: 42. */
  public static final long STATUTORY_FAMILY_LIMIT_DAYS = STATUTORY_FAMILY_LIMIT_WEEKS * 7L;

  /**
   * The days spent in bed and breakfast (art.2) up to and including {@code asAt}, added up over
   * every placement made for the application: the Order limits "a period, or a total of periods"
   * (SI 2003/3326 art.4(1)(b)), so two stays of four weeks count as eight.
   */
  public static long bedAndBreakfastDays(List<Placement> placements, LocalDate asAt) {
    return BedAndBreakfastStays.of(placements).daysUpTo(asAt);
  }

  /**
   * For the bed and breakfast placement {@code current}, the first day on which the total
   * of periods would pass the limit: the household must be out before it. Days in earlier
   * placements count towards the total, each day once (SI 2003/3326 art.4(1)(b)): a move from one
   * bed and breakfast to another on the same day is one day, as in {@link #bedAndBreakfastDays}.
   */
  public static LocalDate bedAndBreakfastDeadline(Placement current, List<Placement> placements,
      LocalHomelessnessPolicy policy) {
    long earlier = BedAndBreakfastStays.of(placements).daysUpTo(CalendarDates.plusDays(current.stay().start(), -1));
    long left = Math.max(0, policy.bedAndBreakfastFamilyLimitWeeks() * 7L - earlier);
    return CalendarDates.plusDays(current.stay().start(), left);
  }

  /**
   * The checks on {@code p} as at {@code asAt}; {@code placements} are all the placements made for
   * the same application (including {@code p}), for the bed and breakfast total.
   */
  public static PlacementCheck check(Placement p, List<Placement> placements, Approach approach, LocalDate asAt,
      LocalHomelessnessPolicy policy, boolean dutyStillLive) {
    Household h = approach.household();
    Reasons why = new Reasons();
    List<PlacementFlag> flags = new ArrayList<>();
    long days = p.stay().daysUpTo(asAt);
    boolean family = hasFamilyCommitments(h, asAt);
    boolean bedAndBreakfast = isBedAndBreakfastOn(p, asAt);
    if (bedAndBreakfast && family) {
      long limit = policy.bedAndBreakfastFamilyLimitWeeks() * 7L;
      long total = bedAndBreakfastDays(placements, asAt);
      flags.add(PlacementFlag.BED_AND_BREAKFAST_WITH_CHILDREN);
      why.add("BED_AND_BREAKFAST_WITH_CHILDREN", "Bed and breakfast (not self-contained, with a toilet, washing or "
          + "cooking facilities shared with another household, and not run by a council, a registered provider or a "
          + "voluntary organisation) for a household with children or a pregnant member is suitable only when no "
          + "other accommodation is available.", SUITABILITY_ORDER_2003.at("art.3"));
      if (total > STATUTORY_FAMILY_LIMIT_DAYS) {
        flags.add(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS);
        why.add("BED_AND_BREAKFAST_OVER_SIX_WEEKS", "The household has been in bed and breakfast for " + total
            + " days in all for this application, more than the Order's " + STATUTORY_FAMILY_LIMIT_WEEKS
            + " weeks on a period or a total of periods.", SUITABILITY_ORDER_2003.at("art.4(1)(b)"));
      } else if (total > limit) {
        flags.add(PlacementFlag.BED_AND_BREAKFAST_OVER_LOCAL_LIMIT);
        why.add("BED_AND_BREAKFAST_OVER_LOCAL_LIMIT", "The household has been in bed and breakfast for " + total
            + " days in all for this application, more than the council's own " + policy.bedAndBreakfastFamilyLimitWeeks()
            + " weeks (within the Order's six).", Law.localPolicy(policy, "bedAndBreakfastFamilyLimitWeeks"));
      }
    }
    if (family && bedAndBreakfastNotRuledOut(p, asAt)) {
      flags.add(PlacementFlag.BED_AND_BREAKFAST_NOT_RULED_OUT);
      why.add("BED_AND_BREAKFAST_NOT_RULED_OUT", "Whether this placement is bed and breakfast rests on an assumption "
          + "from its type: record whether it is self-contained and who owns or manages it, as privately run "
          + "accommodation that is not self-contained, with shared facilities, is bed and breakfast.",
          SUITABILITY_ORDER_2003.at("art.2"));
    }
    int age = h.applicant().ageOn(asAt);
    if (bedAndBreakfast && (age == 16 || age == 17)) {
      flags.add(PlacementFlag.BED_AND_BREAKFAST_AGED_16_OR_17);
      why.add("BED_AND_BREAKFAST_AGED_16_OR_17", "Bed and breakfast is not suitable for a 16 or 17 year old.",
          Law.code("ch.17"));
    }
    if (!p.district().equals(approach.authority())) {
      flags.add(PlacementFlag.OUT_OF_AREA);
      why.add("OUT_OF_AREA", "The placement is in " + p.district().name() + ", outside the council's district: notify "
          + "that authority and place as near as reasonably practicable.", HA_1996.at("s.208(2)"));
    }
    if (!dutyStillLive && p.stay().isOpen()) {
      flags.add(PlacementFlag.DUTY_ENDED);
      why.add("DUTY_ENDED", "The duty the placement was made under has ended; the household is still placed.",
          HA_1996.at(p.underDuty().section()));
    }
    return PlacementCheck.builder().placement(p).asAt(asAt).flags(flags).reasons(why.list()).daysPlaced(days).build();
  }
}
