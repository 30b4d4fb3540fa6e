package uk.gov.worcester.housing.json.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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

  private static final Seq<Problem> NOT_TEXT = JsonStream.wrongType("text");
  private static final Seq<Problem> NOT_BOOLEAN = JsonStream.wrongType("true or false");
  private static final Seq<Problem> NOT_WHOLE = JsonStream.wrongType("a whole number");
  private static final Seq<Problem> NOT_DATE_TEXT = JsonStream.wrongType("a date such as 2024-03-01");
  private static final Seq<Problem> NOT_LIST = JsonStream.wrongType("a list");

  /** Any JSON text, of at most {@code maxLength} characters. */
  public static JsonCodec<String> text(int maxLength) {
    return streaming((s, out) -> out.writeString(s), in -> {
      if (in.currentToken() != JsonToken.VALUE_STRING) {
        JsonStream.skip(in);
        return Validation.invalid(NOT_TEXT);
      }
      String s = in.getString();
      return s.length() <= maxLength ? Validation.valid(s)
          : Validated.invalid(Problem.of(ProblemCodes.TOO_LONG, "is longer than " + maxLength + " characters"));
    }, defs -> defs.object().put("type", "string").put("maxLength", maxLength));
  }

  /** Text of at most {@link #DEFAULT_MAX_TEXT} characters. */
  public static final JsonCodec<String> TEXT = text(DEFAULT_MAX_TEXT);

  private static final Validation<Seq<Problem>, Boolean> TRUE = Validation.valid(true);
  private static final Validation<Seq<Problem>, Boolean> FALSE = Validation.valid(false);

  /** {@code true} or {@code false}. */
  public static final JsonCodec<Boolean> BOOLEAN = streaming((b, out) -> out.writeBoolean(b), in -> {
    JsonToken t = in.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return FALSE;
    }
    JsonStream.skip(in);
    return Validation.invalid(NOT_BOOLEAN);
  }, defs -> defs.object().put("type", "boolean"));

  /** A whole number from {@code min} to {@code max}. */
  public static JsonCodec<Integer> integer(int min, int max) {
    return streaming((i, out) -> out.writeNumber(i.intValue()), in -> {
      if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        JsonStream.skip(in);
        return Validation.invalid(NOT_WHOLE);
      }
      int i;
      if (in.getNumberType() == JsonParser.NumberType.INT) {
        i = in.getIntValue();
      } else {
        java.math.BigInteger big = in.getBigIntegerValue();
        if (big.bitLength() >= Integer.SIZE) {
          return wrongType("a whole number");
        }
        i = big.intValue();
      }
      return i >= min && i <= max ? Validation.valid(i)
          : Validated.invalid(Problem.of(ProblemCodes.OUT_OF_RANGE, "is not from " + min + " to " + max));
    }, defs -> defs.object().put("type", "integer").put("minimum", min).put("maximum", max));
  }

  private static final Seq<Problem> NOT_A_DATE = io.vavr.collection.Vector.of(Problem.of(
      ProblemCodes.INVALID_FORMAT, "is not a real calendar date written as YYYY-MM-DD"));

  /**
   * A calendar date as {@code "2024-03-01"}; impossible dates such as 2023-02-30 are problems, and
   * so are dates outside {@link CalendarDates#EARLIEST} to {@link CalendarDates#LATEST} (years 1800 to
   * 2200: {@code OUT_OF_RANGE}).
   */
  public static final JsonCodec<LocalDate> DATE = streaming(
      (d, out) -> out.writeString(d.toString()),
      in -> {
        if (in.currentToken() != JsonToken.VALUE_STRING) {
          JsonStream.skip(in);
          return Validation.invalid(NOT_DATE_TEXT);
        }
        LocalDate date = isoDate(in.getStringCharacters(), in.getStringOffset(), in.getStringLength());
        if (date == null) {
          return Validation.invalid(NOT_A_DATE);
        }
        return CalendarDates.isAccepted(date) ? Validation.valid(date)
            : Validated.invalid(Problem.of(ProblemCodes.OUT_OF_RANGE, CalendarDates.rule()));
      },
      defs -> defs.ref("Date", d -> d.object().put("type", "string").put("format", "date")
          .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
          .put("description", "A calendar date, ISO-8601: YYYY-MM-DD, from " + CalendarDates.EARLIEST + " to "
              + CalendarDates.LATEST + ".")));

  /**
   * The date written in {@code text[offset, offset + length)} as exactly {@code YYYY-MM-DD} (ASCII
   * digits), or null when it is not one or is impossible (a 30 February): what
   * {@code LocalDate.parse} with {@code ISO_LOCAL_DATE} accepts for four-digit years, without its
   * cost.
   */
  static LocalDate isoDate(char[] text, int offset, int length) {
    if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
      return null;
    }
    int year = digits(text, offset, 4);
    int month = digits(text, offset + 5, 2);
    int day = digits(text, offset + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    int days = switch (month) {
      case 2 -> java.time.Year.isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
    return day <= days ? LocalDate.of(year, month, day) : null;
  }

  private static int digits(char[] text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

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
    return streaming((v, out) -> out.writeString(format.apply(v)), in -> {
      if (in.currentToken() != JsonToken.VALUE_STRING) {
        JsonStream.skip(in);
        return Validation.invalid(NOT_TEXT);
      }
      String text = in.getString();
      if (text.length() > DEFAULT_MAX_TEXT) {
        return Validated.invalid(Problem.of(ProblemCodes.TOO_LONG, "is longer than " + DEFAULT_MAX_TEXT + " characters"));
      }
      return parse.apply(text);
    }, schema);
  }

  /**
   * A list of at most {@code maxItems} values; each item's problems carry its index. A longer list
   * is one {@code TOO_MANY} problem (its items' own problems are not listed).
   */
  public static <T> JsonCodec<java.util.List<T>> list(JsonCodec<T> item, int maxItems) {
    return streaming((values, out) -> {
      out.writeStartArray();
      for (T v : values) {
        item.write(v, out);
      }
      out.writeEndArray();
    }, in -> {
      if (in.currentToken() != JsonToken.START_ARRAY) {
        JsonStream.skip(in);
        return Validation.invalid(NOT_LIST);
      }
      java.util.List<T> values = new ArrayList<>();
      JsonStream.Found problems = null;
      int i = 0;
      for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken(), i++) {
        if (i >= maxItems) {
          JsonStream.skip(in);
          continue;
        }
        Validation<Seq<Problem>, T> v = item.read(in);
        if (v.isValid()) {
          values.add(v.get());
        } else {
          problems = problems == null ? new JsonStream.Found() : problems;
          problems.addAt(i, v.getError());
        }
      }
      if (i > maxItems) {
        return Validated.invalid(Problem.of(ProblemCodes.TOO_MANY, "has more than " + maxItems + " items"));
      }
      return problems == null ? Validation.valid(Collections.unmodifiableList(values))
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
    return streaming((values, out) -> list.write(sorted(values, order), out),
        in -> list.read(in).map(values -> sorted(values, order)),
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
    return streaming((map, out) -> {
      out.writeStartObject();
      for (Map.Entry<K, V> e : map.entrySet()) {
        out.writeName(key.apply(e.getKey()));
        value.write(e.getValue(), out);
      }
      out.writeEndObject();
    }, in -> {
      if (in.currentToken() != JsonToken.START_OBJECT) {
        JsonStream.skip(in);
        return wrongType("an object");
      }
      Map<K, V> out = new LinkedHashMap<>();
      java.util.Set<String> names = new java.util.HashSet<>();
      Problems problems = null;
      int count = 0;
      for (JsonToken t = in.nextToken(); t == JsonToken.PROPERTY_NAME; t = in.nextToken()) {
        String name = in.currentName();
        // Past maxEntries the map is refused as TOO_MANY whatever its names, so they are not kept
        // (a hostile map of a hundred thousand keys costs what any document costs per byte).
        if (count < maxEntries && !names.add(name)) {
          throw JsonStream.duplicate(in);
        }
        in.nextToken();
        if (++count > maxEntries) {
          JsonStream.skip(in);
          continue;
        }
        Validation<Seq<Problem>, K> k = parseKey.apply(name);
        Validation<Seq<Problem>, V> v = value.read(in);
        if (k.isValid() && v.isValid()) {
          out.put(k.get(), v.get());
        }
        if (k.isInvalid() || v.isInvalid()) {
          // A key is input: its pointer holds it made safe, never echoed whole.
          Path at = Path.of(SafeText.of(name));
          problems = problems == null ? Problems.collect() : problems;
          if (k.isInvalid()) {
            problems.addAll(at, k.getError());
          }
          if (v.isInvalid()) {
            problems.addAll(at, v.getError());
          }
        }
      }
      if (count > maxEntries) {
        return Validated.invalid(Problem.of(ProblemCodes.TOO_MANY, "has more than " + maxEntries + " entries"));
      }
      return problems == null ? Validation.valid(Collections.unmodifiableMap(out))
          : Validation.invalid(problems.toSeq());
    }, defs -> {
      ObjectNode s = defs.object().put("type", "object");
      s.set("propertyNames", keySchema.apply(defs));
      s.set("additionalProperties", value.schema(defs));
      return s.put("maxProperties", maxEntries);
    });
  }

  /**
   * A codec that reads from the token stream; a tree is read through a parser over it, so both
   * ways of reading follow the same code.
   */
  static <T> JsonCodec<T> streaming(BiConsumer<T, JsonGenerator> write,
      Function<JsonParser, Validation<Seq<Problem>, T>> read, Function<SchemaDefs, ObjectNode> schema) {
    return new JsonCodec<>() {
      @Override
      public void write(T value, JsonGenerator out) {
        write.accept(value, out);
      }

      @Override
      public Validation<Seq<Problem>, T> read(JsonNode node) {
        try (JsonParser in = JsonStream.over(node)) {
          return read.apply(in);
        }
      }

      @Override
      public Validation<Seq<Problem>, T> read(JsonParser in) {
        return read.apply(in);
      }

      @Override
      public ObjectNode schema(SchemaDefs defs) {
        return schema.apply(defs);
      }
    };
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
