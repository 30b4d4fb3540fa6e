package uk.gov.worcester.housing.json.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.ShippedPolicyDocuments;
import uk.gov.worcester.housing.json.ShippedPolicyDocuments.Shipped;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.welfare.DhpPolicy;
import uk.gov.worcester.housing.rules.welfare.DwasPolicy;

/**
 * The welfare policies as data: the shipped documents are the Java defaults written out (rewrite
 * them after a deliberate change with {@code -Dhousing.policies.write=true}), read back equal, say
 * which figures are unconfirmed, and a council's document with mistakes gives every problem.
 */
class WelfarePolicyDocumentsTest {
  static final HousingJson JSON = HousingJson.create();
  static final Path FOLDER = Path.of("src/main/resources/uk/gov/worcester/housing/json/welfare");

  static List<Shipped<?>> shipped() {
    return List.of(
        new Shipped<>(WelfareDecisionsJson.DWAS_RESOURCE, WelfareDecisionsJson.DWAS_DOCUMENT,
            DwasPolicy.WORCESTER_TIMELINE),
        new Shipped<>(WelfareDecisionsJson.DHP_RESOURCE, WelfareDecisionsJson.DHP_DOCUMENT, DhpPolicy.WORCESTER_TIMELINE));
  }

  @Test
  void theShippedDocumentsAreTheJavaDefaultsWrittenOutAndReadBackEqual() {
    ShippedPolicyDocuments.assertWrittenOut(FOLDER, shipped());
    assertEquals(DwasPolicy.WORCESTER_TIMELINE.versions(), WelfareDecisionsJson.shipped(WelfareDecisionsJson.DWAS_RESOURCE,
        WelfareDecisionsJson.DWAS_DOCUMENT).versions());
    assertEquals(DhpPolicy.WORCESTER_TIMELINE.versions(), WelfareDecisionsJson.shipped(WelfareDecisionsJson.DHP_RESOURCE,
        WelfareDecisionsJson.DHP_DOCUMENT).versions());
  }

  @Test
  void everyUnconfirmedFigureSaysSo() {
    DwasPolicy p = DwasPolicy.WORCESTER;
    for (String figure : List.of("annualBudget", "catalogue", "qualifyingBenefits", "lowIncomeWeeklyLimit",
        "lowIncomeQualifies", "reviewWindowMonths", "duplicateWindowDays", "duplicateRule")) {
      assertTrue(p.sources().get(figure).unconfirmed(), figure);
    }
    assertTrue(p.sources().get("energyFamily").note().orElseThrow().contains("Interpretation"),
        "the meaning of family is an interpretation");
    for (String figure : List.of("annualPot", "pots", "maxAwardDays")) {
      assertTrue(DhpPolicy.WORCESTER.sources().get(figure).unconfirmed(), figure);
    }
    assertEquals("s.70", DhpPolicy.WORCESTER.sources().get("annualPot").citation().orElseThrow().provision(),
        "the yearly limit comes under the Child Support, Pensions and Social Security Act 2000");
    assertTrue(!p.sources().get("foodFirstAdult").unconfirmed());
    assertTrue(DwasPolicy.SOUTH_WORCESTERSHIRE_2013.sources().get("foodFirstAdult").unconfirmed(),
        "the earlier voucher values were not found");
  }

  @Test
  void aCouncilsDocumentWithMistakesGivesEveryProblem() {
    String doc = shipped().get(0).written().replace("\"foodMaximum\" : \"70.00\"", "\"foodMaximum\" : \"-1\"")
        .replace("\"duplicateWindowDays\" : 7", "\"duplicateWindowDays\" : 9999");
    Validation<Seq<Problem>, PolicyTimeline<DwasPolicy>> read = JSON.read(doc, WelfareDecisionsJson.DWAS_DOCUMENT);
    assertTrue(read.isInvalid());
    assertTrue(read.getError().exists(p -> p.path().jsonPointer().endsWith("/duplicateWindowDays")), read.getError()
        .mkString("; "));
    String other = shipped().get(1).written();
    assertEquals(PolicyDocuments.WRONG_POLICY, JSON.read(other, WelfareDecisionsJson.DWAS_DOCUMENT).getError().head()
        .code());
  }
}
