package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import uk.gov.worcester.housing.core.common.Problem;

/**
 * How a command that reads a JSON file and prints a JSON result does both, the same way in every
 * sub-command: the file's problems are reported against it (exit 1, see {@link InputFiles#report}),
 * and the result is printed on standard output in one go, ended by a line separator (exit 0).
 */
final class JsonResult {
  private JsonResult() {}

  /**
   * Reads {@code file} as a document of {@code kind}; when it has problems they are reported and
   * the exit status comes back instead.
   */
  static <T> Validation<Integer, T> read(CommandSpec spec, InputFiles inputs, Path file, DocumentKind kind,
      Class<T> type) {
    Validation<Seq<Problem>, T> read = inputs.json(file, kind, type);
    return read.isInvalid() ? Validation.invalid(InputFiles.report(spec.commandLine().getErr(), file, read.getError()))
        : Validation.valid(read.get());
  }

  /** Prints the finished {@code json} and a line separator to the command's standard output; exit 0. */
  static int print(CommandSpec spec, String json) {
    OutputFiles.print(spec.commandLine().getOut(), json + System.lineSeparator());
    return 0;
  }

  /** Prints {@code result}'s JSON, or reports its problems against {@code file}; the exit status. */
  static int printOrReport(CommandSpec spec, Path file, Validation<Seq<Problem>, String> result) {
    return result.isInvalid() ? InputFiles.report(spec.commandLine().getErr(), file, result.getError())
        : print(spec, result.get());
  }
}
