package uk.gov.worcester.housing.rules.privatesector;

import static uk.gov.worcester.housing.rules.common.Legislation.ELECTRICAL_SAFETY_REGULATIONS_2020;
import static uk.gov.worcester.housing.rules.common.Legislation.GAS_SAFETY_REGULATIONS_1998;
import static uk.gov.worcester.housing.rules.common.Legislation.HA_2004;
import static uk.gov.worcester.housing.rules.common.Legislation.HMO_DESCRIPTION_ORDER_2018;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.Policy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * The figures of HMO licensing: who needs a mandatory licence (five or more people in two or more
 * households, any number of storeys: The Licensing of Houses in Multiple Occupation (Prescribed
 * Description) (England) Order 2018, SI 2018/221, from 1 October 2018), the minimum sleeping room
 * sizes of an HMO licence (SI 2018/616, Housing Act 2004 Sch 4 para 1A), the longest licence (five years, s.68(4)), how recent the gas
 * safety record (12 months) and electrical report (five years, SI 2020/312) must be, and the
 * council's additional and selective schemes. No Worcester scheme was found in the sources read,
 * so the default has none (unconfirmed).
 */
@Value.Immutable
@HousingStyle
public abstract class HmoLicensingPolicy implements Policy {
  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  /** What supports each figure, by its name in the policy's JSON document (see {@link Policy#sources()}). */
  @Override
  public abstract java.util.Map<String, FigureSource> sources();

  /** People needed for a mandatory licence. */
  @Value.Default
  public int mandatoryMinimumOccupants() {
    return 5;
  }

  /** Households needed for a mandatory licence. */
  @Value.Default
  public int mandatoryMinimumHouseholds() {
    return 2;
  }

  /** Least floor area (m²) of a room slept in by one person aged 10 or over. */
  @Value.Default
  public BigDecimal oneSleeperAged10OrOver() {
    return new BigDecimal("6.51");
  }

  /** Least floor area (m²) of a room slept in by two persons aged 10 or over. */
  @Value.Default
  public BigDecimal twoSleepersAged10OrOver() {
    return new BigDecimal("10.22");
  }

  /** Least floor area (m²) of a room slept in by one child under 10; no smaller room may be slept in. */
  @Value.Default
  public BigDecimal oneSleeperUnder10() {
    return new BigDecimal("4.64");
  }

  /** The longest licence, in years. */
  @Value.Default
  public int maximumLicenceYears() {
    return 5;
  }

  /** Months a gas safety record stays current. */
  @Value.Default
  public int gasSafetyRecordMonths() {
    return 12;
  }

  /** Years an electrical installation report stays current. */
  @Value.Default
  public int electricalReportYears() {
    return 5;
  }

  /** The council's additional and selective licensing schemes, past and present. */
  public abstract List<LicensingScheme> schemes();

  /** Worcester's figures from 1 October 2018, with no discretionary scheme (unconfirmed). */
  public static final HmoLicensingPolicy WORCESTER_2018 = ImmutableHmoLicensingPolicy.builder()
      .version("HMO-SI2018/221/2018-10-01").effectiveFrom(LocalDate.of(2018, 10, 1))
      .putSources("mandatoryMinimumOccupants", FigureSource.of(HMO_DESCRIPTION_ORDER_2018.at("art.4")))
      .putSources("mandatoryMinimumHouseholds", FigureSource.of(HMO_DESCRIPTION_ORDER_2018.at("art.4")))
      .putSources("oneSleeperAged10OrOver", FigureSource.of(HA_2004.at("Sch 4"),
          "Room-size condition inserted by SI 2018/616."))
      .putSources("twoSleepersAged10OrOver", FigureSource.of(HA_2004.at("Sch 4"),
          "Room-size condition inserted by SI 2018/616."))
      .putSources("oneSleeperUnder10", FigureSource.of(HA_2004.at("Sch 4"),
          "Room-size condition inserted by SI 2018/616."))
      .putSources("maximumLicenceYears", FigureSource.of(HA_2004.at("s.68(4)")))
      .putSources("gasSafetyRecordMonths", FigureSource.of(GAS_SAFETY_REGULATIONS_1998.at("reg 36"),
          "Gas Safety (Installation and Use) Regulations 1998: an annual check."))
      .putSources("electricalReportYears", FigureSource.of(ELECTRICAL_SAFETY_REGULATIONS_2020.at("reg 3"),
          "Electrical Safety Standards in the Private Rented Sector (England) Regulations 2020: at least every five "
              + "years."))
      .putSources("schemes", FigureSource.unconfirmed(HA_2004.at("s.56"),
          "No Worcester additional or selective licensing scheme was found in the sources read."))
      .build();

  /** Worcester's versions. */
  public static final PolicyTimeline<HmoLicensingPolicy> WORCESTER = PolicyTimeline.of(WORCESTER_2018);

  /** A builder. */
  public static ImmutableHmoLicensingPolicy.Builder builder() {
    return ImmutableHmoLicensingPolicy.builder();
  }
}
