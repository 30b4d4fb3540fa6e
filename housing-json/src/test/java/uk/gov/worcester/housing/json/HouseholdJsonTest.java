package uk.gov.worcester.housing.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Address;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Postcode;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.HouseholdProfile;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.testkit.common.CommonGen;
import uk.gov.worcester.housing.testkit.household.HouseholdGen;
import uk.gov.worcester.housing.testkit.household.HouseholdSamples;

class HouseholdJsonTest {
  static final HousingJson JSON = HousingJson.create();

  static <T> T roundTrip(T value, Class<T> type) {
    return JSON.read(JSON.write(value), type).getOrElseThrow(() -> new AssertionError("did not read back"));
  }

  @Test
  void everyHouseholdReadsBackEqual() {
    qt().withExamples(300).forAll(HouseholdGen.households())
        .checkAssert(h -> assertEquals(h, JSON.read(JSON.write(h), Household.class).get()));
  }

  @Test
  void everyPersonProfileAndCommonValueReadsBackEqual() {
    qt().withExamples(100).forAll(HouseholdGen.households(), CommonGen.dates()).checkAssert((h, asAt) -> {
      for (Person p : h.members()) {
        assertEquals(p, roundTrip(p, Person.class));
      }
      HouseholdProfile profile = h.profileOn(asAt);
      assertEquals(profile, roundTrip(profile, HouseholdProfile.class));
    });
    qt().forAll(CommonGen.money()).checkAssert(m -> assertEquals(m, roundTrip(m, Money.class)));
    qt().forAll(CommonGen.postcodes()).checkAssert(p -> assertEquals(p, roundTrip(p, Postcode.class)));
    qt().forAll(CommonGen.authorities()).checkAssert(a -> assertEquals(a, roundTrip(a, LocalAuthority.class)));
    qt().forAll(CommonGen.wards()).checkAssert(w -> assertEquals(w, roundTrip(w, Ward.class)));
    qt().forAll(CommonGen.dateRanges()).checkAssert(r -> assertEquals(r, roundTrip(r, DateRange.class)));
    qt().forAll(CommonGen.addresses()).checkAssert(a -> assertEquals(a, roundTrip(a, Address.class)));
  }

  @Test
  void nBadBirthDatesGiveNProblemsEachAtItsMember() {
    qt().withExamples(200).forAll(HouseholdGen.householdsWithBadBirthDates()).checkAssert(c -> {
      List<Problem> problems = Household.validate(c.builder()).getError().toJavaList();
      assertEquals(c.expectedProblems(), problems.size(), problems::toString);
      for (int i = 0; i < problems.size(); i++) {
        assertEquals("/members/" + i + "/dateOfBirth", problems.get(i).path().jsonPointer());
      }
    });
  }

  /** toString() does not depend on names, dates of birth, money or the address at all. */
  @Test
  void toStringNeverShowsPersonalData() {
    qt().withExamples(300).forAll(HouseholdGen.households()).checkAssert(h -> {
      List<Person> others = h.members().stream().map(p -> (Person) Person.builder().from(p).name("Someone Else")
          .dateOfBirth(p.dateOfBirth().minusDays(1)).build()).toList();
      Household other = Household.builder().from(h).members(others).weeklyIncome(h.weeklyIncome().plus(Money.ofPence(1)))
          .savings(h.savings().plus(Money.ofPence(1))).address(h.address().flatMap(a ->
              HouseholdSamples.familyInPrivateRent(h.recordedOn()).address())).build();
      assertEquals(other.toString(), h.toString());
      for (Person p : h.members()) {
        assertFalse(h.toString().contains(p.name()), "name in " + h);
      }
    });
  }

  @Test
  void theFamilySampleReadsWithItsDefaultsLeftOut() {
    Household h = HouseholdSamples.familyInPrivateRent(LocalDate.of(2024, 5, 1));
    String text = JSON.write(h);
    assertFalse(text.contains("\"pregnant\""), "defaults are not written");
    assertFalse(text.contains("\"immigration\""), "defaults are not written");
    assertTrue(text.contains("\"weeklyIncome\" : \"412.50\""), text);
    assertEquals(h, roundTrip(h, Household.class));
  }

  @Test
  void invalidValuesAreProblemsAtTheirPointers() {
    String json = """
        {"id": "HH-1", "recordedOn": "2024-05-01",
         "members": [{"id": "P-1", "name": "A", "dateOfBirth": "2030-01-01", "sex": "FEMALE", "relationship": "APPLICANT"},
                     {"id": "P-2", "name": "B", "dateOfBirth": "2020-01-01", "sex": "MALE", "relationship": "CHILD",
                      "pregnant": true}],
         "currentHome": {"tenure": "COUNCIL_TENANT", "propertyType": "FLAT"},
         "weeklyIncome": "-3.00", "savings": "0"}
        """;
    assertEquals(List.of("/members/1/expectedDeliveryDate REQUIRED"), describe(JSON.read(json, Household.class)
        .getError()));
    String fixed = json.replace("\"pregnant\": true", "\"education\": \"NONE\"");
    assertEquals(List.of("/members/0/dateOfBirth FUTURE_DATE", "/weeklyIncome OUT_OF_RANGE"),
        describe(JSON.read(fixed, Household.class).getError()));
  }

  static List<String> describe(io.vavr.collection.Seq<Problem> problems) {
    return problems.map(p -> p.path().jsonPointer() + " " + p.code()).toJavaList();
  }
}
