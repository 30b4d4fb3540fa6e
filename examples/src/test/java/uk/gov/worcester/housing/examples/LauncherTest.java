package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code housing} launcher script (src/main/launcher/housing, copied to target/housing by the
 * package step beside housing.jar and its class data archive housing.jsa). The script from the
 * source tree is run beside a stand-in housing.jar whose manifest class path is this test's, so it
 * is tested in every build; the packaged launcher, with its real archive, is tested when an earlier
 * package step left one in target. Needs bash; skipped where there is none.
 */
class LauncherTest {
  static final Path SAMPLES = Path.of("src/main/resources/samples").toAbsolutePath();
  static final String FAMILY = SAMPLES.resolve("household-family.json").toString();
  static final String INVALID = SAMPLES.resolve("household-invalid.json").toString();

  record Result(int exit, String out, String err) {}

  static Result launch(Path launcher, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("HOUSING_JAVA_OPTS");
    builder.environment().putAll(environment);
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the launcher did not finish");
      return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  static boolean hasBash() {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "bash")));
  }

  /** The source launcher beside a housing.jar that is only a manifest naming this test's class path. */
  static Path launcherBesideStandInJar(Path dir) throws IOException {
    Path launcher = dir.resolve("housing");
    Files.copy(Path.of("src/main/launcher/housing"), launcher);
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
            .collect(Collectors.joining(" ")));
    try (OutputStream jar = Files.newOutputStream(dir.resolve("housing.jar"))) {
      new JarOutputStream(jar, manifest).close();
    }
    return launcher;
  }

  @Test
  void theLauncherRunsTheCommandLine(@TempDir Path dir) throws Exception {
    assumeTrue(hasBash(), "no bash");
    Path launcher = launcherBesideStandInJar(dir);
    Result valid = launch(launcher, Map.of(), "validate", "household", FAMILY, "--as-at", "2024-05-01");
    assertEquals(0, valid.exit(), valid.err());
    assertTrue(valid.out().contains("\"applicantAge\" : 38"), valid.out());
    assertEquals("", valid.err());
    Result invalid = launch(launcher, Map.of(), "validate", "household", INVALID);
    assertEquals(1, invalid.exit(), invalid.err());
    Result usage = launch(launcher, Map.of(), "no-such-command");
    assertEquals(2, usage.exit(), usage.err());
  }

  @Test
  void anArchiveThatDoesNotMatchIsPassedOverInSilence(@TempDir Path dir) throws Exception {
    assumeTrue(hasBash(), "no bash");
    Path launcher = launcherBesideStandInJar(dir);
    Result without = launch(launcher, Map.of(), "validate", "household", FAMILY, "--as-at", "2024-05-01");
    Files.writeString(dir.resolve("housing.jsa"), "not a class data archive", StandardCharsets.UTF_8);
    Result with = launch(launcher, Map.of(), "validate", "household", FAMILY, "--as-at", "2024-05-01");
    assertEquals(0, with.exit(), with.err());
    assertEquals(without.out(), with.out());
    assertEquals("", with.err());
  }

  @Test
  void javaHomeThatHasNoJavaFallsBackToThePath(@TempDir Path dir) throws Exception {
    assumeTrue(hasBash(), "no bash");
    Path launcher = launcherBesideStandInJar(dir);
    Path java = Path.of(System.getProperty("java.home"), "bin");
    Result result = launch(launcher, Map.of("JAVA_HOME", dir.resolve("no-jdk").toString(),
        "PATH", java + File.pathSeparator + System.getenv("PATH")), "--version");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().startsWith("housing "), result.out());
  }

  @Test
  void thePackagedLauncherMapsTheArchiveTheTrainingRunWrote() throws Exception {
    Path launcher = Path.of("target/housing").toAbsolutePath();
    assumeTrue(hasBash() && Files.isRegularFile(launcher) && Files.isRegularFile(Path.of("target/housing.jsa")),
        "no packaged launcher and archive yet: run mvn package");
    assertTrue(Files.getPosixFilePermissions(launcher).containsAll(PosixFilePermissions.fromString("r-x------")));
    // -Xshare:on makes a missing or mismatched archive an error rather than a quiet fallback
    Result result = launch(launcher, Map.of("HOUSING_JAVA_OPTS", "-Xshare:on"), "validate", "household", FAMILY,
        "--as-at", "2024-05-01");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().contains("\"applicantAge\" : 38"), result.out());
    assertEquals("", result.err());
  }
}
