package uk.gov.worcester.housing.json.common;

import io.vavr.collection.Seq;
import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Problems;

/**
 * The parts of reading over Jackson's token stream that every codec shares. The parser reading a
 * document does not detect duplicate fields itself (that costs a set of names per object): an
 * {@link ObjectCodec} detects them over its known fields, and the parts of a document no codec
 * reads field by field (a value skipped after a wrong type, an unknown field's value, a tree built
 * for a codec that reads trees) are checked here. Each method starts at the current token, the
 * first of one value, and leaves the parser on that value's last token. A string passed over is
 * measured against the parser's length limit, so the limits apply everywhere, as they did when
 * every document was read into a tree first.
 */
final class JsonStream {
  /** How Jackson's own strict duplicate detection words the problem; the facade maps it. */
  static final String DUPLICATE_MESSAGE = "Duplicate Object property";

  private JsonStream() {}

  /** The problem of a field met twice in one object, raised as Jackson raises it. */
  static StreamReadException duplicate(JsonParser in) {
    return new StreamReadException(in, DUPLICATE_MESSAGE + " (a field appears twice in one object)");
  }

  /** Passes over the current value, checking it as a tree would be checked. */
  static void skip(JsonParser in) {
    JsonToken t = in.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Names names = null;
      for (JsonToken n = in.nextToken(); n == JsonToken.PROPERTY_NAME; n = in.nextToken()) {
        if (names == null) {
          names = new Names();
        }
        names.add(in);
        in.nextToken();
        skip(in);
      }
    } else if (t == JsonToken.START_ARRAY) {
      for (JsonToken n = in.nextToken(); n != JsonToken.END_ARRAY; n = in.nextToken()) {
        skip(in);
      }
    } else if (t == JsonToken.VALUE_STRING
        && in.getStringLength() > in.streamReadConstraints().getMaxStringLength()) {
      in.getString(); // over the limit: reading it as text raises the parser's own problem
    }
  }

  /**
   * The names of one object that no codec reads (an unknown field's name, or any name inside a
   * value passed over), checked for a repeat. Such an object is always refused, for its unknown
   * fields or for the wrong type of the value passed over. The first {@value Problems#MAX_REPORTED}
   * names are kept, in the order met, and a repeat among them is the document's one problem, as
   * anywhere else. Past that many, names are only counted (an unknown field past them is counted
   * among the problems past the cap, as the unknown field it is; a name inside a value passed over
   * is not a problem of its own): keeping every name of a hostile object of a hundred thousand
   * fields made refusing it cost twice as much per byte as reading a valid document. So a name
   * repeated only past the first thousand is not reported as a repeat, and the document is refused
   * all the same. This is the one place where reading the stream reports otherwise than reading a
   * tree (which refuses every repeat).
   */
  static final class Names {
    private final Set<String> kept = new LinkedHashSet<>();
    private long met;

    /** Takes the parser's current name, refusing a repeat of one kept. */
    void add(JsonParser in) {
      if (met++ < Problems.MAX_REPORTED && !kept.add(in.currentName())) {
        throw duplicate(in);
      }
    }

    /** The names kept, in the order met: the first {@value Problems#MAX_REPORTED}. */
    Set<String> kept() {
      return kept;
    }

    /** How many names were met past those kept. */
    long beyondKept() {
      return met - kept.size();
    }
  }

  /** The current value as a tree, for a codec that reads trees. */
  static JsonNode tree(JsonParser in) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (in.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        in.nextToken();
        restOf(in, object);
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        for (JsonToken n = in.nextToken(); n != JsonToken.END_ARRAY; n = in.nextToken()) {
          array.add(tree(in));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.stringNode(in.getString());
      }
      case VALUE_NUMBER_INT -> {
        return switch (in.getNumberType()) {
          case INT -> nodes.numberNode(in.getIntValue());
          case LONG -> nodes.numberNode(in.getLongValue());
          default -> nodes.numberNode(in.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(in.getDoubleValue());
      }
      case VALUE_TRUE -> {
        return nodes.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return nodes.booleanNode(false);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> {
        return nodes.missingNode();
      }
    }
  }

  /**
   * Reads the rest of an object into {@code object}, from the current token (a field name, or the
   * object's end), refusing a name already in {@code object}.
   */
  static void restOf(JsonParser in, ObjectNode object) {
    for (JsonToken n = in.currentToken(); n == JsonToken.PROPERTY_NAME; n = in.nextToken()) {
      String name = in.currentName();
      in.nextToken();
      if (object.putIfAbsent(name, tree(in)) != null) {
        throw duplicate(in);
      }
    }
  }

  /**
   * The problems of one object or list as they are read, capped as {@link Problems} caps them but
   * cheaper past the cap: a problem beyond the first {@value Problems#MAX_REPORTED} is only
   * counted, so neither its path nor its prefixed copy is made (a hostile list of a million bad
   * items costs a count per item). The report is the same as {@link Problems} gives.
   */
  static final class Found {
    private final Problems problems = Problems.collect();
    private int listed;
    private long beyond;

    /** A problem of the value itself. */
    void add(Problem problem) {
      long counted = Problems.countOf(problem);
      if (counted > 0) {
        beyond += counted;
      } else if (listed < Problems.MAX_REPORTED) {
        problems.add(problem);
        listed++;
      } else {
        beyond++;
      }
    }

    /** The problems of the field {@code name}. */
    void addAt(String name, Seq<Problem> found) {
      addAt((Object) name, found);
    }

    /** The problems of the item at {@code index}. */
    void addAt(int index, Seq<Problem> found) {
      addAt((Object) index, found);
    }

    private void addAt(Object segment, Seq<Problem> found) {
      if (listed >= Problems.MAX_REPORTED && found.size() == 1) {
        long counted = Problems.countOf(found.head());
        beyond += counted > 0 ? counted : 1; // the usual case past the cap: one problem, counted
        return;
      }
      Path at = null;
      for (Problem p : found) {
        long counted = Problems.countOf(p);
        if (counted > 0) {
          beyond += counted;
        } else if (listed < Problems.MAX_REPORTED) {
          if (at == null) {
            at = segment instanceof Integer ? Path.root().index((Integer) segment) : Path.of((String) segment);
          }
          problems.add(p.within(at));
          listed++;
        } else {
          beyond++;
        }
      }
    }

    /** True while the value has no problem. */
    boolean isEmpty() {
      return listed == 0 && beyond == 0;
    }

    /** True once further problems are only counted. */
    boolean isFull() {
      return listed >= Problems.MAX_REPORTED;
    }

    /** Counts {@code n} problems past the cap without making them. */
    void count(long n) {
      beyond += n;
    }

    /** The problems, capped. */
    Seq<Problem> toSeq() {
      if (beyond > 0) {
        problems.add(Problems.moreProblem(beyond));
        beyond = 0;
      }
      return problems.toSeq();
    }
  }

  /** The one problem of a value of the wrong JSON type, made once per codec. */
  static Seq<Problem> wrongType(String expected) {
    return io.vavr.collection.Vector.of(Problem.of(JsonProblems.WRONG_TYPE, "expected " + expected));
  }

  /** A parser over a tree, on its first token, for reading a tree with a codec that streams. */
  static JsonParser over(JsonNode node) {
    JsonParser in = node.traverse(ObjectReadContext.empty());
    in.nextToken();
    return in;
  }
}
