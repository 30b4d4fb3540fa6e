package uk.gov.worcester.housing.core.privatesector;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Ward;

/**
 * An application for an HMO licence (Housing Act 2004 ss.63-64) with what the mandatory conditions
 * (Sch 4) and the council's checks need: the property, the term asked for, the dates of the last
 * gas safety and electrical installation reports, alarms, the refuse scheme and the proposed
 * licence holder's fit and proper declaration.
 */
@Value.Immutable
@HousingStyle
public abstract class LicenceApplication {
  public abstract HmoProperty property();

  public abstract LocalDate receivedOn();

  /** The licence term asked for, in whole years. */
  public abstract int requestedYears();

  /** The date of the last annual gas safety record, if there is gas. */
  public abstract Optional<LocalDate> gasSafetyRecordOn();

  /** The property has a gas supply. */
  @Value.Default
  public boolean hasGas() {
    return true;
  }

  /** The date of the last electrical installation condition report. */
  public abstract Optional<LocalDate> electricalReportOn();

  /** A smoke alarm on each storey used wholly or partly as living accommodation (Sch 4 para 3). */
  public abstract boolean smokeAlarmOnEachStorey();

  /** A carbon monoxide alarm in each room with a fixed combustion appliance (Sch 4 para 3A). */
  public abstract boolean carbonMonoxideAlarmsFitted();

  /** Waste is stored and disposed of under the council's refuse scheme (Sch 4 para 4B). */
  public abstract boolean followsRefuseScheme();

  /** The proposed licence holder declares they are fit and proper (s.66). */
  public abstract boolean fitAndProperDeclared();

  @Value.Check
  protected void check() {
    Checks.start()
        .require(Dates.sane(receivedOn()), "receivedOn", ProblemCodes.OUT_OF_RANGE,
            "an application is dated from 1900 to 2999")
        .require(gasSafetyRecordOn().map(Dates::sane).orElse(true), "gasSafetyRecordOn", ProblemCodes.OUT_OF_RANGE,
            "a gas safety record is dated from 1900 to 2999")
        .require(electricalReportOn().map(Dates::sane).orElse(true), "electricalReportOn", ProblemCodes.OUT_OF_RANGE,
            "an electrical report is dated from 1900 to 2999")
        .require(!Dates.sane(receivedOn()) || property().ward().inForceOn(receivedOn()), Path.of("property").field("ward"),
            Ward.NOT_IN_FORCE, "the property's ward is one in force on the day the application was received")
        .require(requestedYears() >= 1 && requestedYears() <= 99, "requestedYears", ProblemCodes.OUT_OF_RANGE,
            "a licence term asked for is from 1 to 99 years")
        .require(gasSafetyRecordOn().map(d -> !d.isAfter(receivedOn())).orElse(true), "gasSafetyRecordOn",
            ProblemCodes.FUTURE_DATE, "a gas safety record is dated on or before the application")
        .require(electricalReportOn().map(d -> !d.isAfter(receivedOn())).orElse(true), "electricalReportOn",
            ProblemCodes.FUTURE_DATE, "an electrical report is dated on or before the application")
        .throwIfAny();
  }

  /** A builder. */
  public static ImmutableLicenceApplication.Builder builder() {
    return ImmutableLicenceApplication.builder();
  }
}
