package uk.gov.worcester.housing.json.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.worcester.housing.json.ShippedPolicyDocuments.problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.ShippedPolicyDocuments;
import uk.gov.worcester.housing.json.ShippedPolicyDocuments.Shipped;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.grants.GrantPolicy;
import uk.gov.worcester.housing.rules.grants.GrantRules;
import uk.gov.worcester.housing.testkit.grants.GrantSamples;

/**
 * The grant schemes' policies as data: the shipped documents are the Java defaults written out
 * (rewrite them after a deliberate change with
 * {@code mvn -pl housing-json -am verify -Dhousing.policies.write=true}), read back equal, carry a
 * source for every figure, and a council's own document changes the rules.
 */
class GrantsPolicyDocumentsTest {
  static final HousingJson JSON = HousingJson.create();
  static final Path FOLDER = Path.of("src/main/resources/uk/gov/worcester/housing/json/grants");

  static List<Shipped<PolicyTimeline<GrantPolicy>>> shipped() {
    return List.of(
        new Shipped<>(GrantsPolicyJson.OUR_HAPPY_PLACE_RESOURCE, GrantsPolicyJson.OUR_HAPPY_PLACE_DOCUMENT,
            GrantPolicy.OUR_HAPPY_PLACE),
        new Shipped<>(GrantsPolicyJson.COMMUNITY_GRANTS_RESOURCE, GrantsPolicyJson.COMMUNITY_GRANTS_DOCUMENT,
            GrantPolicy.COMMUNITY_GRANTS));
  }

  @Test
  void theShippedDocumentsAreTheJavaDefaultsWrittenOut_andReadBackEqual() {
    ShippedPolicyDocuments.assertWrittenOut(FOLDER, shipped());
    for (Shipped<PolicyTimeline<GrantPolicy>> s : shipped()) {
      assertEquals(s.value().versions(), GrantsPolicyJson.shipped(s.resource(), s.codec()).versions(), s.resource());
    }
  }

  @Test
  void everyFigureHasItsSource_andTheUnconfirmedOnesSaySo() {
    Set<String> notSourced = Set.of("version", "effectiveFrom", "sources", "scheme", "authority");
    for (GrantPolicy p : GrantPolicy.COMMUNITY_GRANTS.versions().append(GrantPolicy.OUR_HAPPY_PLACE_2016)) {
      for (String figure : GrantsPolicyJson.VERSION_FIELDS.fieldNames()) {
        boolean optionalAndAbsent = (figure.equals("minimumMemberAge") && p.minimumMemberAge().isEmpty())
            || (figure.equals("completeBy") && p.completeBy().isEmpty())
            || (figure.equals("lastDay") && p.lastDay().isEmpty())
            || (figure.equals("applicationWindow") && p.applicationWindow().isEmpty())
            || (figure.equals("wards") && p.wards().isEmpty())
            || (figure.equals("criteria") && p.criteria().isEmpty())
            || (figure.equals("passMark") && !p.isScored());
        assertTrue(notSourced.contains(figure) || optionalAndAbsent || p.sources().containsKey(figure),
            p.version() + " has no source for " + figure);
      }
    }
    assertTrue(GrantPolicy.OUR_HAPPY_PLACE_2016.sources().get("timeRates").unconfirmed());
    assertTrue(GrantPolicy.OUR_HAPPY_PLACE_2016.sources().get("countedKinds").unconfirmed());
    assertTrue(GrantPolicy.COMMUNITY_GRANTS_2024_25.sources().get("criteria").unconfirmed());
  }

  @Test
  void aCouncilsOwnPolicy_changesTheAward() {
    String doc = JSON.write(GrantPolicy.OUR_HAPPY_PLACE, GrantsPolicyJson.OUR_HAPPY_PLACE_DOCUMENT)
        .replace("\"perProjectCap\" : \"2000.00\"", "\"perProjectCap\" : \"1000.00\"");
    PolicyTimeline<GrantPolicy> ours = GrantsPolicyJson.policy(GrantsPolicyJson.OUR_HAPPY_PLACE, doc).get();
    var a = GrantRules.of(ours, GrantPolicy.COMMUNITY_GRANTS).assess(GrantSamples.gorseHillGarden(),
        java.time.LocalDate.of(2016, 10, 20), Money.ofPounds(25_000)).get();
    assertEquals(Money.ofPounds(1_000), a.award().outcome().amount());
  }

  @Test
  void aCouncilsPolicyWithMistakesGivesEveryProblemAtItsPointer() {
    String doc = JSON.write(GrantPolicy.OUR_HAPPY_PLACE, GrantsPolicyJson.OUR_HAPPY_PLACE_DOCUMENT)
        .replace("\"perProjectCap\" : \"2000.00\"", "\"perProjectCap\" : \"lots\"")
        .replace("\"countedKinds\" : [", "\"colour\" : \"red\", \"countedKinds\" : [");
    assertEquals(List.of("/versions/0/perProjectCap INVALID_FORMAT", "/versions/0/colour UNKNOWN_FIELD"),
        problems(GrantsPolicyJson.policy(GrantsPolicyJson.OUR_HAPPY_PLACE, doc)));
    String written = JSON.write(GrantPolicy.OUR_HAPPY_PLACE, GrantsPolicyJson.OUR_HAPPY_PLACE_DOCUMENT);
    int source = written.lastIndexOf("\"timeRates\" : {");
    String unknown = written.substring(0, source) + "\"hourlyRates\" : {"
        + written.substring(source + "\"timeRates\" : {".length());
    assertTrue(problems(GrantsPolicyJson.policy(GrantsPolicyJson.OUR_HAPPY_PLACE, unknown))
        .contains("/versions/0/sources/hourlyRates " + PolicyDocuments.UNKNOWN_FIGURE));
    String other = JSON.write(GrantPolicy.COMMUNITY_GRANTS, GrantsPolicyJson.COMMUNITY_GRANTS_DOCUMENT);
    assertEquals(List.of("/policy " + PolicyDocuments.WRONG_POLICY),
        problems(GrantsPolicyJson.policy(GrantsPolicyJson.OUR_HAPPY_PLACE, other)));
  }
}
