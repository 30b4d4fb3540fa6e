package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.homelessness.SleepingSite;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.core.homelessness.StreetPersonId;
import uk.gov.worcester.housing.testkit.homelessness.HomelessnessGen;

class RoughSleepingTest {
  static final LocalDate NIGHT = LocalDate.of(2024, 11, 14);
  static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30));

  static StreetContact seen(String who, LocalDate night, SleepingSite site, boolean offer) {
    return StreetContact.builder().person(StreetPersonId.of(who)).night(night).site(site).offerMade(offer).build();
  }

  @Test
  void theSnapshotCountsPeopleOnceAndOnlyWhereTheDefinitionSays() {
    List<StreetContact> contacts = List.of(
        seen("A", NIGHT, SleepingSite.OPEN_AIR, false),
        seen("A", NIGHT, SleepingSite.OPEN_AIR, true),
        seen("B", NIGHT, SleepingSite.PLACE_NOT_DESIGNED_FOR_HABITATION, false),
        seen("C", NIGHT, SleepingSite.HOSTEL_OR_SHELTER, false),
        seen("D", NIGHT, SleepingSite.SOFA_SURFING, false),
        seen("E", NIGHT, SleepingSite.TRAVELLER_SITE, false),
        seen("F", NIGHT.plusDays(1), SleepingSite.OPEN_AIR, false));
    SnapshotCount count = RoughSleepingRule.snapshot(contacts, NIGHT);
    assertEquals(2, count.count());
    assertEquals(Map.of(SleepingSite.OPEN_AIR, 1, SleepingSite.PLACE_NOT_DESIGNED_FOR_HABITATION, 1), count.bySite());
    assertEquals(3, count.excludedContacts());
  }

  @Test
  void aNewRoughSleeperMadeAnOfferTheNextDayHadNoSecondNightOut() {
    List<StreetContact> contacts = List.of(seen("A", NIGHT, SleepingSite.OPEN_AIR, false),
        seen("A", NIGHT.plusDays(1), SleepingSite.OPEN_AIR, true),
        seen("B", NIGHT, SleepingSite.OPEN_AIR, false), seen("B", NIGHT.plusDays(3), SleepingSite.OPEN_AIR, true));
    List<RoughSleeperFinding> f = RoughSleepingRule.findings(contacts, NOVEMBER,
        RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023);
    assertTrue(f.get(0).newRoughSleeper());
    assertTrue(f.get(0).offerBeforeSecondNight());
    assertFalse(f.get(1).offerBeforeSecondNight());
    assertEquals(2, f.get(1).nightsSeen());
  }

  @Test
  void someoneSeenWithinSixtyMonthsIsNotNewButAfterALongerGapTheyAre() {
    List<StreetContact> recent = List.of(seen("A", NIGHT.minusYears(4), SleepingSite.OPEN_AIR, false),
        seen("A", NIGHT, SleepingSite.OPEN_AIR, false));
    assertFalse(RoughSleepingRule.findings(recent, NOVEMBER, RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023).get(0)
        .newRoughSleeper());
    List<StreetContact> longAgo = List.of(seen("A", NIGHT.minusYears(6), SleepingSite.OPEN_AIR, false),
        seen("A", NIGHT, SleepingSite.OPEN_AIR, false));
    RoughSleeperFinding f = RoughSleepingRule.findings(longAgo, NOVEMBER, RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023)
        .get(0);
    assertTrue(f.newRoughSleeper());
    assertEquals(NIGHT, f.firstNightThisSpell());
  }

  @Test
  void theCountAndFindingsDoNotDependOnTheOrderOfContacts() {
    qt().withExamples(200).forAll(HomelessnessGen.streetContacts(LocalDate.of(2024, 11, 1))).checkAssert(contacts -> {
      List<StreetContact> shuffled = new ArrayList<>(contacts);
      Collections.shuffle(shuffled, new java.util.Random(contacts.size()));
      assertEquals(RoughSleepingRule.snapshot(contacts, NIGHT).count(), RoughSleepingRule.snapshot(shuffled, NIGHT).count());
      assertEquals(RoughSleepingRule.findings(contacts, NOVEMBER, RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023),
          RoughSleepingRule.findings(shuffled, NOVEMBER, RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023));
    });
  }
}
