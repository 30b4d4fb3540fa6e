package uk.gov.worcester.housing.json.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.HousingModule;
import uk.gov.worcester.housing.json.JsonSchemas;

/**
 * The schema files in the jar are exactly what the codecs generate, so the published contract
 * cannot drift from the code that reads and writes it. After changing a codec on purpose, run
 * {@code mvn -pl housing-json -am verify -Dhousing.schemas.write=true} to rewrite the files, and
 * review and commit them.
 */
class SchemaFilesTest {
  static final Path FOLDER = Path.of("src/main/resources").resolve(JsonSchemas.FOLDER);

  @Test
  void theCheckedInSchemasAreWhatTheCodecsGenerate() throws IOException {
    SortedMap<String, String> generated = JsonSchemas.generateFiles(HousingModule.contract());
    if (Boolean.getBoolean("housing.schemas.write")) {
      write(generated);
    }
    assertTrue(Files.isDirectory(FOLDER), "run from the housing-json module: " + FOLDER.toAbsolutePath());
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path path = FOLDER.resolve(file.getKey());
      if (!Files.exists(path) || !Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
        stale.add(file.getKey());
      }
    }
    TreeSet<String> expected = new TreeSet<>(generated.keySet());
    expected.add(JsonSchemas.CODES);
    assertEquals(List.of(), stale, "schema files differ from the codecs; rewrite them with "
        + "-Dhousing.schemas.write=true, then review and commit");
    assertEquals(expected, onDisk(), "the schema folder holds exactly the generated files and " + JsonSchemas.CODES);
  }

  @Test
  void theShippedSchemasAreOnTheClassPath() {
    List<String> names = JsonSchemas.shippedNames();
    assertEquals(List.copyOf(HousingModule.contract().documents().keySet()), names);
    for (String name : names) {
      assertTrue(JsonSchemas.shipped(name).orElseThrow().contains("\"$id\" : \"" + JsonSchemas.ID_PREFIX + name + "\""),
          name);
    }
    assertTrue(JsonSchemas.shipped("no-such-document").isEmpty());
  }

  @Test
  void everyEnumCodeOfTheContractCarriesADescription() {
    List<String> undescribed = new ArrayList<>();
    for (EnumCodec<?> codec : HousingModule.contract().enums()) {
      describe(codec, undescribed);
    }
    assertEquals(List.of(), undescribed);
  }

  private static <E extends Enum<E>> void describe(EnumCodec<E> codec, List<String> undescribed) {
    for (E e : codec.type().getEnumConstants()) {
      if (codec.description(e).isEmpty()) {
        undescribed.add(codec.name() + "." + codec.code(e));
      }
    }
  }

  @Test
  void aDocumentWithAnUndescribedPartCannotBePublished() {
    CodecRegistry registry = new CodecRegistry();
    registry.document("bare", Codecs.list(Codecs.codec((String s, JsonGenerator out) -> out.writeString(s),
        node -> Validation.valid(node.stringValue()))), "A codec without a schema.");
    registry.document("undescribed-enum", EnumCodec.of(Sex.class), "An enum without descriptions.");
    for (CodecRegistry.Document d : registry.documents().values()) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> JsonSchemas.generate(d));
      assertTrue(e.getMessage().contains("undescribed"), e.getMessage());
    }
  }

  static TreeSet<String> onDisk() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  static void write(SortedMap<String, String> generated) throws IOException {
    Files.createDirectories(FOLDER);
    for (String name : onDisk()) {
      if (!generated.containsKey(name) && !name.equals(JsonSchemas.CODES)) {
        Files.delete(FOLDER.resolve(name));
      }
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Files.writeString(FOLDER.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
