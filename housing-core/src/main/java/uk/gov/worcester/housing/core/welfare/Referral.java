package uk.gov.worcester.housing.core.welfare;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * The referral that carries an application to the Discretionary Welfare Assistance Scheme: the
 * scheme takes applications only from registered agencies (support or health workers, children's
 * centres, charities, housing services) applying online with a login, never from households
 * directly. The referrer's name and contact details are personal data, redacted from
 * {@code toString()}.
 */
@Value.Immutable
@HousingStyle
public abstract class Referral {
  /** The registered agency referring. */
  public abstract AgencyId agency();

  /** The referring worker's name: personal data. */
  @Value.Redacted
  public abstract String referrer();

  /** How to reach the referrer (telephone or email): personal data. */
  @Value.Redacted
  public abstract String contact();

  /** The household consented to the referral and to the council sharing its details. */
  public abstract boolean householdConsent();

  /** The day the referral was made. */
  public abstract LocalDate referredOn();

  @Value.Check
  protected void check() {
    Checks.start()
        .require(!referrer().isBlank() && referrer().length() <= 200, "referrer", ProblemCodes.INVALID_FORMAT,
            "a referrer's name is 1 to 200 characters")
        .require(!contact().isBlank() && contact().length() <= 200, "contact", ProblemCodes.INVALID_FORMAT,
            "a referrer's contact is 1 to 200 characters")
        .throwIfAny();
  }

  public static ImmutableReferral.Builder builder() {
    return ImmutableReferral.builder();
  }
}
