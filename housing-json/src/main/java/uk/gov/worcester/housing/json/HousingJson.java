package uk.gov.worcester.housing.json;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayOutputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.JsonProblems;

/**
 * Reads untrusted JSON into this library's types and writes them back. Reading never throws: it
 * returns the value or every problem, each with a JSON Pointer ({@code /members/2/dateOfBirth})
 * and a stable code. Malformed text, duplicate or unknown fields, wrong types, missing fields,
 * invalid values, and documents that are too large, too deep or hold over-long text are all
 * problems, and so are dates outside years 1800 to 2200 and values a type's own factory refuses.
 * A UTF-8 byte order mark at the start of the text, as some Windows editors save, is read as
 * nothing on every path (text, stream and {@link #text(InputStream)}); bytes are decoded strictly.
 * At most {@link uk.gov.worcester.housing.core.common.Problems#MAX_REPORTED} problems are listed,
 * then one counting the rest. A null argument is a {@link NullPointerException}, never a problem.
 * Thread-safe; make one and share it.
 */
public final class HousingJson {
  /** Largest document read, in characters or bytes. */
  public static final long MAX_DOCUMENT_LENGTH = 8L * 1024 * 1024;
  /** Deepest nesting of objects and lists. */
  public static final int MAX_DEPTH = 32;
  /** Longest single text value in the document (fields have their own, smaller limits). */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** Longest field name. */
  public static final int MAX_NAME_LENGTH = 200;

  private final JsonMapper mapper;
  private final JsonFactory tokens;
  private final LazyContract registry;

  private final JsonFactory elementTokens;
  private final ObjectWriter oneLine;

  private HousingJson(JsonMapper mapper, JsonFactory tokens, JsonFactory elementTokens, LazyContract registry) {
    this.mapper = mapper;
    this.tokens = tokens;
    this.elementTokens = elementTokens;
    this.registry = registry;
    this.oneLine = mapper.writer().without(SerializationFeature.INDENT_OUTPUT);
  }

  /** The facade with every domain's types, limits and strict reading. */
  public static HousingJson create() {
    HousingModule module = new HousingModule();
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .maxNestingDepth(MAX_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(30)
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    // The codecs read documents from this one's tokens and find duplicate fields themselves. Field
    // names are not kept in Jackson's shared table of names: a document of unknown names would
    // fill it with names never seen again (it took most of the time of rejecting one), and the
    // names a codec knows cost no more read afresh.
    JsonFactory tokens = JsonFactory.builder()
        .streamReadConstraints(limits)
        .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
        .build();
    // An array read element by element has no length limit of its own; each element has the
    // document's (checked as it is read), and the stream is the caller's to close.
    JsonFactory elementTokens = JsonFactory.builder()
        .streamReadConstraints(limits.rebuild().maxDocumentLength(-1).build())
        .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(module)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
    return new HousingJson(mapper, tokens, elementTokens, module.lazyContract());
  }

  /** The configured mapper, for callers who want Jackson's own API. */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Reads a {@code type} from JSON text, in one pass over the text's tokens: each codec reads its
   * value as the tokens come, and a problem's place is put together only when there is a problem.
   */
  public <T> Validation<Seq<Problem>, T> read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(json, codecFor(type));
  }

  /**
   * Reads a {@code type} from UTF-8 JSON; the stream is read up to one byte past
   * {@link #MAX_DOCUMENT_LENGTH} but not closed. The bytes are decoded strictly, as
   * {@link #text(InputStream)} does, so this reads exactly what {@link #read(String, Class)} reads;
   * a stream that fails is an {@code UNREADABLE} problem.
   *
   * @throws NullPointerException if {@code json} is null (a programming error, not input)
   */
  public <T> Validation<Seq<Problem>, T> read(InputStream json, Class<T> type) {
    return bytes(json).flatMap(HousingJson::utf8).flatMap(text -> read(text, type));
  }

  /**
   * The text of a UTF-8 document, by the rule every entry point shares: at most
   * {@link #MAX_DOCUMENT_LENGTH} bytes, counted while reading ({@code TOO_LARGE}); bytes that are
   * not UTF-8, overlong forms and encoded surrogates included, are a {@code NOT_UTF8} problem that
   * gives the byte offset; a leading byte order mark is read as nothing; a stream that fails is an
   * {@code UNREADABLE} problem. The stream is not closed.
   *
   * @throws NullPointerException if {@code json} is null
   */
  public static Validation<Seq<Problem>, String> text(InputStream json) {
    return bytes(json).flatMap(HousingJson::utf8).map(HousingJson::withoutByteOrderMark);
  }

  private static Validation<Seq<Problem>, byte[]> bytes(InputStream json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes;
    try {
      bytes = json.readNBytes((int) MAX_DOCUMENT_LENGTH + 1);
    } catch (IOException | RuntimeException e) {
      return Validated.invalid(Problem.of(JsonProblems.UNREADABLE, "the document cannot be read from its source"));
    }
    if (bytes.length > MAX_DOCUMENT_LENGTH) {
      return tooLarge();
    }
    return Validation.valid(bytes);
  }

  /**
   * {@code bytes} decoded strictly as UTF-8, or a {@code NOT_UTF8} problem naming the offset of the
   * first byte that is not (counted from 0, the byte order mark included).
   */
  public static Validation<Seq<Problem>, String> utf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
          || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
      return Validated.invalid(Problem.of(JsonProblems.NOT_UTF8, "the document is not UTF-8 text: byte "
          + in.position() + " is not valid UTF-8" + (utf16 ? " (it looks like UTF-16)" : "") + "; save it as UTF-8"));
    }
    out.flip();
    return Validation.valid(out.toString());
  }

  /**
   * Reads a {@code type} from JSON text, for callers who do not use Vavr: the value, or an
   * {@link InvalidValueException} carrying every problem {@link #read(String, Class)} would return
   * ({@link InvalidValueException#problemList()}; its message lists each problem's JSON Pointer,
   * code and message, never a value from the document, so it is safe to log).
   *
   * @throws InvalidValueException if the text is not a valid {@code type}
   */
  public <T> T readOrThrow(String json, Class<T> type) {
    return orThrow(read(json, type));
  }

  /**
   * Reads a {@code type} from UTF-8 JSON, for callers who do not use Vavr, as
   * {@link #readOrThrow(String, Class)}; the stream is read to its end but not closed.
   *
   * @throws InvalidValueException if the document is not a valid {@code type}
   */
  public <T> T readOrThrow(InputStream json, Class<T> type) {
    return orThrow(read(json, type));
  }

  private static <T> T orThrow(Validation<Seq<Problem>, T> result) {
    if (result.isInvalid()) {
      throw new InvalidValueException(result.getError());
    }
    return result.get();
  }

  /** Reads a {@code type} from a tree already parsed. */
  public <T> Validation<Seq<Problem>, T> read(JsonNode node, Class<T> type) {
    return decode(node, type);
  }

  /** Reads a document as a tree only, with the same limits and problems as {@link #read}. */
  public Validation<Seq<Problem>, JsonNode> readTree(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      return tooLarge();
    }
    return parse(() -> mapper.readTree(withoutByteOrderMark(json)));
  }

  /**
   * {@code text} without a leading UTF-8 byte order mark (U+FEFF), if it has one: how this facade
   * reads text, for callers that read other text files the same way.
   */
  public static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Reads a JSON array of {@code type} one element at a time, for lists too large to hold at once
   * (a year of case records exported as one array, say): each element is read as it is asked for
   * and is its value or its problems, pointed from the array ({@code /3/members/0/dateOfBirth}).
   * The bytes are decoded strictly as UTF-8, a leading byte order mark read as nothing. Each
   * element has the limits a whole document has ({@value #MAX_DOCUMENT_LENGTH} characters, depth,
   * text and names); the array as a whole has none. A document that is not an array is one
   * {@code WRONG_TYPE} problem; a field repeated inside an element is that element's one problem
   * ({@code DUPLICATE_FIELD}), and the next element is read; text that is not well-formed, bytes
   * that are not UTF-8 or a stream that fails end the elements with one problem
   * ({@code MALFORMED_JSON}, {@code NOT_UTF8}, {@code UNREADABLE}) at the element where it was met,
   * after the elements read before it. The
   * returned stream is lazy and sequential; close it to close the parser (the input stream is not
   * closed: it is the caller's).
   *
   * @throws NullPointerException if {@code json} is null
   * @throws IllegalArgumentException if {@code type} has no JSON contract (a programming error)
   */
  public <T> Stream<Validation<Seq<Problem>, T>> readEach(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return readEach(json, codecFor(type));
  }

  /** As {@link #readEach(InputStream, Class)}, with an explicit codec. */
  public <T> Stream<Validation<Seq<Problem>, T>> readEach(InputStream json, JsonCodec<T> codec) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(codec, "codec");
    Reader text = new WithoutByteOrderMark(new InputStreamReader(json, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)));
    JsonParser in = elementTokens.createParser(ObjectReadContext.empty(), text);
    ArrayElements<T> elements = new ArrayElements<>(in, codec, MAX_DOCUMENT_LENGTH, HousingJson::streamProblem);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(elements,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(in::close);
  }

  /** A reader that reads a leading byte order mark (U+FEFF) as nothing, lazily, on the first read. */
  private static final class WithoutByteOrderMark extends FilterReader {
    private boolean checked;

    WithoutByteOrderMark(Reader source) {
      super(new PushbackReader(source, 1));
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (!checked) {
        checked = true;
        int first = in.read();
        if (first == -1) {
          return -1;
        }
        if (first != '\uFEFF') {
          ((PushbackReader) in).unread(first);
        }
      }
      return in.read(buffer, offset, length);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n == -1 ? -1 : one[0];
    }
  }

  /**
   * Writes any value of this library as JSON on one line, with no line break inside it: a line of
   * NDJSON (one document a line), for the map stages of "Scale beyond one machine".
   */
  public String writeLine(Object value) {
    return oneLine.writeValueAsString(value);
  }

  /** Writes any value of this library as indented JSON. */
  public String write(Object value) {
    return mapper.writeValueAsString(value);
  }

  /** Writes a value with an explicit codec (a decision, whose outcome type is generic). */
  public <T> String write(T value, JsonCodec<T> codec) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator out = mapper.createGenerator(bytes)) {
      codec.write(value, out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Reads with an explicit codec, with the same limits and problems as {@link #read(String, Class)}.
   * Malformed text, a field met twice, and a document over a limit are each the one problem
   * reported, wherever they are, as when the whole document was parsed before any codec read it;
   * the one exception is a name repeated only past an object's first thousand unknown names, which
   * is not looked for (the object is refused for its unknown fields).
   */
  public <T> Validation<Seq<Problem>, T> read(String json, JsonCodec<T> codec) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(codec, "codec");
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      return tooLarge();
    }
    try (JsonParser in = tokens.createParser(ObjectReadContext.empty(), withoutByteOrderMark(json))) {
      if (in.nextToken() == null) {
        return Validated.invalid(Problem.of(JsonProblems.MALFORMED_JSON, "the document is empty"));
      }
      Validation<Seq<Problem>, T> read = JsonProblems.readSafely(codec, in);
      // The rest of the document, after the value or a codec that gave up: malformed text or a
      // limit anywhere is still the one problem.
      finish(in);
      return read;
    } catch (StreamConstraintsException e) {
      return Validated.invalid(constraint(e));
    } catch (JacksonException e) {
      return Validated.invalid(streamProblem(e));
    }
  }

  /** Reads to the end of the document: nothing may follow its one value. */
  private static void finish(JsonParser in) {
    while (in.streamReadContext() != null && !in.streamReadContext().inRoot()) {
      in.nextToken(); // a codec stopped inside the value (it threw): read on to its end
      if (in.currentToken() == null) {
        return;
      }
    }
    if (in.nextToken() != null) {
      throw new StreamReadException(in, "Trailing token (" + in.currentToken() + ") after the document's value");
    }
  }

  private <T> JsonCodec<T> codecFor(Class<T> type) {
    return registry.find(type).orElseThrow(() -> new IllegalArgumentException(
        "no JSON contract is defined for " + type.getName()));
  }

  private <T> Validation<Seq<Problem>, T> decode(JsonNode node, Class<T> type) {
    Objects.requireNonNull(node, "node");
    return JsonProblems.readSafely(codecFor(type), node);
  }

  private interface Parse {
    JsonNode run();
  }

  private static Validation<Seq<Problem>, JsonNode> parse(Parse parse) {
    try {
      JsonNode node = parse.run();
      if (node == null || node.isMissingNode()) {
        return Validated.invalid(Problem.of(JsonProblems.MALFORMED_JSON, "the document is empty"));
      }
      return Validation.valid(node);
    } catch (StreamConstraintsException e) {
      return Validated.invalid(constraint(e));
    } catch (JacksonException e) {
      return Validated.invalid(streamProblem(e));
    }
  }

  private static Problem streamProblem(JacksonException e) {
    if (isRepeatedField(e)) {
      return Problem.of(JsonProblems.DUPLICATE_FIELD, "an object has the same field twice" + where(e.getLocation()));
    }
    return Problem.of(JsonProblems.MALFORMED_JSON, "not well-formed JSON" + where(e.getLocation()));
  }

  /** Whether {@code e} is a field met twice in one object (the parser's text is still well-formed). */
  static boolean isRepeatedField(JacksonException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    return original.startsWith("Duplicate Object property");
  }

  /** The problem of a parser's limit, as {@link #read(String, Class)} words it. */
  static Problem constraint(StreamConstraintsException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.contains("nesting depth")) {
      return Problem.of(JsonProblems.TOO_DEEP, "the document nests deeper than " + MAX_DEPTH + " levels");
    }
    if (message.contains("String value length") || message.contains("Name length")) {
      return Problem.of(ProblemCodes.TOO_LONG, "the document holds text longer than " + MAX_STRING_LENGTH
          + " characters (or a field name longer than " + MAX_NAME_LENGTH + ")");
    }
    if (message.contains("Number value length")) {
      return Problem.of(JsonProblems.TOO_LARGE, "the document holds a number with too many digits");
    }
    return Problem.of(JsonProblems.TOO_LARGE, "the document is larger than " + MAX_DOCUMENT_LENGTH + " characters");
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static <T> Validation<Seq<Problem>, T> tooLarge() {
    return Validated.invalid(Problem.of(JsonProblems.TOO_LARGE,
        "the document is larger than " + MAX_DOCUMENT_LENGTH + " characters"));
  }
}
