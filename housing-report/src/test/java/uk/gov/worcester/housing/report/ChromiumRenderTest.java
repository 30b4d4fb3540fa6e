package uk.gov.worcester.housing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import uk.gov.worcester.housing.report.render.HtmlRenderer;

/**
 * Renders the sample report in a real headless Chromium (Debian's package, which {@code .ci/run}
 * installs when it is missing): it must exit cleanly, write a screenshot, lay out the page's headings
 * and charts, and log no console message from the page (no script runs, so any message is the
 * browser refusing something, such as a load the page's Content Security Policy blocks). Chromium's
 * own start-up noise (D-Bus, GPU, sandbox) is not the page's and is ignored. Without
 * /usr/bin/chromium the test is skipped, unless HOUSING_REQUIRE_CHROMIUM=1, when it fails.
 */
class ChromiumRenderTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  /** How Chromium logs a page's console message with --enable-logging=stderr: "[...:INFO:CONSOLE:12] ...". */
  static final Pattern CONSOLE = Pattern.compile(":CONSOLE(?::|\\()\\d+\\)?\\]");
  /** Not a time the test measures: only a guard so a hung browser cannot hang the build. */
  static final long GUARD_MINUTES = 3;

  @BeforeAll
  static void chromiumIsThere() {
    boolean there = Files.isExecutable(CHROMIUM);
    if (!there && "1".equals(System.getenv("HOUSING_REQUIRE_CHROMIUM"))) {
      fail(CHROMIUM + " is missing and HOUSING_REQUIRE_CHROMIUM=1: install Debian's chromium package");
    }
    Assumptions.assumeTrue(there, CHROMIUM + " is missing, so the page is not rendered in a browser (install"
        + " Debian's chromium package, or set HOUSING_REQUIRE_CHROMIUM=1 to make this a failure)");
  }

  /** What one headless run gave. */
  record Run(int exit, String dom, List<String> stderr, Path product) {
    List<String> consoleLines() {
      return stderr.stream().filter(line -> CONSOLE.matcher(line).find()).toList();
    }
  }

  static Run render(Path html, Path work) throws IOException, InterruptedException {
    Path screenshot = work.resolve("page.png");
    return run(html, work, screenshot, "--screenshot=" + screenshot, "--window-size=1200,2000", "--dump-dom");
  }

  /** One headless Chromium run over the page with a fresh profile, its output and stderr kept in {@code work}. */
  static Run run(Path html, Path work, Path product, String... what) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(work.resolve("profile"));
    Path out = work.resolve("dom.html");
    Path err = work.resolve("stderr.txt");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + profile));
    command.addAll(List.of(what));
    command.add(html.toAbsolutePath().toUri().toString());
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
    if (!process.waitFor(GUARD_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("Chromium did not finish; its stderr is in " + err);
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readAllLines(err, StandardCharsets.UTF_8), product);
  }

  static Path workDir(String name) throws IOException {
    Path dir = Path.of("target", "chromium", name).toAbsolutePath();
    if (Files.exists(dir)) {
      try (Stream<Path> old = Files.walk(dir)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  @Test
  void theSampleReportRendersInChromiumWithoutAConsoleMessage() throws Exception {
    Path html = HtmlRendererTest.writeSample("partnership-plan-year2.html", SampleReport.year2());
    Run run = render(html, workDir("sample"));
    assertEquals(0, run.exit(), "Chromium's exit code; stderr: " + run.stderr());
    assertEquals(List.of(), run.consoleLines(), "console messages from the page");
    assertPng(run.product());
    Document dom = HtmlChecks.parse(run.dom());
    assertEquals(List.of("Worcestershire Housing Partnership Plan: progress and outcomes for year 2"),
        HtmlChecks.texts(dom, "h1"));
    List<String> h2 = HtmlChecks.texts(dom, "h2");
    assertTrue(h2.containsAll(List.of("1. Recommendation", "4. Progress by priority", "5. Next steps and risks")), h2.toString());
    assertEquals(7, HtmlChecks.texts(dom, "svg").size(), "every chart is in the rendered DOM");
    assertTrue(HtmlChecks.texts(dom, "desc").stream().allMatch(d -> d.startsWith("Of ") || d.startsWith("Against ")));
  }

  @Test
  void theHostileReportRendersWithoutRunningItsScript() throws Exception {
    Path html = HtmlRendererTest.writeSample("partnership-plan-year2-hostile.html", SampleReport.year2(true));
    Run run = render(html, workDir("hostile"));
    assertEquals(0, run.exit(), "Chromium's exit code; stderr: " + run.stderr());
    assertEquals(List.of(), run.consoleLines(), "console messages from the page");
    assertTrue(Files.size(run.product()) > 0, "a screenshot");
    Document dom = HtmlChecks.parse(run.dom());
    assertEquals(List.of(), HtmlChecks.texts(dom, "script"), "the hostile text made no script element");
  }

  /** The print styles lay the page out for A4 without a console message. */
  @Test
  void theSampleReportPrintsToPdf() throws Exception {
    Path html = HtmlRendererTest.writeSample("partnership-plan-year2.html", SampleReport.year2());
    Path work = workDir("print");
    Path pdf = work.resolve("page.pdf");
    Run run = run(html, work, pdf, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
    assertEquals(0, run.exit(), "Chromium's exit code; stderr: " + run.stderr());
    assertEquals(List.of(), run.consoleLines(), "console messages from the page");
    byte[] bytes = Files.readAllBytes(pdf);
    assertTrue(bytes.length > 10_000, "a PDF of several pages: " + bytes.length + " bytes");
    assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
  }

  /** The console check can fail: a page that logs, and one whose load the policy blocks, are both caught. */
  @Test
  void aPageThatLogsOrLoadsSomethingIsCaught() throws Exception {
    Path work = workDir("bad");
    Path bad = work.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlRenderer.CONTENT_SECURITY_POLICY + "\">"
        + "<title>Bad</title></head><body><h1>Bad</h1><img src=\"elsewhere.png\" alt=\"elsewhere\"></body></html>",
        StandardCharsets.UTF_8);
    Run run = render(bad, work);
    assertEquals(0, run.exit());
    List<String> console = run.consoleLines();
    assertEquals(1, console.size(), "the blocked image: " + run.stderr());
    assertTrue(console.get(0).contains("Content Security Policy"), console.get(0));
  }

  /** A PNG of the window's size in which the charts' solid blue and green were painted. */
  static void assertPng(Path png) throws IOException {
    byte[] bytes = Files.readAllBytes(png);
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    for (int i = 0; i < signature.length; i++) {
      assertEquals(signature[i], bytes[i], "the PNG signature");
    }
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1200, image.getWidth());
    assertEquals(2000, image.getHeight());
    int blue = 0;
    int green = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        blue += rgb == 0x1d70b8 ? 1 : 0;
        green += rgb == 0x00703c ? 1 : 0;
      }
    }
    assertTrue(blue > 2000, "the masthead rule and this year's bars are painted: " + blue + " blue pixels");
    assertTrue(green > 2000, "completed actions' bars are painted: " + green + " green pixels");
  }
}
