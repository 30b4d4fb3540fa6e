package uk.gov.worcester.housing.rules.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.testkit.grants.GrantSamples;

/**
 * Worked cases from the sources the grants domain was reviewed against, each named after its
 * source: the domain notes' section 3 (community grants), the service areas seed, the May 2024
 * ward change (hclic-and-codes section 4) and the Local Government Transparency Code 2015.
 */
class GrantSourcesTest {
  static final LocalDate WARD_CHANGE = LocalDate.of(2024, 5, 2);

  static GrantPolicy ohpFrom(LocalDate from, List<Ward> wards) {
    return GrantPolicy.builder().from(GrantPolicy.OUR_HAPPY_PLACE_2016).version("OHP/TEST")
        .effectiveFrom(from).lastDay(java.util.Optional.empty()).wards(wards).build();
  }

  @Test
  void hclicSection4_wardChange2May2024_aVersionNamesOnlyWardsInForceThroughItsLife() {
    // A version with no end that names Warndon would name it after 1 May 2024, when it ceased.
    InvalidValueException spans = assertThrows(InvalidValueException.class,
        () -> ohpFrom(LocalDate.of(2024, 4, 1), List.of(Ward.WARNDON, Ward.RAINBOW_HILL)));
    assertTrue(spans.problems().exists(p -> p.code().equals(Ward.NOT_IN_FORCE)
        && p.path().jsonPointer().equals("/wards/0")), spans.problems().toString());
    // Ending it on 1 May 2024 keeps the old ward lawful.
    GrantPolicy ended = GrantPolicy.builder().from(GrantPolicy.OUR_HAPPY_PLACE_2016).version("OHP/TEST")
        .effectiveFrom(LocalDate.of(2024, 4, 1)).lastDay(LocalDate.of(2024, 5, 1)).wards(List.of(Ward.WARNDON))
        .build();
    assertEquals(LocalDate.of(2024, 5, 1), ended.lastDay().get());
    // A successor version from 2 May 2024 names the successor wards.
    GrantPolicy successor = ohpFrom(WARD_CHANGE, List.of(Ward.WARNDON_AND_ELBURY_PARK, Ward.RAINBOW_HILL));
    assertTrue(successor.wards().stream().allMatch(w -> w.inForceOn(WARD_CHANGE)));
    // The new ward cannot be named before it existed.
    assertThrows(InvalidValueException.class, () -> GrantPolicy.builder().from(successor)
        .effectiveFrom(LocalDate.of(2024, 5, 1)).build());
    // Nor can a version end before it begins.
    assertThrows(InvalidValueException.class, () -> GrantPolicy.builder().from(ended)
        .lastDay(LocalDate.of(2024, 3, 31)).build());
  }

  @Test
  void domainSection3_1_ourHappyPlaceClosedAfter31August2017_laterApplicationsHaveNoPolicy() {
    assertEquals(LocalDate.of(2017, 8, 31), GrantPolicy.OUR_HAPPY_PLACE_2016.lastDay().get());
    assertTrue(GrantPolicy.OUR_HAPPY_PLACE_2016.sources().get("lastDay").unconfirmed());
    GrantApplication late = GrantApplication.builder().from(GrantSamples.gorseHillGarden())
        .receivedOn(LocalDate.of(2017, 9, 1)).build();
    var result = GrantRules.worcester().assess(late, LocalDate.of(2017, 9, 5), Money.ofPounds(25_000));
    assertEquals("NO_POLICY_IN_FORCE", result.getError().head().code());
    assertEquals("/receivedOn", result.getError().head().path().jsonPointer());
    // An application received while the scheme ran is still assessed under it later on.
    assertFalse(GrantRules.worcester().assess(GrantSamples.gorseHillGarden(), LocalDate.of(2018, 1, 5),
        Money.ofPounds(25_000)).isInvalid());
  }
}
