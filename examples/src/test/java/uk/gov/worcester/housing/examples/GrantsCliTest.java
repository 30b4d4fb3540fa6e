package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.worcester.housing.examples.cli.HousingCommand;
import uk.gov.worcester.housing.examples.stories.Samples;

/** Worked runs of {@code housing grants}: exit 0 done, 1 input problems, 2 usage mistakes, never a stack trace. */
class GrantsCliTest {
  static final Clock FIXED = Clock.fixed(Instant.parse("2017-12-31T10:00:00Z"), ZoneId.of("Europe/London"));

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    return runWithInput("", args);
  }

  static Run runWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = HousingCommand.commandLine(new HousingCommand(FIXED,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), new PrintWriter(out), new PrintWriter(err))
        .execute(args);
    Run r = new Run(exit, out.toString(), err.toString());
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    return r;
  }

  static Path sample(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, Samples.text(name));
    return file;
  }

  @Test
  void assessAnApplication_matchPoundForPound(@TempDir Path dir) throws IOException {
    Run r = run("grants", "assess", sample(dir, "grants-application-warndon.json").toString(), "--as-at", "2016-10-10");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"total\" : \"993.60\""), r.out());
    assertTrue(r.out().contains("\"amount\" : \"900.00\""), r.out());
    assertTrue(r.out().contains("\"limitedBy\" : \"REQUEST\""), r.out());
    assertFalse(r.out().contains("\"stage\""), "an application alone has no status");
  }

  @Test
  void assessAGrantOnRecord_withWhatIsLeftInTheFund(@TempDir Path dir) throws IOException {
    Path garden = sample(dir, "grants-record-gorse-hill-garden.json");
    Run r = run("grants", "assess", garden.toString(), "--as-at", "2016-10-20", "--fund-left", "500");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"limitedBy\" : \"FUND\""), r.out());
    assertTrue(r.out().contains("\"stage\" : \"AWARDED\""), r.out());
    Run withOthers = run("grants", "assess", garden.toString(), "--as-at", "2016-10-20", "--with",
        sample(dir, "grants-records-our-happy-place-2016.json").toString());
    assertEquals(0, withOthers.exit(), withOthers.err());
    assertTrue(withOthers.out().contains("\"limitedBy\" : \"MATCH\""), withOthers.out());
  }

  @Test
  void monitor_theYearByWardAndRound_andWhatToActOn(@TempDir Path dir) throws IOException {
    Run r = run("grants", "monitor", "--year", "2016/17", sample(dir, "grants-records-our-happy-place-2016.json").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"year\" : \"2016/17\""), r.out());
    assertTrue(r.out().contains("\"GORSE_HILL\""), r.out());
    assertTrue(r.out().contains("\"MONITORING_OVERDUE\""), r.out());
    assertTrue(r.out().contains("\"available\" : \"21836.50\""), r.out());
  }

  @Test
  void rank_aRoundsBidsForTheCommittee(@TempDir Path dir) throws IOException {
    Run r = run("grants", "rank", sample(dir, "grants-records-round-2024-25.json").toString(), "--as-at", "2023-12-01");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().indexOf("CG-2024-003") < r.out().indexOf("CG-2024-007"), r.out());
    assertTrue(r.out().contains("\"BELOW_PASS_MARK\""), r.out());
    assertEquals(2, run("grants", "rank", "--round", "NO-SUCH-ROUND", dir.resolve("x.json").toString()).exit());
  }

  @Test
  void publish_theTransparencyCodeRegister_wholeOrNotAtAll(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("grants.csv");
    Run r = run("grants", "publish", sample(dir, "grants-records-our-happy-place-2016.json").toString(),
        sample(dir, "grants-records-round-2024-25.json").toString(), "--as-at", "2024-03-31", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    String csv = Files.readString(out);
    assertTrue(csv.startsWith("Reference,Date awarded,Period start,Period end,Department,Beneficiary,"), csv);
    assertEquals(6, csv.split("\r\n").length, "a header and five grants made: " + csv);
    assertFalse(csv.contains("OHP-2016-013"), "a refused application is not published");
    Run year = run("grants", "publish", sample(dir, "grants-records-our-happy-place-2016.json").toString(),
        sample(dir, "grants-records-round-2024-25.json").toString(), "--as-at", "2024-03-31", "--year", "2023/24");
    assertEquals(0, year.exit(), year.err());
    assertFalse(year.out().contains("OHP-"), "one year's publication: " + year.out());
    assertTrue(year.out().contains("CG-"), year.out());
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "[{\"application\": {}}]");
    Path out2 = dir.resolve("none.csv");
    Run failed = run("grants", "publish", bad.toString(), "--out", out2.toString());
    assertEquals(1, failed.exit());
    assertTrue(failed.err().contains("/0/application/reference  REQUIRED"), failed.err());
    assertFalse(Files.exists(out2), "nothing written");
  }

  @Test
  void anUnlawfulGrantIsAProblemAtItsEvent(@TempDir Path dir) throws IOException {
    String text = Samples.text("grants-record-gorse-hill-garden.json").replace("\"1663.50\"", "\"1700.00\"");
    Run r = runWithInput(text, "grants", "monitor", "-");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("/events/0/amount  ABOVE_ENTITLEMENT"), r.err());
  }

  @Test
  void theWrongKindOfFileIsOneClearProblem(@TempDir Path dir) throws IOException {
    Run r = run("grants", "monitor", sample(dir, "household-family.json").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("WRONG_DOCUMENT  this looks like a household"), r.err());
    Run app = run("grants", "publish", sample(dir, "grants-application-warndon.json").toString());
    assertTrue(app.err().contains("this looks like a grant application"), app.err());
  }

  @Test
  void aCouncilsOwnPolicy_printedThenChanged_changesTheAward(@TempDir Path dir) throws IOException {
    Run printed = run("policy", "OUR_HAPPY_PLACE");
    assertEquals(0, printed.exit(), printed.err());
    assertTrue(printed.out().contains("\"perProjectCap\" : \"2000.00\""), printed.out());
    Path policy = dir.resolve("ohp.json");
    Files.writeString(policy, printed.out().replace("\"perProjectCap\" : \"2000.00\"", "\"perProjectCap\" : \"1000.00\""));
    Run r = run("grants", "assess", sample(dir, "grants-record-gorse-hill-garden.json").toString(), "--as-at",
        "2016-10-20", "--policy", policy.toString());
    assertEquals(1, r.exit(), "the recorded award of £1663.50 is now above the cap");
    assertTrue(r.err().contains("/events/0/amount  ABOVE_ENTITLEMENT"), r.err());
    Run app = run("grants", "assess", sample(dir, "grants-application-warndon.json").toString(), "--as-at",
        "2016-10-10", "--policy", policy.toString());
    assertEquals(0, app.exit(), app.err());
    assertTrue(app.out().contains("\"amount\" : \"900.00\""), app.out());
    Run wrong = run("grants", "monitor", sample(dir, "grants-records-our-happy-place-2016.json").toString(),
        "--policy", sample(dir, "household-family.json").toString());
    assertEquals(1, wrong.exit());
  }

  @Test
  void usageMistakesExitTwo(@TempDir Path dir) throws IOException {
    Path garden = sample(dir, "grants-record-gorse-hill-garden.json");
    assertEquals(2, run("grants").exit());
    assertEquals(2, run("grants", "assess", garden.toString(), "--fund-left", "lots").exit());
    assertEquals(2, run("grants", "assess", garden.toString(), "--fund-left", "-5").exit());
    assertEquals(2, run("grants", "monitor", "--year", "2016/18", garden.toString()).exit());
    assertEquals(2, run("grants", "monitor", "-", "-").exit());
    assertEquals(0, run("grants", "monitor", "--as-at", "2200-12-31", garden.toString()).exit(), "the last day there is");
    assertEquals(2, run("grants", "monitor", "--as-at", "9999-12-31", garden.toString()).exit(), "dates run to 2200");
    assertEquals(0, run("grants", "monitor", "--year", "1900/01", garden.toString()).exit(), "the first year there is");
  }
}
