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

/** Worked runs of {@code housing lettings band}, {@code bedrooms} and {@code shortlist} on the bundled samples. */
class LettingsCliTest {
  static final String FAMILY = "lettings-application-overcrowded-family.json";
  static final String PARENT = "lettings-application-homeless-parent.json";

  @Test
  void bandPrintsTheAssessmentWithItsReasons(@TempDir Path dir) throws IOException {
    Run r = CliTest.run("lettings", "band", CliTest.sample(dir, FAMILY).toString(), "--as-at", "2024-06-01");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"band\" : \"GOLD\""), r.out());
    assertTrue(r.out().contains("\"status\" : \"ACTIVE\""), r.out());
    assertTrue(r.out().contains("LACKING_ONE_OR_TWO_BEDROOMS"), r.out());
    assertFalse(r.out().contains("Okafor"), "no personal data in the assessment");
  }

  @Test
  void bandReadsThePriorityBandFromTheHomelessnessCase(@TempDir Path dir) throws IOException {
    Path app = CliTest.sample(dir, PARENT);
    Path homeless = CliTest.sample(dir, "case-birth-during-relief.json");
    Run without = CliTest.run("lettings", "band", app.toString(), "--as-at", "2024-08-05");
    Run with = CliTest.run("lettings", "band", app.toString(), "--as-at", "2024-08-05", "--case", homeless.toString());
    assertEquals(0, with.exit(), with.err());
    assertFalse(without.out().contains("\"band\" : \"PRIORITY\""), without.out());
    assertTrue(with.out().contains("\"band\" : \"PRIORITY\""), with.out());
  }

  @Test
  void bedroomsPrintsTheThreeCalculations(@TempDir Path dir) throws IOException {
    Run r = CliTest.run("lettings", "bedrooms", CliTest.sample(dir, FAMILY).toString(), "--as-at", "2024-06-01");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"bedroomStandard\""), r.out());
    assertTrue(r.out().contains("\"sizeCriteria\""), r.out());
    assertTrue(r.out().contains("ROOM_STANDARD_MET"), r.out());
  }

  @Test
  void shortlistOrdersTheBidsAndListsEverySkippedOne(@TempDir Path dir) throws IOException {
    Run r = CliTest.run("lettings", "shortlist", CliTest.sample(dir, "lettings-advert-three-bedroom-house.json").toString(),
        CliTest.sample(dir, "lettings-bids-three-bedroom-house.json").toString(),
        CliTest.sample(dir, FAMILY).toString(), CliTest.sample(dir, PARENT).toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"position\" : 1"), r.out());
    assertTrue(r.out().contains("NOT_ON_REGISTER"), r.out());
    assertTrue(r.out().contains("DUPLICATE_BID"), r.out());
    assertTrue(r.out().contains("BEDROOM_NEED"), r.out());
  }

  @Test
  void theWrongDocumentOrABadFileIsAProblemAndExitsOne(@TempDir Path dir) throws IOException {
    Run wrong = CliTest.run("lettings", "band", CliTest.sample(dir, "household-family.json").toString());
    assertEquals(1, wrong.exit());
    assertTrue(wrong.err().contains("WRONG_DOCUMENT"), wrong.err());
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"application\": {\"id\": \"A 1\"}, \"events\": []}");
    Run r = CliTest.run("lettings", "bedrooms", bad.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("/application/id  INVALID_FORMAT"), r.err());
    assertTrue(r.err().contains("/application/registeredOn  REQUIRED"), r.err());
    Run advertAsBids = CliTest.run("lettings", "shortlist",
        CliTest.sample(dir, "lettings-advert-three-bedroom-house.json").toString(),
        CliTest.sample(dir, "lettings-advert-three-bedroom-house.json").toString());
    assertEquals(1, advertAsBids.exit());
    assertTrue(advertAsBids.err().contains("WRONG_DOCUMENT"), advertAsBids.err());
  }

  @Test
  void aCouncilsOwnPolicyFileChangesTheBand(@TempDir Path dir) throws IOException {
    Run printed = CliTest.run("policy", "LETTINGS");
    assertEquals(0, printed.exit(), printed.err());
    Path policy = dir.resolve("our-lettings.json");
    Files.writeString(policy, printed.out().replace("\"code\" : \"LACKING_ONE_OR_TWO_BEDROOMS\",\n      "
        + "\"withConnection\" : \"GOLD\"", "\"code\" : \"LACKING_ONE_OR_TWO_BEDROOMS\",\n      "
        + "\"withConnection\" : \"GOLD_PLUS\""));
    Run r = CliTest.run("lettings", "band", CliTest.sample(dir, FAMILY).toString(), "--as-at", "2024-06-01",
        "--policy", policy.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"band\" : \"GOLD_PLUS\""), r.out());
    Path homelessnessPolicy = write(dir, CliTest.run("policy", "LOCAL_HOMELESSNESS").out());
    Run wrongKind = CliTest.run("lettings", "band", CliTest.sample(dir, FAMILY).toString(), "--policy",
        homelessnessPolicy.toString());
    assertEquals(1, wrongKind.exit(), wrongKind.err());
    assertTrue(wrongKind.err().contains("WRONG_POLICY"), wrongKind.err());
  }

  private static Path write(Path dir, String text) throws IOException {
    Path f = dir.resolve("other.json");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void aDateBeforeAnySchemeVersionOrFarAheadIsHandledWithoutAStackTrace(@TempDir Path dir) throws IOException {
    Path app = CliTest.sample(dir, FAMILY);
    Run early = CliTest.run("lettings", "band", app.toString(), "--as-at", "2001-01-01");
    assertEquals(1, early.exit());
    assertTrue(early.err().contains("NO_POLICY_IN_FORCE"), early.err());
    Run late = CliTest.run("lettings", "bedrooms", app.toString(), "--as-at", "2200-12-31");
    assertEquals(0, late.exit(), late.err());
    assertEquals(2, CliTest.run("lettings", "bedrooms", app.toString(), "--as-at", "9999-12-31").exit(),
        "dates run from 1800 to 2200");
    assertFalse(late.out().contains("Okafor") || late.err().contains("Okafor"));
  }

  @Test
  void usageMistakesExitTwo() {
    assertEquals(2, CliTest.run("lettings", "shortlist").exit());
    assertEquals(2, CliTest.run("lettings", "band", "x.json", "--as-at", "tomorrow").exit());
  }
}
