package uk.gov.worcester.housing.json.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.core.common.CalendarDates;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Problems;
import uk.gov.worcester.housing.core.common.SafeText;
import uk.gov.worcester.housing.core.common.Validated;

/**
 * Codecs for JSON's scalar values and the combinators that build the rest: text with a length
 * limit, whole numbers in a range, booleans, ISO-8601 dates, lists with a size limit, maps and
 * values parsed from text. Each describes itself in JSON Schema: text with {@code maxLength},
 * numbers with {@code minimum} and {@code maximum}, dates with {@code format: date} and a
 * pattern, lists with {@code maxItems}. Objects are {@link ObjectCodec}s, enums {@link EnumCodec}s.
 */
public final class Codecs {
  /** The default longest text accepted where a field gives no limit of its own. */
  public static final int DEFAULT_MAX_TEXT = 1000;
  /** The default most items accepted in a list where a field gives no limit of its own. */
  public static final int DEFAULT_MAX_ITEMS = 1000;

  private Codecs() {}

  /** Any JSON text, of at most {@code maxLength} characters. */
  public static JsonCodec<String> text(int maxLength) {
    return codec((s, out) -> out.writeString(s), node -> {
      if (!node.isString()) {
        return wrongType("text");
      }
      String s = node.stringValue();
      return s.length() <= maxLength ? Validation.valid(s)
          : Validated.invalid(Problem.of(ProblemCodes.TOO_LONG, "is longer than " + maxLength + " characters"));
    }, defs -> defs.object().put("type", "string").put("maxLength", maxLength));
  }

  /** Text of at most {@link #DEFAULT_MAX_TEXT} characters. */
  public static final JsonCodec<String> TEXT = text(DEFAULT_MAX_TEXT);

  /** {@code true} or {@code false}. */
  public static final JsonCodec<Boolean> BOOLEAN = codec((b, out) -> out.writeBoolean(b),
      node -> node.isBoolean() ? Validation.valid(node.booleanValue()) : wrongType("true or false"),
      defs -> defs.object().put("type", "boolean"));

  /** A whole number from {@code min} to {@code max}. */
  public static JsonCodec<Integer> integer(int min, int max) {
    return codec((i, out) -> out.writeNumber(i.intValue()), node -> {
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        return wrongType("a whole number");
      }
      int i = node.intValue();
      return i >= min && i <= max ? Validation.valid(i)
          : Validated.invalid(Problem.of(ProblemCodes.OUT_OF_RANGE, "is not from " + min + " to " + max));
    }, defs -> defs.object().put("type", "integer").put("minimum", min).put("maximum", max));
  }

  private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /**
   * A calendar date as {@code "2024-03-01"}; impossible dates such as 2023-02-30 are problems, and
   * so are dates outside {@link CalendarDates#EARLIEST} to {@link CalendarDates#LATEST} (years 1800 to
   * 2200: {@code OUT_OF_RANGE}).
   */
  public static final JsonCodec<LocalDate> DATE = codec(
      (d, out) -> out.writeString(d.toString()),
      node -> {
        if (!node.isString()) {
          return wrongType("a date such as 2024-03-01");
        }
        String text = node.stringValue();
        if (!ISO_DATE.matcher(text).matches()) {
          return Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT,
              "is not a real calendar date written as YYYY-MM-DD"));
        }
        try {
          LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
          return CalendarDates.isAccepted(date) ? Validation.valid(date)
              : Validated.invalid(Problem.of(ProblemCodes.OUT_OF_RANGE, CalendarDates.rule()));
        } catch (DateTimeParseException e) {
          return Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT,
              "is not a real calendar date written as YYYY-MM-DD"));
        }
      },
      defs -> defs.ref("Date", d -> d.object().put("type", "string").put("format", "date")
          .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
          .put("description", "A calendar date, ISO-8601: YYYY-MM-DD, from " + CalendarDates.EARLIEST + " to "
              + CalendarDates.LATEST + ".")));

  /**
   * A value written as text and read through a parser that returns problems (a postcode, an
   * amount of money, an identifier).
   */
  public static <T> JsonCodec<T> parsed(Function<T, String> format,
      Function<String, Validation<Seq<Problem>, T>> parse) {
    return parsed(format, parse, defs -> defs.undescribed("a parsed value"));
  }

  /**
   * As {@link #parsed(Function, Function)}, described in the schema as text named {@code name},
   * matching {@code pattern} (an ECMA-262 regular expression).
   */
  public static <T> JsonCodec<T> parsed(String name, String description, String pattern, Function<T, String> format,
      Function<String, Validation<Seq<Problem>, T>> parse) {
    return parsed(format, parse, defs -> defs.ref(name, d -> d.object().put("type", "string")
        .put("pattern", pattern).put("description", description)));
  }

  private static <T> JsonCodec<T> parsed(Function<T, String> format,
      Function<String, Validation<Seq<Problem>, T>> parse, Function<SchemaDefs, ObjectNode> schema) {
    return codec((v, out) -> out.writeString(format.apply(v)), node -> {
      if (!node.isString()) {
        return wrongType("text");
      }
      if (node.stringValue().length() > DEFAULT_MAX_TEXT) {
        return Validated.invalid(Problem.of(ProblemCodes.TOO_LONG, "is longer than " + DEFAULT_MAX_TEXT + " characters"));
      }
      return parse.apply(node.stringValue());
    }, schema);
  }

  /** A list of at most {@code maxItems} values; each item's problems carry its index. */
  public static <T> JsonCodec<java.util.List<T>> list(JsonCodec<T> item, int maxItems) {
    return codec((values, out) -> {
      out.writeStartArray();
      for (T v : values) {
        item.write(v, out);
      }
      out.writeEndArray();
    }, node -> {
      if (!node.isArray()) {
        return wrongType("a list");
      }
      if (node.size() > maxItems) {
        return Validated.invalid(Problem.of(ProblemCodes.TOO_MANY, "has more than " + maxItems + " items"));
      }
      java.util.List<T> values = new ArrayList<>(node.size());
      Problems problems = Problems.collect();
      for (int i = 0; i < node.size(); i++) {
        Validation<Seq<Problem>, T> v = item.read(node.get(i));
        if (v.isValid()) {
          values.add(v.get());
        } else {
          problems.addAll(Path.root().index(i), v.getError());
        }
      }
      return problems.isEmpty() ? Validation.valid(Collections.unmodifiableList(values))
          : Validation.invalid(problems.toSeq());
    }, defs -> {
      ObjectNode s = defs.object().put("type", "array");
      s.set("items", item.schema(defs));
      return s.put("maxItems", maxItems);
    });
  }

  /** A list of at most {@link #DEFAULT_MAX_ITEMS} values. */
  public static <T> JsonCodec<java.util.List<T>> list(JsonCodec<T> item) {
    return list(item, DEFAULT_MAX_ITEMS);
  }

  /**
   * A list always written, and read, in one documented order: the values are sorted (stably) by
   * {@code order} before writing and after reading, and the schema says which order it is.
   */
  public static <T> JsonCodec<java.util.List<T>> ordered(JsonCodec<java.util.List<T>> list,
      java.util.Comparator<? super T> order, String orderDescription) {
    return codec((values, out) -> list.write(sorted(values, order), out),
        node -> list.read(node).map(values -> sorted(values, order)),
        defs -> list.schema(defs).put("description", orderDescription));
  }

  private static <T> java.util.List<T> sorted(java.util.List<T> values, java.util.Comparator<? super T> order) {
    java.util.List<T> copy = new ArrayList<>(values);
    copy.sort(order);
    return Collections.unmodifiableList(copy);
  }

  /**
   * A JSON object used as a map from keys written as text to values, in insertion order, with at
   * most {@code maxEntries} entries; {@code keySchema} describes the keys in the schema.
   */
  public static <K, V> JsonCodec<Map<K, V>> map(Function<K, String> key,
      Function<String, Validation<Seq<Problem>, K>> parseKey, Function<SchemaDefs, ObjectNode> keySchema,
      JsonCodec<V> value, int maxEntries) {
    return codec((map, out) -> {
      out.writeStartObject();
      for (Map.Entry<K, V> e : map.entrySet()) {
        out.writeName(key.apply(e.getKey()));
        value.write(e.getValue(), out);
      }
      out.writeEndObject();
    }, node -> {
      if (!node.isObject()) {
        return wrongType("an object");
      }
      if (node.size() > maxEntries) {
        return Validated.invalid(Problem.of(ProblemCodes.TOO_MANY, "has more than " + maxEntries + " entries"));
      }
      Map<K, V> out = new LinkedHashMap<>();
      Problems problems = Problems.collect();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        // A key is input: its pointer holds it made safe, never echoed whole.
        Path at = Path.of(SafeText.of(e.getKey()));
        Validation<Seq<Problem>, K> k = parseKey.apply(e.getKey());
        Validation<Seq<Problem>, V> v = value.read(e.getValue());
        if (k.isValid() && v.isValid()) {
          out.put(k.get(), v.get());
        }
        if (k.isInvalid()) {
          problems.addAll(at, k.getError());
        }
        if (v.isInvalid()) {
          problems.addAll(at, v.getError());
        }
      }
      return problems.isEmpty() ? Validation.valid(Collections.unmodifiableMap(out))
          : Validation.invalid(problems.toSeq());
    }, defs -> {
      ObjectNode s = defs.object().put("type", "object");
      s.set("propertyNames", keySchema.apply(defs));
      s.set("additionalProperties", value.schema(defs));
      return s.put("maxProperties", maxEntries);
    });
  }

  /**
   * A codec from a writer and a reader, with no schema: fine for a report an application writes,
   * not for the published contract (use {@link ObjectCodec} or the overload with a schema).
   */
  public static <T> JsonCodec<T> codec(BiConsumer<T, JsonGenerator> write,
      Function<JsonNode, Validation<Seq<Problem>, T>> read) {
    return new JsonCodec<>() {
      @Override
      public void write(T value, JsonGenerator out) {
        write.accept(value, out);
      }

      @Override
      public Validation<Seq<Problem>, T> read(JsonNode node) {
        return read.apply(node);
      }
    };
  }

  /** A codec from a writer, a reader and the schema of what they write and read. */
  public static <T> JsonCodec<T> codec(BiConsumer<T, JsonGenerator> write,
      Function<JsonNode, Validation<Seq<Problem>, T>> read, Function<SchemaDefs, ObjectNode> schema) {
    return new JsonCodec<>() {
      @Override
      public void write(T value, JsonGenerator out) {
        write.accept(value, out);
      }

      @Override
      public Validation<Seq<Problem>, T> read(JsonNode node) {
        return read.apply(node);
      }

      @Override
      public ObjectNode schema(SchemaDefs defs) {
        return schema.apply(defs);
      }
    };
  }

  /** A problem for a value of the wrong JSON type. */
  public static <T> Validation<Seq<Problem>, T> wrongType(String expected) {
    return Validated.invalid(Problem.of(JsonProblems.WRONG_TYPE, "expected " + expected));
  }
}
