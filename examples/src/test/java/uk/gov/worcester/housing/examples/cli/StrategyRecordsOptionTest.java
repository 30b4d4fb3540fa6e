package uk.gov.worcester.housing.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.Measure;
import uk.gov.worcester.housing.examples.stories.Samples;
import uk.gov.worcester.housing.examples.stories.StrategyStories;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.strategy.StrategyJson;
import uk.gov.worcester.housing.rules.strategy.ProgressReporting;
import uk.gov.worcester.housing.rules.strategy.RecordedIndicators;
import uk.gov.worcester.housing.testkit.strategy.StrategyRecordsSamples;

/**
 * Worked runs of {@code housing strategy report --records CODE=PATH}: each district's records
 * given by folder or file in one run, so the county report over several districts is one command;
 * and every way the option can be given wrongly is exit 2 or the command's problem output, naming
 * the option, never a stack trace.
 */
class StrategyRecordsOptionTest {
  static final HousingJson JSON = HousingJson.create();
  static final String WORCESTER = LocalAuthority.WORCESTER.code();
  static final String WYCHAVON = LocalAuthority.WYCHAVON.code();

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = HousingCommand.commandLine(new HousingCommand(Clock.fixed(Instant.parse("2019-07-24T10:00:00Z"),
        ZoneId.of("Europe/London")), new ByteArrayInputStream(new byte[0])), new PrintWriter(out),
        new PrintWriter(err)).execute(args);
    Run r = new Run(exit, out.toString(), err.toString());
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    return r;
  }

  static Run report(List<String> more) {
    List<String> args = new ArrayList<>(List.of("strategy", "report", "--year", "2018/19"));
    args.addAll(more);
    return run(args.toArray(String[]::new));
  }

  /** The sample records of both districts written out as they ship, one folder per district. */
  static Path samples(Path dir) throws IOException {
    for (String name : Samples.text("strategy/files.txt").lines().filter(l -> !l.isBlank()).toList()) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, Samples.text("strategy/" + name));
    }
    return dir;
  }

  /** The county report for 2018/19 as the library gives it for the sample records, as JSON. */
  static String libraryCountyReport() {
    RecordedIndicators feed = RecordedIndicators.of(StrategyRecordsSamples.worcestershire()).get();
    return JSON.write(ProgressReporting.report(StrategyJson.worcestershire(), FinancialYear.starting(2018),
        Area.county(), feed).get(), StrategyJson.REPORT);
  }

  @Test
  void theCountyReportOverBothDistrictsIsOneRunAndTheLibrarysReport(@TempDir Path dir) throws IOException {
    Path records = samples(dir.resolve("records"));
    Path out = dir.resolve("report.json");
    Run r = report(List.of("--area", "county", "--records", WORCESTER + "=" + records.resolve("worcester"),
        "--records", WYCHAVON + "=" + records.resolve("wychavon"), "--out", out.toString()));
    assertEquals(0, r.exit(), r.err());
    assertEquals(libraryCountyReport().strip(), Files.readString(out).strip());
  }

  @Test
  void theCountyReportInMarkdownIsTheDemoStorysReport(@TempDir Path dir) throws IOException {
    Path records = samples(dir);
    Run r = report(List.of("--records", WORCESTER + "=" + records.resolve("worcester"),
        "--records", WYCHAVON + "=" + records.resolve("wychavon")));
    assertEquals(0, r.exit(), r.err());
    StringWriter story = new StringWriter();
    try (PrintWriter w = new PrintWriter(story)) {
      StrategyStories.all(JSON).get(0).tell(w);
    }
    assertTrue(r.out().startsWith("# Worcestershire Housing Partnership Plan"), r.out());
    assertTrue(story.toString().endsWith(r.out()), "the story prints the same county report as the command");
  }

  @Test
  void theReportIsTheSameWhateverOrderTheDistrictsAreGivenIn(@TempDir Path dir) throws IOException {
    Path records = samples(dir);
    Run r = report(List.of("--records", WYCHAVON + "=" + records.resolve("wychavon"), "--out",
        dir.resolve("report.json").toString(), "--records", WORCESTER + "=" + records.resolve("worcester")));
    assertEquals(0, r.exit(), r.err());
    assertEquals(libraryCountyReport().strip(), Files.readString(dir.resolve("report.json")).strip());
  }

  @Test
  void oneDistrictsFilesWithoutAnAuthorityCountForItAloneNotTheCounty(@TempDir Path dir) throws IOException {
    Path records = samples(dir);
    Run both = report(List.of("--records", WORCESTER + "=" + records.resolve("worcester"),
        "--records", WYCHAVON + "=" + records.resolve("wychavon"), "--out", dir.resolve("both.json").toString()));
    Run worcesterOnly = report(List.of("--records", WORCESTER + "=" + records.resolve("worcester"),
        "--out", dir.resolve("worcester.json").toString()));
    assertEquals(0, both.exit(), both.err());
    assertEquals(0, worcesterOnly.exit(), worcesterOnly.err());
    assertNotEquals(Files.readString(dir.resolve("both.json")), Files.readString(dir.resolve("worcester.json")));
  }

  @Test
  void filesOneByOneAndRecordsFilesWithDistrictMixGiveTheSameReport(@TempDir Path dir) throws IOException {
    Path records = samples(dir);
    List<String> args = new ArrayList<>(List.of("--out", dir.resolve("mixed.json").toString(),
        "--district", WYCHAVON));
    try (var wychavon = Files.list(records.resolve("wychavon"))) {
      wychavon.sorted().forEach(f -> args.add(f.toString()));
    }
    try (var worcester = Files.list(records.resolve("worcester"))) {
      worcester.sorted().forEach(f -> {
        args.add("--records");
        args.add(WORCESTER + "=" + f);
      });
    }
    Run oneByOne = report(args);
    assertEquals(2, oneByOne.exit(), "a district is given once: its files in one folder");
    assertTrue(oneByOne.err().contains("is given twice"), oneByOne.err());
    List<String> mixed = new ArrayList<>(args.subList(0, args.indexOf("--records")));
    mixed.addAll(List.of("--records", WORCESTER + "=" + records.resolve("worcester")));
    Run r = report(mixed);
    assertEquals(0, r.exit(), r.err());
    assertEquals(libraryCountyReport().strip(), Files.readString(dir.resolve("mixed.json")).strip());
  }

  @Test
  void theOldWayStillReadsOneDistrictsFilesForTheDistrict(@TempDir Path dir) throws IOException {
    Path records = samples(dir);
    List<String> args = new ArrayList<>(List.of("--area", WORCESTER, "--out", dir.resolve("old.json").toString()));
    try (var worcester = Files.list(records.resolve("worcester"))) {
      worcester.sorted().forEach(f -> args.add(f.toString()));
    }
    assertEquals(0, report(args).exit());
    Run r = report(List.of("--area", WORCESTER, "--out", dir.resolve("new.json").toString(), "--records",
        WORCESTER + "=" + records.resolve("worcester")));
    assertEquals(0, r.exit(), r.err());
    assertEquals(Files.readString(dir.resolve("old.json")), Files.readString(dir.resolve("new.json")));
  }

  @Test
  void aBadDistrictCodeIsAUsageMistakeNamingTheOption(@TempDir Path dir) throws IOException {
    Path records = samples(dir);
    for (String code : List.of("E99999999", "county", "e07000237", "")) {
      Run r = report(List.of("--records", code + "=" + records.resolve("worcester")));
      assertEquals(2, r.exit(), code);
      assertTrue(r.err().contains("--records") && r.err().contains("is not a Worcestershire district's code"),
          r.err());
    }
  }

  @Test
  void aValueWithoutCodeOrPathIsAUsageMistake(@TempDir Path dir) throws IOException {
    Path records = samples(dir);
    Run noCode = report(List.of("--records", records.resolve("worcester").toString()));
    assertEquals(2, noCode.exit());
    assertTrue(noCode.err().contains("is not CODE=PATH"), noCode.err());
    Run noPath = report(List.of("--records", WORCESTER + "="));
    assertEquals(2, noPath.exit());
    assertTrue(noPath.err().contains("names no file or folder"), noPath.err());
  }

  @Test
  void noRecordsAtAllOrADistrictWithNoFilesForItIsAUsageMistake(@TempDir Path dir) throws IOException {
    Path records = samples(dir);
    Run none = report(List.of());
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("Missing records"), none.err());
    Run district = report(List.of("--district", WYCHAVON, "--records", WORCESTER + "=" + records.resolve("worcester")));
    assertEquals(2, district.exit());
    assertTrue(district.err().contains("--district names the district of the RECORDS files"), district.err());
  }

  @Test
  void aMissingFileOrFolderIsAnInputProblemNamingTheOption(@TempDir Path dir) {
    Run r = report(List.of("--records", WORCESTER + "=" + dir.resolve("no-such-folder")));
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("no-such-folder (--records " + WORCESTER + "): 1 problem"), r.err());
    assertTrue(r.err().contains(InputFiles.NO_SUCH_FILE), r.err());
    assertEquals("", r.out());
  }

  @Test
  void aFolderThatCannotBeReadIsAnInputProblem(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("locked"));
    Files.writeString(folder.resolve("welfare-records.json"), "{}");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(folder), "a folder without permissions is readable here (run as root)");
      Run r = report(List.of("--records", WORCESTER + "=" + folder));
      assertEquals(1, r.exit());
      assertTrue(r.err().contains("locked (--records " + WORCESTER + ")"), r.err());
      assertTrue(r.err().contains(StrategyCommand.UNREADABLE_FOLDER + "  the folder cannot be read: permission denied"),
          r.err());
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFolderThatCannotBeListedIsOneProblemSayingWhy() {
    assertEquals("the folder cannot be read: permission denied",
        StrategyCommand.unreadableFolder(new AccessDeniedException("/records")).message());
    assertEquals(StrategyCommand.UNREADABLE_FOLDER,
        StrategyCommand.unreadableFolder(new IOException("Jane Smith")).code());
    assertFalse(StrategyCommand.unreadableFolder(new IOException("Jane Smith")).message().contains("Jane"));
  }

  @Test
  void aFolderHoldingAnythingButJsonRecordsFilesIsAProblemForEachInNameOrder(@TempDir Path dir) throws IOException {
    Path folder = samples(dir).resolve("worcester");
    Files.writeString(folder.resolve("notes.txt"), "Jane Smith");
    Files.createDirectory(folder.resolve("archive"));
    Run r = report(List.of("--records", WORCESTER + "=" + folder));
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("worcester (--records " + WORCESTER + "): 2 problems"), r.err());
    int archive = r.err().indexOf("'archive' is not a records file");
    int notes = r.err().indexOf("'notes.txt' is not a records file");
    assertTrue(archive >= 0 && notes > archive, r.err());
    assertFalse(r.err().contains("Jane"), r.err());
  }

  @Test
  void anEmptyFolderIsAProblem(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("empty"));
    Run r = report(List.of("--records", WORCESTER + "=" + folder));
    assertEquals(1, r.exit());
    assertTrue(r.err().contains(StrategyCommand.NO_RECORDS_FILES), r.err());
  }

  @Test
  void aFoldersFilesAreReadInNameOrderSoProblemsComeInThatOrder(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("records"));
    for (String name : List.of("c.json", "a.json", "b.JSON")) {
      Files.writeString(folder.resolve(name), "[{\"completedOn\": \"2018-13-01\", \"tenure\": \"NOPE\"}]");
    }
    Run r = report(List.of("--records", WORCESTER + "=" + folder));
    assertEquals(1, r.exit());
    int a = r.err().indexOf("a.json (--records");
    int b = r.err().indexOf("b.JSON (--records");
    int c = r.err().indexOf("c.json (--records");
    assertTrue(a >= 0 && a < b && b < c, r.err());
  }

  @Test
  void aFileOfAnotherKindInAFolderIsTheUsualWrongDocumentProblem(@TempDir Path dir) throws IOException {
    Path folder = samples(dir).resolve("worcester");
    Files.writeString(folder.resolve("household.json"), Samples.text("household-family.json"));
    Run r = report(List.of("--records", WORCESTER + "=" + folder));
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("household.json (--records " + WORCESTER + "): 1 problem"), r.err());
    assertTrue(r.err().contains(InputFiles.WRONG_DOCUMENT + "  this looks like a household"), r.err());
  }

  @Test
  void aDistrictGivenTwiceIsAUsageMistake(@TempDir Path dir) throws IOException {
    Path records = samples(dir);
    Run twice = report(List.of("--records", WORCESTER + "=" + records.resolve("worcester"),
        "--records", WORCESTER + "=" + records.resolve("wychavon")));
    assertEquals(2, twice.exit());
    assertTrue(twice.err().contains("--records: district " + WORCESTER + " (Worcester) is given twice"), twice.err());
    Run withRecordsFiles = report(List.of("--records", WORCESTER + "=" + records.resolve("worcester"),
        records.resolve("wychavon/welfare-records.json").toString()));
    assertEquals(2, withRecordsFiles.exit());
    assertTrue(withRecordsFiles.err().contains("by the default --district " + WORCESTER), withRecordsFiles.err());
    Run withDistrict = report(List.of("--records", WYCHAVON + "=" + records.resolve("wychavon"), "--district",
        WYCHAVON, records.resolve("worcester/welfare-records.json").toString()));
    assertEquals(2, withDistrict.exit());
    assertTrue(withDistrict.err().contains("is given twice, by --district (for the RECORDS files)"),
        withDistrict.err());
  }

  @Test
  void aFileGivenTwiceIsAUsageMistakeHoweverItIsSpelt(@TempDir Path dir) throws IOException {
    Path records = samples(dir);
    Path welfare = records.resolve("worcester/welfare-records.json");
    Path sameWelfare = records.resolve("wychavon/../worcester/welfare-records.json");
    Run inFolderAndByName = report(List.of("--records", WORCESTER + "=" + records.resolve("worcester"),
        "--records", WYCHAVON + "=" + sameWelfare));
    assertEquals(2, inFolderAndByName.exit());
    assertTrue(inFolderAndByName.err().contains("--records: the file " + sameWelfare + " is given twice, by --records "
        + WORCESTER + "=" + records.resolve("worcester") + " and by --records " + WYCHAVON + "="), inFolderAndByName.err());
    Run positionalAndFolder = report(List.of("--district", WYCHAVON, welfare.toString(),
        "--records", WORCESTER + "=" + records.resolve("worcester")));
    assertEquals(2, positionalAndFolder.exit());
    assertTrue(positionalAndFolder.err().contains("is given twice, as a RECORDS file and by --records"),
        positionalAndFolder.err());
    Run positionalTwice = report(List.of(welfare.toString(), sameWelfare.toString()));
    assertEquals(2, positionalTwice.exit());
    assertTrue(positionalTwice.err().contains("is given twice"), positionalTwice.err());
  }

  @Test
  void standardInputNamedTwiceIsAUsageMistake(@TempDir Path dir) {
    Run r = report(List.of("--records", WORCESTER + "=-", "--records", WYCHAVON + "=-"));
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("standard input (-) can be read only once"), r.err());
    Run empty = report(List.of("--records", WORCESTER + "=-"));
    assertEquals(1, empty.exit(), "an empty standard input is the usual input problem");
    assertTrue(empty.err().contains("standard input (--records " + WORCESTER + "): 1 problem"), empty.err());
  }

  @Test
  void aPathWithAControlOrInvisibleCharacterIsAUsageMistakeEchoedSafely(@TempDir Path dir) {
    for (String odd : List.of("\u001b[2J<x>", "a\nb", "a\tb", "\u202eevil", "a\u0000b")) {
      Run r = report(List.of("--records", WORCESTER + "=" + dir + "/" + odd));
      assertEquals(2, r.exit(), r.err());
      assertTrue(r.err().contains("--records") && r.err().contains("has a control or invisible character"), r.err());
      assertFalse(r.err().contains(odd), r.err());
      assertFalse(r.err().contains("\u001b") || r.err().contains("\u202e"), r.err());
    }
  }

  @Test
  void aFileWithAnOddNameInAFolderIsEchoedSafely(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("records"));
    Path odd;
    try {
      odd = Files.writeString(folder.resolve("\u001b[31mJane\u202e.json"), "[{\"completedOn\": \"x\"}]");
    } catch (IOException | java.nio.file.InvalidPathException e) {
      assumeTrue(false, "this file system refuses such a name");
      return;
    }
    assumeTrue(Files.exists(odd));
    Run r = report(List.of("--records", WORCESTER + "=" + folder));
    assertEquals(1, r.exit());
    assertFalse(r.err().contains("\u001b") || r.err().contains("\u202e"), r.err());
    assertTrue(r.err().contains("?[31mJane?.json (--records " + WORCESTER + ")"), r.err());
  }

  @Test
  void aFolderWhoseRecordsNameAnotherDistrictIsRefusedNamingTheFileAndWhy(@TempDir Path dir) throws IOException {
    Path records = samples(dir);
    Run swapped = report(List.of("--records", WYCHAVON + "=" + records.resolve("worcester"),
        "--records", WORCESTER + "=" + records.resolve("wychavon")));
    assertEquals(1, swapped.exit(), swapped.err());
    assertTrue(swapped.out().isEmpty(), "no report is written from mixed districts: " + swapped.out());
    assertTrue(swapped.err().contains("case-WCC-HL-2018-0101.json (--records " + WYCHAVON + ")"), swapped.err());
    assertTrue(swapped.err().contains("count-nights.json (--records " + WORCESTER + ")"), swapped.err());
    assertTrue(swapped.err().contains("affordable-completions.json (--records " + WYCHAVON + ")"), swapped.err());
    assertTrue(swapped.err().contains("OTHER_DISTRICT"), swapped.err());
    assertTrue(swapped.err().contains("names " + WORCESTER + " (Worcester) as its authority, but the file is given "
        + "as the records of " + WYCHAVON + " (Wychavon)"), swapped.err());
    // adverts are countywide: a district's folder may hold another district's advert
    Path worcester = records.resolve("worcester");
    Files.move(records.resolve("wychavon").resolve("lettings-advert-ADV-Y-18-01.json"),
        worcester.resolve("lettings-advert-ADV-Y-18-01.json"));
    Run advert = report(List.of("--records", WORCESTER + "=" + worcester,
        "--records", WYCHAVON + "=" + records.resolve("wychavon")));
    assertEquals(0, advert.exit(), advert.err());
  }

  /** The figure of {@code measure} in the JSON report at {@code out}, if any. */
  static Optional<BigDecimal> figure(Path out, Measure measure) throws IOException {
    tools.jackson.databind.JsonNode report = new tools.jackson.databind.ObjectMapper().readTree(Files.readString(out));
    for (tools.jackson.databind.JsonNode priority : report.get("priorities")) {
      for (tools.jackson.databind.JsonNode line : priority.get("indicators")) {
        if (line.has("measure") && line.get("measure").asString().equals(measure.name())) {
          return line.has("figure") ? Optional.of(new BigDecimal(line.get("figure").asString())) : Optional.empty();
        }
      }
    }
    throw new AssertionError("no line of " + measure);
  }

  @Test
  void aKindOfRecordIsAvailableOnlyIfItsFileWasGiven_anEmptyFileGivenIsATrueZero(@TempDir Path dir)
      throws IOException {
    Path records = samples(dir);
    Path wychavon = records.resolve("wychavon");
    Path out = dir.resolve("report.json");
    List<String> args = List.of("--area", WYCHAVON, "--records", WYCHAVON + "=" + wychavon, "--out", out.toString());
    assertEquals(0, report(args).exit());
    assertEquals(Optional.of(BigDecimal.valueOf(2)), figure(out, Measure.ROUGH_SLEEPERS_AT_COUNT));
    Files.delete(wychavon.resolve("street-contacts.json"));
    Run noContacts = report(args);
    assertEquals(0, noContacts.exit(), noContacts.err());
    assertEquals(Optional.empty(), figure(out, Measure.ROUGH_SLEEPERS_AT_COUNT),
        "a count night without street contacts is not available, not 0");
    Files.writeString(wychavon.resolve("street-contacts.json"),
        "[{\"person\": \"Y-RS-11\", \"night\": \"2018-11-18\", \"site\": \"OPEN_AIR\"}]");
    Run noneOnTheNight = report(args);
    assertEquals(0, noneOnTheNight.exit(), noneOnTheNight.err());
    assertEquals(Optional.of(BigDecimal.ZERO), figure(out, Measure.ROUGH_SLEEPERS_AT_COUNT),
        "street contacts given, none on the count night: 0");
    Path worcester = records.resolve("worcester");
    List<String> w = List.of("--area", WORCESTER, "--records", WORCESTER + "=" + worcester, "--out", out.toString());
    assertEquals(0, report(w).exit());
    assertEquals(Optional.of(BigDecimal.valueOf(2)), figure(out, Measure.HMO_LICENCES_ISSUED));
    Files.delete(worcester.resolve("hmo-licences-granted.json"));
    assertEquals(0, report(w).exit());
    assertEquals(Optional.empty(), figure(out, Measure.HMO_LICENCES_ISSUED),
        "inspections and hazard removals do not say how many licences were granted");
    assertTrue(figure(out, Measure.HAZARDS_REMOVED).isPresent());
  }

  @Test
  void aShownPathKeepsLettersOfAnyScriptAndIsCut() {
    assertEquals("records/Bromsgrove – café/?[2J?.json", InputFiles.shown("records/Bromsgrove – café/\u001b[2J\u202e.json"));
    String shown = InputFiles.shown("x".repeat(5000));
    assertEquals(InputFiles.MAX_SHOWN + 3, shown.length());
    assertTrue(shown.endsWith("..."));
    assertEquals("a?b", InputFiles.shown("a\ud800b"));
  }
}
