package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.rules.homelessness.CaseStatus;
import uk.gov.worcester.housing.rules.homelessness.Duty;

/**
 * The household's homelessness duties, as the homelessness case records them, so that banding and
 * the homelessness workflow agree: the Priority band and the "owed a duty" reasonable preference
 * are read from here, never recorded twice. Make it from a case's status with {@link #of(CaseStatus)}.
 */
@Value.Immutable
@HousingStyle
public abstract class HomelessnessStanding {
  /** Every duty on the case, live or ended. */
  public abstract List<Duty> duties();

  /** No homelessness case. */
  public static HomelessnessStanding none() {
    return ImmutableHomelessnessStanding.builder().build();
  }

  /** The duties of a case's status. */
  public static HomelessnessStanding of(CaseStatus status) {
    return of(status.duties());
  }

  /** The duties given. */
  public static HomelessnessStanding of(List<Duty> duties) {
    return ImmutableHomelessnessStanding.builder().duties(duties).build();
  }

  /** The duty of a kind live on {@code date}, if one is. */
  public Optional<Duty> liveOn(DutyKind kind, LocalDate date) {
    for (Duty d : duties()) {
      if (d.kind() == kind && d.isLiveOn(date)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** True if a duty of the kind is live on {@code date}. */
  public boolean owes(DutyKind kind, LocalDate date) {
    return liveOn(kind, date).isPresent();
  }
}
