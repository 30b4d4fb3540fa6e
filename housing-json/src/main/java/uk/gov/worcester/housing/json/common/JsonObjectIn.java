package uk.gov.worcester.housing.json.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Problems;
import uk.gov.worcester.housing.core.common.Validated;

/**
 * Reads the fields of one JSON object, collecting every problem: missing required fields, wrong
 * types, bad values, and (in {@link #build}) fields the contract does not know. Each object codec
 * follows the same three steps:
 *
 * <pre>{@code
 * JsonObjectIn in = JsonObjectIn.of(node);
 * JsonField<String> name = in.required("name", Codecs.text(200));
 * JsonField<Optional<LocalDate>> due = in.optional("expectedDeliveryDate", Codecs.DATE);
 * return in.build(() -> Person.builder().name(name.get())...build());
 * }</pre>
 *
 * A JSON {@code null} counts as absent. Paths in problems are relative to this object.
 *
 * <p>Prefer {@link ObjectCodec} for a type of the published contract: it reads with the same
 * rules and problems, and the same description also writes the type and gives its JSON Schema.
 */
public final class JsonObjectIn {
  private final JsonNode node;
  private final Set<String> read = new HashSet<>();
  private final Problems problems = Problems.collect();

  private JsonObjectIn(JsonNode node) {
    this.node = node;
  }

  /** Starts reading {@code node}; a problem if it is not an object. */
  public static JsonObjectIn of(JsonNode node) {
    JsonObjectIn in = new JsonObjectIn(node);
    if (!node.isObject()) {
      in.problems.add(Problem.of(JsonProblems.WRONG_TYPE, "expected an object"));
    }
    return in;
  }

  private boolean isObject() {
    return node.isObject();
  }

  private JsonNode present(String name) {
    read.add(name);
    if (!isObject()) {
      return null;
    }
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  private <T> JsonField<T> decode(String name, JsonNode value, JsonCodec<T> codec) {
    Validation<Seq<Problem>, T> result = codec.read(value);
    if (result.isInvalid()) {
      problems.addAll(Path.of(name), result.getError());
      return JsonField.failed();
    }
    return JsonField.of(result.get());
  }

  /** A field that must be present. */
  public <T> JsonField<T> required(String name, JsonCodec<T> codec) {
    JsonNode value = present(name);
    if (value == null) {
      if (isObject()) {
        problems.add(Problem.at(name, ProblemCodes.REQUIRED, "is required"));
      }
      return JsonField.failed();
    }
    return decode(name, value, codec);
  }

  /** A field that may be absent. */
  public <T> JsonField<Optional<T>> optional(String name, JsonCodec<T> codec) {
    JsonNode value = present(name);
    if (value == null) {
      return JsonField.of(Optional.empty());
    }
    JsonField<T> field = decode(name, value, codec);
    return field.isOk() ? JsonField.of(Optional.of(field.get())) : JsonField.failed();
  }

  /** A field that takes {@code fallback} when absent. */
  public <T> JsonField<T> optional(String name, JsonCodec<T> codec, T fallback) {
    JsonNode value = present(name);
    return value == null ? JsonField.of(fallback) : decode(name, value, codec);
  }

  /** A list field, empty when absent. */
  public <T> JsonField<java.util.List<T>> list(String name, JsonCodec<java.util.List<T>> codec) {
    return optional(name, codec, java.util.List.of());
  }

  /** Records a problem found while reading (a rule across two fields, say). */
  public JsonObjectIn problem(Problem problem) {
    problems.add(problem);
    return this;
  }

  /**
   * Finishes reading: problems for unknown fields are added, and if there are none at all the
   * value is built; problems found by the value's own checks are returned too.
   */
  public <T> Validation<Seq<Problem>, T> build(Supplier<? extends T> construction) {
    if (isObject()) {
      for (String name : node.propertyNames()) {
        if (!read.contains(name)) {
          problems.add(JsonProblems.unknownField(name));
        }
      }
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(problems.toSeq());
    }
    return Validated.build(construction);
  }
}
