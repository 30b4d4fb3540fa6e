package uk.gov.worcester.housing.json.common;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of reading over Jackson's token stream that every codec shares. The parser reading a
 * document does not detect duplicate fields itself (that costs a set of names per object): an
 * {@link ObjectCodec} detects them over its known fields, and the parts of a document no codec
 * reads field by field (a value skipped after a wrong type, an unknown field's value, a tree built
 * for a codec that reads trees) are checked here. Each method starts at the current token, the
 * first of one value, and leaves the parser on that value's last token. Strings are materialised
 * wherever a tree would hold them, so the parser's length limits apply to them as they did when
 * every document was read into a tree first.
 */
final class JsonStream {
  /** How Jackson's own strict duplicate detection words the problem; the facade maps it. */
  static final String DUPLICATE_MESSAGE = "Duplicate Object property";

  private JsonStream() {}

  /** The problem of a field met twice in one object, raised as Jackson raises it. */
  static StreamReadException duplicate(JsonParser in) {
    return new StreamReadException(in, DUPLICATE_MESSAGE + " (a field appears twice in one object)");
  }

  /** Passes over the current value, checking it as a tree would be checked. */
  static void skip(JsonParser in) {
    JsonToken t = in.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Set<String> names = null;
      for (JsonToken n = in.nextToken(); n == JsonToken.PROPERTY_NAME; n = in.nextToken()) {
        if (names == null) {
          names = new HashSet<>();
        }
        if (!names.add(in.currentName())) {
          throw duplicate(in);
        }
        in.nextToken();
        skip(in);
      }
    } else if (t == JsonToken.START_ARRAY) {
      for (JsonToken n = in.nextToken(); n != JsonToken.END_ARRAY; n = in.nextToken()) {
        skip(in);
      }
    } else if (t == JsonToken.VALUE_STRING) {
      in.getString(); // the string-length limit is checked when the text is read
    }
  }

  /** The current value as a tree, for a codec that reads trees. */
  static JsonNode tree(JsonParser in) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (in.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        in.nextToken();
        restOf(in, object);
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        for (JsonToken n = in.nextToken(); n != JsonToken.END_ARRAY; n = in.nextToken()) {
          array.add(tree(in));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.stringNode(in.getString());
      }
      case VALUE_NUMBER_INT -> {
        return switch (in.getNumberType()) {
          case INT -> nodes.numberNode(in.getIntValue());
          case LONG -> nodes.numberNode(in.getLongValue());
          default -> nodes.numberNode(in.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(in.getDoubleValue());
      }
      case VALUE_TRUE -> {
        return nodes.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return nodes.booleanNode(false);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> {
        return nodes.missingNode();
      }
    }
  }

  /**
   * Reads the rest of an object into {@code object}, from the current token (a field name, or the
   * object's end), refusing a name already in {@code object}.
   */
  static void restOf(JsonParser in, ObjectNode object) {
    for (JsonToken n = in.currentToken(); n == JsonToken.PROPERTY_NAME; n = in.nextToken()) {
      String name = in.currentName();
      in.nextToken();
      if (object.putIfAbsent(name, tree(in)) != null) {
        throw duplicate(in);
      }
    }
  }

  /** A parser over a tree, on its first token, for reading a tree with a codec that streams. */
  static JsonParser over(JsonNode node) {
    JsonParser in = node.traverse(ObjectReadContext.empty());
    in.nextToken();
    return in;
  }
}
