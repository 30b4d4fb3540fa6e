package uk.gov.worcester.housing.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.json.HousingModule.InvalidHousingJsonException;
import uk.gov.worcester.housing.testkit.household.HouseholdSamples;

/**
 * A partner's application reads its own documents with its own mapper, and this library's types
 * sit inside them: problems point into the application's document, and messages are safe to log.
 */
class CallersDocumentTest {
  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new HousingModule()).build();
  static final LocalDate RECORDED = LocalDate.of(2024, 5, 1);

  /** An application's own request: one of its fields is a household. */
  record Referral(String reference, Money weeklyRent, Household household) {}

  /** An application's own batch: a list of households. */
  record Batch(List<Household> households) {}

  static ObjectNode householdWithAFutureBirthDate() {
    Household h = HouseholdSamples.familyInPrivateRent(RECORDED);
    ObjectNode node = (ObjectNode) MAPPER.valueToTree(h);
    ((ObjectNode) node.get("members").get(0)).put("dateOfBirth", "2030-01-01");
    return node;
  }

  static String referral(ObjectNode household) {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("reference", "R-7");
    doc.put("weeklyRent", "150.00");
    doc.set("household", household);
    return doc.toString();
  }

  @Test
  void problemsInsideAnApplicationsDocumentPointFromItsRoot() {
    InvalidHousingJsonException e = assertThrows(InvalidHousingJsonException.class,
        () -> MAPPER.readValue(referral(householdWithAFutureBirthDate()), Referral.class));
    assertEquals(List.of("/household/members/0/dateOfBirth"),
        e.problemList().stream().map(p -> p.path().jsonPointer()).toList());
  }

  @Test
  void aValueInAnApplicationsListPointsAtItsIndex() {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.putArray("households").add(MAPPER.valueToTree(HouseholdSamples.familyInPrivateRent(RECORDED)))
        .add(householdWithAFutureBirthDate());
    InvalidHousingJsonException e = assertThrows(InvalidHousingJsonException.class,
        () -> MAPPER.readValue(doc.toString(), Batch.class));
    assertEquals("/households/1/members/0/dateOfBirth", e.problemList().get(0).path().jsonPointer());
  }

  @Test
  void aSingleTextValueInAnApplicationsDocumentPointsAtItsField() {
    String doc = referral(MAPPER.valueToTree(HouseholdSamples.familyInPrivateRent(RECORDED)))
        .replace("\"150.00\"", "\"lots\"");
    InvalidHousingJsonException e = assertThrows(InvalidHousingJsonException.class,
        () -> MAPPER.readValue(doc, Referral.class));
    assertEquals("/weeklyRent", e.problemList().get(0).path().jsonPointer());
  }

  @Test
  void theExceptionListsPointerCodeAndMessageButNoPersonalData() {
    Household h = HouseholdSamples.familyInPrivateRent(RECORDED);
    InvalidHousingJsonException e = assertThrows(InvalidHousingJsonException.class,
        () -> MAPPER.readValue(referral(householdWithAFutureBirthDate()), Referral.class));
    Problem p = e.problemList().get(0);
    assertTrue(e.getMessage().contains("/household/members/0/dateOfBirth " + p.code() + ": " + p.message()),
        e.getMessage());
    assertFalse(e.getMessage().contains(h.members().get(0).name()), e.getMessage());
    assertFalse(e.getMessage().contains("2030-01-01"), e.getMessage());
  }

  @Test
  void readOrThrowGivesTheValueOrEveryProblemWithoutVavr() {
    HousingJson json = HousingJson.create();
    Household h = HouseholdSamples.familyInPrivateRent(RECORDED);
    assertEquals(h, json.readOrThrow(json.write(h), Household.class));
    assertEquals(h, json.readOrThrow(new ByteArrayInputStream(json.write(h).getBytes(StandardCharsets.UTF_8)),
        Household.class));

    String bad = householdWithAFutureBirthDate().toString();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> json.readOrThrow(bad, Household.class));
    assertEquals(json.read(bad, Household.class).getError().toJavaList(), e.problemList());
    assertTrue(e.getMessage().contains("/members/0/dateOfBirth FUTURE_DATE: "), e.getMessage());
    assertFalse(e.getMessage().contains(h.members().get(0).name()), e.getMessage());

    String unknown = ((ObjectNode) MAPPER.valueToTree(h)).put("unexpected", 1).toString();
    e = assertThrows(InvalidValueException.class, () -> json.readOrThrow(unknown, Household.class));
    assertTrue(e.getMessage().startsWith("invalid value: /unexpected UNKNOWN_FIELD: "), e.getMessage());

    InvalidValueException malformed = assertThrows(InvalidValueException.class,
        () -> json.readOrThrow("{\"id\": ", Household.class));
    assertEquals("MALFORMED_JSON", malformed.problemList().get(0).code());
  }
}
