package uk.gov.worcester.housing.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.SchemaDefs;

/**
 * The published JSON Schemas (draft 2020-12) of the contract's documents, one file per document
 * type under {@value #FOLDER} in this jar, with an {@value #INDEX} listing them and
 * {@value #CODES} listing the reason, deadline and problem codes. The files are generated from the
 * same codecs that read and write the documents ({@link #generate}); a test fails when the
 * checked-in files differ from what the codecs generate, so they cannot drift.
 *
 * <pre>{@code
 * Optional<String> schema = JsonSchemas.shipped("household");   // the text of household.schema.json
 * }</pre>
 */
public final class JsonSchemas {
  /** The class-path folder of the schema files. */
  public static final String FOLDER = "uk/gov/worcester/housing/json/schema/";
  /** The index of the documents, in {@link #FOLDER}. */
  public static final String INDEX = "index.json";
  /** The reason, deadline and problem codes with their descriptions, in {@link #FOLDER}. */
  public static final String CODES = "codes.json";
  /** The JSON Schema dialect of every file. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  /** The prefix of each schema's {@code $id}; the document's name follows. */
  public static final String ID_PREFIX = "urn:uk-gov-worcester-housing:json-schema:";

  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private JsonSchemas() {}

  /** The file name of a document's schema: {@code household.schema.json}. */
  public static String fileName(String document) {
    return document + ".schema.json";
  }

  /**
   * The schema of one document, generated from its codec. A codec in it that has no description
   * (a bare writer and reader, an enum code without a description) is a programming error.
   */
  public static ObjectNode generate(CodecRegistry.Document document) {
    SchemaDefs defs = new SchemaDefs();
    ObjectNode root = document.codec().schema(defs);
    if (!defs.undescribed().isEmpty()) {
      throw new IllegalStateException("the schema of " + document.name() + " has undescribed parts: "
          + String.join(", ", defs.undescribed()));
    }
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("$id", ID_PREFIX + document.name());
    schema.put("title", document.name());
    schema.put("description", document.description());
    schema.setAll(root);
    ObjectNode all = schema.putObject("$defs");
    defs.defs().forEach(all::set);
    return schema;
  }

  /** The index: every document with its file and description, and the codes file. */
  public static ObjectNode index(CodecRegistry registry) {
    ObjectNode index = JsonNodeFactory.instance.objectNode();
    index.put("$comment", "Generated from the codecs of housing-json by JsonSchemas; do not edit by hand.");
    index.put("dialect", DIALECT);
    ArrayNode documents = index.putArray("documents");
    for (CodecRegistry.Document d : registry.documents().values()) {
      documents.addObject().put("name", d.name()).put("file", fileName(d.name())).put("description", d.description());
    }
    index.put("codes", CODES);
    return index;
  }

  /**
   * Every generated file of {@link #FOLDER}, by file name: the index and one schema per document
   * ({@value #CODES} is written by hand and is not among them).
   */
  public static SortedMap<String, String> generateFiles(CodecRegistry registry) {
    SortedMap<String, String> files = new TreeMap<>();
    files.put(INDEX, text(index(registry)));
    for (Map.Entry<String, CodecRegistry.Document> d : registry.documents().entrySet()) {
      files.put(fileName(d.getKey()), text(generate(d.getValue())));
    }
    return files;
  }

  /** The document types whose schemas ship in this jar, in the index's order. */
  public static List<String> shippedNames() {
    List<String> names = new ArrayList<>();
    resource(INDEX).map(MAPPER::readTree).ifPresent(index -> {
      for (JsonNode d : index.path("documents")) {
        names.add(d.path("name").stringValue());
      }
    });
    return names;
  }

  /** The text of the shipped schema of {@code document}, if there is one. */
  public static Optional<String> shipped(String document) {
    return shippedNames().contains(document) ? resource(fileName(document)) : Optional.empty();
  }

  /** The text of the shipped codes file. */
  public static String shippedCodes() {
    return resource(CODES).orElseThrow(() -> new IllegalStateException(CODES + " is missing from the jar"));
  }

  /** A tree as the files hold it: indented, with a final line break. */
  static String text(JsonNode node) {
    return MAPPER.writeValueAsString(node).replace("\r\n", "\n") + "\n";
  }

  private static Optional<String> resource(String file) {
    try (InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
