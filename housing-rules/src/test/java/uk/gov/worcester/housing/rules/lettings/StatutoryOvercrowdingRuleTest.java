package uk.gov.worcester.housing.rules.lettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.ON;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.POLICY;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.household;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.lettings.Room;
import uk.gov.worcester.housing.core.lettings.RoomKind;

class StatutoryOvercrowdingRuleTest {
  static StatutoryOvercrowding test(List<Room> rooms, String... members) {
    return StatutoryOvercrowdingRule.assess(household(1, members), rooms, ON, POLICY).outcome();
  }

  @Test
  void section325MotherSonAndDaughterNeedTwoRoomsSoABedroomAndLivingRoomMeetTheRoomStandard() {
    StatutoryOvercrowding o = test(List.of(Room.of(RoomKind.BEDROOM, 120), Room.of(RoomKind.LIVING_ROOM, 150)),
        "A35F", "C12M", "C11F");
    assertEquals(2, o.roomsNeeded());
    assertFalse(o.roomStandardContravened());
  }

  @Test
  void section325OneRoomForAMotherAndSonOf12IsContravened() {
    assertTrue(test(List.of(Room.of(RoomKind.BEDROOM, 150)), "A35F", "C12M").roomStandardContravened());
    assertFalse(test(List.of(Room.of(RoomKind.BEDROOM, 150)), "A35F", "C9M").roomStandardContravened());
  }

  @Test
  void section326TwoRoomsOf120And100SquareFeetPermitThreePersonsAndChildrenCountAsHalves() {
    List<Room> rooms = List.of(Room.of(RoomKind.BEDROOM, 120), Room.of(RoomKind.LIVING_ROOM, 100));
    StatutoryOvercrowding ok = test(rooms, "A30F", "P30M", "C5F", "C0M");
    assertEquals(5, ok.personsHalves());
    assertEquals(6, ok.permittedHalves());
    assertFalse(ok.spaceStandardContravened());
    assertTrue(test(rooms, "A30F", "P30M", "C12M", "C14M").spaceStandardContravened());
  }

  @Test
  void section326ARoomUnder50SquareFeetIsNotCounted() {
    StatutoryOvercrowding o = test(List.of(Room.of(RoomKind.BEDROOM, 49), Room.of(RoomKind.LIVING_ROOM, 120)), "A30F");
    assertEquals(4, o.permittedHalves());
  }

  @Test
  void section325CountsEveryBedroomAndLivingRoomWhateverItsSizeTheUnder50SquareFeetRuleIsSection326Only() {
    List<Room> rooms = List.of(Room.of(RoomKind.BEDROOM, 45), Room.of(RoomKind.LIVING_ROOM, 120));
    StatutoryOvercrowding o = test(rooms, "A35F", "C12M");
    assertFalse(o.roomStandardContravened(), "the small bedroom is still a room available as sleeping accommodation");
    assertEquals(4, o.permittedHalves(), "but Tables I and II leave it out (s.326(3))");
    assertTrue(o.spaceStandardContravened() == (o.personsHalves() > 4));
  }

  @Test
  void section325SeparatesOnlyPersonsOfOppositeSexesSoASameSexCoupleShareLikeAnyCouple() {
    StatutoryOvercrowding men = test(List.of(Room.of(RoomKind.BEDROOM, 150)), "A30M", "P32M", "C12M");
    assertEquals(1, men.roomsNeeded(), "two men who are a couple and a boy of 12 are all of one sex");
    assertFalse(men.roomStandardContravened());
    StatutoryOvercrowding women = test(List.of(Room.of(RoomKind.BEDROOM, 150), Room.of(RoomKind.LIVING_ROOM, 150)),
        "A30F", "P32F", "C12M");
    assertEquals(2, women.roomsNeeded(), "the couple share, the boy sleeps apart from them");
    assertEquals(2, test(List.of(Room.of(RoomKind.BEDROOM, 150)), "A30F", "P32M", "C12M").roomsNeeded(),
        "an opposite-sex couple need a room of their own");
  }
}
