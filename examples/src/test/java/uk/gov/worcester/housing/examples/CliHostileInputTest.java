package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.gov.worcester.housing.examples.CliTest.run;
import static uk.gov.worcester.housing.examples.CliTest.runWithInput;
import static uk.gov.worcester.housing.examples.CliTest.sample;

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
import uk.gov.worcester.housing.examples.CliTest.Run;
import uk.gov.worcester.housing.examples.cli.HousingCommand;

/**
 * Worked cases for the command line's hostile inputs: devices and pipes refused before they are
 * opened (so nothing hangs or fills memory), invalid UTF-8 told with its byte offset, dates out of
 * range and hostile option values echoed only safely, and a fault in the library its own exit
 * code (3) with no stack trace.
 */
class CliHostileInputTest {
  @Test
  void aDeviceIsRefusedNotReadForEver(@TempDir Path dir) throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero on this system");
    Run r = run("validate", "household", zero.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("NOT_A_REGULAR_FILE"), r.err());
    String caseFile = sample(dir, "case-family-section21.json").toString();
    Run codes = run("homelessness", "hclic", "--quarter", "2024Q2", "--codes", zero.toString(), caseFile);
    assertEquals(1, codes.exit());
    assertTrue(codes.err().contains("NOT_A_REGULAR_FILE"), codes.err());
    assertEquals("", codes.out());
  }

  @Test
  void aDeviceIsNeverReplacedByTheOutput(@TempDir Path dir) throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null on this system");
    Run r = run("homelessness", "hclic", "--quarter", "2024Q2", "--out", devNull.toString(),
        sample(dir, "case-family-section21.json").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("NOT_A_REGULAR_FILE"), r.err());
    assertFalse(Files.isRegularFile(devNull));
  }

  @Test
  void aPipeWithNoWriterIsRefusedWithoutWaiting(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.json");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false; // not a POSIX system: no mkfifo
    }
    assumeTrue(made && Files.exists(fifo), "mkfifo is not available here");
    Run r = run("validate", "household", fifo.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("NOT_A_REGULAR_FILE  this is not a regular file"), r.err());
    Run codes = run("homelessness", "hclic", "--quarter", "2024Q2", "--codes", fifo.toString(),
        sample(dir, "case-family-section21.json").toString());
    assertEquals(1, codes.exit());
    assertTrue(codes.err().contains("NOT_A_REGULAR_FILE"), codes.err());
  }

  @Test
  void invalidUtf8IsToldWithItsByteOffset(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    byte[] start = "{\"id\": \"".getBytes(StandardCharsets.US_ASCII);
    byte[] doc = new byte[start.length + 4];
    System.arraycopy(start, 0, doc, 0, start.length);
    doc[start.length] = (byte) 0xC0; // an overlong form of '/'
    doc[start.length + 1] = (byte) 0xAF;
    doc[start.length + 2] = '"';
    doc[start.length + 3] = '}';
    Files.write(file, doc);
    Run r = run("validate", "household", file.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("NOT_UTF8"), r.err());
    assertTrue(r.err().contains("byte " + start.length + " "), r.err());
    Run stdin = runWithInput(new ByteArrayInputStream(doc), "validate", "household", "-");
    assertEquals(r.err().replace(file.toString(), "standard input"), stdin.err());
  }

  @Test
  void aByteOrderMarkIsReadAlikeFromAFileAndStandardInput(@TempDir Path dir) throws IOException {
    Path file = sample(dir, "household-family.json");
    byte[] marked = ("\uFEFF" + Files.readString(file)).getBytes(StandardCharsets.UTF_8);
    Files.write(file, marked);
    Run fromFile = run("validate", "household", file.toString());
    Run fromStdin = runWithInput(new ByteArrayInputStream(marked), "validate", "household", "-");
    assertEquals(0, fromFile.exit(), fromFile.err());
    assertEquals(fromFile.out(), fromStdin.out());
  }

  @Test
  void datesOutsideEighteenHundredToTwentyTwoHundredAreUsageMistakes(@TempDir Path dir) throws IOException {
    String household = sample(dir, "household-family.json").toString();
    for (String date : new String[] {"1799-12-31", "2201-01-01"}) {
      Run r = run("validate", "household", household, "--as-at", date);
      assertEquals(2, r.exit(), r.err());
      assertTrue(r.err().contains("is not a date from 1800-01-01 to 2200-12-31"), r.err());
    }
    assertEquals(0, run("validate", "household", household, "--as-at", "2200-12-31").exit());
  }

  @Test
  void aHostileOptionValueIsEchoedOnlyShortAndSafe(@TempDir Path dir) throws IOException {
    String household = sample(dir, "household-family.json").toString();
    String hostile = "\u001b[2J<script>Jane Smith" + "x".repeat(200);
    Run r = run("validate", "household", household, "--as-at", hostile);
    assertEquals(2, r.exit());
    assertFalse(r.err().contains("\u001b"), r.err());
    assertFalse(r.err().contains("<script>"), r.err());
    assertFalse(r.err().contains("x".repeat(50)), r.err());
  }

  @Test
  void aFaultInTheLibraryExitsThreeWithNoStackTrace(@TempDir Path dir) throws IOException {
    Clock broken = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneId.of("Europe/London");
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        throw new IllegalStateException("the clock broke: Jane Smith 1990-01-01");
      }
    };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = HousingCommand.commandLine(new HousingCommand(broken, new ByteArrayInputStream(new byte[0])),
        new PrintWriter(out), new PrintWriter(err)).execute("validate", "household",
            sample(dir, "household-family.json").toString());
    assertEquals(HousingCommand.INTERNAL_ERROR, exit);
    assertEquals(3, exit);
    assertTrue(err.toString().contains("internal error"), err.toString());
    assertTrue(err.toString().contains(HousingCommand.STACK_TRACE_VARIABLE), err.toString());
    assertFalse(err.toString().contains("\tat "), err.toString());
    assertFalse(err.toString().contains("Jane Smith"), err.toString());
    assertEquals("", out.toString());
  }
}
