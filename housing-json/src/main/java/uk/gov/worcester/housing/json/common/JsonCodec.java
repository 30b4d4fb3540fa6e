package uk.gov.worcester.housing.json.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import tools.jackson.core.JsonGenerator;
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
   * This codec's JSON Schema (draft 2020-12), placing any named part in {@code defs}. A codec made
   * from a bare writer and reader has no description, and a schema that uses it cannot be
   * published ({@link SchemaDefs#undescribed}).
   */
  default ObjectNode schema(SchemaDefs defs) {
    return defs.undescribed(getClass().getName());
  }
}
