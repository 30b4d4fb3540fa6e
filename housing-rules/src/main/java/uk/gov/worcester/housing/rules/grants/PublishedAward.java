package uk.gov.worcester.housing.rules.grants;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.grants.GrantReference;

/**
 * One grant as the Local Government Transparency Code 2015 asks it to be published: the date
 * awarded, the period it is given for, the department that awarded it, the beneficiary and its
 * registration number, a summary of its purpose and the amount; with the council's reference,
 * the scheme's policy version and the main ward. The beneficiary and purpose are published, but
 * are free text, so redacted from {@code toString()}.
 */
@Value.Immutable
@HousingStyle
public abstract class PublishedAward {
  public abstract GrantReference reference();

  public abstract LocalDate awardedOn();

  /** The project's days: the time period the grant is given for. */
  public abstract DateRange period();

  public abstract String department();

  @Value.Redacted
  public abstract String beneficiary();

  public abstract Optional<String> registrationNumber();

  @Value.Redacted
  public abstract String purpose();

  /** The amount awarded, as the Code asks: not net of anything given back or recovered later. */
  public abstract Money amount();

  /** What was given back unpaid (underspent or the award given back) or recovered, as at the publication date. */
  public abstract Money returned();

  public abstract String scheme();

  public abstract String ward();

  public static ImmutablePublishedAward.Builder builder() {
    return ImmutablePublishedAward.builder();
  }
}
