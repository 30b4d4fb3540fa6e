package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.common.JsonProblems;

/**
 * The one place the command line reads its input files, and prints problems, by the same rules
 * for every sub-command: {@code -} is standard input; a missing file, a directory and a file that
 * cannot be read are told apart; a device, a pipe or a socket is refused before it is opened; a
 * file must be UTF-8 text of at most {@link HousingJson#MAX_DOCUMENT_LENGTH} bytes, counted while
 * reading, and bad UTF-8 is told with its byte offset; JSON goes to {@link HousingJson} as it is, so a
 * byte order mark is accepted exactly as the facade accepts it, and other text is read by the same
 * rule; a JSON document of the wrong kind is one problem saying what it
 * looks like. Every outcome is a value or problems, never an exception.
 */
final class InputFiles {
  /** The path that names standard input. */
  static final String STANDARD_INPUT = "-";
  /** The file does not exist. */
  static final String NO_SUCH_FILE = "NO_SUCH_FILE";
  /** A directory was given where a file was expected. */
  static final String IS_A_DIRECTORY = "IS_A_DIRECTORY";
  /** The file exists but cannot be read. */
  static final String UNREADABLE_FILE = "UNREADABLE_FILE";
  /** The file is not UTF-8 text. */
  static final String NOT_UTF8 = JsonProblems.NOT_UTF8;
  /** The path names a device, a pipe or a socket, not a regular file. */
  static final String NOT_A_REGULAR_FILE = "NOT_A_REGULAR_FILE";
  /** The file is a document of another kind than the command reads. */
  static final String WRONG_DOCUMENT = "WRONG_DOCUMENT";

  private final HousingJson json;
  private final InputStream standardInput;

  InputFiles(HousingJson json, InputStream standardInput) {
    this.json = json;
    this.standardInput = standardInput;
  }

  /** True for {@code -}, standard input. */
  static boolean isStandardInput(Path file) {
    return file.toString().equals(STANDARD_INPUT);
  }

  /**
   * The name a file is reported by: its path as given, safely shown ({@link #shown}), or
   * "standard input".
   */
  static String name(Path file) {
    return isStandardInput(file) ? "standard input" : shown(file.toString());
  }

  /** The most characters of a path shown in a message. */
  static final int MAX_SHOWN = 200;

  /**
   * A path or file name as it may be echoed: each control or invisible character (line breaks,
   * terminal escapes, direction overrides, unpaired surrogates) becomes {@code ?}, and a path longer
   * than {@value #MAX_SHOWN} characters is cut and ends in {@code ...}. Unlike {@code SafeText},
   * letters of any script and a long folder path stay readable.
   */
  static String shown(String raw) {
    StringBuilder out = new StringBuilder();
    int[] points = raw.codePoints().limit(MAX_SHOWN + 1L).toArray();
    for (int i = 0; i < Math.min(points.length, MAX_SHOWN); i++) {
      out.appendCodePoint(isOdd(points[i]) ? '?' : points[i]);
    }
    return points.length > MAX_SHOWN ? out.append("...").toString() : out.toString();
  }

  /** Whether {@code point} is a control or invisible character, shown as {@code ?}. */
  static boolean isOdd(int point) {
    int type = Character.getType(point);
    return Character.isISOControl(point) || type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }


  /**
   * A usage mistake (exit 2) unless standard input is named at most once among {@code files}:
   * it can be read only once.
   */
  static void requireStandardInputAtMostOnce(CommandLine commandLine, List<Path> files) {
    if (files.stream().filter(InputFiles::isStandardInput).count() > 1) {
      throw new CommandLine.ParameterException(commandLine, "standard input (-) can be read only once");
    }
  }

  /** The text of {@code file} as it is, or one problem saying why it cannot be had. */
  private Validation<Seq<Problem>, String> text(Path file) {
    if (isStandardInput(file)) {
      return bounded(standardInput, "standard input cannot be read");
    }
    if (Files.isDirectory(file)) {
      return Validated.invalid(Problem.of(IS_A_DIRECTORY, "this is a directory, not a file"));
    }
    // Checked before opening: opening a pipe with no writer waits for ever, and a device such as
    // /dev/zero never ends.
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      return Validated.invalid(Problem.of(NOT_A_REGULAR_FILE,
          "this is not a regular file (a device, a pipe or a socket): name a file"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return bounded(in, "the file cannot be read");
    } catch (IOException e) {
      return Validated.invalid(unreadable(file, e));
    }
  }

  /**
   * The one bounded reader of every input: at most {@link HousingJson#MAX_DOCUMENT_LENGTH} bytes,
   * counted while reading (never from a file's size, which a device or a growing file misstates),
   * decoded strictly as UTF-8 with the offset of the first bad byte.
   */
  private static Validation<Seq<Problem>, String> bounded(InputStream in, String unreadable) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) HousingJson.MAX_DOCUMENT_LENGTH + 1);
    } catch (IOException e) {
      return Validated.invalid(Problem.of(UNREADABLE_FILE, unreadable));
    }
    if (bytes.length > HousingJson.MAX_DOCUMENT_LENGTH) {
      return Validated.invalid(Problem.of(JsonProblems.TOO_LARGE, "the file is larger than "
          + HousingJson.MAX_DOCUMENT_LENGTH + " bytes"));
    }
    return HousingJson.utf8(bytes);
  }

  /** The text of a file that is not JSON, by the facade's rule: a leading byte order mark is nothing. */
  Validation<Seq<Problem>, String> plainText(Path file) {
    return text(file).map(HousingJson::withoutByteOrderMark);
  }

  /**
   * Reads {@code file} as JSON and decodes it, unless it looks like a document of a kind other
   * than {@code expected}: then that is its one problem.
   */
  <T> Validation<Seq<Problem>, T> json(Path file, List<DocumentKind> expected,
      Function<JsonNode, Validation<Seq<Problem>, T>> decode) {
    Validation<Seq<Problem>, String> text = text(file);
    if (text.isInvalid()) {
      return Validation.invalid(text.getError());
    }
    Validation<Seq<Problem>, JsonNode> tree = json.readTree(text.get());
    if (tree.isInvalid()) {
      Optional<DocumentKind> looks = DocumentKind.ofText(HousingJson.withoutByteOrderMark(text.get()))
          .filter(k -> k != DocumentKind.JSON);
      return looks.isPresent() ? Validated.invalid(Problem.of(WRONG_DOCUMENT, looks.get().wrongFor(expected)))
          : Validation.invalid(tree.getError());
    }
    Optional<DocumentKind> looks = DocumentKind.of(tree.get()).filter(k -> !expected.contains(k));
    if (looks.isPresent()) {
      return Validated.invalid(Problem.of(WRONG_DOCUMENT, looks.get().wrongFor(expected)));
    }
    return decode.apply(tree.get());
  }

  /** Reads {@code file} as JSON of a type the facade knows, expected to be of {@code kind}. */
  <T> Validation<Seq<Problem>, T> json(Path file, DocumentKind kind, Class<T> type) {
    return json(file, List.of(kind), node -> json.read(node, type));
  }

  private static Problem unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException || onAPathThroughAFile(file)) {
      return Problem.of(NO_SUCH_FILE, "no such file");
    }
    if (e instanceof AccessDeniedException) {
      return Problem.of(UNREADABLE_FILE, "the file cannot be read: permission denied");
    }
    String reason = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
        ? ": " + ((FileSystemException) e).getReason() : "";
    return Problem.of(UNREADABLE_FILE, "the file cannot be read" + reason);
  }

  /** True when a folder named on the path is in fact a file, so the file cannot exist. */
  private static boolean onAPathThroughAFile(Path file) {
    for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return !Files.isDirectory(p);
      }
    }
    return false;
  }

  /** Prints each problem on a line: JSON Pointer ({@code (document)} for the whole), code, message. */
  static int report(PrintWriter err, Path file, Seq<Problem> problems) {
    return report(err, name(file), problems);
  }

  /** As {@link #report(PrintWriter, Path, Seq)}, for a source named in words. */
  static int report(PrintWriter err, String source, Seq<Problem> problems) {
    err.println(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    for (Problem p : problems) {
      err.println("  " + (p.path().isRoot() ? "(document)" : p.path().jsonPointer()) + "  " + p.code() + "  "
          + p.message());
    }
    err.flush();
    return HousingCommand.INPUT_PROBLEMS;
  }
}
