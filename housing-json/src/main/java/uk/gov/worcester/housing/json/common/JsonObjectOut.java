package uk.gov.worcester.housing.json.common;

import java.util.Collection;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the fields of one JSON object in a fixed order. Absent optional values and empty lists
 * are left out, so the written JSON holds only what was recorded; reading it back gives the same
 * value. For a report an application writes; the published contract's types are
 * {@link ObjectCodec}s.
 */
public final class JsonObjectOut {
  private final JsonGenerator out;

  private JsonObjectOut(JsonGenerator out) {
    this.out = out;
  }

  /** Opens an object; close it with {@link #end()}. */
  public static JsonObjectOut start(JsonGenerator out) {
    out.writeStartObject();
    return new JsonObjectOut(out);
  }

  /** A field. */
  public <T> JsonObjectOut field(String name, JsonCodec<T> codec, T value) {
    out.writeName(name);
    codec.write(value, out);
    return this;
  }

  /** A field written only when present. */
  public <T> JsonObjectOut optional(String name, JsonCodec<T> codec, Optional<T> value) {
    if (value.isPresent()) {
      field(name, codec, value.get());
    }
    return this;
  }

  /** A field written only when it differs from the default readers assume. */
  public <T> JsonObjectOut unlessDefault(String name, JsonCodec<T> codec, T value, T fallback) {
    if (!value.equals(fallback)) {
      field(name, codec, value);
    }
    return this;
  }

  /** A list field, written only when not empty. */
  public <T, C extends Collection<T>> JsonObjectOut list(String name, JsonCodec<C> codec, C values) {
    if (!values.isEmpty()) {
      field(name, codec, values);
    }
    return this;
  }

  /** A text field. */
  public JsonObjectOut text(String name, String value) {
    out.writeStringProperty(name, value);
    return this;
  }

  /** Closes the object. */
  public void end() {
    out.writeEndObject();
  }
}
