package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.worcester.housing.examples.cli.HousingCommand;
import uk.gov.worcester.housing.examples.stories.Samples;

class CliTest {
  static final Clock FIXED = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneId.of("Europe/London"));

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = HousingCommand.commandLine(new HousingCommand(FIXED), new PrintWriter(out), new PrintWriter(err))
        .execute(args);
    return new Run(exit, out.toString(), err.toString());
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

  @Test
  void aMissingFileIsAnInputProblem(@TempDir Path dir) {
    Run r = run("validate", "household", dir.resolve("nope.json").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("UNREADABLE_FILE"), r.err());
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
  void theDemoTellsEveryStory() {
    Run r = run("demo");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("stories told."), r.out());
    assertTrue(r.out().contains("read back equal: true"), r.out());
  }
}
