package uk.gov.worcester.housing.core.strategy;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * Affordable homes completed on one scheme or site on one day, as an authority's delivery record
 * holds them: the homes of one tenure (NPPF Annex 2 "affordable housing", see {@link
 * AffordableTenure}), on public land or not (land owned by a council or another public body when
 * the scheme was agreed), and the registered provider or developer who delivered them. A scheme
 * completing homes of two tenures, or on two days, is two completions. No personal data.
 */
@Value.Immutable
@HousingStyle
public abstract class Completion {
  /** The most homes one completion counts. */
  public static final int MAX_HOMES = 10_000;

  /** The scheme or site reference (a planning or programme reference). */
  public abstract String scheme();

  /** The housing authority whose district the homes are in. */
  public abstract LocalAuthority authority();

  /** The day the homes were completed (handed over). */
  public abstract LocalDate completedOn();

  /** How many homes. */
  public abstract int homes();

  /** Their tenure. */
  public abstract AffordableTenure tenure();

  /** True if the site was public land. */
  public abstract boolean publicLand();

  /** The registered provider or developer. */
  public abstract String provider();

  /** A completion. */
  public static ImmutableCompletion.Builder builder() {
    return ImmutableCompletion.builder();
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(scheme().matches("[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}"), "scheme", ProblemCodes.INVALID_FORMAT,
            "a scheme reference is 1 to 40 letters, digits and / _ . -")
        .require(homes() >= 1 && homes() <= MAX_HOMES, "homes", ProblemCodes.OUT_OF_RANGE,
            "a completion is 1 to 10,000 homes")
        .require(completedOn().getYear() >= 1900 && completedOn().getYear() <= 2999, "completedOn",
            ProblemCodes.OUT_OF_RANGE, "a completion is dated from 1900 to 2999")
        .require(!provider().isBlank() && provider().length() <= 200, "provider", ProblemCodes.INVALID_FORMAT,
            "a provider's name is 1 to 200 characters")
        .throwIfAny();
  }
}
