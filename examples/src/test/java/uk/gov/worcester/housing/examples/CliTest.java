package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.examples.stories.Stories;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.worcester.housing.examples.cli.HousingCommand;
import uk.gov.worcester.housing.examples.stories.Samples;

class CliTest {
  static final Clock FIXED = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneId.of("Europe/London"));

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    return runWithInput(new ByteArrayInputStream(new byte[0]), args);
  }

  /** Runs with {@code stdin} as standard input; no run ever shows a stack trace. */
  static Run runWithInput(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = HousingCommand.commandLine(new HousingCommand(FIXED, stdin), new PrintWriter(out),
        new PrintWriter(err)).execute(args);
    Run r = new Run(exit, out.toString(), err.toString());
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception:"), r.err());
    return r;
  }

  static Path sample(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, Samples.text(name));
    return file;
  }

  @Test
  void aValidHouseholdPrintsItsDerivedFactsAsAtToday(@TempDir Path dir) throws IOException {
    Run r = run("validate", "household", sample(dir, "household-family.json").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"asAt\" : \"2024-05-01\""), r.out());
    assertTrue(r.out().contains("\"dependentChildren\" : 2"), r.out());
  }

  @Test
  void asAtMovesTheDate(@TempDir Path dir) throws IOException {
    Run r = run("validate", "household", sample(dir, "household-family.json").toString(), "--as-at", "2027-05-01");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"dependentChildren\" : 1"), r.out());
  }

  @Test
  void anInvalidHouseholdPrintsEveryProblemAndExitsOne(@TempDir Path dir) throws IOException {
    Run r = run("validate", "household", sample(dir, "household-invalid.json").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("6 problems"), r.err());
    assertTrue(r.err().contains("/members/1/favouriteColour  UNKNOWN_FIELD"), r.err());
  }

  /** The version comes from the build, as the JSON module's does, never from a string typed by hand. */
  @Test
  void versionIsTheBuildsVersion() {
    Run r = run("--version");
    assertEquals(0, r.exit(), r.err());
    String built = new uk.gov.worcester.housing.json.HousingModule().version().toString();
    assertFalse(built.contains("unknown"), built);
    assertEquals("housing " + built, r.out().strip());
  }

  /** Every command reports a file by a name made safe: no terminal escape or line break from a path reaches the screen. */
  @Test
  void aFileNameIsEchoedSafely(@TempDir Path dir) {
    Run r = run("validate", "household", dir.resolve("nope\u001b[2J\nFAKE.json").toString());
    assertEquals(1, r.exit());
    assertFalse(r.err().contains("\u001b") || r.err().contains("\nFAKE"), r.err());
    assertTrue(r.err().contains("nope?[2J?FAKE.json"), r.err());
  }

  @Test
  void aMissingFileIsAnInputProblem(@TempDir Path dir) {
    Run r = run("validate", "household", dir.resolve("nope.json").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("NO_SUCH_FILE  no such file"), r.err());
  }

  @Test
  void usageMistakesExitTwo() {
    assertEquals(2, run("validate", "household").exit());
    assertEquals(2, run("validate", "household", "x.json", "--as-at", "yesterday").exit());
    assertEquals(2, run("no-such-command").exit());
  }

  @Test
  void helpExitsZero() {
    Run r = run("--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("demo"), r.out());
  }

  @Test
  void assessPrintsTheAssessmentDutiesAndDeadlines(@TempDir Path dir) throws IOException {
    Run r = run("homelessness", "assess", sample(dir, "case-seventeen-year-old.json").toString(), "--as-at", "2024-04-20");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"AGED_16_OR_17\""), r.out());
    assertTrue(r.out().contains("\"liveDuties\" : [ \"INTERIM_ACCOMMODATION\", \"RELIEF\" ]"), r.out());
    assertTrue(r.out().contains("\"RELIEF_ENDS\""), r.out());
    Run approach = run("homelessness", "assess", sample(dir, "approach-domestic-abuse.json").toString(), "--as-at",
        "2021-07-02");
    assertEquals(0, approach.exit(), approach.err());
    assertTrue(approach.out().contains("\"AWAITING_JUDGEMENT\""), approach.out());
  }

  @Test
  void assessRefusesAnUnlawfulCaseWithTheEventAtFault(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, Samples.text("case-seventeen-year-old.json").replace("RELIEF_DUTY_ACCEPTED",
        "PREVENTION_DUTY_ACCEPTED"));
    Run r = run("homelessness", "assess", file.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("/events/0/type  ILLEGAL_TRANSITION"), r.err());
  }

  @Test
  void hclicWritesTheReturnAndCountsFailures(@TempDir Path dir) throws IOException {
    Run r = run("homelessness", "hclic", "--quarter", "2024Q2", sample(dir, "case-family-section21.json").toString(),
        sample(dir, "case-seventeen-year-old.json").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("<?xml"), r.out());
    assertTrue(r.err().contains("15 records, 0 failures"), r.err());
    Path codes = dir.resolve("codes.txt");
    Files.writeString(codes, "A1_INITIAL_ASSESSMENT.PREVENTION_DUTY_OWED=1\n");
    Run partial = run("homelessness", "hclic", "--quarter", "2024Q2", "--codes", codes.toString(),
        sample(dir, "case-family-section21.json").toString());
    assertEquals(1, partial.exit());
    assertTrue(partial.err().contains("NO_CODE"), partial.err());
    assertEquals(2, run("homelessness", "hclic", "--quarter", "2024Q5", "x.json").exit());
  }

  @Test
  void snapshotCountsTheNight(@TempDir Path dir) throws IOException {
    Run r = run("homelessness", "snapshot", "--night", "2024-11-14", sample(dir, "street-contacts.json").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"count\" : 3"), r.out());
  }

  @Test
  void theDemoTellsEveryStory() {
    Run r = run("demo");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("stories told."), r.out());
    assertTrue(r.out().contains("read back equal: true"), r.out());
    assertTrue(r.out().contains(Stories.all().size() + " stories told."), r.out());
    assertTrue(Stories.all().size() >= 10, "the household, homelessness and embedding stories at least");
    assertTrue(r.out().contains("[HA 1996 s.189(1)(e)]"), r.out());
    assertTrue(r.out().contains("by itself (RELIEF_56_DAYS_AUTOMATIC, HA 1996 s.189B(4))"), r.out());
  }
}
