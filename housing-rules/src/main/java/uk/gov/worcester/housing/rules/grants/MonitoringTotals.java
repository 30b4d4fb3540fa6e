package uk.gov.worcester.housing.rules.grants;

import java.math.BigDecimal;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;

/**
 * What a set of grants adds up to: grants made, the amount awarded (net of anything given back or
 * recovered), the match valued, and from the monitoring returns received: volunteers, volunteer
 * hours and people who benefitted. Totals of parts add up exactly to the total of the whole.
 */
@Value.Immutable
@HousingStyle
public abstract class MonitoringTotals {
  /** Nothing: the total of no grants. */
  public static final MonitoringTotals NONE = builder().grants(0).awarded(Money.ZERO).matchValue(Money.ZERO)
      .volunteers(0).volunteerHours(BigDecimal.ZERO.setScale(2)).peopleBenefitted(0).returnsReceived(0).build();

  // Counts are longs and sums exact: no realistic set of grants overflows, and a hostile one fails loudly.

  public abstract long grants();

  public abstract Money awarded();

  public abstract Money matchValue();

  public abstract long volunteers();

  public abstract BigDecimal volunteerHours();

  public abstract long peopleBenefitted();

  /** How many of the grants' monitoring returns are in: the measures above come from these. */
  public abstract long returnsReceived();

  /** The two added together. */
  public MonitoringTotals plus(MonitoringTotals other) {
    return builder().grants(Math.addExact(grants(), other.grants())).awarded(awarded().plus(other.awarded()))
        .matchValue(matchValue().plus(other.matchValue())).volunteers(Math.addExact(volunteers(), other.volunteers()))
        .volunteerHours(volunteerHours().add(other.volunteerHours()))
        .peopleBenefitted(Math.addExact(peopleBenefitted(), other.peopleBenefitted()))
        .returnsReceived(Math.addExact(returnsReceived(), other.returnsReceived())).build();
  }

  /** This less {@code other}: a change from one year to the next (counts may be negative). */
  public MonitoringTotals minus(MonitoringTotals other) {
    return builder().grants(grants() - other.grants()).awarded(awarded().minus(other.awarded()))
        .matchValue(matchValue().minus(other.matchValue())).volunteers(volunteers() - other.volunteers())
        .volunteerHours(volunteerHours().subtract(other.volunteerHours()))
        .peopleBenefitted(peopleBenefitted() - other.peopleBenefitted())
        .returnsReceived(returnsReceived() - other.returnsReceived()).build();
  }

  public static ImmutableMonitoringTotals.Builder builder() {
    return ImmutableMonitoringTotals.builder();
  }
}
