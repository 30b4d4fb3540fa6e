package uk.gov.worcester.housing.json.privatesector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.rules.privatesector.DfgPolicy;
import uk.gov.worcester.housing.rules.privatesector.EnforcementPolicy;
import uk.gov.worcester.housing.rules.privatesector.HmoLicensingPolicy;

/**
 * The shipped private sector policy documents are exactly the Java defaults written out, and read
 * back equal; rewrite them after a deliberate change with
 * {@code mvn -pl housing-json -am verify -Dhousing.policies.write=true}.
 */
class PrivateSectorPolicyDocumentsTest {
  static final HousingJson JSON = HousingJson.create();
  static final Path FOLDER = Path.of("src/main/resources/uk/gov/worcester/housing/json/privatesector");

  record Shipped<T>(String resource, JsonCodec<T> codec, T value) {}

  static List<Shipped<?>> shipped() {
    return List.of(
        new Shipped<>(PrivateSectorPoliciesJson.ENFORCEMENT_RESOURCE, PrivateSectorPoliciesJson.ENFORCEMENT_DOCUMENT,
            EnforcementPolicy.WORCESTER),
        new Shipped<>(PrivateSectorPoliciesJson.HMO_LICENSING_RESOURCE,
            PrivateSectorPoliciesJson.HMO_LICENSING_DOCUMENT, HmoLicensingPolicy.WORCESTER),
        new Shipped<>(PrivateSectorPoliciesJson.DFG_RESOURCE, PrivateSectorPoliciesJson.DFG_DOCUMENT,
            DfgPolicy.WORCESTER));
  }

  private static <T> String write(Shipped<T> s) {
    return JSON.write(s.value(), s.codec());
  }

  @Test
  void theShippedDocumentsAreTheJavaDefaultsWrittenOut() throws IOException {
    List<String> stale = new ArrayList<>();
    for (Shipped<?> s : shipped()) {
      String written = write(s) + "\n";
      Path file = FOLDER.resolve(s.resource());
      if (Boolean.getBoolean("housing.policies.write")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, written, StandardCharsets.UTF_8);
      }
      if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(written)) {
        stale.add(s.resource());
      }
    }
    assertEquals(List.of(), stale, "policy documents differ from the Java defaults; rewrite them with "
        + "-Dhousing.policies.write=true, then review and commit");
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
