package uk.gov.worcester.housing.rules.homelessness;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.DutyKind;

/**
 * The duties the assessment says are owed now: interim accommodation (s.188), prevention (s.195)
 * or relief (s.189B). Advice and information (s.179) are owed to everyone, so an empty list
 * means advice only.
 */
@Value.Immutable
@HousingStyle
public abstract class DutiesOwed {
  @Value.Parameter
  public abstract List<DutyKind> duties();

  /** For relief: it will end by itself after 56 days (priority need, not intentional: s.189B(4)). */
  @Value.Parameter
  public abstract boolean reliefEndsByItself();

  public static DutiesOwed of(List<DutyKind> duties, boolean reliefEndsByItself) {
    return ImmutableDutiesOwed.of(duties, reliefEndsByItself);
  }

  public boolean owes(DutyKind kind) {
    return duties().contains(kind);
  }
}
