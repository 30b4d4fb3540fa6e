package uk.gov.worcester.housing.core.privatesector;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * An HMO licence granted (Housing Act 2004 s.64): the licence reference, the day it was granted
 * and for how many years (at most five, s.68(4)). The application and the licensing rule's
 * decision come before it; this is the dated fact that a licence was issued.
 */
@Value.Immutable
@HousingStyle
public abstract class LicenceGrant {
  /** The licence reference. */
  public abstract String licence();

  /** The day it was granted. */
  public abstract LocalDate grantedOn();

  /** Its term in years, 1 to 5. */
  public abstract int years();

  /** A grant. */
  public static ImmutableLicenceGrant.Builder builder() {
    return ImmutableLicenceGrant.builder();
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(licence().matches("[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}"), "licence", ProblemCodes.INVALID_FORMAT,
            "a licence reference is 1 to 40 letters, digits and / _ . -")
        .require(Dates.sane(grantedOn()), "grantedOn", ProblemCodes.OUT_OF_RANGE,
            "a licence is granted on a day from 1900 to 2999")
        .require(years() >= 1 && years() <= 5, "years", ProblemCodes.OUT_OF_RANGE,
            "an HMO licence runs for 1 to 5 years (Housing Act 2004 s.68(4))")
        .throwIfAny();
  }
}
