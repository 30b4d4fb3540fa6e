package uk.gov.worcester.housing.rules.privatesector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.privatesector.BuildingKind;
import uk.gov.worcester.housing.core.privatesector.HmoException;
import uk.gov.worcester.housing.core.privatesector.HmoProperty;
import uk.gov.worcester.housing.core.privatesector.LicenceApplication;
import uk.gov.worcester.housing.core.privatesector.SleepingRoom;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.testkit.privatesector.PrivateSectorGen;
import uk.gov.worcester.housing.testkit.privatesector.PrivateSectorSamples;

class HmoRuleTest {
  static final LocalDate AS_AT = LocalDate.of(2025, 3, 10);
  static final HmoLicensingPolicy POLICY = HmoLicensingPolicy.WORCESTER_2018;

  static HmoProperty house(int occupants, int households) {
    return HmoProperty.builder().from(PrivateSectorSamples.sharedHouse()).occupants(occupants).households(households)
        .build();
  }

  @Test
  void s254StandardTestAndSi2018_221MandatoryLicenceForFivePeopleInTwoHouseholds() {
    Decision<HmoStatus> d = HmoRule.assess(house(5, 2), AS_AT, POLICY);
    assertEquals(Optional.of(HmoTest.STANDARD), d.outcome().test());
    assertEquals(LicenceNeed.MANDATORY, d.outcome().licence());
    assertEquals(LicenceNeed.NONE, HmoRule.assess(house(4, 4), AS_AT, POLICY).outcome().licence(),
        "four people: an HMO but no mandatory licence");
    assertTrue(HmoRule.assess(house(4, 4), AS_AT, POLICY).outcome().isHmo());
  }

  @Test
  void s254OneHouseholdIsNotAnHmo() {
    Decision<HmoStatus> d = HmoRule.assess(house(6, 1), AS_AT, POLICY);
    assertFalse(d.outcome().isHmo());
    assertTrue(d.hasReason("NOT_AN_HMO"));
  }

  @Test
  void sch14Para7TwoPersonsAndPara6ResidentOwnerAreExcepted() {
    assertFalse(HmoRule.assess(house(2, 2), AS_AT, POLICY).outcome().isHmo());
    HmoProperty owner = HmoProperty.builder().from(house(3, 3)).addExceptions(HmoException.RESIDENT_OWNER_WITH_UP_TO_TWO_OTHERS)
        .build();
    Decision<HmoStatus> d = HmoRule.assess(owner, AS_AT, POLICY);
    assertFalse(d.outcome().isHmo());
    assertEquals("HA 2004 Sch 14 para 6", d.reasons().get(0).citation().text());
  }

  @Test
  void si2018_221PurposeBuiltBlockOfThreeFlatsIsOutsideMandatoryLicensing() {
    HmoProperty flat = HmoProperty.builder().from(house(5, 3)).buildingKind(BuildingKind.SELF_CONTAINED_FLAT)
        .inPurposeBuiltBlockOfThreeOrMoreFlats(true).build();
    Decision<HmoStatus> d = HmoRule.assess(flat, AS_AT, POLICY);
    assertEquals(Optional.of(HmoTest.SELF_CONTAINED_FLAT), d.outcome().test());
    assertEquals(LicenceNeed.NONE, d.outcome().licence());
    assertTrue(d.hasReason("PURPOSE_BUILT_BLOCK"));
  }

  @Test
  void s257ConvertedBlocks() {
    HmoProperty block = HmoProperty.builder().from(house(12, 6)).buildingKind(BuildingKind.CONVERTED_BLOCK_OF_FLATS)
        .build();
    Decision<HmoStatus> d = HmoRule.assess(block, AS_AT, POLICY);
    assertEquals(Optional.of(HmoTest.SECTION_257_BLOCK), d.outcome().test());
    assertEquals(LicenceNeed.NONE, d.outcome().licence(), "s.257 HMOs are outside mandatory licensing");
    assertFalse(HmoRule.assess(HmoProperty.builder().from(block).twoThirdsOrMoreOwnerOccupied(true).build(), AS_AT,
        POLICY).outcome().isHmo());
  }

  @Test
  void ss56And80SchemesAreDatedAndCoverTheirWards() {
    LicensingScheme additional = LicensingScheme.builder().name("Arboretum additional licensing")
        .kind(LicensingScheme.Kind.ADDITIONAL).addWards(Ward.ARBORETUM)
        .inForce(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31))).build();
    LicensingScheme selective = LicensingScheme.builder().name("Cathedral selective licensing")
        .kind(LicensingScheme.Kind.SELECTIVE).addWards(Ward.ARBORETUM, Ward.CATHEDRAL)
        .inForce(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31))).build();
    HmoLicensingPolicy policy = HmoLicensingPolicy.builder().from(POLICY).addSchemes(additional, selective).build();
    Decision<HmoStatus> hmo = HmoRule.assess(house(4, 4), AS_AT, policy);
    assertEquals(LicenceNeed.ADDITIONAL, hmo.outcome().licence());
    assertEquals(Optional.of("Arboretum additional licensing"), hmo.outcome().scheme());
    assertEquals(LicenceNeed.SELECTIVE, HmoRule.assess(house(3, 1), AS_AT, policy).outcome().licence());
    assertEquals(LicenceNeed.NONE, HmoRule.assess(house(4, 4), LocalDate.of(2024, 12, 31), policy).outcome().licence());
  }

  @Test
  void s254_4_convertedBuildingWhoseUnitsHaveTheirOwnAmenitiesButAreNotSelfContainedIsAnHmo() {
    HmoProperty bedsits = HmoProperty.builder().from(house(6, 6)).buildingKind(BuildingKind.CONVERTED_BUILDING)
        .sharesBasicAmenity(false).build();
    Decision<HmoStatus> d = HmoRule.assess(bedsits, AS_AT, POLICY);
    assertEquals(Optional.of(HmoTest.CONVERTED_BUILDING), d.outcome().test(), "s.254(4) has no amenity condition");
    assertEquals(LicenceNeed.MANDATORY, d.outcome().licence());
    HmoProperty house = HmoProperty.builder().from(bedsits).buildingKind(BuildingKind.HOUSE).build();
    assertEquals(Optional.empty(), HmoRule.assess(house, AS_AT, POLICY).outcome().test(),
        "the standard test needs a basic amenity shared or lacking (s.254(2)(f))");
  }

  @Test
  void s257_2_a_aConversionThatNowMeetsTheAppropriateBuildingStandardsIsNotAnHmo() {
    HmoProperty block = HmoProperty.builder().from(house(12, 6)).buildingKind(BuildingKind.CONVERTED_BLOCK_OF_FLATS)
        .conversionMeetsAppropriateBuildingStandards(true).build();
    Decision<HmoStatus> d = HmoRule.assess(block, AS_AT, POLICY);
    assertFalse(d.outcome().isHmo());
    assertTrue(d.hasReason("NOT_SECTION_257"));
  }

  @Test
  void s79_3_aTenancyGrantedByARegisteredSocialLandlordIsExemptFromSelectiveLicensing() {
    LicensingScheme selective = LicensingScheme.builder().name("Cathedral selective licensing")
        .kind(LicensingScheme.Kind.SELECTIVE).addWards(Ward.ARBORETUM, Ward.CATHEDRAL)
        .inForce(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31))).build();
    HmoLicensingPolicy policy = HmoLicensingPolicy.builder().from(POLICY).addSchemes(selective).build();
    HmoProperty rsl = HmoProperty.builder().from(house(3, 1)).grantedByRegisteredSocialLandlord(true).build();
    Decision<HmoStatus> d = HmoRule.assess(rsl, AS_AT, policy);
    assertEquals(LicenceNeed.NONE, d.outcome().licence());
    assertTrue(d.hasReason("SELECTIVE_LICENSING_EXEMPT"));
    assertEquals(LicenceNeed.SELECTIVE, HmoRule.assess(house(3, 1), AS_AT, policy).outcome().licence());
  }

  @ParameterizedTest(name = "Sch 4: {0} m² for {1} aged 10+ and {2} under 10 is {3}")
  @CsvSource({"6.51,1,0,MEETS_MINIMUM", "6.50,1,0,TOO_SMALL", "10.22,2,0,MEETS_MINIMUM", "10.21,2,0,TOO_SMALL",
      "4.64,0,1,MEETS_MINIMUM", "4.63,0,1,NOT_FOR_SLEEPING", "4.63,1,0,NOT_FOR_SLEEPING", "4.63,0,0,NOT_SLEPT_IN",
      "12.00,3,0,NOT_PRESCRIBED", "8.00,1,1,NOT_PRESCRIBED", "6.51,0,1,MEETS_MINIMUM"})
  void sch4RoomSizes(String area, int adults, int children, RoomSize expected) {
    SleepingRoom room = SleepingRoom.builder().label("Room").floorArea(new BigDecimal(area)).sleepersAged10OrOver(adults)
        .sleepersUnder10(children).build();
    assertEquals(expected, RoomSizeRule.assess(room, POLICY));
  }

  @Test
  void s68LicenceTermIsAtMostFiveYearsAndProblemsPointAtTheRoom() {
    Decision<LicenceDecision> d = LicenceRule.assess(PrivateSectorSamples.sharedHouseApplication(), AS_AT, POLICY);
    assertEquals(5, d.outcome().termYears());
    assertTrue(d.hasReason("TERM_LIMITED"));
    assertEquals(1, d.outcome().problems().size());
    Problem p = d.outcome().problems().get(0);
    assertEquals("/property/sleepingRooms/3/floorArea", p.path().jsonPointer());
    assertEquals(LicenceRule.ROOM_TOO_SMALL, p.code());
    assertFalse(d.outcome().grantable());
    assertEquals(LicenceCondition.values().length, d.outcome().conditions().size());
  }

  @Test
  void sch4Para1A_aSelectiveLicenceCarriesNoRoomSizeOrRefuseCondition() {
    LicensingScheme selective = LicensingScheme.builder().name("Arboretum selective licensing")
        .kind(LicensingScheme.Kind.SELECTIVE).addWards(Ward.ARBORETUM)
        .inForce(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31))).build();
    HmoLicensingPolicy policy = HmoLicensingPolicy.builder().from(POLICY).addSchemes(selective).build();
    LicenceApplication family = LicenceApplication.builder().from(PrivateSectorSamples.sharedHouseApplication())
        .property(house(3, 1)).followsRefuseScheme(false).build();
    Decision<LicenceDecision> d = LicenceRule.assess(family, AS_AT, policy);
    assertEquals(LicenceNeed.SELECTIVE, d.outcome().status().licence());
    assertTrue(d.outcome().problems().stream().noneMatch(p -> p.code().equals(LicenceRule.ROOM_TOO_SMALL)
        || p.code().equals(LicenceRule.REFUSE_SCHEME_NOT_FOLLOWED)), () -> d.outcome().problems().toString());
    assertFalse(d.outcome().conditions().contains(LicenceCondition.ROOM_SIZES));
    assertFalse(d.outcome().conditions().contains(LicenceCondition.REFUSE_SCHEME));
    assertTrue(d.outcome().conditions().contains(LicenceCondition.SMOKE_ALARMS));
    LicenceApplication hmo = LicenceApplication.builder().from(family).property(house(6, 3)).build();
    Decision<LicenceDecision> mandatory = LicenceRule.assess(hmo, AS_AT, policy);
    assertTrue(mandatory.outcome().problems().stream().anyMatch(p -> p.code().equals(LicenceRule.ROOM_TOO_SMALL)));
    assertTrue(mandatory.outcome().problems().stream()
        .anyMatch(p -> p.code().equals(LicenceRule.REFUSE_SCHEME_NOT_FOLLOWED)));
    assertTrue(mandatory.outcome().conditions().contains(LicenceCondition.ROOM_SIZES));
  }

  @Test
  void sch4Para1A_aChildAgedExactly10CountsWithThoseAged10OrOver_unconfirmed() {
    // Para 1A speaks of persons "aged over 10 years" and "aged under 10 years": a child of exactly 10 is
    // neither. This library counts them with those over 10, so the larger minimum applies.
    SleepingRoom ten = SleepingRoom.builder().label("Room").floorArea(new BigDecimal("5.00")).sleepersAged10OrOver(1)
        .sleepersUnder10(0).build();
    assertEquals(RoomSize.TOO_SMALL, RoomSizeRule.assess(ten, POLICY));
    assertEquals(Optional.of(new BigDecimal("6.51")), RoomSizeRule.minimum(ten, POLICY));
  }

  @Test
  void sch4StaleGasRecordAndMissingReportAreProblems() {
    LicenceApplication a = LicenceApplication.builder().from(PrivateSectorSamples.sharedHouseApplication())
        .gasSafetyRecordOn(LocalDate.of(2024, 3, 2)).electricalReportOn(Optional.empty()).fitAndProperDeclared(false)
        .build();
    Decision<LicenceDecision> d = LicenceRule.assess(a, AS_AT, POLICY);
    assertTrue(d.outcome().problems().stream().anyMatch(p -> p.code().equals(LicenceRule.GAS_SAFETY_RECORD_NOT_CURRENT)));
    assertTrue(d.outcome().problems().stream().anyMatch(p -> p.code().equals(LicenceRule.ELECTRICAL_REPORT_NOT_CURRENT)));
    assertTrue(d.outcome().problems().stream().anyMatch(p -> p.code().equals(LicenceRule.FIT_AND_PROPER_NOT_DECLARED)));
    LicenceApplication fresh = LicenceApplication.builder().from(a).gasSafetyRecordOn(LocalDate.of(2024, 3, 3)).build();
    assertFalse(LicenceRule.assess(fresh, AS_AT, POLICY).outcome().problems().stream()
        .anyMatch(p -> p.code().equals(LicenceRule.GAS_SAFETY_RECORD_NOT_CURRENT)), "12 months to the day is current");
  }

  @Test
  void aMandatoryLicenceAlwaysMeansAnHmoOfFiveOrMoreInTwoOrMoreHouseholds() {
    qt().withExamples(1000).forAll(PrivateSectorGen.hmoProperties()).checkAssert(p -> {
      HmoStatus s = HmoRule.assess(p, AS_AT, POLICY).outcome();
      if (s.licence() == LicenceNeed.MANDATORY) {
        assertTrue(s.isHmo() && p.occupants() >= 5 && p.households() >= 2 && p.exceptions().isEmpty());
      }
      if (!p.exceptions().isEmpty()) {
        assertFalse(s.isHmo());
      }
    });
  }

  @Test
  void aLicenceTermNeverExceedsFiveYears() {
    qt().withExamples(500).forAll(PrivateSectorGen.licenceApplications()).checkAssert(a -> {
      LicenceDecision d = LicenceRule.assess(a, a.receivedOn(), POLICY).outcome();
      assertTrue(d.termYears() >= 1 && d.termYears() <= 5);
    });
  }
}
