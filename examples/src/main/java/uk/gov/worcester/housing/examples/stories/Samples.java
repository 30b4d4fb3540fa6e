package uk.gov.worcester.housing.examples.stories;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample JSON files bundled under {@code samples/} on the class path. */
public final class Samples {
  private Samples() {}

  /** The text of a bundled sample, such as {@code "household-family.json"}. */
  public static String text(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled sample " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
