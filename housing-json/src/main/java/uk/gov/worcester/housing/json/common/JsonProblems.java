package uk.gov.worcester.housing.json.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Problems;
import uk.gov.worcester.housing.core.common.SafeText;
import uk.gov.worcester.housing.core.common.Validated;

/**
 * Problem codes for reading JSON, beside the shared codes in
 * {@link uk.gov.worcester.housing.core.common.ProblemCodes}. Part of the JSON contract.
 */
public final class JsonProblems {
  /** The text is not well-formed JSON. */
  public static final String MALFORMED_JSON = "MALFORMED_JSON";
  /** A value has the wrong JSON type (a number where text is expected, say). */
  public static final String WRONG_TYPE = "WRONG_TYPE";
  /** An object has a field the contract does not define. */
  public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
  /** An object has the same field twice. */
  public static final String DUPLICATE_FIELD = "DUPLICATE_FIELD";
  /** The document nests deeper than allowed. */
  public static final String TOO_DEEP = "TOO_DEEP";
  /** The document, or a number in it, is larger than allowed. */
  public static final String TOO_LARGE = "TOO_LARGE";

  /** The bytes of a document are not UTF-8. */
  public static final String NOT_UTF8 = "NOT_UTF8";
  /** The document could not be read from its source. */
  public static final String UNREADABLE = "UNREADABLE";

  private JsonProblems() {}

  /**
   * {@code codec.read(node)}, with the last guard of every entry point: an
   * {@link IllegalArgumentException}, {@link java.time.DateTimeException} or
   * {@link ArithmeticException} from a value's factory or arithmetic is one
   * {@link ProblemCodes#INVALID_VALUE} problem (whose message never quotes the exception's), not
   * an exception. Codecs already return such problems; this keeps a codec that forgets from
   * throwing at a caller.
   */
  public static <T> Validation<Seq<Problem>, T> readSafely(JsonCodec<T> codec, JsonNode node) {
    try {
      return Validation.narrow(codec.read(node)).mapError(Problems::capped);
    } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
      return Validated.invalid(Problem.of(ProblemCodes.INVALID_VALUE, "is not a value its type can hold"));
    }
  }

  /**
   * As {@link #readSafely(JsonCodec, JsonNode)}, reading from a token stream on the value's first
   * token ({@link JsonCodec#read(JsonParser)}). After an exception the parser may be inside the
   * value; the caller reads on to its end.
   */
  public static <T> Validation<Seq<Problem>, T> readSafely(JsonCodec<T> codec, JsonParser in) {
    try {
      return Validation.narrow(codec.read(in)).mapError(Problems::capped);
    } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
      return Validated.invalid(Problem.of(ProblemCodes.INVALID_VALUE, "is not a value its type can hold"));
    }
  }

  /**
   * The problem of an unknown field: its pointer holds the field's name made safe by
   * {@link SafeText} (cut to {@value SafeText#MAX_LENGTH} letters, digits, {@code _ - . / + :}, other
   * characters as {@code ?}), so a hostile or personal name is never echoed whole.
   */
  public static Problem unknownField(String name) {
    return Problem.at(Path.of(SafeText.of(name)), UNKNOWN_FIELD, "is not a field of this object");
  }
}
