package uk.gov.worcester.housing.json.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;

/**
 * An enum written as a stable UPPER_SNAKE code. The code is the constant's name when the codec is
 * made, and the contract test ({@code json-codes.txt}) pins every code, so renaming a Java constant
 * fails the build until the code is kept with {@link #renamed}.
 *
 * @param <E> the enum
 */
public final class EnumCodec<E extends Enum<E>> implements JsonCodec<E> {
  private final Class<E> type;
  private final Map<E, String> codes;
  private final Map<String, E> byCode;

  private EnumCodec(Class<E> type, Map<E, String> codes) {
    this.type = type;
    this.codes = codes;
    Map<String, E> reverse = new LinkedHashMap<>();
    codes.forEach((e, code) -> reverse.put(code, e));
    this.byCode = reverse;
  }

  /** Codes equal to the constants' names. */
  public static <E extends Enum<E>> EnumCodec<E> of(Class<E> type) {
    Map<E, String> codes = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      codes.put(e, e.name());
    }
    return new EnumCodec<>(type, codes);
  }

  /** The same codec, keeping {@code code} for a constant whose Java name changed. */
  public EnumCodec<E> renamed(E constant, String code) {
    Map<E, String> copy = new EnumMap<>(type);
    copy.putAll(codes);
    copy.put(constant, code);
    return new EnumCodec<>(type, copy);
  }

  /** The enum this codec is for. */
  public Class<E> type() {
    return type;
  }

  /** Every code in declaration order. */
  public Map<E, String> codes() {
    return Collections.unmodifiableMap(codes);
  }

  /** The code of one constant. */
  public String code(E value) {
    return codes.get(value);
  }

  @Override
  public void write(E value, JsonGenerator out) {
    out.writeString(codes.get(value));
  }

  @Override
  public Validation<Seq<Problem>, E> read(JsonNode node) {
    if (!node.isString()) {
      return Codecs.wrongType("a code such as " + codes.values().iterator().next());
    }
    return parse(node.stringValue());
  }

  /** The constant with this code (a JSON map key, say), or a problem listing the codes. */
  public Validation<Seq<Problem>, E> parse(String code) {
    E value = byCode.get(code);
    if (value != null) {
      return Validation.valid(value);
    }
    String allowed = byCode.size() <= 40 ? ": one of " + String.join(", ", byCode.keySet()) : "";
    return Validated.invalid(Problem.of(ProblemCodes.UNKNOWN_CODE, "is not a known code" + allowed));
  }
}
