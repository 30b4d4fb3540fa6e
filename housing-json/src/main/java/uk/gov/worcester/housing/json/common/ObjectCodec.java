package uk.gov.worcester.housing.json.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Problems;
import uk.gov.worcester.housing.core.common.Validated;

/**
 * The codec of a JSON object, made from one description of its fields: each field's JSON name,
 * codec, presence (required, optional, or with a default), the accessor that writes it and the
 * builder step that reads it. That one description drives reading, writing and the JSON Schema,
 * so they cannot drift apart.
 *
 * <p>For a type with a builder:
 *
 * <pre>{@code
 * ObjectCodec.builder(Vulnerability.class, Vulnerability::builder, b -> b.build())
 *     .required("kind", KIND, Vulnerability::kind, (b, v) -> b.kind(v))
 *     .optional("evidenceReference", Codecs.text(100), Vulnerability::evidenceReference,
 *         (b, v) -> b.evidenceReference(v))
 *     .withDefault("pregnant", Codecs.BOOLEAN, false, Person::pregnant, (b, v) -> b.pregnant(v))
 *     .build();
 * }</pre>
 *
 * For a type made by a factory, each field gives a slot, and the construction reads the slots:
 *
 * <pre>{@code
 * ObjectCodec.define(Citation.class, f -> {
 *   Slot<String> instrument = f.required("instrument", Codecs.text(200), Citation::instrument);
 *   Slot<String> provision = f.required("provision", Codecs.text(200), Citation::provision);
 *   return in -> Citation.of(in.get(instrument), in.get(provision));
 * });
 * }</pre>
 *
 * <p>Reading: a JSON {@code null} counts as absent; every problem is collected, each with its
 * field's path: a missing required field ({@code REQUIRED}), a bad value, and then fields the
 * contract does not know ({@code UNKNOWN_FIELD}); only when there are none is the value built,
 * and the value's own checks may add more. Writing: fields in the order described; an absent
 * optional value, a list that is empty and a value equal to its default are left out. Schema:
 * {@code {"type": "object", "properties": ..., "required": [...], "additionalProperties": false}}
 * under the type's name in {@code $defs}.
 *
 * @param <T> the type
 */
public final class ObjectCodec<T> implements JsonCodec<T> {
  private final String name;
  private final Optional<String> description;
  private final java.util.List<FieldSpec<T>> fields;
  private final Function<Object[], T> construction;
  private final FieldSpec<T>[] specs;
  private final Map<String, Integer> slots;

  private static final Seq<Problem> NOT_AN_OBJECT =
      io.vavr.collection.Vector.of(Problem.of(JsonProblems.WRONG_TYPE, "expected an object"));

  private ObjectCodec(String name, Optional<String> description, java.util.List<FieldSpec<T>> fields,
      Function<Object[], T> construction) {
    this.name = name;
    this.description = description;
    this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
    this.construction = construction;
    Map<String, Integer> bySlot = new HashMap<>();
    for (FieldSpec<T> f : fields) {
      if (bySlot.putIfAbsent(f.name, bySlot.size()) != null) {
        throw new IllegalArgumentException(name + " describes the field " + f.name + " twice");
      }
    }
    this.slots = bySlot;
    @SuppressWarnings("unchecked")
    FieldSpec<T>[] array = (FieldSpec<T>[]) this.fields.toArray(new FieldSpec<?>[0]);
    this.specs = array;
  }

  /**
   * Starts describing a type built with a builder: {@code start} makes an empty builder, each
   * field's builder step sets its value, {@code finish} builds.
   */
  public static <T, B> Builder<T, B> builder(Class<T> type, Supplier<B> start, Function<B, ? extends T> finish) {
    return new Builder<>(schemaName(type), start, finish);
  }

  /**
   * Describes a type made by a factory: {@code definition} declares the fields, each giving a
   * {@link Slot}, and returns how to make the value from the slots read.
   */
  public static <T> ObjectCodec<T> define(Class<T> type, Definition<T> definition) {
    return define(schemaName(type), Optional.empty(), definition, java.util.List.of());
  }

  static <T> ObjectCodec<T> define(String name, Optional<String> description, Definition<T> definition,
      java.util.List<FieldSpec<T>> leading) {
    Fields<T> fields = new Fields<>();
    fields.specs.addAll(leading);
    Function<Values, ? extends T> make = definition.fields(fields);
    return new ObjectCodec<>(name, description, fields.specs, values -> make.apply(new Values(values)));
  }

  /** The type's name as a schema part: its simple name, after its enclosing types' names. */
  static String schemaName(Class<?> type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Class<?> c = type.getEnclosingClass(); c != null; c = c.getEnclosingClass()) {
      name.insert(0, c.getSimpleName());
    }
    return name.toString();
  }

  /** The same codec under another name in the schema's {@code $defs}. */
  public ObjectCodec<T> named(String schemaName) {
    return new ObjectCodec<>(schemaName, description, fields, construction);
  }

  /** The same codec with a description of the object in the schema. */
  public ObjectCodec<T> describedAs(String text) {
    return new ObjectCodec<>(name, Optional.of(text), fields, construction);
  }

  /** The name of this object in the schema's {@code $defs}. */
  public String name() {
    return name;
  }

  /** The JSON names of the fields, in the order written. */
  public java.util.List<String> fieldNames() {
    return fields.stream().map(f -> f.name).toList();
  }

  @Override
  public void write(T value, JsonGenerator out) {
    out.writeStartObject();
    for (FieldSpec<T> f : specs) {
      f.write(value, out);
    }
    out.writeEndObject();
  }

  @Override
  public Validation<Seq<Problem>, T> read(JsonNode node) {
    try (JsonParser in = JsonStream.over(node)) {
      return read(in);
    }
  }

  @Override
  public Validation<Seq<Problem>, T> read(JsonParser in) {
    return readObject(in, null);
  }

  /**
   * Reads an object field by field as its names come: each name finds its field's slot; a slot met
   * twice is a duplicate; a name with no slot is an unknown field, its value passed over (its name
   * checked for a repeat as {@link JsonStream.Names} says). Problems are kept per field and put
   * in the fields' declared order at the end, then the unknown fields in the order met, so the
   * known fields' problems come in the same order whatever order the document gives its fields.
   * Nothing about a field's place in the document is built unless it has a problem. With a
   * {@code discriminator}, the first field (a union's) is already read and holds it, and the
   * parser is on its value.
   */
  Validation<Seq<Problem>, T> readObject(JsonParser in, Object discriminator) {
    if (discriminator == null && in.currentToken() != JsonToken.START_OBJECT) {
      JsonStream.skip(in);
      return Validation.invalid(NOT_AN_OBJECT);
    }
    int n = specs.length;
    Object[] values = new Object[n];
    long seen = 0;
    boolean[] seenBeyond = n > 64 ? new boolean[n] : null;
    Seq<Problem>[] failed = null;
    JsonStream.Names unknown = null;
    if (discriminator != null) {
      values[0] = discriminator;
      seen = 1;
    }
    for (JsonToken t = in.nextToken(); t == JsonToken.PROPERTY_NAME; t = in.nextToken()) {
      String field = in.currentName();
      Integer slot = slots.get(field);
      JsonToken value = in.nextToken();
      if (slot == null) {
        if (unknown == null) {
          unknown = new JsonStream.Names();
        }
        unknown.add(in);
        JsonStream.skip(in);
        continue;
      }
      int i = slot;
      if (i < 64) {
        long bit = 1L << i;
        if ((seen & bit) != 0) {
          throw JsonStream.duplicate(in);
        }
        seen |= bit;
      } else {
        if (seenBeyond[i]) {
          throw JsonStream.duplicate(in);
        }
        seenBeyond[i] = true;
      }
      if (value == JsonToken.VALUE_NULL) {
        continue; // null counts as absent
      }
      Validation<Seq<Problem>, ?> read = specs[i].codec.read(in);
      if (read.isValid()) {
        values[i] = specs[i].present(read.get());
      } else {
        if (failed == null) {
          @SuppressWarnings("unchecked")
          Seq<Problem>[] made = (Seq<Problem>[]) new Seq<?>[n];
          failed = made;
        }
        failed[i] = read.getError();
      }
    }
    JsonStream.Found problems = null;
    for (int i = 0; i < n; i++) {
      FieldSpec<T> f = specs[i];
      if (failed != null && failed[i] != null) {
        problems = problems == null ? new JsonStream.Found() : problems;
        problems.addAt(f.name, failed[i]);
      } else if (values[i] == null) {
        if (f.presence == Presence.REQUIRED) {
          problems = problems == null ? new JsonStream.Found() : problems;
          problems.add(Problem.at(f.name, ProblemCodes.REQUIRED, "is required"));
        }
        values[i] = f.absent();
      }
    }
    if (unknown != null) {
      problems = problems == null ? new JsonStream.Found() : problems;
      for (String field : unknown.kept()) {
        if (problems.isFull()) {
          problems.count(1); // past the cap: counted, its pointer never made
        } else {
          problems.add(JsonProblems.unknownField(field));
        }
      }
      problems.count(unknown.beyondKept());
    }
    if (problems != null) {
      return Validation.invalid(problems.toSeq());
    }
    return Validated.build(() -> construction.apply(values));
  }

  @Override
  public ObjectNode schema(SchemaDefs defs) {
    return defs.ref(name, this::body);
  }

  /** The object's schema itself, without the reference (for a variant of a union). */
  ObjectNode body(SchemaDefs defs) {
    ObjectNode s = defs.object().put("type", "object");
    description.ifPresent(d -> s.put("description", d));
    ObjectNode properties = s.putObject("properties");
    ArrayNode required = defs.array();
    for (FieldSpec<T> f : fields) {
      properties.set(f.name, f.schema(defs));
      if (f.presence == Presence.REQUIRED) {
        required.add(f.name);
      }
    }
    if (!required.isEmpty()) {
      s.set("required", required);
    }
    return s.put("additionalProperties", false);
  }

  /** How a field may be left out. */
  enum Presence {
    /** Must be present. */
    REQUIRED,
    /** May be absent; read as an {@code Optional}; written when present. */
    OPTIONAL,
    /** May be absent; read as its default; written unless equal to it (or always). */
    DEFAULTED,
    /** Written for information; may be absent; ignored (but checked) when read. */
    DERIVED
  }

  /** One field's description. */
  static final class FieldSpec<T> {
    final String name;
    final JsonCodec<Object> codec;
    final Presence presence;
    final Object fallback;
    final boolean writtenWhenDefault;
    final Function<? super T, ?> get;
    final Optional<Function<SchemaDefs, ObjectNode>> fixedSchema;
    final SerializedString written;

    @SuppressWarnings("unchecked")
    <V> FieldSpec(String name, JsonCodec<V> codec, Presence presence, V fallback, boolean writtenWhenDefault,
        Function<? super T, ?> get, Optional<Function<SchemaDefs, ObjectNode>> fixedSchema) {
      this.name = Objects.requireNonNull(name, "name");
      this.codec = (JsonCodec<Object>) Objects.requireNonNull(codec, "codec");
      this.presence = presence;
      this.fallback = fallback;
      this.writtenWhenDefault = writtenWhenDefault;
      this.get = Objects.requireNonNull(get, "accessor");
      this.fixedSchema = fixedSchema;
      this.written = new SerializedString(name);
    }

    Object absent() {
      return presence == Presence.OPTIONAL ? Optional.empty() : fallback;
    }

    Object present(Object read) {
      return presence == Presence.OPTIONAL ? Optional.of(read) : read;
    }

    void write(T value, JsonGenerator out) {
      Object v = get.apply(value);
      switch (presence) {
        case REQUIRED, DERIVED -> field(v, out);
        case OPTIONAL -> {
          Optional<?> o = (Optional<?>) v;
          if (o.isPresent()) {
            field(o.get(), out);
          }
        }
        case DEFAULTED -> {
          if (writtenWhenDefault || !v.equals(fallback)) {
            field(v, out);
          }
        }
      }
    }

    private void field(Object v, JsonGenerator out) {
      out.writeName(written);
      codec.write(v, out);
    }

    ObjectNode schema(SchemaDefs defs) {
      if (fixedSchema.isPresent()) {
        return fixedSchema.get().apply(defs);
      }
      ObjectNode s = codec.schema(defs);
      if (presence == Presence.DEFAULTED) {
        s.set("default", SchemaDefs.written(codec, fallback));
      } else if (presence == Presence.DERIVED) {
        s.put("description", "Written for information; ignored when read.");
      }
      return s;
    }
  }

  /**
   * Describes the fields of a type with a builder, each with its builder step.
   *
   * @param <T> the type
   * @param <B> its builder
   */
  public static final class Builder<T, B> {
    private final String name;
    private final Supplier<B> start;
    private final Function<B, ? extends T> finish;
    private final java.util.List<FieldSpec<T>> specs = new ArrayList<>();
    private final java.util.List<BiConsumer<B, Object>> steps = new ArrayList<>();
    private Optional<String> description = Optional.empty();

    Builder(String name, Supplier<B> start, Function<B, ? extends T> finish) {
      this.name = name;
      this.start = start;
      this.finish = finish;
    }

    @SuppressWarnings("unchecked")
    private <V> Builder<T, B> add(FieldSpec<T> spec, BiConsumer<? super B, ? super V> step) {
      specs.add(spec);
      steps.add(step == null ? (b, v) -> { } : (b, v) -> step.accept(b, (V) v));
      return this;
    }

    /** A field that must be present. */
    public <V> Builder<T, B> required(String name, JsonCodec<V> codec, Function<? super T, ? extends V> get,
        BiConsumer<? super B, ? super V> set) {
      return add(new FieldSpec<>(name, codec, Presence.REQUIRED, null, true, get, Optional.empty()), set);
    }

    /** A field that may be absent. */
    public <V> Builder<T, B> optional(String name, JsonCodec<V> codec, Function<? super T, Optional<V>> get,
        BiConsumer<? super B, Optional<V>> set) {
      return add(new FieldSpec<>(name, codec, Presence.OPTIONAL, null, false, get, Optional.empty()), set);
    }

    /** A field that is {@code fallback} when absent, and left out when written with that value. */
    public <V> Builder<T, B> withDefault(String name, JsonCodec<V> codec, V fallback,
        Function<? super T, ? extends V> get, BiConsumer<? super B, ? super V> set) {
      return add(new FieldSpec<>(name, codec, Presence.DEFAULTED, fallback, false, get, Optional.empty()), set);
    }

    /** A list field: empty when absent, left out when empty. */
    public <V> Builder<T, B> list(String name, JsonCodec<java.util.List<V>> codec,
        Function<? super T, ? extends java.util.List<V>> get, BiConsumer<? super B, ? super java.util.List<V>> set) {
      return withDefault(name, codec, java.util.List.of(), get, set);
    }

    /** A field that is {@code fallback} when absent, and always written. */
    public <V> Builder<T, B> alwaysWritten(String name, JsonCodec<V> codec, V fallback,
        Function<? super T, ? extends V> get, BiConsumer<? super B, ? super V> set) {
      return add(new FieldSpec<>(name, codec, Presence.DEFAULTED, fallback, true, get, Optional.empty()), set);
    }

    /** A field always written for the reader's information, and checked but ignored when read. */
    public <V> Builder<T, B> derived(String name, JsonCodec<V> codec, Function<? super T, ? extends V> get) {
      return add(new FieldSpec<>(name, codec, Presence.DERIVED, null, true, get, Optional.empty()), null);
    }

    /** A description of the object for the schema. */
    public Builder<T, B> describedAs(String text) {
      this.description = Optional.of(text);
      return this;
    }

    /** The codec. */
    public ObjectCodec<T> build() {
      java.util.List<BiConsumer<B, Object>> s = java.util.List.copyOf(steps);
      return new ObjectCodec<>(name, description, specs, values -> {
        B b = start.get();
        for (int i = 0; i < values.length; i++) {
          s.get(i).accept(b, values[i]);
        }
        return finish.apply(b);
      });
    }
  }

  /**
   * How a type made by a factory is described: declare the fields on {@code fields}, then return
   * the construction from the values read.
   *
   * @param <T> the type
   */
  @FunctionalInterface
  public interface Definition<T> {
    /** Declares the fields and returns the construction. */
    Function<Values, ? extends T> fields(Fields<T> fields);
  }

  /**
   * The fields of a type made by a factory, as they are declared.
   *
   * @param <T> the type
   */
  public static final class Fields<T> {
    private final java.util.List<FieldSpec<T>> specs = new ArrayList<>();

    Fields() {}

    private <V> Slot<V> add(FieldSpec<T> spec) {
      specs.add(spec);
      return new Slot<>(specs.size() - 1);
    }

    /** A field that must be present. */
    public <V> Slot<V> required(String name, JsonCodec<V> codec, Function<? super T, ? extends V> get) {
      return add(new FieldSpec<>(name, codec, Presence.REQUIRED, null, true, get, Optional.empty()));
    }

    /** A field that may be absent. */
    public <V> Slot<Optional<V>> optional(String name, JsonCodec<V> codec, Function<? super T, Optional<V>> get) {
      return add(new FieldSpec<>(name, codec, Presence.OPTIONAL, null, false, get, Optional.empty()));
    }

    /** A field that is {@code fallback} when absent, and left out when written with that value. */
    public <V> Slot<V> withDefault(String name, JsonCodec<V> codec, V fallback, Function<? super T, ? extends V> get) {
      return add(new FieldSpec<>(name, codec, Presence.DEFAULTED, fallback, false, get, Optional.empty()));
    }

    /** A list field: empty when absent, left out when empty. */
    public <V> Slot<java.util.List<V>> list(String name, JsonCodec<java.util.List<V>> codec,
        Function<? super T, ? extends java.util.List<V>> get) {
      return withDefault(name, codec, java.util.List.of(), get);
    }

    /** A field that is {@code fallback} when absent, and always written. */
    public <V> Slot<V> alwaysWritten(String name, JsonCodec<V> codec, V fallback,
        Function<? super T, ? extends V> get) {
      return add(new FieldSpec<>(name, codec, Presence.DEFAULTED, fallback, true, get, Optional.empty()));
    }

    /** A field always written for the reader's information, and checked but ignored when read. */
    public <V> void derived(String name, JsonCodec<V> codec, Function<? super T, ? extends V> get) {
      add(new FieldSpec<>(name, codec, Presence.DERIVED, null, true, get, Optional.empty()));
    }
  }

  /**
   * Where one field's value is kept while an object is read.
   *
   * @param <V> the field's value type
   */
  public static final class Slot<V> {
    private final int index;

    Slot(int index) {
      this.index = index;
    }
  }

  /** The values of an object's fields, read without problems. */
  public static final class Values {
    private final Object[] values;

    Values(Object[] values) {
      this.values = values;
    }

    /** The value read into {@code slot}. */
    @SuppressWarnings("unchecked")
    public <V> V get(Slot<V> slot) {
      return (V) values[slot.index];
    }
  }
}
