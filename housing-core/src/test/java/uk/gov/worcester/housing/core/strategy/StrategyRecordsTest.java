package uk.gov.worcester.housing.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.homelessness.CountNight;
import uk.gov.worcester.housing.core.privatesector.Hazard;
import uk.gov.worcester.housing.core.privatesector.HazardRemoval;
import uk.gov.worcester.housing.core.privatesector.LicenceGrant;

/** The delivery record, the dated private sector facts, and one authority's records. */
class StrategyRecordsTest {
  static final LocalDate DAY = LocalDate.of(2018, 9, 28);

  static ImmutableCompletion.Builder completion() {
    return Completion.builder().scheme("17/00841/FUL").authority(LocalAuthority.WORCESTER).completedOn(DAY).homes(10)
        .tenure(AffordableTenure.SOCIAL_RENT).publicLand(true).provider("Platform Housing");
  }

  @Test
  void aCompletionIsOneToTenThousandHomesOnADatedSchemeWithAProvider() {
    assertEquals(10, completion().build().homes());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> completion().homes(0).scheme("no spaces allowed").provider(" ").build());
    assertEquals(List.of("/homes", "/provider", "/scheme"),
        e.problems().map(p -> p.path().toString()).sorted().toJavaList());
    assertThrows(InvalidValueException.class, () -> completion().completedOn(LocalDate.of(3000, 1, 1)).build());
  }

  @Test
  void hmoLicencesRunOneToFiveYearsHousingAct2004Section68() {
    assertThrows(InvalidValueException.class,
        () -> LicenceGrant.builder().licence("HMO-1").grantedOn(DAY).years(6).build());
    assertEquals(5, LicenceGrant.builder().licence("HMO-1").grantedOn(DAY).years(5).build().years());
    assertThrows(InvalidValueException.class, () -> HazardRemoval.builder().inspection("")
        .hazard(Hazard.EXCESS_COLD).confirmedOn(DAY).build());
  }

  @Test
  void recordsThatNameTheirAuthorityMustNameTheOneTheyAreFiledWith() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DistrictRecords.builder()
        .authority(LocalAuthority.WYCHAVON).addCompletions(completion().build())
        .addCountNights(CountNight.of(LocalAuthority.WORCESTER, DAY)).build());
    assertEquals(List.of("/completions/0/authority", "/countNights/0/authority"),
        e.problems().map(p -> p.path().toString()).sorted().toJavaList());
  }

  @Test
  void partsOfOneAuthorityMergeAndOthersStayApart() {
    DistrictRecords a = DistrictRecords.builder().authority(LocalAuthority.WORCESTER).addCompletions(completion().build())
        .build();
    DistrictRecords b = DistrictRecords.builder().authority(LocalAuthority.WORCESTER)
        .addCompletions(completion().tenure(AffordableTenure.FIRST_HOMES).build()).build();
    DistrictRecords c = DistrictRecords.empty(LocalAuthority.WYCHAVON);
    StrategyRecords all = StrategyRecords.of(a, c).merge(StrategyRecords.of(b));
    assertEquals(2, all.districts().size());
    assertEquals(2, all.district(LocalAuthority.WORCESTER).get().completions().size());
    assertTrue(all.district(LocalAuthority.REDDITCH).isEmpty());
    assertThrows(InvalidValueException.class, () -> a.merge(c));
    assertEquals("StrategyRecords[E07000237 E07000238]", all.toString());
    assertFalse(StrategyRecords.empty().district(LocalAuthority.WORCESTER).isPresent());
  }
}
