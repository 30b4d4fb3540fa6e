package uk.gov.worcester.housing.core.lettings;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * A housing need an officer assessed, from the day it was assessed until the day it ended (the
 * household moved, the notice was withdrawn). The band award it earns runs from {@link #assessedOn()}.
 */
@Value.Immutable
@HousingStyle
public abstract class NeedFact {
  @Value.Parameter
  public abstract NeedKind kind();

  /** The day the need was assessed: the start of its award. */
  @Value.Parameter
  public abstract LocalDate assessedOn();

  /** The last day the need existed, if it has ended. */
  public abstract Optional<LocalDate> until();

  /** True when the need exists on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return !assessedOn().isAfter(date) && until().map(u -> !date.isAfter(u)).orElse(true);
  }

  @Value.Check
  protected void check() {
    Checks.start().require(until().map(u -> !u.isBefore(assessedOn())).orElse(true), "until", ProblemCodes.INCONSISTENT,
        "a need cannot end before it was assessed").throwIfAny();
  }

  /** A need assessed on {@code assessedOn}, still in force. */
  public static NeedFact of(NeedKind kind, LocalDate assessedOn) {
    return ImmutableNeedFact.of(kind, assessedOn);
  }

  public static ImmutableNeedFact.Builder builder() {
    return ImmutableNeedFact.builder();
  }
}
