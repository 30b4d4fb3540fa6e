package uk.gov.worcester.housing.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * What {@code housing --version} prints: the version of the build this jar came from, written into
 * {@code housing.properties} by Maven's resource filtering (so it cannot drift from the pom as a
 * version typed into the command's annotation did).
 */
public final class BuildVersion implements CommandLine.IVersionProvider {
  /** The version when the jar carries no build facts (classes run from an IDE, say). */
  public static final String UNKNOWN = "unknown";

  /** The build's version, or {@value #UNKNOWN}. */
  public static String version() {
    try (InputStream in = BuildVersion.class.getResourceAsStream("housing.properties")) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties build = new Properties();
      build.load(in);
      String version = build.getProperty("version", UNKNOWN);
      return version.isBlank() || version.contains("${") ? UNKNOWN : version;
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"housing " + version()};
  }
}
