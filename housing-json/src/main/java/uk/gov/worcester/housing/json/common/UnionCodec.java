package uk.gov.worcester.housing.json.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;

/**
 * The codec of a closed family of object types told apart by a discriminator field from a fixed
 * code list ({@code {"type": "DUTY_ENDED", ...}}), never by a class name. Each variant is an
 * {@link ObjectCodec} whose first field is the discriminator. Reading reports a missing or unknown
 * discriminator once and nothing else; then the variant reads the rest. The schema is a
 * {@code oneOf} with a {@code const} discriminator per variant.
 *
 * @param <T> the family's type
 * @param <K> the discriminator's code list
 */
public final class UnionCodec<T, K extends Enum<K>> implements JsonCodec<T> {
  private final String name;
  private final String tag;
  private final EnumCodec<K> tags;
  private final Function<? super T, K> tagOf;
  private final String expected;
  private final Map<K, Variant<T, ?>> variants;

  private UnionCodec(String name, String tag, EnumCodec<K> tags, Function<? super T, K> tagOf, String expected,
      Map<K, Variant<T, ?>> variants) {
    this.name = name;
    this.tag = tag;
    this.tags = tags;
    this.tagOf = tagOf;
    this.expected = expected;
    this.variants = variants;
  }

  /**
   * Starts a union of {@code type}, told apart by the field {@code tag} holding a code of
   * {@code tags}; {@code expected} names a value of it in a wrong-type problem ("an event
   * object").
   */
  public static <T, K extends Enum<K>> Builder<T, K> builder(Class<T> type, String tag, EnumCodec<K> tags,
      Function<? super T, K> tagOf, String expected) {
    return new Builder<>(ObjectCodec.schemaName(type), tag, tags, tagOf, expected);
  }

  @Override
  public void write(T value, JsonGenerator out) {
    variants.get(tagOf.apply(value)).write(value, out);
  }

  @Override
  public Validation<Seq<Problem>, T> read(JsonNode node) {
    if (!node.isObject()) {
      return Codecs.wrongType(expected);
    }
    JsonNode tagNode = node.get(tag);
    if (tagNode == null || tagNode.isNull()) {
      return Validated.invalid(Problem.at(tag, ProblemCodes.REQUIRED, "is required: one of "
          + String.join(", ", tags.codes().values())));
    }
    Validation<Seq<Problem>, K> k = tags.read(tagNode);
    if (k.isInvalid()) {
      return Validation.invalid(k.getError().map(p -> p.within(Path.of(tag))));
    }
    return variants.get(k.get()).read(node);
  }

  /**
   * Reads from the stream when the discriminator comes first, as this codec writes it: the
   * variant then reads the rest of the object. Otherwise (the discriminator later, absent or not a
   * code) the object is read as a tree and read as {@link #read(JsonNode)} reads it.
   */
  @Override
  public Validation<Seq<Problem>, T> read(JsonParser in) {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      JsonStream.skip(in);
      return Codecs.wrongType(expected);
    }
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (in.nextToken() == JsonToken.PROPERTY_NAME && in.currentName().equals(tag)) {
      if (in.nextToken() == JsonToken.VALUE_STRING) {
        Validation<Seq<Problem>, K> k = tags.parse(in.getString());
        if (k.isValid()) {
          return variants.get(k.get()).read(in, k.get());
        }
      }
      node.set(tag, JsonStream.tree(in));
      in.nextToken();
    }
    JsonStream.restOf(in, node);
    return read(node);
  }

  @Override
  public ObjectNode schema(SchemaDefs defs) {
    return defs.ref(name, d -> {
      ObjectNode s = d.object().put("type", "object");
      s.putObject("properties").set(tag, tags.schema(d));
      s.putArray("required").add(tag);
      ArrayNode oneOf = s.putArray("oneOf");
      for (Variant<T, ?> v : variants.values()) {
        oneOf.add(v.codec.schema(d));
      }
      return s;
    });
  }

  /** One variant: its codec and its Java type. */
  private static final class Variant<T, V extends T> {
    final Class<V> type;
    final ObjectCodec<V> codec;

    Variant(Class<V> type, ObjectCodec<V> codec) {
      this.type = type;
      this.codec = codec;
    }

    void write(T value, JsonGenerator out) {
      codec.write(type.cast(value), out);
    }

    Validation<Seq<Problem>, T> read(JsonNode node) {
      return codec.read(node).map(v -> v);
    }

    Validation<Seq<Problem>, T> read(JsonParser in, Object discriminator) {
      return codec.readObject(in, discriminator).map(v -> v);
    }
  }

  /**
   * Describes the variants of a union, one per discriminator code.
   *
   * @param <T> the family's type
   * @param <K> the discriminator's code list
   */
  public static final class Builder<T, K extends Enum<K>> {
    private final String name;
    private final String tag;
    private final EnumCodec<K> tags;
    private final Function<? super T, K> tagOf;
    private final String expected;
    private final Map<K, Variant<T, ?>> variants;

    Builder(String name, String tag, EnumCodec<K> tags, Function<? super T, K> tagOf, String expected) {
      this.name = name;
      this.tag = tag;
      this.tags = tags;
      this.tagOf = tagOf;
      this.expected = expected;
      this.variants = new EnumMap<>(tags.type());
    }

    /**
     * The variant for {@code code}, a {@code type} whose fields after the discriminator are
     * declared by {@code definition} as in {@link ObjectCodec#define}.
     */
    public <V extends T> Builder<T, K> variant(K code, Class<V> type, ObjectCodec.Definition<V> definition) {
      ObjectCodec.FieldSpec<V> discriminator = new ObjectCodec.FieldSpec<>(tag, tags, ObjectCodec.Presence.REQUIRED,
          null, true, v -> code, Optional.of(defs -> tags.constant(defs, code)));
      ObjectCodec<V> codec = ObjectCodec.define(name + "." + tags.code(code), Optional.empty(), definition,
          List.of(discriminator));
      if (variants.put(code, new Variant<>(type, codec)) != null) {
        throw new IllegalArgumentException(name + " has two variants for " + code);
      }
      return this;
    }

    /** The codec; every code must have its variant. */
    public UnionCodec<T, K> build() {
      for (K k : tags.type().getEnumConstants()) {
        if (!variants.containsKey(k)) {
          throw new IllegalStateException(name + " has no variant for " + k);
        }
      }
      return new UnionCodec<>(name, tag, tags, tagOf, expected, new EnumMap<>(variants));
    }
  }
}
