package uk.gov.worcester.housing.json.common;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The named parts ({@code $defs}) of one JSON Schema document, collected while codecs describe
 * themselves. A codec with a name (an object, an enum, a parsed value) describes itself once here
 * and is referred to by {@code {"$ref": "#/$defs/Name"}} everywhere it is used.
 */
public final class SchemaDefs {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Map<String, ObjectNode> defs = new LinkedHashMap<>();
  private final List<String> undescribed = new ArrayList<>();

  /** An empty schema object to fill in. */
  public ObjectNode object() {
    return NODES.objectNode();
  }

  /** An empty JSON array. */
  public ArrayNode array() {
    return NODES.arrayNode();
  }

  /**
   * A reference to the part named {@code name}; {@code body} describes it the first time the name
   * is used. Two different descriptions under one name are a programming error.
   */
  public ObjectNode ref(String name, Function<SchemaDefs, ObjectNode> body) {
    if (!defs.containsKey(name)) {
      defs.put(name, null);
      defs.put(name, body.apply(this));
    } else if (defs.get(name) != null) {
      ObjectNode again = body.apply(this);
      if (!again.equals(defs.get(name))) {
        throw new IllegalStateException("two different schemas are named " + name);
      }
    }
    return object().put("$ref", "#/$defs/" + name);
  }

  /** Records that a codec has no description: the schema that uses it is not publishable. */
  public ObjectNode undescribed(String what) {
    undescribed.add(what);
    return object().put("description", "not described: " + what);
  }

  /** Every named part, by name. */
  public Map<String, ObjectNode> defs() {
    Map<String, ObjectNode> sorted = new TreeMap<>(defs);
    return Collections.unmodifiableMap(sorted);
  }

  /** The codecs met that have no description. */
  public List<String> undescribed() {
    return Collections.unmodifiableList(undescribed);
  }

  /** {@code value} as the JSON {@code codec} writes (for a field's {@code default}). */
  public static <T> JsonNode written(JsonCodec<T> codec, T value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = MAPPER.createGenerator(text)) {
      codec.write(value, out);
    }
    return MAPPER.readTree(text.toString());
  }
}
