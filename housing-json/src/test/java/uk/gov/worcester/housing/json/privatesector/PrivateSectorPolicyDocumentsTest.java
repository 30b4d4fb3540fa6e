package uk.gov.worcester.housing.json.privatesector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.json.ShippedPolicyDocuments;
import uk.gov.worcester.housing.json.ShippedPolicyDocuments.Shipped;
import uk.gov.worcester.housing.rules.privatesector.DfgPolicy;
import uk.gov.worcester.housing.rules.privatesector.EnforcementPolicy;
import uk.gov.worcester.housing.rules.privatesector.HmoLicensingPolicy;

/**
 * The shipped private sector policy documents are exactly the Java defaults written out, and read
 * back equal; rewrite them after a deliberate change with
 * {@code mvn -pl housing-json -am verify -Dhousing.policies.write=true}.
 */
class PrivateSectorPolicyDocumentsTest {
  static final Path FOLDER = Path.of("src/main/resources/uk/gov/worcester/housing/json/privatesector");

  static List<Shipped<?>> shipped() {
    return List.of(
        new Shipped<>(PrivateSectorPoliciesJson.ENFORCEMENT_RESOURCE, PrivateSectorPoliciesJson.ENFORCEMENT_DOCUMENT,
            EnforcementPolicy.WORCESTER),
        new Shipped<>(PrivateSectorPoliciesJson.HMO_LICENSING_RESOURCE,
            PrivateSectorPoliciesJson.HMO_LICENSING_DOCUMENT, HmoLicensingPolicy.WORCESTER),
        new Shipped<>(PrivateSectorPoliciesJson.DFG_RESOURCE, PrivateSectorPoliciesJson.DFG_DOCUMENT,
            DfgPolicy.WORCESTER));
  }

  @Test
  void theShippedDocumentsAreTheJavaDefaultsWrittenOut() {
    ShippedPolicyDocuments.assertWrittenOut(FOLDER, shipped());
  }

  @Test
  void theShippedDocumentsReadBackEqualToTheDefaults() {
    assertEquals(EnforcementPolicy.WORCESTER.versions(), PrivateSectorPoliciesJson.shipped(
        PrivateSectorPoliciesJson.ENFORCEMENT_RESOURCE, PrivateSectorPoliciesJson.ENFORCEMENT_DOCUMENT).versions());
    assertEquals(HmoLicensingPolicy.WORCESTER.versions(), PrivateSectorPoliciesJson.shipped(
        PrivateSectorPoliciesJson.HMO_LICENSING_RESOURCE, PrivateSectorPoliciesJson.HMO_LICENSING_DOCUMENT)
        .versions());
    assertEquals(DfgPolicy.WORCESTER.versions(), PrivateSectorPoliciesJson.shipped(
        PrivateSectorPoliciesJson.DFG_RESOURCE, PrivateSectorPoliciesJson.DFG_DOCUMENT).versions());
  }
}
