package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.homelessness.AccommodationProvider;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.homelessness.TemporaryAccommodationType;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicList;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicRecord;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicReturn;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicSection;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;

/**
 * Worked cases for the Suitability Order's own definition of bed and breakfast (the Homelessness
 * (Suitability of Accommodation) (England) Order 2003, SI 2003/3326 art.2): accommodation which is
 * not separate and self-contained premises, in which a toilet, personal washing facilities or
 * cooking facilities are shared by more than one household, and which is not owned or managed by a
 * local housing authority, a registered social landlord or a voluntary organisation. The H-CLIC
 * accommodation type no longer decides it.
 */
class BedAndBreakfastDefinitionTest {
  static final LocalDate DAY = LocalDate.of(2024, 5, 1);
  static final Approach FAMILY = ApproachSamples.familyServedSection21(DAY);
  static final LocalHomelessnessPolicy POLICY = LocalHomelessnessPolicy.WORCESTER;

  static Placement placement(String ref, TemporaryAccommodationType type, LocalDate start, Optional<LocalDate> end,
      Optional<Boolean> selfContained, Optional<AccommodationProvider> provider, boolean shared) {
    return Placement.builder().reference(ref).type(type).district(LocalAuthority.WORCESTER)
        .stay(end.map(e -> DateRange.of(start, e)).orElse(DateRange.from(start)))
        .selfContained(selfContained).provider(provider).sharedFacilities(shared)
        .underDuty(DutyKind.INTERIM_ACCOMMODATION).build();
  }

  /** A hostel run for profit, rooms off a shared corridor with a shared kitchen and bathrooms. */
  static Placement privateSharedHostel(String ref, LocalDate start, Optional<LocalDate> end) {
    return placement(ref, TemporaryAccommodationType.HOSTEL, start, end, Optional.of(false),
        Optional.of(AccommodationProvider.PRIVATE), true);
  }

  /** The council's own annexe of rooms with a shared kitchen, which the H-CLIC return calls bed and breakfast. */
  static Placement councilAnnexe(String ref, LocalDate start, Optional<LocalDate> end) {
    return placement(ref, TemporaryAccommodationType.BED_AND_BREAKFAST, start, end, Optional.of(false),
        Optional.of(AccommodationProvider.LOCAL_AUTHORITY), true);
  }

  static PlacementCheck check(Approach a, Placement p, List<Placement> all, LocalDate asAt) {
    return TemporaryAccommodationRule.check(p, all, a, asAt, POLICY, true);
  }

  @Test
  void si2003_3326_art2_aPrivatelyRunSharedHostelIsBedAndBreakfast_aFamilyThereFiftyDaysIsFlagged() {
    Placement hostel = privateSharedHostel("H-1", DAY, Optional.empty());
    LocalDate day50 = DAY.plusDays(49);
    assertTrue(TemporaryAccommodationRule.isBedAndBreakfastAccommodation(hostel), "art.2, whatever TA1 says");
    assertEquals(50, TemporaryAccommodationRule.bedAndBreakfastDays(List.of(hostel), day50));
    PlacementCheck c = check(FAMILY, hostel, List.of(hostel), day50);
    assertTrue(c.flags().contains(PlacementFlag.BED_AND_BREAKFAST_WITH_CHILDREN), c.flags().toString());
    assertTrue(c.flags().contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS), "50 days > 42: art.4(1)(b)");
    PlacementCheck day42 = check(FAMILY, hostel, List.of(hostel), DAY.plusDays(41));
    assertFalse(day42.flags().contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS), "42 days does not exceed 6 weeks");
    assertTrue(check(FAMILY, hostel, List.of(hostel), DAY.plusDays(42)).flags()
        .contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS), "the 43rd day does");
  }

  @Test
  void si2003_3326_art2_aCouncilOwnedSharedAnnexeTypedBedAndBreakfastIsNot() {
    Placement annexe = councilAnnexe("A-1", DAY, Optional.empty());
    LocalDate day50 = DAY.plusDays(49);
    assertFalse(TemporaryAccommodationRule.isBedAndBreakfastAccommodation(annexe));
    assertEquals(0, TemporaryAccommodationRule.bedAndBreakfastDays(List.of(annexe), day50));
    assertEquals(List.of(), check(FAMILY, annexe, List.of(annexe), day50).flags());
    for (AccommodationProvider excluded : List.of(AccommodationProvider.REGISTERED_PROVIDER,
        AccommodationProvider.VOLUNTARY_ORGANISATION)) {
      Placement p = placement("A-2", TemporaryAccommodationType.BED_AND_BREAKFAST, DAY, Optional.empty(),
          Optional.of(false), Optional.of(excluded), true);
      assertFalse(TemporaryAccommodationRule.isBedAndBreakfastAccommodation(p), excluded.name());
    }
    Placement hotel = placement("A-3", TemporaryAccommodationType.BED_AND_BREAKFAST, DAY, Optional.empty(),
        Optional.of(false), Optional.of(AccommodationProvider.PRIVATE), true);
    assertTrue(TemporaryAccommodationRule.isBedAndBreakfastAccommodation(hotel), "the same rooms, privately run");
  }

  @Test
  void si2003_3326_art2_selfContainedPremisesOrNothingSharedIsNotBedAndBreakfast() {
    Placement selfContained = placement("S-1", TemporaryAccommodationType.BED_AND_BREAKFAST, DAY, Optional.empty(),
        Optional.of(true), Optional.of(AccommodationProvider.PRIVATE), true);
    Placement nothingShared = placement("S-2", TemporaryAccommodationType.BED_AND_BREAKFAST, DAY, Optional.empty(),
        Optional.of(false), Optional.of(AccommodationProvider.PRIVATE), false);
    assertFalse(TemporaryAccommodationRule.isBedAndBreakfastAccommodation(selfContained), "art.2(a)");
    assertFalse(TemporaryAccommodationRule.isBedAndBreakfastAccommodation(nothingShared), "art.2(b)");
    Placement nightlyPaidShared = placement("S-3", TemporaryAccommodationType.NIGHTLY_PAID_SELF_CONTAINED, DAY,
        Optional.empty(), Optional.of(false), Optional.empty(), true);
    assertTrue(TemporaryAccommodationRule.isBedAndBreakfastAccommodation(nightlyPaidShared),
        "recorded as not self-contained, privately run by its type's assumption, facilities shared");
  }

  /**
   * art.4(1)(b) sets six weeks. A council that holds itself to four sees its own flag from the
   * 29th day; the Order's over-six-weeks flag still comes on the 43rd, never earlier.
   */
  @Test
  void si2003_3326_art4_1_b_theOverSixWeeksFlagIsTheOrders_aStricterLocalLimitHasItsOwn() {
    LocalHomelessnessPolicy fourWeeks = LocalHomelessnessPolicy.builder().from(POLICY)
        .bedAndBreakfastFamilyLimitWeeks(4).build();
    Placement hostel = privateSharedHostel("H-5", DAY, Optional.empty());
    List<PlacementFlag> day35 = TemporaryAccommodationRule.check(hostel, List.of(hostel), FAMILY, DAY.plusDays(34),
        fourWeeks, true).flags();
    assertTrue(day35.contains(PlacementFlag.BED_AND_BREAKFAST_OVER_LOCAL_LIMIT), day35.toString());
    assertFalse(day35.contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS), "35 days is within the Order's six weeks");
    List<PlacementFlag> day43 = TemporaryAccommodationRule.check(hostel, List.of(hostel), FAMILY, DAY.plusDays(42),
        fourWeeks, true).flags();
    assertTrue(day43.contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS), day43.toString());
    assertFalse(day43.contains(PlacementFlag.BED_AND_BREAKFAST_OVER_LOCAL_LIMIT), "the Order's flag says it all");
    assertFalse(check(FAMILY, hostel, List.of(hostel), DAY.plusDays(34)).flags()
        .contains(PlacementFlag.BED_AND_BREAKFAST_OVER_LOCAL_LIMIT), "Worcester's limit is the Order's");
  }

  /**
   * SI 2022/521 art.3: from 1 June 2022 accommodation provided in a private dwelling (a room in a
   * host's home) is not bed and breakfast. Days before then still count; a stay across the date
   * counts only its days up to 31 May 2022.
   */
  @Test
  void si2022_521_art3_aPrivateDwellingIsNotBedAndBreakfastFromTheFirstOfJune2022() {
    Placement host = Placement.builder().from(privateSharedHostel("P-1", DAY, Optional.empty()))
        .type(TemporaryAccommodationType.OTHER).privateDwelling(true).build();
    LocalDate day50 = DAY.plusDays(49);
    assertEquals(0, TemporaryAccommodationRule.bedAndBreakfastDays(List.of(host), day50), "2024: not B&B");
    assertEquals(List.of(), check(FAMILY, host, List.of(host), day50).flags());
    LocalDate before = LocalDate.of(2022, 4, 1);
    Approach family2022 = ApproachSamples.familyServedSection21(before);
    Placement host2022 = Placement.builder().from(host).stay(DateRange.from(before)).build();
    assertEquals(61, TemporaryAccommodationRule.bedAndBreakfastDays(List.of(host2022), LocalDate.of(2022, 7, 20)),
        "1 April to 31 May 2022 counts, June and July do not");
    PlacementCheck may = check(family2022, host2022, List.of(host2022), LocalDate.of(2022, 5, 20));
    assertTrue(may.flags().contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS), "50 days before the change");
    PlacementCheck july = check(family2022, host2022, List.of(host2022), LocalDate.of(2022, 7, 20));
    assertFalse(july.flags().contains(PlacementFlag.BED_AND_BREAKFAST_WITH_CHILDREN), "no longer B&B in July");
    Placement notStated = Placement.builder().from(privateSharedHostel("P-2", DAY, Optional.empty())).build();
    assertFalse(notStated.privateDwelling(), "not a private dwelling unless recorded");
    LocalDate may31 = LocalDate.of(2022, 5, 31);
    assertTrue(TemporaryAccommodationRule.isBedAndBreakfastOn(host2022, may31), "31 May 2022: still bed and breakfast");
    assertFalse(TemporaryAccommodationRule.isBedAndBreakfastOn(host2022, may31.plusDays(1)), "1 June 2022: not");
    Placement fromJune = Placement.builder().from(host).stay(DateRange.from(may31.plusDays(1))).build();
    assertEquals(List.of(), check(family2022, fromJune, List.of(fromJune), may31.plusDays(20)).flags(),
        "a private dwelling is not bed and breakfast whatever else is recorded, so nothing is left to rule out");
  }

  /**
   * art.2 turns on who runs the accommodation and whether it is self-contained: a family's hostel or
   * "other" placement counted out only by its type's assumption is flagged for those facts to be
   * recorded; once recorded, the flag goes (whichever way the facts fall).
   */
  @Test
  void si2003_3326_art2_aFamilysHostelOrOtherPlacementCountedOutOnlyByAnAssumptionIsFlaggedForTheFacts() {
    LocalDate day10 = DAY.plusDays(9);
    Placement silentHostel = placement("H-3", TemporaryAccommodationType.HOSTEL, DAY, Optional.empty(),
        Optional.empty(), Optional.empty(), true);
    Placement silentOther = placement("O-1", TemporaryAccommodationType.OTHER, DAY, Optional.empty(),
        Optional.empty(), Optional.empty(), true);
    for (Placement p : List.of(silentHostel, silentOther)) {
      PlacementCheck c = check(FAMILY, p, List.of(p), day10);
      assertEquals(List.of(PlacementFlag.BED_AND_BREAKFAST_NOT_RULED_OUT), c.flags(), p.type().name());
      assertEquals("art.2", c.reasons().get(0).citation().provision());
    }
    Placement recordedVoluntary = placement("H-4", TemporaryAccommodationType.HOSTEL, DAY, Optional.empty(),
        Optional.of(false), Optional.of(AccommodationProvider.VOLUNTARY_ORGANISATION), true);
    Placement recordedSelfContained = placement("O-2", TemporaryAccommodationType.OTHER, DAY, Optional.empty(),
        Optional.of(true), Optional.empty(), true);
    Placement silentLeased = placement("L-1", TemporaryAccommodationType.PRIVATE_SECTOR_LEASED, DAY, Optional.empty(),
        Optional.empty(), Optional.empty(), true);
    for (Placement p : List.of(recordedVoluntary, recordedSelfContained, silentLeased)) {
      assertEquals(List.of(), check(FAMILY, p, List.of(p), day10).flags(), p.reference());
    }
    Placement recordedPrivate = placement("H-6", TemporaryAccommodationType.HOSTEL, DAY, Optional.empty(),
        Optional.empty(), Optional.of(AccommodationProvider.PRIVATE), true);
    assertEquals(List.of(PlacementFlag.BED_AND_BREAKFAST_WITH_CHILDREN),
        check(FAMILY, recordedPrivate, List.of(recordedPrivate), day10).flags(), "recorded the other way: it is");
    Approach single = ApproachSamples.roughSleeper(DAY);
    assertFalse(check(single, silentHostel, List.of(silentHostel), day10).flags()
        .contains(PlacementFlag.BED_AND_BREAKFAST_NOT_RULED_OUT), "the Order's limit is for family commitments");
  }

  @Test
  void si2003_3326_art2_aPlacementThatDoesNotSayTakesItsHclicTypesAssumptions_soOldRecordsKeepTheirAnswer() {
    Map<TemporaryAccommodationType, Boolean> expected = new EnumMap<>(TemporaryAccommodationType.class);
    for (TemporaryAccommodationType t : TemporaryAccommodationType.values()) {
      expected.put(t, t == TemporaryAccommodationType.BED_AND_BREAKFAST);
    }
    for (TemporaryAccommodationType t : TemporaryAccommodationType.values()) {
      Placement silent = Placement.builder().reference("X").type(t).district(LocalAuthority.WORCESTER)
          .stay(DateRange.from(DAY)).underDuty(DutyKind.INTERIM_ACCOMMODATION).build();
      assertEquals(expected.get(t), TemporaryAccommodationRule.isBedAndBreakfastAccommodation(silent), t.name());
    }
    Placement silentBedAndBreakfast = Placement.builder().reference("X")
        .type(TemporaryAccommodationType.BED_AND_BREAKFAST).district(LocalAuthority.WORCESTER)
        .stay(DateRange.from(DAY)).underDuty(DutyKind.INTERIM_ACCOMMODATION).build();
    assertFalse(silentBedAndBreakfast.selfContainedOrAssumed());
    assertEquals(AccommodationProvider.PRIVATE, silentBedAndBreakfast.providerOrAssumed());
    assertEquals(Optional.empty(), silentBedAndBreakfast.provider(), "an assumption is not recorded as a fact");
    Placement silentHostel = placement("H-2", TemporaryAccommodationType.HOSTEL, DAY, Optional.empty(),
        Optional.empty(), Optional.empty(), true);
    assertFalse(TemporaryAccommodationRule.isBedAndBreakfastAccommodation(silentHostel),
        "a hostel is assumed run by a voluntary organisation unless it says otherwise");
  }

  @Test
  void si2003_3326_art2_art4_1_b_daysInEveryBedAndBreakfastByTheOrdersTestAddUpAndOthersDoNot() {
    // 20 days in a private hostel, 30 in the council's annexe, then a private hotel typed B&B.
    Placement hostel = privateSharedHostel("TA-1", DAY, Optional.of(DAY.plusDays(19)));
    Placement annexe = councilAnnexe("TA-2", DAY.plusDays(20), Optional.of(DAY.plusDays(49)));
    LocalDate hotelStart = DAY.plusDays(50);
    Placement hotel = placement("TA-3", TemporaryAccommodationType.BED_AND_BREAKFAST, hotelStart, Optional.empty(),
        Optional.empty(), Optional.empty(), true);
    List<Placement> all = List.of(hostel, annexe, hotel);
    assertEquals(20, TemporaryAccommodationRule.bedAndBreakfastDays(all, hotelStart.minusDays(1)), "the annexe adds none");
    assertEquals(42, TemporaryAccommodationRule.bedAndBreakfastDays(all, hotelStart.plusDays(21)));
    assertEquals(hotelStart.plusDays(22), TemporaryAccommodationRule.bedAndBreakfastDeadline(hotel, all, POLICY),
        "20 days used: 22 left in the hotel before the total passes six weeks");
    assertFalse(check(FAMILY, hotel, all, hotelStart.plusDays(21)).flags()
        .contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS));
    PlacementCheck past = check(FAMILY, hotel, all, hotelStart.plusDays(22));
    assertTrue(past.flags().contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS),
        "43 days in all: a period, or a total of periods, which exceeds 6 weeks");
    assertFalse(check(FAMILY, annexe, all, DAY.plusDays(49)).flags()
        .contains(PlacementFlag.BED_AND_BREAKFAST_WITH_CHILDREN), "the annexe itself is not bed and breakfast");
  }

  @Test
  void si2003_3326_art2_anApplicantWithFamilyCommitmentsIncludesAPregnantApplicantAndNoOneElse() {
    Approach riley = ApproachSamples.sofaSurfer(DAY);
    Household single = riley.household();
    Placement hostel = privateSharedHostel("H-1", DAY, Optional.empty());
    assertFalse(TemporaryAccommodationRule.hasFamilyCommitments(single, DAY));
    assertEquals(List.of(), check(riley, hostel, List.of(hostel), DAY.plusDays(60)).flags(),
        "the Order's limit is for applicants with family commitments only");
    Person pregnant = Person.builder().from(single.applicant()).pregnant(true)
        .expectedDeliveryDate(DAY.plusDays(120)).build();
    Household expecting = Household.builder().from(single).members(List.of(pregnant)).build();
    Approach rileyPregnant = Approach.builder().from(riley).household(expecting).build();
    assertTrue(TemporaryAccommodationRule.hasFamilyCommitments(expecting, DAY), "art.2 (a): who is pregnant");
    assertTrue(check(rileyPregnant, hostel, List.of(hostel), DAY.plusDays(60)).flags()
        .contains(PlacementFlag.BED_AND_BREAKFAST_OVER_SIX_WEEKS));
  }

  @Test
  void si2003_3326_art2_theHclicReturnStillReportsTheHclicTypeUnchanged() {
    LocalDate homeless = DAY.plusDays(41);
    LocalDate moved = homeless.plusDays(50);
    HomelessnessCase c = CaseWorkflowTest.ok(FAMILY, new CaseEvent.PreventionDutyAccepted(DAY),
        new CaseEvent.DutyEnded(homeless, DutyKind.PREVENTION, DutyEndReason.PREVENTION_BECAME_HOMELESS,
            Optional.of(homeless)),
        new CaseEvent.ReliefDutyAccepted(homeless),
        new CaseEvent.InterimAccommodationProvided(homeless),
        new CaseEvent.PlacementStarted(homeless, privateSharedHostel("H-1", homeless, Optional.empty())),
        new CaseEvent.PlacementEnded(moved, "H-1"),
        new CaseEvent.PlacementStarted(moved, councilAnnexe("A-1", moved, Optional.empty())));
    HclicCodeTable table = HclicCodeTable.placeholder();
    HclicReturn q3 = HclicExport.build(List.of(c), Quarter.of(2024, 3), LocalAuthority.WORCESTER, table,
        HomelessnessAssessment.worcester());
    Map<String, HclicRecord> byRef = new java.util.HashMap<>();
    q3.records().stream().filter(r -> r.section() == HclicSection.TEMPORARY_ACCOMMODATION)
        .forEach(r -> byRef.put(r.items().get("placementRef"), r));
    String hostelCode = table.code(HclicList.TA1_ACCOMMODATION_TYPE, "HOSTEL").orElseThrow();
    String bedAndBreakfastCode = table.code(HclicList.TA1_ACCOMMODATION_TYPE, "BED_AND_BREAKFAST").orElseThrow();
    assertNotEquals(hostelCode, bedAndBreakfastCode);
    assertEquals(hostelCode, byRef.get("H-1").items().get("TA1"), "the private hostel is still a hostel to H-CLIC");
    assertEquals(bedAndBreakfastCode, byRef.get("A-1").items().get("TA1"), "the annexe is still B&B to H-CLIC");
    // The hostel from 11 June: its stay ends on the 31 July move, which counts as a day there (51 days in all).
    assertEquals("Y", byRef.get("H-1").items().get("bedAndBreakfastWithChildrenOver6Weeks"));
    assertEquals("N", byRef.get("A-1").items().get("bedAndBreakfastWithChildrenOver6Weeks"));
  }
}
