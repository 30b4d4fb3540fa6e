package uk.gov.worcester.housing.testkit.privatesector;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.privatesector.BuildingKind;
import uk.gov.worcester.housing.core.privatesector.DfgApplicantKind;
import uk.gov.worcester.housing.core.privatesector.DfgApplication;
import uk.gov.worcester.housing.core.privatesector.DfgPurpose;
import uk.gov.worcester.housing.core.privatesector.HarmSpread;
import uk.gov.worcester.housing.core.privatesector.Hazard;
import uk.gov.worcester.housing.core.privatesector.HazardJudgement;
import uk.gov.worcester.housing.core.privatesector.HmoProperty;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.privatesector.LicenceApplication;
import uk.gov.worcester.housing.core.privatesector.MeansFacts;
import uk.gov.worcester.housing.core.privatesector.SleepingRoom;

/**
 * Realistic private sector cases (fictional): an inspection of a cold pre-1920 terrace with a
 * Category 1 excess cold hazard and a Category 2 stairs hazard; a five-person shared house in
 * Arboretum ward; its licence application; and a bathroom adaptation for an owner-occupier.
 */
public final class PrivateSectorSamples {
  private PrivateSectorSamples() {}

  /**
   * Excess cold, judged 1 in 10 (average 1 in 1300 for the dwelling type) with 0 / 10 / 21.5 /
   * 68.5 per cent harm: 17135 / 10 = 1713.5, score 1714, band C, Category 1.
   */
  public static HazardJudgement excessCold() {
    return HazardJudgement.builder().hazard(Hazard.EXCESS_COLD).likelihood(new BigDecimal("10"))
        .spread(HarmSpread.of("0", "10", "21.5", "68.5")).averageLikelihood(new BigDecimal("1300"))
        .averageSpread(HarmSpread.of("31.6", "4.6", "10", "53.8"))
        .justification("No fixed heating; single glazed sash windows in poor repair.").build();
  }

  /** Falls on stairs, 1 in 320 with 0 / 4.6 / 21.5 / 73.9: 11789 / 320 = 36.8406, score 37, band H. */
  public static HazardJudgement stairs() {
    return HazardJudgement.builder().hazard(Hazard.FALLS_ON_STAIRS).likelihood(new BigDecimal("320"))
        .spread(HarmSpread.of("0", "4.6", "21.5", "73.9")).build();
  }

  /** The inspection of the terrace. */
  public static Inspection coldTerrace() {
    return Inspection.builder().reference("PSH-2025-0141").inspectedOn(LocalDate.of(2025, 1, 14))
        .addJudgements(excessCold(), stairs()).build();
  }

  /** A five-person, five-household shared house sharing a kitchen and bathroom. */
  public static HmoProperty sharedHouse() {
    return HmoProperty.builder().reference("HMO-2025-0007").buildingKind(BuildingKind.HOUSE).ward(Ward.ARBORETUM)
        .occupants(5).households(5).sharesBasicAmenity(true)
        .addSleepingRooms(room("Room 1", "11.20", 2), room("Room 2", "6.51", 1), room("Room 3", "7.80", 1),
            room("Room 4", "6.20", 1))
        .build();
  }

  private static SleepingRoom room(String label, String area, int adults) {
    return SleepingRoom.builder().label(label).floorArea(new BigDecimal(area)).sleepersAged10OrOver(adults)
        .sleepersUnder10(0).build();
  }

  /** Its licence application, asking for ten years, with a 6.20 m² single room. */
  public static LicenceApplication sharedHouseApplication() {
    return LicenceApplication.builder().property(sharedHouse()).receivedOn(LocalDate.of(2025, 3, 3)).requestedYears(10)
        .gasSafetyRecordOn(Optional.of(LocalDate.of(2024, 11, 20)))
        .electricalReportOn(Optional.of(LocalDate.of(2022, 6, 1))).smokeAlarmOnEachStorey(true)
        .carbonMonoxideAlarmsFitted(true).followsRefuseScheme(true).fitAndProperDeclared(true).build();
  }

  /** A level-access shower for an owner-occupier, costing £34,500, with modest means. */
  public static DfgApplication showerAdaptation() {
    return DfgApplication.builder().reference("DFG-2025-0033").applicantKind(DfgApplicantKind.OWNER_OCCUPIER)
        .receivedOn(LocalDate.of(2025, 2, 10)).applicantAged18OrOver(true)
        .disabledOccupantChildOrYoungPerson(false).fiveYearOccupationCertified(true)
        .necessaryAndAppropriate(true).reasonableAndPracticable(true).addPurposes(DfgPurpose.BATHROOM, DfgPurpose.ACCESS)
        .estimatedCost(Money.ofPounds(34_500))
        .means(MeansFacts.builder().weeklyIncome(Money.of("310.00")).weeklyApplicableAmount(Money.of("305.50"))
            .capital(Money.ofPounds(7_000)).passportedBenefit(false).build())
        .build();
  }
}
