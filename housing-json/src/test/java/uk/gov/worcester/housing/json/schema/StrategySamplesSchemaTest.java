package uk.gov.worcester.housing.json.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every strategy sample record file (one folder per district under {@code samples/strategy}) follows
 * the published schema of its domain's document, checked by the independent validator.
 */
class StrategySamplesSchemaTest {
  static final Path SAMPLES = Path.of("../examples/src/main/resources/samples/strategy");

  static final Map<String, String> PREFIXES = new LinkedHashMap<>();

  static {
    PREFIXES.put("case-", "case-record");
    PREFIXES.put("street-contacts", "street-contacts");
    PREFIXES.put("count-nights", "rough-sleeping-count-nights");
    PREFIXES.put("lettings-application-", "lettings-application");
    PREFIXES.put("lettings-advert-", "lettings-advert");
    PREFIXES.put("welfare-records", "welfare-records");
    PREFIXES.put("grant-records", "grant-records");
    PREFIXES.put("hhsrs-inspection-", "hhsrs-inspection");
    PREFIXES.put("hazard-removals", "hazard-removals");
    PREFIXES.put("hmo-licences-granted", "hmo-licences-granted");
    PREFIXES.put("affordable-completions", "affordable-completions");
  }

  @Test
  void everyStrategySampleFollowsItsDomainsSchema() throws IOException {
    if (!Files.isDirectory(SAMPLES)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> all = Files.walk(SAMPLES)) {
      files = all.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 20, "samples found: " + files.size());
    for (Path f : files) {
      String name = f.getFileName().toString();
      String document = PREFIXES.entrySet().stream().filter(e -> name.startsWith(e.getKey())).map(Map.Entry::getValue)
          .findFirst().orElseThrow(() -> new AssertionError("no schema is known for " + name));
      SchemaValidationTest.assertValid(document, Files.readString(f, StandardCharsets.UTF_8));
    }
  }
}
