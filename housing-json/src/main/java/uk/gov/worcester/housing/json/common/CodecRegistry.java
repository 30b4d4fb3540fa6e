package uk.gov.worcester.housing.json.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The types a domain teaches the JSON module, each with its codec, and the enum codes that are part
 * of the contract. Each domain's {@code ...Json} class adds its own in one {@code register} method;
 * {@link uk.gov.worcester.housing.json.HousingModule} gathers them all.
 */
public final class CodecRegistry {
  private final Map<Class<?>, JsonCodec<?>> codecs = new LinkedHashMap<>();
  private final List<EnumCodec<?>> enums = new ArrayList<>();

  /** Adds a type that can be read and written on its own (a document's root, say). */
  public <T> CodecRegistry add(Class<T> type, JsonCodec<T> codec) {
    if (codecs.putIfAbsent(type, codec) != null) {
      throw new IllegalArgumentException("a codec is registered twice for " + type.getName());
    }
    if (codec instanceof EnumCodec) {
      enums.add((EnumCodec<?>) codec);
    }
    return this;
  }

  /** Adds an enum both as a type and to the contract's code list. */
  public <E extends Enum<E>> CodecRegistry add(EnumCodec<E> codec) {
    return add(codec.type(), codec);
  }

  /** The codec for exactly {@code type}, if registered. */
  @SuppressWarnings("unchecked")
  public <T> Optional<JsonCodec<T>> find(Class<T> type) {
    return Optional.ofNullable((JsonCodec<T>) codecs.get(type));
  }

  /**
   * The codec for {@code type} or the nearest registered supertype (an Immutables implementation
   * class finds its abstract value type's codec).
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<JsonCodec<T>> findFor(Class<? extends T> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      JsonCodec<?> codec = codecs.get(c);
      if (codec != null) {
        return Optional.of((JsonCodec<T>) codec);
      }
    }
    for (Class<?> i : type.getInterfaces()) {
      JsonCodec<?> codec = codecs.get(i);
      if (codec != null) {
        return Optional.of((JsonCodec<T>) codec);
      }
    }
    return Optional.empty();
  }

  /** Every registered type with its codec, in registration order. */
  public Map<Class<?>, JsonCodec<?>> all() {
    return Collections.unmodifiableMap(codecs);
  }

  /** Every enum in the contract. */
  public List<EnumCodec<?>> enums() {
    return Collections.unmodifiableList(enums);
  }
}
