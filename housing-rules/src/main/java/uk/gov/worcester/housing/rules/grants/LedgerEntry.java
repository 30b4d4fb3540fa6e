package uk.gov.worcester.housing.rules.grants;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.grants.GrantReference;

/** One line of a fund's ledger: the day, the grant, what happened, the amount and the balance left after it. */
@Value.Immutable
@HousingStyle
public abstract class LedgerEntry {
  public abstract LocalDate on();

  public abstract GrantReference grant();

  public abstract LedgerEntryKind kind();

  public abstract Money amount();

  /** What was left in the fund, uncommitted, after this line. */
  public abstract Money available();

  public static ImmutableLedgerEntry.Builder builder() {
    return ImmutableLedgerEntry.builder();
  }
}
