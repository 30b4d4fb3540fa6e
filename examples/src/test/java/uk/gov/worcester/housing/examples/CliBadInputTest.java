package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.worcester.housing.examples.CliTest.run;
import static uk.gov.worcester.housing.examples.CliTest.runWithInput;
import static uk.gov.worcester.housing.examples.CliTest.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.examples.CliTest.Run;
import uk.gov.worcester.housing.examples.stories.Samples;
import uk.gov.worcester.housing.json.HousingJson;

/**
 * Worked cases for every kind of bad input, option and output path: each is a message and an
 * exit code (1 the input has problems, 2 a usage mistake), never a stack trace (every run checks)
 * and never part of a file.
 */
class CliBadInputTest {
  static final String BOM = "\uFEFF";

  static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> namesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  // --- input files: missing, a directory, unreadable, not UTF-8, too large

  @Test
  void aMissingADirectoryAndAnUnreadableFileAreToldApart(@TempDir Path dir) throws IOException {
    Run missing = run("validate", "household", dir.resolve("nope.json").toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("nope.json: 1 problem"), missing.err());
    assertTrue(missing.err().contains("(document)  NO_SUCH_FILE  no such file"), missing.err());

    Run directory = run("validate", "household", dir.toString());
    assertEquals(1, directory.exit());
    assertTrue(directory.err().contains("IS_A_DIRECTORY  this is a directory, not a file"), directory.err());

    Path loop = dir.resolve("loop.json");
    Files.createSymbolicLink(loop, dir.resolve("other.json"));
    Files.createSymbolicLink(dir.resolve("other.json"), loop);
    Run unreadable = run("validate", "household", loop.toString());
    assertEquals(1, unreadable.exit());
    assertTrue(unreadable.err().contains("UNREADABLE_FILE  the file cannot be read"), unreadable.err());
    assertEquals("", missing.out() + directory.out() + unreadable.out());
  }

  @Test
  void aFileUnderAFileIsNoSuchFile(@TempDir Path dir) throws IOException {
    Path household = sample(dir, "household-family.json");
    Run r = run("validate", "household", household.resolve("inside.json").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("NO_SUCH_FILE  no such file"), r.err());
  }

  @Test
  void textThatIsNotUtf8SaysSo(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    Run r = run("validate", "household", latin1.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("NOT_UTF8  the document is not UTF-8 text: byte 11 is not valid UTF-8; save it as UTF-8"),
        r.err());
    Path utf16 = dir.resolve("utf16.json");
    Files.write(utf16, (BOM + Samples.text("household-family.json")).getBytes(StandardCharsets.UTF_16LE));
    Run wide = run("validate", "household", utf16.toString());
    assertEquals(1, wide.exit());
    assertTrue(wide.err().contains("(it looks like UTF-16)"), wide.err());
  }

  @Test
  void anOverLargeFileIsOneProblem() {
    byte[] big = new byte[(int) HousingJson.MAX_DOCUMENT_LENGTH + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    Run r = runWithInput(new ByteArrayInputStream(big), "validate", "household", "-");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("standard input: 1 problem"), r.err());
    assertTrue(r.err().contains("TOO_LARGE  the file is larger than 8388608 bytes"), r.err());
  }

  // --- standard input and the byte order mark

  @Test
  void aDashReadsStandardInput() {
    Run r = runWithInput(stdin(Samples.text("household-family.json")), "validate", "household", "-");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"dependentChildren\" : 2"), r.out());
    Run empty = run("validate", "household", "-");
    assertEquals(1, empty.exit());
    assertTrue(empty.err().contains("standard input: 1 problem"), empty.err());
    assertTrue(empty.err().contains("MALFORMED_JSON  the document is empty"), empty.err());
    Run snapshot = runWithInput(stdin(Samples.text("street-contacts.json")), "homelessness", "snapshot", "--night",
        "2024-11-14", "-");
    assertEquals(0, snapshot.exit(), snapshot.err());
    assertTrue(snapshot.out().contains("\"count\" : 3"), snapshot.out());
  }

  @Test
  void standardInputCanBeNamedOnlyOnce() {
    Run r = runWithInput(stdin(Samples.text("case-family-section21.json")), "homelessness", "hclic", "--quarter",
        "2024Q2", "-", "-");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("standard input (-) can be read only once"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void aByteOrderMarkIsAcceptedByTheCommandLineAsByTheFacade(@TempDir Path dir) throws IOException {
    String text = BOM + Samples.text("household-family.json");
    assertTrue(HousingJson.create().read(text, Household.class).isValid());
    Path file = dir.resolve("saved-on-windows.json");
    Files.writeString(file, text);
    Run r = run("validate", "household", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(r.out(), runWithInput(stdin(text), "validate", "household", "-").out());
    Files.writeString(file, BOM + text);
    assertTrue(HousingJson.create().read(BOM + text, Household.class).isInvalid(), "only one mark is read as nothing");
    Run twice = run("validate", "household", file.toString());
    assertEquals(1, twice.exit());
    assertTrue(twice.err().contains("MALFORMED_JSON"), twice.err());
    Path codes = dir.resolve("codes.txt");
    Files.writeString(codes, BOM + "# from the specification\nA1_INITIAL_ASSESSMENT.PREVENTION_DUTY_OWED=1\n");
    Run hclic = run("homelessness", "hclic", "--quarter", "2024Q2", "--codes", codes.toString(),
        sample(dir, "case-family-section21.json").toString());
    assertFalse(hclic.err().contains("codes.txt: "), hclic.err());
    assertTrue(hclic.err().contains("NO_CODE"), "read, and short of codes: " + hclic.err());
  }

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

  // --- documents of the wrong kind

  @Test
  void aCaseGivenForAHouseholdSaysWhatItLooksLike(@TempDir Path dir) throws IOException {
    Run r = run("validate", "household", sample(dir, "case-seventeen-year-old.json").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("case-seventeen-year-old.json: 1 problem"), r.err());
    assertTrue(r.err().contains("(document)  WRONG_DOCUMENT  this looks like a homelessness case "
        + "(it has \"approach\"); expected a household"), r.err());
  }

  @Test
  void everyCommandNamesTheKindItExpected(@TempDir Path dir) throws IOException {
    String household = sample(dir, "household-family.json").toString();
    Run assess = run("homelessness", "assess", household);
    assertEquals(1, assess.exit());
    assertTrue(assess.err().contains("this looks like a household (it has \"members\"); "
        + "expected a homelessness approach or a homelessness case"), assess.err());
    Run hclic = run("homelessness", "hclic", "--quarter", "2024Q2", sample(dir, "approach-domestic-abuse.json")
        .toString());
    assertEquals(1, hclic.exit());
    assertTrue(hclic.err().contains("this looks like a homelessness approach (it has \"household\" and "
        + "\"appliedOn\"); expected a homelessness case"), hclic.err());
    Run snapshot = run("homelessness", "snapshot", "--night", "2024-11-14", household);
    assertEquals(1, snapshot.exit());
    assertTrue(snapshot.err().contains("expected a list of street contacts"), snapshot.err());
    Run oneContact = runWithInput(stdin("{\"night\": \"2024-11-14\", \"person\": \"SP-1\"}"), "homelessness",
        "snapshot", "--night", "2024-11-14", "-");
    assertTrue(oneContact.err().contains("this looks like one street contact"), oneContact.err());
  }

  @Test
  void xmlOrACodeTableGivenForJsonAndJsonForACodeTableSayWhatTheyAre(@TempDir Path dir) throws IOException {
    Run xml = runWithInput(stdin("<?xml version=\"1.0\"?>\n<HCLIC/>"), "validate", "household", "-");
    assertEquals(1, xml.exit());
    assertTrue(xml.err().contains("WRONG_DOCUMENT  this looks like an XML document, such as an H-CLIC return "
        + "(it starts with '<'); expected a household"), xml.err());
    Run table = runWithInput(stdin("# codes\nA1_INITIAL_ASSESSMENT.PREVENTION_DUTY_OWED=1\n"), "homelessness",
        "assess", "-");
    assertEquals(1, table.exit());
    assertTrue(table.err().contains("this looks like an H-CLIC code table"), table.err());
    Run json = run("homelessness", "hclic", "--quarter", "2024Q2", "--codes",
        sample(dir, "household-family.json").toString(), sample(dir, "case-family-section21.json").toString());
    assertEquals(1, json.exit());
    assertTrue(json.err().contains("household-family.json: 1 problem"), json.err());
    assertTrue(json.err().contains("this looks like a JSON document (it starts with '{' or '['); "
        + "expected an H-CLIC code table"), json.err());
    assertEquals("", json.out());
  }

  @Test
  void malformedJsonIsStillMalformedJson() {
    Run r = runWithInput(stdin("{\"id\": "), "validate", "household", "-");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("MALFORMED_JSON"), r.err());
  }

  // --- the H-CLIC code table and output paths

  @Test
  void aCodeTableThatIsMissingADirectoryOrUnreadableIsAMessage(@TempDir Path dir) throws IOException {
    String caseFile = sample(dir, "case-family-section21.json").toString();
    Run missing = run("homelessness", "hclic", "--quarter", "2024Q2", "--codes", dir.resolve("codes.txt").toString(),
        caseFile);
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("codes.txt: 1 problem"), missing.err());
    assertTrue(missing.err().contains("NO_SUCH_FILE  no such file"), missing.err());
    Run directory = run("homelessness", "hclic", "--quarter", "2024Q2", "--codes", dir.toString(), caseFile);
    assertEquals(1, directory.exit());
    assertTrue(directory.err().contains("IS_A_DIRECTORY"), directory.err());
    Path loop = dir.resolve("loop.txt");
    Files.createSymbolicLink(loop, loop);
    Run unreadable = run("homelessness", "hclic", "--quarter", "2024Q2", "--codes", loop.toString(), caseFile);
    assertEquals(1, unreadable.exit());
    assertTrue(unreadable.err().contains("UNREADABLE_FILE"), unreadable.err());
    for (Run r : List.of(missing, directory, unreadable)) {
      assertEquals("", r.out(), "nothing written");
      assertTrue(r.err().contains("Nothing written"), r.err());
    }
  }

  @Test
  void anOutThatIsADirectoryOrHasNoFolderIsAMessage(@TempDir Path dir) throws IOException {
    String caseFile = sample(dir, "case-family-section21.json").toString();
    Run directory = run("homelessness", "hclic", "--quarter", "2024Q2", "--out", dir.toString(), caseFile);
    assertEquals(1, directory.exit());
    assertTrue(directory.err().contains("IS_A_DIRECTORY  this is a directory: name a file to write"),
        directory.err());
    Run noFolder = run("homelessness", "hclic", "--quarter", "2024Q2", "--out",
        dir.resolve("no-such-folder").resolve("hclic.xml").toString(), caseFile);
    assertEquals(1, noFolder.exit());
    assertTrue(noFolder.err().contains("hclic.xml: 1 problem"), noFolder.err());
    assertTrue(noFolder.err().contains("NO_SUCH_FOLDER  the folder to write into does not exist"), noFolder.err());
    Run fileAsFolder = run("homelessness", "hclic", "--quarter", "2024Q2", "--out",
        Path.of(caseFile).resolve("hclic.xml").toString(), caseFile);
    assertEquals(1, fileAsFolder.exit());
    assertTrue(fileAsFolder.err().contains("NOT_A_FOLDER  the folder to write into is a file"), fileAsFolder.err());
    assertEquals(List.of("case-family-section21.json"), namesIn(dir));
    assertEquals("", directory.out() + noFolder.out() + fileAsFolder.out());
  }

  @Test
  void theReturnIsWrittenWholeToOutAndReplacesAnOldOne(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("hclic.xml");
    Files.writeString(out, "last quarter's return");
    Run r = run("homelessness", "hclic", "--quarter", "2024Q2", "--out", out.toString(),
        sample(dir, "case-family-section21.json").toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    String xml = Files.readString(out);
    assertTrue(xml.startsWith("<?xml") && xml.endsWith("</HCLIC>\n"), xml);
    assertEquals(List.of("case-family-section21.json", "hclic.xml"), namesIn(dir), "no temporary file left");
    Run dash = run("homelessness", "hclic", "--quarter", "2024Q2", "--out", "-",
        dir.resolve("case-family-section21.json").toString());
    assertEquals(xml, dash.out(), "--out - is standard output");
  }

  @Test
  void oneBadCaseFileMeansNoReturnAtAll(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("hclic.xml");
    Files.writeString(out, "last quarter's return");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Samples.text("case-seventeen-year-old.json").replace("RELIEF_DUTY_ACCEPTED",
        "PREVENTION_DUTY_ACCEPTED"));
    String good = sample(dir, "case-family-section21.json").toString();
    Run toFile = run("homelessness", "hclic", "--quarter", "2024Q2", "--out", out.toString(), good, bad.toString());
    assertEquals(1, toFile.exit());
    assertTrue(toFile.err().contains("bad.json: 1 problem"), toFile.err());
    assertTrue(toFile.err().contains("/events/0/type  ILLEGAL_TRANSITION"), toFile.err());
    assertTrue(toFile.err().contains("Nothing written"), toFile.err());
    assertEquals("last quarter's return", Files.readString(out));
    Run toStandardOutput = run("homelessness", "hclic", "--quarter", "2024Q2", good, bad.toString());
    assertEquals(1, toStandardOutput.exit());
    assertEquals("", toStandardOutput.out());
  }

  @Test
  void aReturnWithFailuresIsNotWritten(@TempDir Path dir) throws IOException {
    Path codes = dir.resolve("codes.txt");
    Files.writeString(codes, "A1_INITIAL_ASSESSMENT.PREVENTION_DUTY_OWED=1\n");
    Path out = dir.resolve("hclic.xml");
    Run r = run("homelessness", "hclic", "--quarter", "2024Q2", "--codes", codes.toString(), "--out",
        out.toString(), sample(dir, "case-family-section21.json").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("  HL-2024-0001  /Main/A2  NO_CODE  "), r.err());
    assertTrue(r.err().contains("Nothing written: the return is written only when it has no failures."), r.err());
    assertFalse(Files.exists(out));
    assertEquals(List.of("case-family-section21.json", "codes.txt"), namesIn(dir));
  }

  // --- the last resort

  @Test
  void anUnexpectedFaultIsOneLineWithoutPersonalDataAndExitsThree() {
    InputStream broken = new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("Alex Morgan, born 1986-03-22");
      }
    };
    Run r = runWithInput(broken, "validate", "household", "-");
    assertEquals(3, r.exit());
    assertEquals("housing: internal error: stopped by an unexpected fault in the housing library "
        + "(IllegalStateException); nothing was written. Please report it (set HOUSING_STACK_TRACE=1 to print its "
        + "stack trace).", r.err().strip());
    assertFalse(r.err().contains("Alex"), r.err());
    assertEquals("", r.out());
  }
}
