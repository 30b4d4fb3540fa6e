package uk.gov.worcester.housing.json.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import uk.gov.worcester.housing.core.common.Problem;

/**
 * How one type is written to and read from JSON. Reading is strict and total: it returns the value
 * or every problem found, each with a path relative to the node read, and never throws. Codecs
 * compose: an object's codec reads its fields with its fields' codecs (see {@link JsonObjectIn}).
 *
 * @param <T> the type
 */
public interface JsonCodec<T> {
  /** Writes {@code value} as one JSON value. */
  void write(T value, JsonGenerator out);

  /** Reads one JSON value. */
  Validation<Seq<Problem>, T> read(JsonNode node);
}
