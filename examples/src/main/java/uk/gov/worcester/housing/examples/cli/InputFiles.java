package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.common.JsonProblems;
import uk.gov.worcester.housing.core.common.Validated;

/** Reading a JSON file for a sub-command, and printing its problems the same way everywhere. */
final class InputFiles {
  private InputFiles() {}

  /** Reads {@code file} as a {@code type}; an unreadable file is one problem. */
  static <T> Validation<Seq<Problem>, T> read(HousingJson json, Path file, Class<T> type) {
    return read(json, file, type, (j, text) -> j.read(text, type));
  }

  /** Reads {@code file}'s text and hands it to {@code reader}; an unreadable file is one problem. */
  static <T> Validation<Seq<Problem>, T> read(HousingJson json, Path file, Class<T> type,
      java.util.function.BiFunction<HousingJson, String, Validation<Seq<Problem>, T>> reader) {
    String text;
    try {
      if (Files.size(file) > HousingJson.MAX_DOCUMENT_LENGTH) {
        return Validated.invalid(Problem.of(JsonProblems.TOO_LARGE, "the file is larger than "
            + HousingJson.MAX_DOCUMENT_LENGTH + " bytes"));
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Validated.invalid(Problem.of("UNREADABLE_FILE", "the file cannot be read as UTF-8 text"));
    }
    return reader.apply(json, text);
  }

  /** Prints each problem on a line: JSON Pointer, code, message. */
  static int report(PrintWriter err, Path file, Seq<Problem> problems) {
    err.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    for (Problem p : problems) {
      err.println("  " + (p.path().isRoot() ? "(document)" : p.path().jsonPointer()) + "  " + p.code() + "  "
          + p.message());
    }
    err.flush();
    return HousingCommand.INPUT_PROBLEMS;
  }
}
