package uk.gov.worcester.housing.json.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.worcester.housing.json.ShippedPolicyDocuments.problems;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.json.ShippedPolicyDocuments;
import uk.gov.worcester.housing.json.ShippedPolicyDocuments.Shipped;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessLaw;
import uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingPolicy;

/**
 * Policies as data: the shipped documents are exactly the Java defaults written out (so the two
 * cannot drift; rewrite them after a deliberate change with
 * {@code mvn -pl housing-json -am verify -Dhousing.policies.write=true}), read back equal, and a
 * council's document with mistakes gives every problem at its pointer.
 */
class PolicyDocumentsTest {
  static final Path FOLDER = Path.of("src/main/resources/uk/gov/worcester/housing/json/homelessness");

  static List<Shipped<?>> shipped() {
    return List.of(
        new Shipped<>(HomelessnessPolicyJson.LAW_RESOURCE, HomelessnessPolicyJson.LAW_DOCUMENT, HomelessnessLaw.ENGLAND),
        new Shipped<>(HomelessnessPolicyJson.LOCAL_RESOURCE, HomelessnessPolicyJson.LOCAL_DOCUMENT,
            LocalHomelessnessPolicy.WORCESTER_TIMELINE),
        new Shipped<>(HomelessnessPolicyJson.ROUGH_SLEEPING_RESOURCE, HomelessnessPolicyJson.ROUGH_SLEEPING_DOCUMENT,
            PolicyTimeline.of(RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023)),
        new Shipped<>(HomelessnessPolicyJson.HCLIC_CODES_RESOURCE, HomelessnessPolicyJson.HCLIC_CODES_DOCUMENT,
            PolicyTimeline.of(uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable.placeholder())));
  }

  @Test
  void theShippedDocumentsAreTheJavaDefaultsWrittenOut() {
    ShippedPolicyDocuments.assertWrittenOut(FOLDER, shipped());
  }

  @Test
  void theShippedDocumentsReadBackEqualToTheDefaults() {
    for (Shipped<?> s : shipped()) {
      assertEquals(s.value(), HomelessnessPolicyJson.shipped(s.resource(), s.codec()), s.resource());
    }
    PolicyTimeline<LocalHomelessnessPolicy> worcester = HomelessnessPolicyJson.shipped(
        HomelessnessPolicyJson.LOCAL_RESOURCE, HomelessnessPolicyJson.LOCAL_DOCUMENT);
    assertEquals(LocalHomelessnessPolicy.WORCESTER, worcester.versions().head());
    assertEquals(HomelessnessLaw.ENGLAND.versions(), HomelessnessPolicyJson.shipped(HomelessnessPolicyJson.LAW_RESOURCE,
        HomelessnessPolicyJson.LAW_DOCUMENT).versions());
  }

  @Test
  void everyFigureOfWorcestersPolicyNamesItsSourceAndTheUnconfirmedOnesSaySo() {
    String doc = shipped().get(1).written();
    for (String figure : List.of("warningReasonablePeriodDays", "intentionallyHomelessAccommodationDays",
        "bedAndBreakfastFamilyLimitWeeks", "priorPlacementReferralYears")) {
      assertTrue(LocalHomelessnessPolicy.WORCESTER.sources().containsKey(figure), figure);
    }
    assertTrue(LocalHomelessnessPolicy.WORCESTER.sources().get("warningReasonablePeriodDays").unconfirmed());
    assertTrue(doc.contains("\"link\" : \"https://www.legislation.gov.uk/uksi/2003/3326/article/4\""), doc);
  }

  @Test
  void aCouncilsPolicyWithMistakesGivesEveryProblemAtItsPointer() {
    String bad = "{\"policy\": \"LOCAL_HOMELESSNESS\", \"versions\": [{"
        + "\"version\": \"BROMSGROVE/2025\", \"effectiveFrom\": \"2025-04-31\","
        + "\"authority\": {\"code\": \"E07000234\", \"name\": \"Bromsgrove\"},"
        + "\"warningReasonablePeriodDays\": -3, \"bedAndBreakfastFamilyLimitWeeks\": \"six\", \"colour\": \"red\","
        + "\"sources\": {\"bedAndBreakfastFamilyLimitWeeks\": {}}}]}";
    assertEquals(List.of("/versions/0/effectiveFrom INVALID_FORMAT", "/versions/0/warningReasonablePeriodDays OUT_OF_RANGE",
        "/versions/0/bedAndBreakfastFamilyLimitWeeks WRONG_TYPE", "/versions/0/sources/bedAndBreakfastFamilyLimitWeeks/citation REQUIRED",
        "/versions/0/colour UNKNOWN_FIELD"), problems(HomelessnessPolicyJson.localPolicy(bad)));
  }

  @Test
  void aSourceForAFigureThePolicyDoesNotHaveIsAProblem() {
    String doc = shipped().get(1).written().replace("\"oldAgeJudgementAge\" : {", "\"oldAgeJudgementYears\" : {");
    assertEquals(List.of("/versions/0/sources/oldAgeJudgementYears " + PolicyDocuments.UNKNOWN_FIGURE),
        problems(HomelessnessPolicyJson.localPolicy(doc)));
  }

  @Test
  void aDocumentOfAnotherPolicyOrWithTwoVersionsOnOneDayIsRefused() {
    String law = shipped().get(0).written();
    assertEquals(List.of("/policy " + PolicyDocuments.WRONG_POLICY), problems(HomelessnessPolicyJson.localPolicy(law)));
    String worcester = shipped().get(1).written();
    String version = worcester.substring(worcester.indexOf('[') + 1, worcester.lastIndexOf(']'));
    String twice = worcester.replace(version, version + "," + version);
    assertEquals(List.of("/versions DUPLICATE"), problems(HomelessnessPolicyJson.localPolicy(twice)));
  }

  @Test
  void aCouncilsOwnPolicyChangesTheDecisionWithoutCode() {
    String worcester = shipped().get(1).written();
    String longer = worcester.replace("\"bedAndBreakfastFamilyLimitWeeks\" : 6", "\"bedAndBreakfastFamilyLimitWeeks\" : 4")
        .replace("WORCESTER-HOMELESSNESS/2018", "COUNCIL-HOMELESSNESS/2018");
    PolicyTimeline<LocalHomelessnessPolicy> council = HomelessnessPolicyJson.localPolicy(longer).get();
    HomelessnessAssessment assessment = HomelessnessAssessment.of(HomelessnessLaw.ENGLAND, council);
    assertEquals(4, assessment.policyFor(java.time.LocalDate.of(2024, 1, 1)).bedAndBreakfastFamilyLimitWeeks());
    assertEquals("COUNCIL-HOMELESSNESS/2018", assessment.policyFor(java.time.LocalDate.of(2024, 1, 1)).version());
  }

  /** SI 2003/3326 art.4(1)(b) allows six weeks at most: a council's own policy may set fewer, never more. */
  @Test
  void si2003_3326_art4_1_b_aCouncilsPolicyCannotAllowFamiliesMoreThanSixWeeksOfBedAndBreakfast() {
    String worcester = shipped().get(1).written();
    String eight = worcester.replace("\"bedAndBreakfastFamilyLimitWeeks\" : 6", "\"bedAndBreakfastFamilyLimitWeeks\" : 8");
    var problems = HomelessnessPolicyJson.localPolicy(eight).getError();
    assertEquals("/versions/0/bedAndBreakfastFamilyLimitWeeks OUT_OF_RANGE",
        problems.head().path().jsonPointer() + " " + problems.head().code());
  }
}
