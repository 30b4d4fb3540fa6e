package uk.gov.worcester.housing.json.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;

/**
 * An enum written as a stable UPPER_SNAKE code, each code with a plain-English description for the
 * published schema. The code is the constant's name when the codec is made, and the contract test
 * ({@code json-codes.txt}) pins every code, so renaming a Java constant fails the build until the
 * code is kept with {@link #renamed}. Descriptions are given as an exhaustive {@code switch}, so a
 * new constant does not compile until it is described:
 *
 * <pre>{@code
 * EnumCodec.of(Sex.class, s -> switch (s) {
 *   case FEMALE -> "Female.";
 *   case MALE -> "Male.";
 * });
 * }</pre>
 *
 * @param <E> the enum
 */
public final class EnumCodec<E extends Enum<E>> implements JsonCodec<E> {
  private final Class<E> type;
  private final Map<E, String> codes;
  private final Map<E, String> descriptions;
  private final Map<String, E> byCode;
  private final Map<String, Validation<Seq<Problem>, E>> valid;
  private final Seq<Problem> notACode;

  private EnumCodec(Class<E> type, Map<E, String> codes, Map<E, String> descriptions) {
    this.type = type;
    this.codes = codes;
    this.descriptions = descriptions;
    Map<String, E> reverse = new LinkedHashMap<>();
    codes.forEach((e, code) -> reverse.put(code, e));
    this.byCode = reverse;
    Map<String, Validation<Seq<Problem>, E>> read = new java.util.HashMap<>();
    reverse.forEach((code, e) -> read.put(code, Validation.valid(e)));
    this.valid = read;
    this.notACode = JsonStream.wrongType(codes.isEmpty() ? "a code" : "a code such as " + codes.values().iterator().next());
  }

  /**
   * Codes equal to the constants' names, without descriptions: such a codec cannot be published
   * in a schema until it is described (a test checks every enum of the contract).
   */
  public static <E extends Enum<E>> EnumCodec<E> of(Class<E> type) {
    return of(type, e -> "");
  }

  /** Codes equal to the constants' names, each described by {@code description}. */
  public static <E extends Enum<E>> EnumCodec<E> of(Class<E> type, Function<E, String> description) {
    Map<E, String> codes = new EnumMap<>(type);
    Map<E, String> descriptions = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      codes.put(e, e.name());
      descriptions.put(e, description.apply(e));
    }
    return new EnumCodec<>(type, codes, descriptions);
  }

  /** The same codec, keeping {@code code} for a constant whose Java name changed. */
  public EnumCodec<E> renamed(E constant, String code) {
    Map<E, String> copy = new EnumMap<>(type);
    copy.putAll(codes);
    copy.put(constant, code);
    return new EnumCodec<>(type, copy, descriptions);
  }

  /** The enum this codec is for. */
  public Class<E> type() {
    return type;
  }

  /**
   * The name of this code list in the schema's {@code $defs}: the enum's simple name, prefixed by
   * its enclosing types' ({@code CustodyReleaseGrounds}).
   */
  public String name() {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Class<?> c = type.getEnclosingClass(); c != null; c = c.getEnclosingClass()) {
      name.insert(0, c.getSimpleName());
    }
    return name.toString();
  }

  /** Every code in declaration order. */
  public Map<E, String> codes() {
    return Collections.unmodifiableMap(codes);
  }

  /** The code of one constant. */
  public String code(E value) {
    return codes.get(value);
  }

  /** The description of one constant's code, unless it has none. */
  public Optional<String> description(E value) {
    String d = descriptions.get(value);
    return d == null || d.isBlank() ? Optional.empty() : Optional.of(d);
  }

  @Override
  public void write(E value, JsonGenerator out) {
    out.writeString(codes.get(value));
  }

  @Override
  public Validation<Seq<Problem>, E> read(JsonNode node) {
    try (JsonParser in = JsonStream.over(node)) {
      return read(in);
    }
  }

  @Override
  public Validation<Seq<Problem>, E> read(JsonParser in) {
    if (in.currentToken() != JsonToken.VALUE_STRING) {
      JsonStream.skip(in);
      return Validation.invalid(notACode);
    }
    return parse(in.getString());
  }

  /** The constant with this code (a JSON map key, say), or a problem listing the codes. */
  public Validation<Seq<Problem>, E> parse(String code) {
    Validation<Seq<Problem>, E> value = valid.get(code);
    if (value != null) {
      return value;
    }
    String allowed = byCode.size() <= 40 ? ": one of " + String.join(", ", byCode.keySet()) : "";
    return Validated.invalid(Problem.of(ProblemCodes.UNKNOWN_CODE, "is not a known code" + allowed));
  }

  /** {@code {"type": "string", "oneOf": [{"const": "CODE", "description": "..."}, ...]}}. */
  @Override
  public ObjectNode schema(SchemaDefs defs) {
    return defs.ref(name(), d -> {
      ObjectNode s = d.object().put("type", "string");
      ArrayNode oneOf = s.putArray("oneOf");
      for (E e : type.getEnumConstants()) {
        oneOf.add(constant(d, e));
      }
      return s;
    });
  }

  /** The schema of exactly one code, {@code {"const": "CODE", "description": "..."}}. */
  public ObjectNode constant(SchemaDefs defs, E value) {
    ObjectNode c = defs.object().put("const", codes.get(value));
    description(value).ifPresentOrElse(text -> c.put("description", text),
        () -> defs.undescribed(name() + "." + codes.get(value)));
    return c;
  }
}
