package uk.gov.worcester.housing.rules.homelessness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.household.Household;

/**
 * Suitability checks on temporary accommodation (HA 1996 s.206, s.208, s.210; the Homelessness
 * (Suitability of Accommodation) (England) Order 2003, SI 2003/3326):
 *
 * <ul>
 *   <li>shared bed and breakfast for a household with dependent children or a pregnant member only
 *       when nothing else is available, and never for more than six weeks in all (art.4; the limit
 *       is in the local policy, {@code bedAndBreakfastFamilyLimitWeeks});
 *   <li>never bed and breakfast for a 16 or 17 year old applicant (Code of Guidance ch.17);
 *   <li>outside the district flagged: the receiving authority must be notified (s.208).
 * </ul>
 */
public final class TemporaryAccommodationRule {
  private TemporaryAccommodationRule() {}

  public static PlacementCheck check(Placement p, Approach approach, LocalDate asAt, LocalHomelessnessPolicy policy,
      boolean dutyStillLive) {
    Household h = approach.household();
    Reasons why = new Reasons();
    List<PlacementFlag> flags = new ArrayList<>();
    long days = p.stay().daysUpTo(asAt);
    boolean family = !h.dependentChildrenOn(asAt).isEmpty() || !h.pregnantOn(asAt).isEmpty();
    if (p.type().isBedAndBreakfast() && p.sharedFacilities() && family) {
      long limit = policy.bedAndBreakfastFamilyLimitWeeks() * 7L;
      flags.add(PlacementFlag.BED_AND_BREAKFAST_WITH_CHILDREN);
      why.add("BED_AND_BREAKFAST_WITH_CHILDREN", "Shared bed and breakfast for a household with children or a pregnant "
          + "member is suitable only when no other accommodation is available.", Law.suitabilityOrder("art.3"));
      if (days > limit) {
        flags.add(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS);
        why.add("BED_AND_BREAKFAST_OVER_SIX_WEEKS", "The household has been in shared bed and breakfast for " + days
            + " days, more than the " + policy.bedAndBreakfastFamilyLimitWeeks() + "-week limit.",
            Law.suitabilityOrder("art.4"));
      }
    }
    int age = h.applicant().ageOn(asAt);
    if (p.type().isBedAndBreakfast() && (age == 16 || age == 17)) {
      flags.add(PlacementFlag.BED_AND_BREAKFAST_AGED_16_OR_17);
      why.add("BED_AND_BREAKFAST_AGED_16_OR_17", "Bed and breakfast is not suitable for a 16 or 17 year old.",
          Law.code("ch.17"));
    }
    if (!p.district().equals(approach.authority())) {
      flags.add(PlacementFlag.OUT_OF_AREA);
      why.add("OUT_OF_AREA", "The placement is in " + p.district().name() + ", outside the council's district: notify "
          + "that authority and place as near as reasonably practicable.", Law.ha1996("s.208(1)"));
    }
    if (!dutyStillLive && p.stay().isOpen()) {
      flags.add(PlacementFlag.DUTY_ENDED);
      why.add("DUTY_ENDED", "The duty the placement was made under has ended; the household is still placed.",
          Law.ha1996(p.underDuty().section()));
    }
    return PlacementCheck.builder().placement(p).asAt(asAt).flags(flags).reasons(why.list()).daysPlaced(days).build();
  }
}
