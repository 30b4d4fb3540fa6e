package uk.gov.worcester.housing.json.lettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.json.ShippedPolicyDocuments;
import uk.gov.worcester.housing.json.ShippedPolicyDocuments.Shipped;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.lettings.BandingRule;
import uk.gov.worcester.housing.rules.lettings.HomelessnessStanding;
import uk.gov.worcester.housing.rules.lettings.LettingsPolicy;
import uk.gov.worcester.housing.testkit.lettings.LettingsSamples;

/** The lettings scheme as a policy document: the shipped file is the Java defaults written out, and a council's own changes the decision. */
class LettingsPolicyDocumentTest {
  static final Path FOLDER = Path.of("src/main/resources/uk/gov/worcester/housing/json/lettings");

  @Test
  void theShippedDocumentIsTheJavaDefaultsWrittenOut() {
    ShippedPolicyDocuments.assertWrittenOut(FOLDER, List.of(new Shipped<>(LettingsJson.POLICY_RESOURCE,
        LettingsJson.POLICY_DOCUMENT, LettingsPolicy.WORCESTER_TIMELINE)));
    assertEquals(LettingsPolicy.WORCESTER_TIMELINE.versions(), LettingsJson.shippedPolicy().versions());
  }

  @Test
  void everyUnconfirmedFigureSaysSo() {
    LettingsPolicy v112 = LettingsPolicy.HCP_V1_12;
    assertTrue(v112.sources().get("bandOrder").unconfirmed());
    assertTrue(v112.sources().get("reviewRequestDays").unconfirmed());
    assertTrue(!v112.sources().get("weeklyBidLimit").unconfirmed());
  }

  @Test
  void aCouncilsOwnBandOrderChangesTheBandWithoutCode() {
    String text = PolicyDocuments.resource(LettingsJson.class, LettingsJson.POLICY_RESOURCE)
        .replace("\"lackingOneOrTwoBedrooms\" : {\n      \"code\" : \"LACKING_ONE_OR_TWO_BEDROOMS\",\n      "
            + "\"withConnection\" : \"GOLD\"", "\"lackingOneOrTwoBedrooms\" : {\n      \"code\" : "
            + "\"LACKING_ONE_OR_TWO_BEDROOMS\",\n      \"withConnection\" : \"GOLD_PLUS\"");
    Validation<Seq<Problem>, PolicyTimeline<LettingsPolicy>> own = LettingsJson.policy(text);
    assertTrue(own.isValid(), () -> own.getError().mkString("; "));
    LocalDate on = LocalDate.of(2024, 6, 3);
    LettingsPolicy council = own.get().inForceOn(on).get();
    assertEquals(Band.GOLD_PLUS, BandingRule.assess(LettingsSamples.overcrowdedFamily(on), on, council,
        HomelessnessStanding.none()).outcome().band());
  }

  @Test
  void aPolicyWithMistakesGivesEveryProblemAtItsPointer() {
    String text = PolicyDocuments.resource(LettingsJson.class, LettingsJson.POLICY_RESOURCE)
        .replaceFirst("\"weeklyBidLimit\" : 3", "\"weeklyBidLimit\" : 500")
        .replaceFirst("\"minimumAge\" : 16", "\"minimumAge\" : \"sixteen\"");
    List<String> problems = LettingsJson.policy(text).getError().map(p -> p.path().jsonPointer() + " " + p.code())
        .toJavaList();
    assertTrue(problems.stream().anyMatch(p -> p.endsWith("/weeklyBidLimit OUT_OF_RANGE")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.endsWith("/minimumAge WRONG_TYPE")), problems::toString);
  }
}
