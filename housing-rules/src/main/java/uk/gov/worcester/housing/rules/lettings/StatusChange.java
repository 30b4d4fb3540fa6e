package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.lettings.ApplicationStatus;

/** A status an application took on a date. */
@Value.Immutable
@HousingStyle
public abstract class StatusChange {
  @Value.Parameter
  public abstract LocalDate on();

  @Value.Parameter
  public abstract ApplicationStatus status();

  static StatusChange of(LocalDate on, ApplicationStatus status) {
    return ImmutableStatusChange.of(on, status);
  }
}
