package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.worcester.housing.examples.CliTest.run;
import static uk.gov.worcester.housing.examples.CliTest.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.worcester.housing.examples.CliTest.Run;

/** Policies as data on the command line: print a default, change it, pass it back with --policy. */
class PolicyCliTest {
  @Test
  void withoutAKindThePolicyCommandListsTheKinds() {
    Run r = run("policy");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("LOCAL_HOMELESSNESS  (schema: housing schema local-homelessness-policy)"), r.out());
    assertTrue(r.out().contains("HOMELESSNESS_LAW"), r.out());
    Run unknown = run("policy", "PARKING");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("No policy 'PARKING'"), unknown.err());
  }

  @Test
  void aDefaultPrintedValidatesAndItsFiguresCarryTheirSources(@TempDir Path dir) throws IOException {
    Run printed = run("policy", "LOCAL_HOMELESSNESS");
    assertEquals(0, printed.exit(), printed.err());
    assertTrue(printed.out().contains("\"unconfirmed\" : true"), printed.out());
    Path file = Files.writeString(dir.resolve("local.json"), printed.out());
    Run valid = run("validate", "policy", file.toString());
    assertEquals(0, valid.exit(), valid.err());
    assertEquals("LOCAL_HOMELESSNESS: WORCESTER-HOMELESSNESS/2018 from 2018-04-03", valid.out().strip());
  }

  @Test
  void aCouncilsLawDocumentReplacesTheDefaultInTheAssessment(@TempDir Path dir) throws IOException {
    String law = run("policy", "HOMELESSNESS_LAW").out().replace("HA1996-P7/DAA2021", "HA1996-P7/DAA2021-AS-READ");
    Path file = Files.writeString(dir.resolve("law.json"), law);
    Path c = sample(dir, "case-seventeen-year-old.json");
    Run r = run("homelessness", "assess", c.toString(), "--as-at", "2024-04-20", "--policy", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"appliedVersion\" : \"HA1996-P7/DAA2021-AS-READ\""), r.out());
  }

  @Test
  void aPolicyFileWithMistakesIsEveryProblemAtItsPointerAndNothingIsDecided(@TempDir Path dir) throws IOException {
    String local = run("policy", "LOCAL_HOMELESSNESS").out()
        .replace("\"warningReasonablePeriodDays\" : 14", "\"warningReasonablePeriodDays\" : -1")
        .replace("\"effectiveFrom\" : \"2018-04-03\"", "\"effectiveFrom\" : \"2018-02-30\"");
    Path file = Files.writeString(dir.resolve("local.json"), local);
    Path c = sample(dir, "case-seventeen-year-old.json");
    Run r = run("homelessness", "assess", c.toString(), "--as-at", "2024-04-20", "--policy", file.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("/versions/0/effectiveFrom  INVALID_FORMAT"), r.err());
    assertTrue(r.err().contains("/versions/0/warningReasonablePeriodDays  OUT_OF_RANGE"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void aDocumentOfTheWrongKindSaysWhatItIs(@TempDir Path dir) throws IOException {
    Path household = sample(dir, "household-family.json");
    Path c = sample(dir, "case-seventeen-year-old.json");
    Run r = run("homelessness", "assess", c.toString(), "--policy", household.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("this looks like a household"), r.err());
    assertTrue(r.err().contains("expected a policy document"), r.err());
  }

  @Test
  void anHclicCodeTableAsAPolicyDocumentSetsTheCodesInTheReturn(@TempDir Path dir) throws IOException {
    String codes = run("policy", "HCLIC_CODES").out()
        .replace("\"version\" : \"PLACEHOLDER-UNCONFIRMED-1.4.5\"", "\"version\" : \"COUNCIL-SPEC-1.4.5\"");
    Path table = Files.writeString(dir.resolve("codes.json"), codes);
    Path c = sample(dir, "case-seventeen-year-old.json");
    Run r = run("homelessness", "hclic", "--quarter", "2024Q2", c.toString(), "--policy", table.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("(code table COUNCIL-SPEC-1.4.5)"), r.err());
    String unknownLabel = codes.replace("\"RELIEF_DUTY_OWED\"", "\"RELIEF_OWED\"");
    Path bad = Files.writeString(dir.resolve("bad.json"), unknownLabel);
    Run refused = run("homelessness", "hclic", "--quarter", "2024Q2", c.toString(), "--policy", bad.toString());
    assertEquals(1, refused.exit());
    assertTrue(refused.err().contains("/versions/0/codes/A1_INITIAL_ASSESSMENT/RELIEF_OWED  UNKNOWN_CODE"), refused.err());
  }
}
