package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.worcester.housing.examples.CliTest.Run;
import uk.gov.worcester.housing.examples.stories.Samples;

class PrivateSectorCliTest {
  static Path sample(Path dir, String name) throws IOException {
    return CliTest.sample(dir, name);
  }

  @Test
  void hhsrsScoresTheExcessColdHazardAsCategory1AndSuggestsAnImprovementNotice(@TempDir Path dir) throws IOException {
    Run r = CliTest.run("privatesector", "hhsrs", sample(dir, "privatesector-inspection-excess-cold.json").toString(),
        "--as-at", "2025-01-16");
    assertEquals(0, r.exit(), r.err());
    String out = r.out().replace(" : ", ":");
    assertTrue(out.contains("\"score\":1714"), out);
    assertTrue(out.contains("\"band\":\"C\""), out);
    assertTrue(out.contains("\"suggested\":\"IMPROVEMENT_NOTICE\""), out);
    assertTrue(out.contains("\"civilPenaltyMaximum\":\"30000.00\""), out);
    assertFalse(out.contains("sash"), "the justification is not repeated in the report");
  }

  @Test
  void hmoChecksTheApplicationAndPointsAtTheSmallRoom(@TempDir Path dir) throws IOException {
    Run r = CliTest.run("privatesector", "hmo", sample(dir, "privatesector-hmo-application.json").toString(),
        "--as-at", "2025-03-10");
    assertEquals(0, r.exit(), r.err());
    String out = r.out().replace(" : ", ":");
    assertTrue(out.contains("\"licence\":\"MANDATORY\""), out);
    assertTrue(out.contains("/property/sleepingRooms/3/floorArea"), out);
    assertTrue(out.contains("\"termYears\":5"), out);
    assertTrue(out.contains("\"grantable\":false"), out);
  }

  @Test
  void dfgCapsTheGrant(@TempDir Path dir) throws IOException {
    Run r = CliTest.run("privatesector", "dfg", sample(dir, "privatesector-dfg-application.json").toString(),
        "--as-at", "2025-03-01");
    assertEquals(0, r.exit(), r.err());
    String out = r.out().replace(" : ", ":");
    assertTrue(out.contains("\"grant\":\"30000.00\""), out);
    assertTrue(out.contains("\"capped\":true"), out);
    assertTrue(out.contains("MAXIMUM_GRANT"), out);
  }

  @Test
  void aHouseholdGivenToHhsrsIsTheWrongDocument(@TempDir Path dir) throws IOException {
    Run r = CliTest.run("privatesector", "hhsrs", sample(dir, "household-family.json").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("WRONG_DOCUMENT"), r.err());
    assertTrue(r.err().contains("expected an HHSRS inspection"), r.err());
  }

  @Test
  void badValuesArePrintedAsPointerCodeAndMessage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, Samples.text("privatesector-inspection-excess-cold.json")
        .replace("\"likelihood\": 10,", "\"likelihood\": 0.5,").replace("\"classIV\": 73.9", "\"classIV\": 70"));
    Run r = CliTest.run("privatesector", "hhsrs", file.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("/judgements/0/likelihood  OUT_OF_RANGE"), r.err());
    assertTrue(r.err().contains("/judgements/1/spread  INCONSISTENT"), r.err());
  }

  @Test
  void aMeansTestedDfgWithoutMeansIsAnInputProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dfg.json");
    String text = Samples.text("privatesector-dfg-application.json");
    Files.writeString(file, text.substring(0, text.indexOf(",\n  \"means\"")) + "\n}\n");
    Run r = CliTest.run("privatesector", "dfg", file.toString(), "--as-at", "2025-03-01");
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.err().contains("/means  MEANS_REQUIRED"), r.err());
  }

  @Test
  void aCouncilsOwnDfgPolicyReplacesTheShippedOne(@TempDir Path dir) throws IOException {
    Run shipped = CliTest.run("policy", "DISABLED_FACILITIES_GRANT");
    assertEquals(0, shipped.exit(), shipped.err());
    assertTrue(shipped.out().contains("\"maximumGrant\" : \"30000.00\""), shipped.out());
    Path policy = dir.resolve("dfg-policy.json");
    Files.writeString(policy, shipped.out().replace("\"maximumGrant\" : \"30000.00\"",
        "\"maximumGrant\" : \"36000.00\""));
    Run r = CliTest.run("privatesector", "dfg", sample(dir, "privatesector-dfg-application.json").toString(),
        "--as-at", "2025-03-01", "--policy", policy.toString());
    assertEquals(0, r.exit(), r.err());
    String out = r.out().replace(" : ", ":");
    assertTrue(out.contains("\"grant\":\"30080.00\""), out);
    assertTrue(out.contains("\"capped\":false"), out);
  }

  @Test
  void aPolicyOfAnotherKindIsAnInputProblem(@TempDir Path dir) throws IOException {
    Run shipped = CliTest.run("policy", "HMO_LICENSING");
    assertEquals(0, shipped.exit(), shipped.err());
    Path policy = dir.resolve("hmo-policy.json");
    Files.writeString(policy, shipped.out());
    Run r = CliTest.run("privatesector", "dfg", sample(dir, "privatesector-dfg-application.json").toString(),
        "--policy", policy.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("/policy  WRONG_POLICY"), r.err());
  }

  @Test
  void noSubCommandIsAUsageMistake() {
    assertEquals(2, CliTest.run("privatesector").exit());
  }
}
