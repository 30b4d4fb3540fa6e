package uk.gov.worcester.housing.rules.privatesector;

import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Ward;

/**
 * A council's additional HMO licensing scheme (Housing Act 2004 s.56) or selective licensing scheme
 * (s.80): its name, kind, the wards it covers and the dates it is in force, at most five years
 * (ss.60(2), 84(2)).
 */
@Value.Immutable
@HousingStyle
public abstract class LicensingScheme {
  /** The kinds of discretionary scheme. */
  public enum Kind {
    /** Additional licensing of HMOs not within mandatory licensing (s.56). */
    ADDITIONAL,
    /** Selective licensing of other privately rented houses (s.80). */
    SELECTIVE
  }

  public abstract String name();

  public abstract Kind kind();

  /** The wards the scheme's area is made of. */
  public abstract Set<Ward> wards();

  /** The days the scheme is in force. */
  public abstract DateRange inForce();

  /** True if the scheme covers {@code ward} on {@code date}. */
  public boolean covers(Ward ward, java.time.LocalDate date) {
    return inForce().contains(date) && wards().contains(ward);
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(!name().isBlank() && name().length() <= 200, "name", ProblemCodes.INVALID_FORMAT,
            "a scheme's name is 1 to 200 characters")
        .require(!wards().isEmpty(), "wards", ProblemCodes.REQUIRED, "a scheme covers at least one ward")
        .require(inForce().end().map(e -> !e.isAfter(inForce().start().plusYears(5).minusDays(1))).orElse(false),
            "inForce", ProblemCodes.OUT_OF_RANGE, "a scheme ends, and lasts at most five years")
        .throwIfAny();
  }

  /** A builder. */
  public static ImmutableLicensingScheme.Builder builder() {
    return ImmutableLicensingScheme.builder();
  }
}
