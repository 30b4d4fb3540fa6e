package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.worcester.housing.examples.CliTest.run;
import static uk.gov.worcester.housing.examples.CliTest.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.worcester.housing.examples.CliTest.Run;

/**
 * Worked cases for every kind of bad input, option and output path: each is a message and an
 * exit code (1 the input has problems, 2 a usage mistake), never a stack trace and never part of
 * a file.
 */
class CliBadInputTest {
  // --- options: usage mistakes exit 2

  @Test
  void aMissingSubCommandIsAUsageMistake() {
    for (String[] args : List.of(new String[0], new String[] {"validate"}, new String[] {"homelessness"})) {
      Run r = run(args);
      assertEquals(2, r.exit(), String.join(" ", args));
      assertTrue(r.err().contains("Missing sub-command"), r.err());
      assertTrue(r.err().contains("Usage: housing"), r.err());
      assertEquals("", r.out());
    }
    assertTrue(run("homelessness").err().contains("assess, hclic, snapshot"));
  }

  @Test
  void aBadDateSaysExpectedYyyyMmDd(@TempDir Path dir) throws IOException {
    String household = sample(dir, "household-family.json").toString();
    Run words = run("validate", "household", household, "--as-at", "yesterday");
    assertEquals(2, words.exit());
    assertTrue(words.err().contains("--as-at': 'yesterday' is not a date: expected YYYY-MM-DD"), words.err());
    Run british = run("homelessness", "snapshot", "--night", "14/11/2024", household);
    assertEquals(2, british.exit());
    assertTrue(british.err().contains("--night': '14/11/2024' is not a date: expected YYYY-MM-DD"), british.err());
    Run noSuchDay = run("validate", "household", household, "--as-at", "2024-02-30");
    assertEquals(2, noSuchDay.exit());
    assertTrue(noSuchDay.err().contains("not a day in the calendar: expected YYYY-MM-DD"), noSuchDay.err());
  }

  @Test
  void aBadQuarterIsAUsageMistake() {
    Run r = run("homelessness", "hclic", "--quarter", "2024Q5", "x.json");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("'2024Q5': a quarter is written like 2024Q2"), r.err());
  }
}
