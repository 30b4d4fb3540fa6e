package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.worcester.housing.examples.GrantsCliTest.Run;
import uk.gov.worcester.housing.examples.stories.Samples;

/** Worked runs of {@code housing strategy report}: exit 0 done, 1 input problems, 2 usage mistakes. */
class StrategyCliTest {
  /** The Worcester sample records, written out as files. */
  static List<String> worcesterFiles(Path dir) throws IOException {
    List<String> args = new ArrayList<>();
    for (String name : Samples.text("strategy/files.txt").lines().filter(l -> l.startsWith("worcester/")).toList()) {
      Path file = dir.resolve(name.substring("worcester/".length()));
      Files.writeString(file, Samples.text("strategy/" + name));
      args.add(file.toString());
    }
    return args;
  }

  @Test
  void theSampleRecordsGiveTheYear2ReportAsHtml(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report.html");
    List<String> args = new ArrayList<>(List.of("strategy", "report", "--year", "2018/19", "--out", out.toString()));
    args.addAll(worcesterFiles(dir));
    Run r = GrantsCliTest.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    String html = Files.readString(out);
    assertTrue(html.contains("Worcestershire Housing Partnership Plan: progress and outcomes for year 2 (2018/19)"));
  }

  @Test
  void withoutOutTheReportIsMarkdownOnStandardOutput(@TempDir Path dir) throws IOException {
    List<String> args = new ArrayList<>(List.of("strategy", "report", "--year", "2018/19", "--area", "E07000237"));
    args.addAll(worcesterFiles(dir));
    Run r = GrantsCliTest.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("# Worcestershire Housing Partnership Plan"), r.out());
  }

  @Test
  void aBadYearIsAUsageMistake(@TempDir Path dir) throws IOException {
    List<String> args = new ArrayList<>(List.of("strategy", "report", "--year", "2018/20"));
    args.addAll(worcesterFiles(dir));
    assertEquals(2, GrantsCliTest.run(args.toArray(String[]::new)).exit());
  }

  @Test
  void aBrokenRecordsFileIsAnInputProblemAtItsPointer(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("affordable-completions.json");
    Files.writeString(broken, "[{\"completedOn\": \"2018-13-01\", \"tenure\": \"NOPE\"}]");
    Run r = GrantsCliTest.run("strategy", "report", "--year", "2018/19", broken.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("/0/"), r.err());
    assertFalse(r.out().contains("#"), r.out());
  }
}
