package uk.gov.worcester.housing.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.json.common.JsonCodec;

/**
 * What every domain's policy documents test shares: the shipped documents are exactly the Java
 * defaults written out, so the two cannot drift (rewrite them after a deliberate change with
 * {@code mvn -pl housing-json -am verify -Dhousing.policies.write=true}, then review and commit),
 * and a refused document's problems as {@code pointer CODE} lines.
 */
public final class ShippedPolicyDocuments {
  private ShippedPolicyDocuments() {}

  private static final HousingJson JSON = HousingJson.create();

  /** A shipped document: its resource (under the domain's folder), its codec and the Java default. */
  public record Shipped<T>(String resource, JsonCodec<T> codec, T value) {
    /** The default written out as the shipped document is (without its final line end). */
    public String written() {
      return JSON.write(value, codec);
    }
  }

  /**
   * Asserts that each document in {@code folder} (of the module's sources) is its default written
   * out and a line end; with {@code -Dhousing.policies.write=true}, writes them first.
   */
  public static void assertWrittenOut(Path folder, List<? extends Shipped<?>> shipped) {
    List<String> stale = new ArrayList<>();
    for (Shipped<?> s : shipped) {
      String written = s.written() + "\n";
      Path file = folder.resolve(s.resource());
      try {
        if (Boolean.getBoolean("housing.policies.write")) {
          Files.createDirectories(file.getParent());
          Files.writeString(file, written, StandardCharsets.UTF_8);
        }
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(written)) {
          stale.add(s.resource());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertEquals(List.of(), stale, "policy documents differ from the Java defaults; rewrite them with "
        + "-Dhousing.policies.write=true, then review and commit");
  }

  /** The problems of a refused document, {@code /versions/0/colour UNKNOWN_FIELD}; fails if it was accepted. */
  public static List<String> problems(Validation<Seq<Problem>, ?> v) {
    assertTrue(v.isInvalid(), "should have been refused");
    return v.getError().map(p -> p.path().jsonPointer() + " " + p.code()).toJavaList();
  }
}
