package uk.gov.worcester.housing.json.common;

import java.util.function.Supplier;

/**
 * The result of reading one field through {@link JsonObjectIn}: its value, available once the
 * whole object has been read without problems (inside {@link JsonObjectIn#build}). Asking for it
 * earlier, or after a problem, is a programming error.
 *
 * @param <T> the field's type
 */
public final class JsonField<T> implements Supplier<T> {
  private final T value;
  private final boolean ok;

  private JsonField(T value, boolean ok) {
    this.value = value;
    this.ok = ok;
  }

  static <T> JsonField<T> of(T value) {
    return new JsonField<>(value, true);
  }

  static <T> JsonField<T> failed() {
    return new JsonField<>(null, false);
  }

  boolean isOk() {
    return ok;
  }

  /** The field's value. */
  @Override
  public T get() {
    if (!ok) {
      throw new IllegalStateException("a field with problems has no value; read it inside build()");
    }
    return value;
  }
}
