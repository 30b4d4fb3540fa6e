package uk.gov.worcester.housing.rules.lettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.ON;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.POLICY;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.household;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.ImmutableHousehold;
import uk.gov.worcester.housing.core.household.ImmutablePerson;
import uk.gov.worcester.housing.core.household.Relationship;
import uk.gov.worcester.housing.core.lettings.BedroomFacts;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.testkit.household.HouseholdGen;

class BedroomRulesTest {
  static int standard(Household h) {
    return BedroomRules.bedroomStandard(h, ON, POLICY).outcome().bedrooms();
  }

  static int sizeCriteria(Household h, BedroomFacts f) {
    return BedroomRules.sizeCriteria(h, f, ON, POLICY).outcome().bedrooms();
  }

  @Test
  void bedroomStandardCoupleTheUnder10sShareAndTheBoyOfTwelveHasHisOwn() {
    Decision<BedroomNeed> d = BedroomRules.bedroomStandard(household(2, "A36F", "P38M", "C12M", "C9F", "C4M"), ON, POLICY);
    assertEquals(3, d.outcome().bedrooms());
    assertEquals(List.of("COUPLE", "UNDER_10_PAIR", "CHILD_ALONE"),
        d.outcome().rooms().stream().map(BedroomAllocation::basis).toList());
    assertEquals(1, d.outcome().shortfall(2));
    assertTrue(Fixtures.codes(d).contains("UNDER_10_PAIR"));
  }

  @Test
  void allocationGuidanceAnnex2BedroomStandardPairsSameSex10To20sThenUnder10sThenLeftoversWithASameSexUnder10() {
    Decision<BedroomNeed> d = BedroomRules.bedroomStandard(household(3, "A40F", "C15M", "C14F", "C8M", "C7F"), ON, POLICY);
    assertEquals(4, d.outcome().bedrooms(), "the parent, the boy of 15, the girl of 14, and the two under-10s together");
    assertEquals(List.of("ADULT", "UNDER_10_PAIR", "CHILD_ALONE", "CHILD_ALONE"),
        d.outcome().rooms().stream().map(BedroomAllocation::basis).toList());
    assertEquals(1, d.outcome().shortfall(3));
    assertEquals(3, standard(household(1, "A40F", "C15M", "C8M", "C7F")),
        "the under-10s pair with each other before a 10 to 20 year old takes a same-sex under-10");
    assertEquals(3, standard(household(1, "A40F", "C15M", "C12M", "C8M")),
        "the two same-sex 10 to 20s pair, the under-10 is left alone");
    assertEquals(2, standard(household(1, "A40F", "C15M", "C8M")), "a leftover 10 to 20 year old shares with a same-sex under-10");
    assertEquals(3, standard(household(1, "A40F", "C15M", "C8F")), "but not with one of the other sex");
  }

  @Test
  void bedroomStandardEachPersonOf21OrOverHasARoomButTwentyYearOldsPairWithTheSameSex() {
    assertEquals(3, standard(household(1, "A50F", "O21M", "O22M")));
    assertEquals(2, standard(household(1, "A50F", "O20M", "C15M")));
  }

  @Test
  void bedroomStandardTwoChildrenUnder10ShareWhateverTheirSex() {
    assertEquals(2, standard(household(1, "A30F", "C9M", "C3F")));
    assertEquals(3, standard(household(1, "A30F", "C10M", "C3F")));
  }

  @Test
  void sizeCriteriaB13_5_bPersonOf16HasARoomWhereTheBedroomStandardPairsThem() {
    Household h = household(2, "A40F", "C16M", "C12M");
    assertEquals(2, standard(h));
    assertEquals(3, sizeCriteria(h, BedroomFacts.none()));
  }

  @Test
  void sizeCriteriaB13_5_cAndDSameSexChildrenAndUnder10sShare() {
    assertEquals(3, sizeCriteria(household(2, "A40F", "P40M", "C14F", "C11F", "C8M", "C2F"), BedroomFacts.none()));
  }

  @Test
  void sizeCriteriaB13_6ExtraRoomsForAnOvernightCarerAFosterCarerAndADisabledChildWhoCannotShare() {
    Household h = household(2, "A40F", "C8M", "C6M");
    assertEquals(2, sizeCriteria(h, BedroomFacts.none()));
    Decision<BedroomNeed> d = BedroomRules.sizeCriteria(h, BedroomFacts.builder().addNeedOvernightCare(PersonId.of("P-1"))
        .approvedFosterCarer(true).addCannotShareBedroom(PersonId.of("P-2")).build(), ON, POLICY);
    assertEquals(5, d.outcome().bedrooms());
    assertTrue(Fixtures.codes(d).containsAll(List.of("OVERNIGHT_CARER", "FOSTER_CARER", "CHILD_CANNOT_SHARE")));
  }

  @Test
  void si2017_213ACoupleWhoCannotShareHaveARoomEachAndB13_5_baIsTheChildWhoCannotShare() {
    Household h = household(2, "A40F", "P40M");
    Decision<BedroomNeed> couple = BedroomRules.sizeCriteria(h, BedroomFacts.builder().addCannotShareBedroom(PersonId.of("P-2"))
        .build(), ON, POLICY);
    assertEquals(2, couple.outcome().bedrooms());
    assertEquals("SI 2017/213", citation(couple, "COUPLE_CANNOT_SHARE").instrument());
    Decision<BedroomNeed> child = BedroomRules.sizeCriteria(household(2, "A40F", "C8M", "C6M"), BedroomFacts.builder()
        .addCannotShareBedroom(PersonId.of("P-2")).build(), ON, POLICY);
    assertEquals("reg.B13(5)(ba)", citation(child, "CHILD_CANNOT_SHARE").provision());
  }

  static uk.gov.worcester.housing.core.common.Citation citation(Decision<?> d, String code) {
    return d.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().citation();
  }

  @Test
  void hbB13_6AndUcSch4Para12OneCarerRoomPerPersonNeedingOvernightCareThePartnersSharingOne() {
    Household h = household(2, "A40F", "P40M", "C12M");
    assertEquals(2, sizeCriteria(h, BedroomFacts.none()));
    assertEquals(3, sizeCriteria(h, BedroomFacts.builder().addNeedOvernightCare(PersonId.of("P-1"), PersonId.of("P-2")).build()),
        "the applicant and partner share one carer's room");
    assertEquals(4, sizeCriteria(h, BedroomFacts.builder().addNeedOvernightCare(PersonId.of("P-1"), PersonId.of("P-3")).build()),
        "the child's carer has a room too");
    assertEquals(2, sizeCriteria(h, BedroomFacts.builder().addNeedOvernightCare(PersonId.of("P-9")).build()),
        "only members count");
  }

  @Test
  void ucSch4Para12_4_bAnAdopterWithAChildPlacedHasAnExtraRoom() {
    Household h = household(2, "A40F", "P40M");
    Decision<BedroomNeed> d = BedroomRules.sizeCriteria(h, BedroomFacts.builder().adopterWithChildPlaced(true).build(), ON, POLICY);
    assertEquals(2, d.outcome().bedrooms());
    assertTrue(Fixtures.codes(d).contains("ADOPTER"));
    assertEquals(2, sizeCriteria(h, BedroomFacts.builder().adopterWithChildPlaced(true).approvedFosterCarer(true).build()),
        "one extra room for a qualifying parent or carer, however they qualify");
  }

  @Test
  void hbB13FosterCarersKeepTheRoomForThePolicysGapWithNoChildPlaced() {
    Household h = household(2, "A40F");
    BedroomFacts gap = BedroomFacts.builder().approvedFosterCarer(true).noFosterChildPlacedSince(ON.minusWeeks(51)).build();
    assertEquals(2, sizeCriteria(h, gap), "within 52 weeks of the last placement");
    BedroomFacts long_ = BedroomFacts.builder().approvedFosterCarer(true).noFosterChildPlacedSince(ON.minusWeeks(52)).build();
    assertEquals(1, sizeCriteria(h, long_), "52 weeks on, the room is no longer allowed");
    LettingsPolicy uc = LettingsPolicy.builder().from(POLICY).fosterGapWeeks(53).build();
    assertEquals(2, BedroomRules.sizeCriteria(h, long_, ON, uc).outcome().bedrooms(), "the gap is policy data");
    assertEquals(2, sizeCriteria(h, BedroomFacts.builder().approvedFosterCarer(true).build()), "a child placed now");
  }

  @Test
  void sizeCriteriaB13_3OneSpareBedroomCuts14PercentTwoOrMore25() {
    BedroomNeed single = BedroomRules.sizeCriteria(household(3, "A40F"), BedroomFacts.none(), ON, POLICY).outcome();
    assertEquals(14, single.rentReductionPercent(2));
    assertEquals(25, single.rentReductionPercent(3));
    assertEquals(0, single.rentReductionPercent(1));
  }

  @Test
  void sizeCriteriaDoNotApplyAtPensionAge() {
    Decision<BedroomNeed> d = BedroomRules.sizeCriteria(household(3, "A67M"), BedroomFacts.none(), ON, POLICY);
    assertFalse(d.outcome().applies());
    assertEquals(0, d.outcome().rentReductionPercent(3));
    assertTrue(Fixtures.codes(d).contains("PENSION_AGE"));
  }

  @Test
  void bedroomNeedNeverFallsWhenAMemberIsAdded() {
    qt().withExamples(300).forAll(HouseholdGen.households(), HouseholdGen.persons()).checkAssert((h, p) -> {
      if (h.members().size() >= Household.MAX_MEMBERS || p.dateOfBirth().isAfter(h.recordedOn())) {
        return;
      }
      var built = Household.validate(ImmutableHousehold.builder().from(h).members(append(h, ImmutablePerson.builder()
          .from(p).id(PersonId.of("NEW-1")).relationship(Relationship.OTHER).partnerOf(java.util.Optional.empty())
          .pregnant(false).expectedDeliveryDate(java.util.Optional.empty()).build())));
      if (built.isInvalid()) {
        return;
      }
      Household bigger = built.get();
      for (BedroomCalculator c : BedroomCalculator.values()) {
        int before = BedroomRules.need(c, h, BedroomFacts.none(), h.recordedOn(), POLICY).outcome().bedrooms();
        int after = BedroomRules.need(c, bigger, BedroomFacts.none(), h.recordedOn(), POLICY).outcome().bedrooms();
        assertTrue(after >= before, c + ": " + before + " became " + after);
      }
    });
  }

  private static List<uk.gov.worcester.housing.core.household.Person> append(Household h,
      uk.gov.worcester.housing.core.household.Person p) {
    List<uk.gov.worcester.housing.core.household.Person> all = new java.util.ArrayList<>(h.members());
    all.add(p);
    return all;
  }
}
