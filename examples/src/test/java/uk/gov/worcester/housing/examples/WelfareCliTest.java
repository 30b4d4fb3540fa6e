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

/** Worked {@code housing welfare} commands on the bundled samples. */
class WelfareCliTest {
  static Path sample(Path dir, String name) throws IOException {
    return CliTest.sample(dir, name);
  }

  @Test
  void decideAwardsTheFamilyInCrisisAFoodAndAnEnergyVoucher(@TempDir Path dir) throws IOException {
    Run r = CliTest.run("welfare", "decide", sample(dir, "welfare-family-in-crisis.json").toString(),
        "--as-at", "2024-06-03");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"status\" : \"AWARDED\""), r.out());
    assertTrue(r.out().contains("\"value\" : \"50.00\""), r.out());
    assertTrue(r.out().contains("\"value\" : \"49.00\""), r.out());
    assertTrue(r.out().contains("\"appliedVersion\" : \"DWAS-WORCESTER/2021\""), r.out());
  }

  @Test
  void decideADhpClaimPaysTheShortfallOnly(@TempDir Path dir) throws IOException {
    Run r = CliTest.run("welfare", "decide", sample(dir, "welfare-dhp-claim.json").toString(), "--as-at", "2024-06-03");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"amount\" : \"390.00\""), r.out());
    assertTrue(r.out().contains("NEED_NOT_PAYABLE"), r.out());
  }

  @Test
  void aDecisionBeforeTheApplicationIsAProblemWithItsPointer(@TempDir Path dir) throws IOException {
    Run r = CliTest.run("welfare", "decide", sample(dir, "welfare-family-in-crisis.json").toString(),
        "--as-at", "2024-06-01");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("/decidedOn  INCONSISTENT"), r.err());
  }

  @Test
  void aBadRequestPrintsEveryProblemAndNoPersonalData(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, Samples.text("welfare-family-in-crisis.json")
        .replace("\"FOOD_VOUCHER\"", "\"CASH\"").replace("\"officer\" : \"O-12\"", "\"officer\" : \"\""));
    Run r = CliTest.run("welfare", "decide", file.toString(), "--as-at", "2024-06-03");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("/application/requests/0/item"), r.err());
    assertTrue(r.err().contains("/officer"), r.err());
    assertFalse(r.err().contains("Morgan") || r.err().contains("Pat Lewis"), r.err());
  }

  @Test
  void reportCountsAwardsByItemAndWardAndSpendAgainstTheFund(@TempDir Path dir) throws IOException {
    Run r = CliTest.run("welfare", "report", "--from", "2024-04-01", "--to", "2025-03-31",
        sample(dir, "welfare-records-2024.json").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"ST_JOHN\""), r.out());
    assertTrue(r.out().contains("\"remaining\" : \"49051.00\""), r.out());
    assertTrue(r.out().contains("\"DIRECT_APPLICATION\" : 1"), r.out());
  }

  @Test
  void reportingTheSameRecordTwiceIsAProblemNotADoubleCount(@TempDir Path dir) throws IOException {
    Path file = sample(dir, "welfare-records-2024.json");
    Run r = CliTest.run("welfare", "report", "--from", "2024-04-01", "--to", "2025-03-31", file.toString(),
        file.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("DUPLICATE"), r.err());
  }

  @Test
  void welfareWithoutASubCommandIsAUsageMistake() {
    assertEquals(2, CliTest.run("welfare").exit());
  }

  @Test
  void aCouncilsOwnPolicyReplacesTheShippedOne(@TempDir Path dir) throws IOException {
    Run shipped = CliTest.run("policy", "DWAS");
    assertEquals(0, shipped.exit(), shipped.err());
    assertTrue(shipped.out().contains("\"annualBudget\" : \"50000.00\""), shipped.out());
    Path policy = dir.resolve("dwas.json");
    Files.writeString(policy, shipped.out().replace("\"annualBudget\" : \"50000.00\"", "\"annualBudget\" : \"10.00\""));
    Run r = CliTest.run("welfare", "decide", sample(dir, "welfare-family-in-crisis.json").toString(),
        "--as-at", "2024-06-03", "--policy", policy.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("FUND_SPENT"), r.out());
    Path wrong = dir.resolve("wrong.json");
    Files.writeString(wrong, CliTest.run("policy", "LOCAL_HOMELESSNESS").out());
    Run w = CliTest.run("welfare", "decide", sample(dir, "welfare-family-in-crisis.json").toString(),
        "--as-at", "2024-06-03", "--policy", wrong.toString());
    assertEquals(1, w.exit());
    assertTrue(w.err().contains("WRONG_POLICY"), w.err());
  }

  @Test
  void anAbsurdDecisionDateIsAUsageMistakeNotAFault(@TempDir Path dir) throws IOException {
    Run r = CliTest.run("welfare", "decide", sample(dir, "welfare-family-in-crisis.json").toString(),
        "--as-at", "9999-12-31");
    assertEquals(2, r.exit(), "dates run from 1800 to 2200");
    assertTrue(r.err().contains("is not a date from 1800-01-01 to 2200-12-31"), r.err());
    Run report = CliTest.run("welfare", "report", "--from", "1800-01-01", "--to", "2200-12-31",
        sample(dir, "welfare-records-2024.json").toString());
    assertEquals(0, report.exit(), report.err());
  }
}
