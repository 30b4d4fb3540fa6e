package uk.gov.worcester.housing.core.privatesector;

import java.math.BigDecimal;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * A room in an HMO used, or proposed to be used, for sleeping, for the room-size conditions of a
 * licence (Housing Act 2004 Sch 4 para 1A-1B, inserted by SI 2018/616): its floor area in square
 * metres counting only floor where the ceiling is at least 1.5 metres high (unconfirmed), and how many of its
 * sleepers are aged 10 or over and under 10.
 *
 * <p><b>A child aged exactly 10.</b> Para 1A speaks of persons "aged over 10 years" and "aged under
 * 10 years", so a child of exactly 10 fits neither. This library's interpretation, (unconfirmed):
 * such a child is counted with those over 10 ({@link #sleepersAged10OrOver()}), so the larger
 * minimum applies.
 */
@Value.Immutable
@HousingStyle
public abstract class SleepingRoom {
  /** The room's label in the application ("Room 3"). */
  public abstract String label();

  /** The counted floor area in square metres, at most two decimal places. */
  public abstract BigDecimal floorArea();

  /** Sleepers aged over 10, and those aged exactly 10 (this library's interpretation, (unconfirmed)). */
  public abstract int sleepersAged10OrOver();

  /** Sleepers under 10. */
  public abstract int sleepersUnder10();

  @Value.Check
  protected SleepingRoom normalise() {
    Checks.start()
        .require(!label().isBlank() && label().length() <= 40, "label", ProblemCodes.INVALID_FORMAT,
            "a room's label is 1 to 40 characters")
        .require(floorArea().signum() > 0 && floorArea().compareTo(BigDecimal.valueOf(1000)) < 0, "floorArea",
            ProblemCodes.OUT_OF_RANGE, "a floor area is more than 0 and less than 1000 square metres")
        .require(floorArea().stripTrailingZeros().scale() <= 2, "floorArea", ProblemCodes.INVALID_FORMAT,
            "a floor area has at most two decimal places")
        .require(sleepersAged10OrOver() >= 0 && sleepersAged10OrOver() <= 20, "sleepersAged10OrOver",
            ProblemCodes.OUT_OF_RANGE, "sleepers in a room are from 0 to 20")
        .require(sleepersUnder10() >= 0 && sleepersUnder10() <= 20, "sleepersUnder10", ProblemCodes.OUT_OF_RANGE,
            "sleepers in a room are from 0 to 20")
        .throwIfAny();
    BigDecimal area = Dates.canonical(floorArea());
    return area.equals(floorArea()) ? this : builder().from(this).floorArea(area).build();
  }

  /** A builder. */
  public static ImmutableSleepingRoom.Builder builder() {
    return ImmutableSleepingRoom.builder();
  }
}
