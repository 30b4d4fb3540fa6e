package uk.gov.worcester.housing.json.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.core.common.Problem;

/**
 * How one type is written to and read from JSON, and described by JSON Schema. Reading is strict
 * and total: it returns the value or every problem found, each with a path relative to the node
 * read, and never throws. Codecs compose: an object's codec reads, writes and describes its fields
 * with its fields' codecs (see {@link ObjectCodec}).
 *
 * @param <T> the type
 */
public interface JsonCodec<T> {
  /** Writes {@code value} as one JSON value. */
  void write(T value, JsonGenerator out);

  /** Reads one JSON value. */
  Validation<Seq<Problem>, T> read(JsonNode node);

  /**
   * Reads one JSON value from a token stream: {@code in} is on the value's first token, and is
   * left on its last (the same token for a scalar), having read the whole value even when it has
   * problems. The same value and problems as {@link #read(JsonNode)} on the same JSON, except in an
   * object already refused for more than a thousand unknown names, where a name repeated only past
   * the first thousand is not reported as a repeat (see {@code JsonStream.Names}). A field met
   * twice in one object, malformed text and the parser's limits are Jackson exceptions, which the
   * caller turns into its one problem. By default the value is read as a tree and given to
   * {@link #read(JsonNode)}.
   */
  default Validation<Seq<Problem>, T> read(JsonParser in) {
    return read(JsonStream.tree(in));
  }

  /**
   * This codec's JSON Schema (draft 2020-12), placing any named part in {@code defs}. A codec made
   * from a bare writer and reader has no description, and a schema that uses it cannot be
   * published ({@link SchemaDefs#undescribed}).
   */
  default ObjectNode schema(SchemaDefs defs) {
    return defs.undescribed(getClass().getName());
  }
}
