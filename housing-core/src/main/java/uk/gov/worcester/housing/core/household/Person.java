package uk.gov.worcester.housing.core.household;

import uk.gov.worcester.housing.core.common.CalendarDates;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * One member of a household, with the facts that housing law asks about a person: age, sex (for
 * the bedroom standard), relationship to the applicant, pregnancy, education, care history,
 * armed forces service, release from custody, vulnerabilities and immigration status.
 *
 * <p>The name, date of birth, pregnancy date, vulnerabilities and immigration facts are personal
 * data and are redacted from {@code toString()}.
 */
@Value.Immutable
@HousingStyle
public abstract class Person {
  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  public abstract PersonId id();

  /** The person's full name as they give it. */
  @Value.Redacted
  public abstract String name();

  @Value.Redacted
  public abstract LocalDate dateOfBirth();

  public abstract Sex sex();

  public abstract Relationship relationship();

  /** Pregnant as at the date the household's facts were recorded. */
  @Value.Redacted
  @Value.Default
  public boolean pregnant() {
    return false;
  }

  /** The expected date of delivery: required when pregnant, absent otherwise. */
  @Value.Redacted
  public abstract Optional<LocalDate> expectedDeliveryDate();

  @Value.Default
  public EducationStatus education() {
    return EducationStatus.NONE;
  }

  /** Looked after, accommodated or fostered by a local authority at any time. */
  @Value.Redacted
  public abstract Optional<CareHistory> careHistory();

  @Value.Redacted
  public abstract Optional<ArmedForcesService> armedForces();

  @Value.Redacted
  public abstract Optional<CustodyRelease> custody();

  @Value.Redacted
  public abstract List<Vulnerability> vulnerabilities();

  @Value.Redacted
  @Value.Default
  public Immigration immigration() {
    return Immigration.britishCitizen();
  }

  /**
   * For a couple other than the applicant and partner (an adult child and their partner, say):
   * the member this person lives with as a couple. Must be named back.
   */
  public abstract Optional<PersonId> partnerOf();

  /** Age in whole years on {@code date}; someone born on 29 February turns a year older on 1 March. */
  public int ageOn(LocalDate date) {
    return Math.max(0, Period.between(dateOfBirth(), date).getYears());
  }

  /**
   * Pregnant on {@code date}: recorded as pregnant, and {@code date} is no later than 14 days
   * after the expected date (42 weeks, when a pregnancy is post-term; after that the birth is
   * taken to have happened and the record needs updating).
   */
  public boolean isPregnantOn(LocalDate date) {
    return pregnant() && expectedDeliveryDate().map(d -> !date.isAfter(CalendarDates.plusDays(d, 14))).orElse(false);
  }

  /** True if the person has a recorded vulnerability of that kind. */
  public boolean has(VulnerabilityKind kind) {
    return vulnerabilities().stream().anyMatch(v -> v.kind() == kind);
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(!name().isBlank() && name().length() <= MAX_NAME_LENGTH, "name", ProblemCodes.INVALID_FORMAT,
            "a name is 1 to " + MAX_NAME_LENGTH + " characters")
        .require(!pregnant() || expectedDeliveryDate().isPresent(), "expectedDeliveryDate",
            ProblemCodes.REQUIRED, "an expected date of delivery is required when a person is pregnant")
        .require(pregnant() || expectedDeliveryDate().isEmpty(), "expectedDeliveryDate",
            ProblemCodes.INCONSISTENT, "an expected date of delivery is given but the person is not pregnant")
        .require(partnerOf().map(p -> !p.equals(id())).orElse(true), "partnerOf", ProblemCodes.INCONSISTENT,
            "a person cannot be their own partner")
        .throwIfAny();
  }

  public static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }
}
