package uk.gov.worcester.housing.rules.lettings;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1985;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.household.Couple;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.core.lettings.Room;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * The statutory overcrowding standards (HA 1985 ss.324-326) for a household in its current home.
 *
 * <ul>
 *   <li>Room standard (s.325): contravened when two persons of opposite sexes who are not living
 *       together as a couple must sleep in the same room; children under 10 are left out; rooms
 *       available as sleeping accommodation are every bedroom and living room, whatever its size.
 *       A couple of opposite sexes need a room of their own; everyone else of 10 or over (a
 *       same-sex couple included) can share with their own sex, so the rooms needed are those
 *       couples plus one for the males and one for the females left.
 *   <li>Space standard (s.326): the persons sleeping (a child under 1 not counted, a child of 1 to
 *       9 as half) may not exceed the lesser of Table I (1 room 2, 2 rooms 3, 3 rooms 5, 4 rooms
 *       7½, 5 or more 2 a room) and Table II (a room of 110 sq ft or more 2, 90 to 110 1½, 70 to
 *       90 1, 50 to 70 ½); a room under 50 sq ft is not counted in either table (s.326(3)), though
 *       it still counts for the room standard.
 * </ul>
 */
public final class StatutoryOvercrowdingRule {
  private StatutoryOvercrowdingRule() {}

  /** Tests the household in the rooms of its current home as at {@code asAt}. */
  public static Decision<StatutoryOvercrowding> assess(Household household, List<Room> rooms, LocalDate asAt,
      LettingsPolicy policy) {
    Reasons why = new Reasons();
    Map<PersonId, Sex> sexes = new HashMap<>();
    household.members().forEach(p -> sexes.put(p.id(), p.sex()));
    Set<PersonId> inCouples = new HashSet<>();
    int mixedCouples = 0;
    for (Couple c : household.couples()) {
      if (sexes.get(c.first()) != sexes.get(c.second())) {
        inCouples.add(c.first());
        inCouples.add(c.second());
        mixedCouples++;
      }
    }
    boolean males = false;
    boolean females = false;
    int halves = 0;
    for (Person p : household.members()) {
      int age = p.ageOn(asAt);
      halves += age < 1 ? 0 : age < 10 ? 1 : 2;
      if (age >= 10 && !inCouples.contains(p.id())) {
        males |= p.sex() == Sex.MALE;
        females |= p.sex() == Sex.FEMALE;
      }
    }
    int roomsNeeded = mixedCouples + (males ? 1 : 0) + (females ? 1 : 0);
    int available = rooms.size();
    int counted = 0;
    int tableTwo = 0;
    for (Room r : rooms) {
      int area = r.floorAreaSquareFeet();
      if (area >= 50) {
        counted++;
        tableTwo += area >= 110 ? 4 : area >= 90 ? 3 : area >= 70 ? 2 : 1;
      }
    }
    int tableOne = switch (counted) {
      case 0 -> 0;
      case 1 -> 4;
      case 2 -> 6;
      case 3 -> 10;
      case 4 -> 15;
      default -> 4 * counted;
    };
    int permitted = Math.min(tableOne, tableTwo);
    boolean roomContravened = roomsNeeded > available;
    StatutoryOvercrowding outcome = StatutoryOvercrowding.builder().roomStandardContravened(roomContravened)
        .roomsNeeded(roomsNeeded).personsHalves(halves).permittedHalves(permitted).build();
    if (roomContravened) {
      why.add("ROOM_STANDARD_CONTRAVENED", "Two people of opposite sexes aged 10 or over who are not a couple would have "
          + "to share a room: " + roomsNeeded + " rooms are needed and " + available + " are available.",
          HA_1985.at("s.325"));
    } else {
      why.add("ROOM_STANDARD_MET", "The rooms available let everyone aged 10 or over sleep apart from the opposite sex, "
          + "couples excepted.", HA_1985.at("s.325"));
    }
    String persons = halves % 2 == 0 ? Integer.toString(halves / 2) : (halves / 2) + "½";
    String allowed = permitted % 2 == 0 ? Integer.toString(permitted / 2) : (permitted / 2) + "½";
    if (outcome.spaceStandardContravened()) {
      why.add("SPACE_STANDARD_CONTRAVENED", persons + " persons sleep in a home permitted " + allowed + ".",
          HA_1985.at("s.326"));
    } else {
      why.add("SPACE_STANDARD_MET", persons + " persons sleep in a home permitted " + allowed + ".",
          HA_1985.at("s.326"));
    }
    return Decision.of(outcome, asAt, policy, why.list());
  }
}
