package uk.gov.worcester.housing.rules.privatesector;

import java.math.BigDecimal;
import java.util.Optional;
import uk.gov.worcester.housing.core.privatesector.SleepingRoom;

/**
 * The room-size conditions every HMO (Part 2) licence carries, and a selective (Part 3) licence does
 * not (Housing Act 2004 Sch 4 para 1A, inserted by SI 2018/616): a room slept in by one person aged
 * over 10 is at least 6.51 m², by two such persons at least 10.22 m², by one child under 10 at least
 * 4.64 m²; a room under 4.64 m² is not slept in. Para 1A's "aged over 10 years" and "aged under 10
 * years" leave out a child aged exactly 10; this library counts such a child with those over 10,
 * so the larger minimum applies (its interpretation, (unconfirmed)).
 * Floor under a ceiling lower than 1.5 m is not counted (the caller measures it so). Each edge is
 * inclusive: exactly 6.51 m² meets the one-person minimum. Other mixes of sleepers are not
 * prescribed by the conditions.
 */
public final class RoomSizeRule {
  private RoomSizeRule() {}

  /** How {@code room} measures up. */
  public static RoomSize assess(SleepingRoom room, HmoLicensingPolicy policy) {
    int adults = room.sleepersAged10OrOver();
    int children = room.sleepersUnder10();
    if (adults + children == 0) {
      return RoomSize.NOT_SLEPT_IN;
    }
    if (room.floorArea().compareTo(policy.oneSleeperUnder10()) < 0) {
      return RoomSize.NOT_FOR_SLEEPING;
    }
    return minimum(room, policy).map(m -> room.floorArea().compareTo(m) >= 0 ? RoomSize.MEETS_MINIMUM : RoomSize.TOO_SMALL)
        .orElse(RoomSize.NOT_PRESCRIBED);
  }

  /** The least area the conditions prescribe for the room's sleepers, if they prescribe one. */
  public static Optional<BigDecimal> minimum(SleepingRoom room, HmoLicensingPolicy policy) {
    int adults = room.sleepersAged10OrOver();
    int children = room.sleepersUnder10();
    if (children == 0 && adults == 1) {
      return Optional.of(policy.oneSleeperAged10OrOver());
    }
    if (children == 0 && adults == 2) {
      return Optional.of(policy.twoSleepersAged10OrOver());
    }
    if (children == 1 && adults == 0) {
      return Optional.of(policy.oneSleeperUnder10());
    }
    return Optional.empty();
  }
}
