package uk.gov.worcester.housing.testkit.privatesector;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.privatesector.BuildingKind;
import uk.gov.worcester.housing.core.privatesector.DfgApplicantKind;
import uk.gov.worcester.housing.core.privatesector.DfgApplication;
import uk.gov.worcester.housing.core.privatesector.DfgPurpose;
import uk.gov.worcester.housing.core.privatesector.HarmSpread;
import uk.gov.worcester.housing.core.privatesector.Hazard;
import uk.gov.worcester.housing.core.privatesector.HazardJudgement;
import uk.gov.worcester.housing.core.privatesector.HmoException;
import uk.gov.worcester.housing.core.privatesector.HmoProperty;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.privatesector.LicenceApplication;
import uk.gov.worcester.housing.core.privatesector.MeansFacts;
import uk.gov.worcester.housing.core.privatesector.SleepingRoom;
import uk.gov.worcester.housing.testkit.common.CommonGen;

/**
 * QuickTheories generators of the private sector housing types: HHSRS judgements over the whole
 * likelihood range and every spread of harm, inspections, HMO properties with sleeping rooms,
 * licence applications, and Disabled Facilities Grant applications with and without means.
 */
public final class PrivateSectorGen {
  private PrivateSectorGen() {}

  /** Any of the 29 hazards. */
  public static Gen<Hazard> hazards() {
    return Generate.enumValues(Hazard.class);
  }

  /** Judged likelihood ratios from 1 to 10,000 with two decimal places. */
  public static Gen<BigDecimal> likelihoods() {
    return SourceDSL.longs().between(100, 1_000_000).map(l -> BigDecimal.valueOf(l, 2));
  }

  /** Any spread of harm in tenths of a per cent, the four totalling 100. */
  public static Gen<HarmSpread> spreads() {
    return SourceDSL.integers().between(0, 1000).zip(SourceDSL.integers().between(0, 1000),
        SourceDSL.integers().between(0, 1000), (a, b, c) -> {
          int one = a;
          int two = Math.min(b, 1000 - one);
          int three = Math.min(c, 1000 - one - two);
          int four = 1000 - one - two - three;
          return HarmSpread.builder().classI(tenths(one)).classII(tenths(two)).classIII(tenths(three))
              .classIV(tenths(four)).build();
        });
  }

  private static BigDecimal tenths(int t) {
    return BigDecimal.valueOf(t, 1);
  }

  /** Judgements of any hazard, likelihood and spread, with and without averages. */
  public static Gen<HazardJudgement> judgements() {
    return hazards().zip(likelihoods(), spreads(), SourceDSL.booleans().all(), (h, l, s, imminent) ->
        HazardJudgement.builder().hazard(h).likelihood(l).spread(s).imminentRiskOfSeriousHarm(imminent).build())
        .zip(Generate.booleans(), likelihoods(), spreads(), (j, avg, al, as) -> avg
            ? HazardJudgement.builder().from(j).averageLikelihood(al).averageSpread(as).build() : j);
  }

  /** Inspections of up to five distinct hazards. */
  public static Gen<Inspection> inspections() {
    return SourceDSL.lists().of(judgements()).ofSizeBetween(0, 5).zip(CommonGen.dates(), (js, on) -> {
      java.util.Map<Hazard, HazardJudgement> distinct = new java.util.LinkedHashMap<>();
      js.forEach(j -> distinct.putIfAbsent(j.hazard(), j));
      return Inspection.builder().reference("INS-" + on.getYear()).inspectedOn(on)
          .judgements(List.copyOf(distinct.values())).build();
    });
  }

  /** Sleeping rooms from 3 to 20 square metres with 0 to 3 sleepers. */
  public static Gen<SleepingRoom> sleepingRooms() {
    return SourceDSL.integers().between(300, 2000).zip(SourceDSL.integers().between(0, 2),
        SourceDSL.integers().between(0, 1), (area, adults, children) -> SleepingRoom.builder().label("Room")
            .floorArea(BigDecimal.valueOf(area, 2)).sleepersAged10OrOver(adults).sleepersUnder10(children).build());
  }

  /** HMO properties of every building kind, size and exception. */
  public static Gen<HmoProperty> hmoProperties() {
    Gen<int[]> people = SourceDSL.integers().between(1, 12).flatMap(n ->
        SourceDSL.integers().between(1, n).map(h -> new int[] {n, h}));
    return Generate.enumValues(BuildingKind.class).zip(people, CommonGen.wards(), SourceDSL.booleans().all(),
        (kind, ph, ward, shares) -> HmoProperty.builder().reference("HMO-1").buildingKind(kind).ward(ward)
            .occupants(ph[0]).households(ph[1]).sharesBasicAmenity(shares).build())
        .zip(SourceDSL.integers().between(0, 9), SourceDSL.lists().of(sleepingRooms()).ofSizeBetween(0, 6),
            (p, flags, rooms) -> {
              uk.gov.worcester.housing.core.privatesector.ImmutableHmoProperty.Builder b = HmoProperty.builder().from(p).sleepingRooms(rooms)
                  .inPurposeBuiltBlockOfThreeOrMoreFlats((flags & 1) != 0)
                  .conversionMeetsAppropriateBuildingStandards((flags & 2) != 0)
                  .twoThirdsOrMoreOwnerOccupied((flags & 4) != 0)
                  .grantedByRegisteredSocialLandlord((flags & 8) != 0);
              if (flags == 9) {
                b.addExceptions(HmoException.RELIGIOUS_COMMUNITY);
              }
              return b.build();
            });
  }

  /** Licence applications for generated properties. */
  public static Gen<LicenceApplication> licenceApplications() {
    Gen<java.util.Map.Entry<LocalDate, uk.gov.worcester.housing.core.common.Ward>> dayAndWard = CommonGen.dates()
        .flatMap(on -> CommonGen.wardsOn(on).map(w -> java.util.Map.entry(on, w)));
    return hmoProperties().zip(dayAndWard, SourceDSL.integers().between(1, 10),
        SourceDSL.integers().between(0, 127), (p0, dw, years, flags) -> {
          LocalDate on = dw.getKey();
          HmoProperty p = HmoProperty.builder().from(p0).ward(dw.getValue()).build();
          return LicenceApplication.builder().property(p)
            .receivedOn(on).requestedYears(years)
            .gasSafetyRecordOn((flags & 1) != 0 ? Optional.of(on.minusMonths(flags % 15)) : Optional.empty())
            .electricalReportOn((flags & 2) != 0 ? Optional.of(on.minusYears(flags % 7)) : Optional.empty())
            .smokeAlarmOnEachStorey((flags & 4) != 0).carbonMonoxideAlarmsFitted((flags & 8) != 0)
            .followsRefuseScheme((flags & 16) != 0).fitAndProperDeclared((flags & 32) != 0).build();
        });
  }

  /** Means of the relevant persons. */
  public static Gen<MeansFacts> means() {
    return CommonGen.money(Money.ofPounds(2_000)).zip(CommonGen.money(Money.ofPounds(1_000)),
        CommonGen.money(Money.ofPounds(100_000)), SourceDSL.booleans().all(), (income, applicable, capital, passported) ->
            MeansFacts.builder().weeklyIncome(abs(income)).weeklyApplicableAmount(abs(applicable))
                .capital(abs(capital)).passportedBenefit(passported).build());
  }

  private static Money abs(Money m) {
    return m.isNegative() ? m.negate() : m;
  }

  /** DFG applications of every kind, cost up to £60,000, with means. */
  public static Gen<DfgApplication> dfgApplications() {
    return Generate.enumValues(DfgApplicantKind.class).zip(SourceDSL.longs().between(1, 6_000_000L), means(),
        SourceDSL.integers().between(0, 63), (kind, cost, m, flags) -> DfgApplication.builder().reference("DFG-1")
            .applicantKind(kind).receivedOn(CommonGen.EARLIEST).disabledOccupantChildOrYoungPerson((flags & 1) != 0)
            .applicantAged18OrOver(flags != 63).landlordsCertificateGiven((flags & 16) == 0)
            .landlordsCertificateUnreasonableToRequire((flags & 32) != 0)
            .fiveYearOccupationCertified((flags & 2) == 0).necessaryAndAppropriate((flags & 4) == 0)
            .reasonableAndPracticable((flags & 8) == 0).addPurposes(DfgPurpose.BATHROOM)
            .estimatedCost(Money.ofPence(cost)).means(m).build());
  }
}
