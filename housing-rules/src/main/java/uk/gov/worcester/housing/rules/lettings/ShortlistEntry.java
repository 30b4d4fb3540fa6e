package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.Bid;

/** One place on a shortlist (1 is first) with the facts that ordered it. */
@Value.Immutable
@HousingStyle
public abstract class ShortlistEntry {
  public abstract int position();

  public abstract Bid bid();

  public abstract Band band();

  public abstract LocalDate bandDate();

  public abstract LocalDate registeredOn();

  static ImmutableShortlistEntry.Builder builder() {
    return ImmutableShortlistEntry.builder();
  }
}
