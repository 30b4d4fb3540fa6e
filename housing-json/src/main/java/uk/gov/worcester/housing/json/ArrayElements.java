package uk.gov.worcester.housing.json;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.JsonProblems;

/**
 * The elements of one JSON array, read one at a time as they are asked for: each a value or its
 * problems, pointed from the array ({@code /3/members/0/dateOfBirth}). Text that is not
 * well-formed, or not UTF-8, or a stream that fails, ends the elements with its one problem, at
 * the element where it was met. An element longer than the facade's document limit is refused
 * as {@code TOO_LARGE} (it has been passed over, not kept); the array as a whole has no limit.
 */
final class ArrayElements<T> implements Iterator<Validation<Seq<Problem>, T>> {
  private final JsonParser in;
  private final JsonCodec<T> codec;
  private final long maxElementLength;
  private final Function<JacksonException, Problem> streamProblem;
  private TokenStreamContext array;
  private int index;
  private boolean started;
  private boolean done;
  private Validation<Seq<Problem>, T> next;

  ArrayElements(JsonParser in, JsonCodec<T> codec, long maxElementLength,
      Function<JacksonException, Problem> streamProblem) {
    this.in = in;
    this.codec = codec;
    this.maxElementLength = maxElementLength;
    this.streamProblem = streamProblem;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Validation<Seq<Problem>, T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more elements");
    }
    Validation<Seq<Problem>, T> element = next;
    next = null;
    return element;
  }

  /** The next element, or null at the end. */
  private Validation<Seq<Problem>, T> advance() {
    try {
      if (!started) {
        started = true;
        JsonToken first = in.nextToken();
        if (first == null) {
          return last(Problem.of(JsonProblems.MALFORMED_JSON, "the document is empty"));
        }
        if (first != JsonToken.START_ARRAY) {
          return last(Problem.of(JsonProblems.WRONG_TYPE, "expected a list"));
        }
        array = in.streamReadContext();
      }
      JsonToken t = in.nextToken();
      if (t == JsonToken.END_ARRAY) {
        done = true;
        if (in.nextToken() != null) {
          throw new StreamReadException(in, "Trailing token (" + in.currentToken() + ") after the document's value");
        }
        return null;
      }
      long start = in.currentTokenLocation().getCharOffset();
      Validation<Seq<Problem>, T> read;
      try {
        read = JsonProblems.readSafely(codec, in);
      } catch (StreamReadException e) {
        if (!HousingJson.isRepeatedField(e)) {
          throw e;
        }
        // a field repeated inside this element is its one problem, as it is a document's; the text
        // is still well-formed, so the next element is read
        read = Validated.invalid(streamProblem.apply(e));
      }
      while (in.streamReadContext() != array) {
        in.nextToken(); // a codec stopped inside the element (it threw): read on to its end
      }
      if (in.currentLocation().getCharOffset() - start > maxElementLength) {
        read = Validated.invalid(Problem.of(JsonProblems.TOO_LARGE,
            "the element is larger than " + maxElementLength + " characters"));
      }
      Path at = Path.root().index(index++);
      return read.mapError(problems -> problems.map(p -> p.within(at)));
    } catch (StreamConstraintsException e) {
      return last(HousingJson.constraint(e), Path.root().index(index));
    } catch (JacksonException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CharacterCodingException) {
        return last(Problem.of(JsonProblems.NOT_UTF8, "the document is not UTF-8 text; save it as UTF-8"),
            Path.root().index(index));
      }
      if (cause instanceof java.io.IOException) {
        return last(Problem.of(JsonProblems.UNREADABLE, "the document cannot be read from its source"),
            Path.root().index(index));
      }
      return last(streamProblem.apply(e), Path.root().index(index));
    }
  }

  private Validation<Seq<Problem>, T> last(Problem problem) {
    done = true;
    return Validated.invalid(problem);
  }

  private Validation<Seq<Problem>, T> last(Problem problem, Path at) {
    return last(started && array != null ? problem.within(at) : problem);
  }
}
