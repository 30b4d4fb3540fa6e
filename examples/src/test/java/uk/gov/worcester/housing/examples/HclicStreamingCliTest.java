package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.examples.CliTest.Run;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicXml;
import uk.gov.worcester.housing.testkit.homelessness.CaseLoadSamples;

/** {@code housing homelessness hclic} streams case by case and writes what the whole-return API renders. */
class HclicStreamingCliTest {
  static final HousingJson JSON = HousingJson.create();

  static String whole(List<Path> files, Quarter q) throws IOException {
    List<HomelessnessCase> cases = new ArrayList<>();
    for (Path f : files) {
      cases.add(JSON.read(Files.readString(f), CaseRecord.class).flatMap(CaseWorkflow.worcester()::replay).get());
    }
    return HclicXml.render(HclicExport.build(cases, q, cases.get(0).approach().authority(),
        HclicCodeTable.placeholder(), HomelessnessAssessment.worcester()));
  }

  static String[] args(Quarter q, List<Path> files, String... more) {
    List<String> a = new ArrayList<>(List.of("homelessness", "hclic", "--quarter", q.toString()));
    a.addAll(List.of(more));
    files.forEach(f -> a.add(f.toString()));
    return a.toArray(String[]::new);
  }

  @Test
  void theSampleCasesGiveTheWholeReturnOnStandardOutputAndInTheFile(@TempDir Path dir) throws IOException {
    List<Path> files = List.of(CliTest.sample(dir, "case-family-section21.json"),
        CliTest.sample(dir, "case-seventeen-year-old.json"), CliTest.sample(dir, "case-birth-during-relief.json"));
    for (Quarter q : List.of(Quarter.of(2024, 2), Quarter.of(2024, 3))) {
      String expected = whole(files, q);
      Run r = CliTest.run(args(q, files));
      assertEquals(0, r.exit(), r.err());
      assertEquals(expected, r.out());
      Path out = dir.resolve("out").resolve("hclic.xml");
      Files.createDirectories(out.getParent());
      Run toFile = CliTest.run(args(q, files, "--out", out.toString()));
      assertEquals(0, toFile.exit(), toFile.err());
      assertEquals(expected, Files.readString(out, StandardCharsets.UTF_8));
      assertEquals(List.of("hclic.xml"), Files.list(out.getParent()).map(p -> p.getFileName().toString()).toList(),
          "no temporary file left");
    }
  }

  @Test
  void aGeneratedCaseLoadGivesTheWholeReturnAndTooManyFailuresAreCounted(@TempDir Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Path f = dir.resolve("case-" + i + ".json");
      Files.writeString(f, JSON.write(CaseLoadSamples.caseRecord(i, LocalDate.of(2024, 3, 1), 60)));
      files.add(f);
    }
    Run r = CliTest.run(args(Quarter.of(2024, 2), files));
    assertEquals(0, r.exit(), r.err());
    assertEquals(whole(files, Quarter.of(2024, 2)), r.out());
    Path codes = dir.resolve("codes.txt");
    Files.writeString(codes, "A1_INITIAL_ASSESSMENT.PREVENTION_DUTY_OWED=1\n");
    Run partial = CliTest.run(args(Quarter.of(2024, 2), files, "--codes", codes.toString()));
    assertEquals(1, partial.exit());
    assertEquals("", partial.out(), "nothing written");
    assertTrue(partial.err().matches("(?s).*and \\d+ more failures not listed.*"), partial.err());
    assertTrue(partial.err().contains("Nothing written: the return is written only when it has no failures."));
  }
}
