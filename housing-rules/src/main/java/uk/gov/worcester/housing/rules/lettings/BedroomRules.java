package uk.gov.worcester.housing.rules.lettings;

import static uk.gov.worcester.housing.rules.common.Legislation.HOUSING_BENEFIT_REGULATIONS_2006;
import static uk.gov.worcester.housing.rules.common.Legislation.SIZE_CRITERIA_REGULATIONS_2017;
import static uk.gov.worcester.housing.rules.common.Legislation.UNIVERSAL_CREDIT_REGULATIONS_2013;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.household.Couple;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.core.lettings.BedroomFacts;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * The two bedroom calculations, each room with its reason.
 *
 * <p><b>The bedroom standard</b> (the overcrowding measure in banding; Allocation guidance 2012,
 * Annex 2, unconfirmed paragraph): a bedroom for each couple, for each other person aged 21 or
 * over, for each pair of people aged 10 to 20 of the same sex, and for each pair of children under
 * 10; a 10 to 20 year old left over shares with a child under 10 of the same sex where there is
 * one, and anyone else left over has a room of their own.
 *
 * <p><b>The social sector size criteria</b> (Housing Benefit Regulations 2006 reg.B13(5)-(6);
 * Universal Credit Regulations 2013 Sch.4 paras 10-12): a bedroom for each couple, each other person
 * aged 16 or over, two children of the same sex, two children under 10, and any other child; a
 * bedroom of their own for a child who cannot share because of a disability (reg.B13(5)(ba)) and
 * for each of a couple who cannot share (SI 2017/213); an extra bedroom for the non-resident
 * carer of each person who needs overnight care (the applicant and partner share one), and one for
 * a qualifying parent or carer: an approved foster carer with a child placed or within the
 * policy's gap (52 weeks for HB, 12 months for UC) of approval or the last placement, or an
 * adopter with a child placed (UC Sch.4 para 12(4)(b)); members away as students or in the armed
 * forces who intend to return still count. The criteria do not apply where the applicant or
 * partner is of pension age (reg.B13 is in the working-age regulations). The sub-paragraph
 * letters of the extra-room cases are cited as reg.B13(6) (unconfirmed lettering).
 *
 * <p>The bedroom standard pairs in its own order: same-sex 10 to 20 year olds first, then the
 * under-10s with each other, then a leftover 10 to 20 year old with a leftover same-sex under-10.
 * The size criteria give the fewest rooms their rules allow: children are paired oldest first with
 * someone of the same sex, then the under-10s left pair up whatever their sex.
 */
public final class BedroomRules {
  private BedroomRules() {}

  /** The bedroom standard for the household as at {@code asAt}. */
  public static Decision<BedroomNeed> bedroomStandard(Household household, LocalDate asAt, LettingsPolicy policy) {
    Reasons why = new Reasons();
    List<BedroomAllocation> rooms = allocate(household, BedroomFacts.none(), asAt, 21, false, why,
        Cite.allocationGuidance("Annex 2"));
    why.add("BEDROOM_STANDARD", "By the bedroom standard the household needs " + rooms.size() + " bedroom"
        + (rooms.size() == 1 ? "" : "s") + ".", Cite.allocationGuidance("Annex 2"));
    return Decision.of(BedroomNeed.of(BedroomCalculator.BEDROOM_STANDARD, rooms, true), asAt, policy, why.list());
  }

  /** The bedroom standard's count alone, without reasons (for banding a whole register). */
  static int bedroomStandardCount(Household household, LocalDate asAt) {
    return allocate(household, BedroomFacts.none(), asAt, 21, false, Reasons.discarded(),
        Cite.allocationGuidance("Annex 2")).size();
  }

  /** The social sector size criteria for the household as at {@code asAt}. */
  public static Decision<BedroomNeed> sizeCriteria(Household household, BedroomFacts facts, LocalDate asAt,
      LettingsPolicy policy) {
    Reasons why = new Reasons();
    List<BedroomAllocation> rooms = allocate(household, facts, asAt, 16, true, why, HOUSING_BENEFIT_REGULATIONS_2006.at("reg.B13(5)"));
    int carers = overnightCarerRooms(household, facts);
    for (int i = 0; i < carers; i++) {
      rooms.add(BedroomAllocation.of(List.of(), "OVERNIGHT_CARER"));
    }
    if (carers > 0) {
      why.add("OVERNIGHT_CARER", "An extra bedroom for the non-resident carer of each person who needs overnight care "
          + "(the applicant and partner share one).", HOUSING_BENEFIT_REGULATIONS_2006.at("reg.B13(6)"));
    }
    boolean fostering = facts.approvedFosterCarer() && facts.noFosterChildPlacedSince()
        .map(since -> asAt.isBefore(since.plusWeeks(policy.fosterGapWeeks()))).orElse(true);
    if (fostering) {
      rooms.add(BedroomAllocation.of(List.of(), "FOSTER_CARER"));
      why.add("FOSTER_CARER", "An extra bedroom for approved foster carers with a child placed, or within "
          + policy.fosterGapWeeks() + " weeks of approval or the last placement.", HOUSING_BENEFIT_REGULATIONS_2006.at("reg.B13(6)"));
    } else if (facts.adopterWithChildPlaced()) {
      rooms.add(BedroomAllocation.of(List.of(), "ADOPTER"));
      why.add("ADOPTER", "An extra bedroom for adopters with whom a child has been placed.",
          UNIVERSAL_CREDIT_REGULATIONS_2013.at("Sch.4 para 12(4)(b)"));
    }
    if (!facts.awayAndReturning().isEmpty()) {
      why.add("AWAY_AND_RETURNING", "A member away as a student or in the armed forces who intends to return still counts.",
          HOUSING_BENEFIT_REGULATIONS_2006.at("reg.B13(8)"));
    }
    Person applicant = household.applicant();
    boolean pensionAge = applicant.ageOn(asAt) >= policy.pensionAge()
        || household.partner().map(p -> p.ageOn(asAt) >= policy.pensionAge()).orElse(false);
    if (pensionAge) {
      why.add("PENSION_AGE", "The applicant or partner has reached pension age, so the size criteria do not limit their "
          + "rent.", HOUSING_BENEFIT_REGULATIONS_2006.at("reg.B13"));
    }
    why.add("SIZE_CRITERIA", "By the size criteria the household needs " + rooms.size() + " bedroom"
        + (rooms.size() == 1 ? "" : "s") + ".", HOUSING_BENEFIT_REGULATIONS_2006.at("reg.B13(5)"));
    return Decision.of(BedroomNeed.of(BedroomCalculator.SIZE_CRITERIA, rooms, !pensionAge), asAt, policy, why.list());
  }

  /** One carer's room for the applicant and partner together, and one for each other member who needs overnight care. */
  private static int overnightCarerRooms(Household household, BedroomFacts facts) {
    Set<PersonId> members = new HashSet<>();
    household.members().forEach(p -> members.add(p.id()));
    Set<PersonId> couple = new HashSet<>();
    couple.add(household.applicant().id());
    household.partner().ifPresent(p -> couple.add(p.id()));
    boolean coupleRoom = false;
    int others = 0;
    for (PersonId id : new HashSet<>(facts.needOvernightCare())) {
      if (couple.contains(id)) {
        coupleRoom = true;
      } else if (members.contains(id)) {
        others++;
      }
    }
    return (coupleRoom ? 1 : 0) + others;
  }

  /** The calculation the policy names. */
  public static Decision<BedroomNeed> need(BedroomCalculator calculator, Household household, BedroomFacts facts,
      LocalDate asAt, LettingsPolicy policy) {
    return switch (calculator) {
      case BEDROOM_STANDARD -> bedroomStandard(household, asAt, policy);
      case SIZE_CRITERIA -> sizeCriteria(household, facts, asAt, policy);
    };
  }

  private static List<BedroomAllocation> allocate(Household h, BedroomFacts facts, LocalDate asAt, int adultAge,
      boolean sizeCriteria, Reasons why, Citation cite) {
    List<BedroomAllocation> rooms = new ArrayList<>();
    Set<PersonId> placed = new HashSet<>();
    Set<PersonId> cannotShare = sizeCriteria ? new HashSet<>(facts.cannotShareBedroom()) : Set.of();
    boolean reasonAdded = false;
    for (Couple c : h.couples()) {
      if (cannotShare.contains(c.first()) || cannotShare.contains(c.second())) {
        rooms.add(BedroomAllocation.of(List.of(c.first()), "COUPLE_CANNOT_SHARE"));
        rooms.add(BedroomAllocation.of(List.of(c.second()), "COUPLE_CANNOT_SHARE"));
        why.add("COUPLE_CANNOT_SHARE", "A couple who cannot share because of a disability have a bedroom each.",
            SIZE_CRITERIA_REGULATIONS_2017.at("reg.2"));
      } else {
        rooms.add(BedroomAllocation.of(List.of(c.first(), c.second()), "COUPLE"));
        if (!reasonAdded) {
          why.add("COUPLE", "A couple share a bedroom.", cite);
          reasonAdded = true;
        }
      }
      placed.add(c.first());
      placed.add(c.second());
    }
    List<Person> children = new ArrayList<>();
    int adults = 0;
    for (Person p : h.members()) {
      if (placed.contains(p.id())) {
        continue;
      }
      if (p.ageOn(asAt) >= adultAge) {
        rooms.add(BedroomAllocation.of(List.of(p.id()), "ADULT"));
        adults++;
      } else if (cannotShare.contains(p.id())) {
        rooms.add(BedroomAllocation.of(List.of(p.id()), "CHILD_CANNOT_SHARE"));
        why.add("CHILD_CANNOT_SHARE", "A child who cannot share because of a disability has a bedroom of their own.",
            HOUSING_BENEFIT_REGULATIONS_2006.at("reg.B13(5)(ba)"));
      } else {
        children.add(p);
      }
    }
    if (adults > 0) {
      why.add("ADULT", "Each other person aged " + adultAge + " or over has a bedroom of their own.", cite);
    }
    children.sort(Comparator.comparing((Person p) -> p.ageOn(asAt)).reversed().thenComparing(p -> p.id().value()));
    if (sizeCriteria) {
      pairChildren(children, asAt, rooms, why, cite);
    } else {
      pairByTheBedroomStandard(children, asAt, rooms, why, cite);
    }
    return rooms;
  }

  /**
   * Pairs the under-21s in the bedroom standard's order: 10 to 20 year olds of the same sex with
   * each other, then children under 10 with each other whatever their sex, then a 10 to 20 year old
   * left over with an under-10 left over of the same sex; anyone else has a room of their own.
   * Where an odd under-10 must be left over, the youngest one who can share with a leftover 10 to 20
   * year old is the one left, so the count is the fewest the order allows.
   */
  private static void pairByTheBedroomStandard(List<Person> children, LocalDate asAt, List<BedroomAllocation> rooms,
      Reasons why, Citation cite) {
    List<Person> teens = new ArrayList<>();
    List<Person> unders = new ArrayList<>();
    for (Person p : children) {
      (p.ageOn(asAt) < 10 ? unders : teens).add(p);
    }
    boolean sameSex = false;
    boolean underTen = false;
    boolean alone = false;
    List<Person> teensLeft = new ArrayList<>();
    while (!teens.isEmpty()) {
      Person first = teens.remove(0);
      Person mate = teens.stream().filter(o -> o.sex() == first.sex()).findFirst().orElse(null);
      if (mate == null) {
        teensLeft.add(first);
      } else {
        teens.remove(mate);
        rooms.add(BedroomAllocation.of(List.of(first.id(), mate.id()), "SAME_SEX_PAIR"));
        sameSex = true;
      }
    }
    Person underLeft = null;
    if (unders.size() % 2 == 1) {
      for (int i = unders.size() - 1; i >= 0 && underLeft == null; i--) {
        Person u = unders.get(i);
        if (teensLeft.stream().anyMatch(t -> t.sex() == u.sex())) {
          underLeft = u;
        }
      }
      if (underLeft == null) {
        underLeft = unders.get(unders.size() - 1);
      }
      unders.remove(underLeft);
    }
    for (int i = 0; i + 1 < unders.size(); i += 2) {
      rooms.add(BedroomAllocation.of(List.of(unders.get(i).id(), unders.get(i + 1).id()), "UNDER_10_PAIR"));
      underTen = true;
    }
    for (Person t : teensLeft) {
      if (underLeft != null && underLeft.sex() == t.sex()) {
        rooms.add(BedroomAllocation.of(List.of(t.id(), underLeft.id()), "SAME_SEX_PAIR"));
        underLeft = null;
        sameSex = true;
      } else {
        rooms.add(BedroomAllocation.of(List.of(t.id()), "CHILD_ALONE"));
        alone = true;
      }
    }
    if (underLeft != null) {
      rooms.add(BedroomAllocation.of(List.of(underLeft.id()), "CHILD_ALONE"));
      alone = true;
    }
    childReasons(why, cite, sameSex, underTen, alone);
  }

  /** The reasons for the ways the children were given bedrooms, in the same order whichever rule paired them. */
  private static void childReasons(Reasons why, Citation cite, boolean sameSex, boolean underTen, boolean alone) {
    if (sameSex) {
      why.add("SAME_SEX_PAIR", "Two children of the same sex share a bedroom.", cite);
    }
    if (underTen) {
      why.add("UNDER_10_PAIR", "Two children under 10 share a bedroom whatever their sex.", cite);
    }
    if (alone) {
      why.add("CHILD_ALONE", "A child with no one to share with by these rules has a bedroom of their own.", cite);
    }
  }

  /** Pairs the children oldest first with the same sex, then the under-10s whatever their sex. */
  private static void pairChildren(List<Person> children, LocalDate asAt, List<BedroomAllocation> rooms, Reasons why,
      Citation cite) {
    List<Person> left = new ArrayList<>(children);
    boolean sameSex = false;
    boolean underTen = false;
    boolean alone = false;
    List<Person> under10Left = new ArrayList<>();
    while (!left.isEmpty()) {
      Person first = left.remove(0);
      if (first.ageOn(asAt) < 10) {
        under10Left.add(first);
        continue;
      }
      Person mate = null;
      for (Person other : left) {
        if (other.sex() == first.sex()) {
          mate = other;
          break;
        }
      }
      if (mate != null) {
        left.remove(mate);
        rooms.add(BedroomAllocation.of(List.of(first.id(), mate.id()), "SAME_SEX_PAIR"));
        sameSex = true;
      } else {
        rooms.add(BedroomAllocation.of(List.of(first.id()), "CHILD_ALONE"));
        alone = true;
      }
    }
    for (int i = 0; i < under10Left.size(); i += 2) {
      if (i + 1 < under10Left.size()) {
        rooms.add(BedroomAllocation.of(List.of(under10Left.get(i).id(), under10Left.get(i + 1).id()), "UNDER_10_PAIR"));
        underTen = true;
      } else {
        rooms.add(BedroomAllocation.of(List.of(under10Left.get(i).id()), "CHILD_ALONE"));
        alone = true;
      }
    }
    childReasons(why, cite, sameSex, underTen, alone);
  }
}
