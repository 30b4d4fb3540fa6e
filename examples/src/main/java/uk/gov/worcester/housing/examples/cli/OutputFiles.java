package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Problem;

/**
 * The one place the command line writes its output, whole or not at all. Standard output (no
 * file, or {@code -}) gets the finished text in one print. A file is written beside its target
 * under a temporary name and then moved over the target in one step, so a reader sees the old
 * file or the new one, never half of either; a new file is readable by its owner only, as it may
 * hold case data, and a replaced file keeps its permissions. A device, a pipe or a socket is never
 * replaced. Problems, never exceptions.
 */
final class OutputFiles {
  /** The folder to write into does not exist. */
  static final String NO_SUCH_FOLDER = "NO_SUCH_FOLDER";
  /** What should be the folder to write into is a file. */
  static final String NOT_A_FOLDER = "NOT_A_FOLDER";
  /** The output named is a directory. */
  static final String IS_A_DIRECTORY = InputFiles.IS_A_DIRECTORY;
  /** The file, or its folder, cannot be written. */
  static final String UNWRITABLE_FILE = "UNWRITABLE_FILE";

  private OutputFiles() {}

  /** Problems that would stop {@code file} being written, found before any work is done. */
  static Seq<Problem> check(Optional<Path> file) {
    if (file.isEmpty() || InputFiles.isStandardInput(file.get())) {
      return List.empty();
    }
    Path target = file.get().toAbsolutePath();
    if (Files.isDirectory(target)) {
      return List.of(Problem.of(IS_A_DIRECTORY, "this is a directory: name a file to write"));
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // replacing /dev/null or a pipe with a regular file would break the system for others
      return List.of(Problem.of(InputFiles.NOT_A_REGULAR_FILE,
          "this is not a regular file (a device, a pipe or a socket): name a file to write, or - for standard output"));
    }
    Path folder = target.getParent();
    if (folder == null || !Files.exists(folder)) {
      return List.of(Problem.of(NO_SUCH_FOLDER, "the folder to write into does not exist"));
    }
    if (!Files.isDirectory(folder)) {
      return List.of(Problem.of(NOT_A_FOLDER, "the folder to write into is a file"));
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      return List.of(Problem.of(UNWRITABLE_FILE, "the file exists and cannot be written: permission denied"));
    }
    if (!Files.isWritable(folder)) {
      return List.of(Problem.of(UNWRITABLE_FILE, "the folder cannot be written to: permission denied"));
    }
    return List.empty();
  }

  /** Writes {@code text} whole to {@code file}, or to {@code out} when there is no file or it is {@code -}. */
  static Seq<Problem> write(Optional<Path> file, String text, PrintWriter out) {
    if (file.isEmpty() || InputFiles.isStandardInput(file.get())) {
      print(out, text);
      return List.empty();
    }
    Seq<Problem> problems = check(file);
    if (!problems.isEmpty()) {
      return problems;
    }
    Path target = file.get().toAbsolutePath();
    Path part = null;
    try {
      part = Files.createTempFile(target.getParent(), ".housing-", ".part");
      Files.writeString(part, text, StandardCharsets.UTF_8);
      moveIntoPlace(part, target);
      return List.empty();
    } catch (IOException e) {
      return List.of(unwritable(e));
    } finally {
      tidyUp(part);
    }
  }

  /** Writes a document to a {@link Writer}, then says whether it is to be kept. */
  interface Document {
    /** Writes the document to {@code out}; true to keep it, false to throw it away. */
    boolean write(Writer out) throws IOException;
  }

  /**
   * Streams a document too large to hold as a string, whole or not at all, as {@link #write} does:
   * it is written to a temporary file (beside the target, or in the temporary folder for standard
   * output), readable by its owner only, and then moved over the target or copied to {@code out},
   * only when {@code document} says to keep it. The temporary file never outlives the call.
   */
  static Seq<Problem> stream(Optional<Path> file, PrintWriter out, Document document) {
    boolean toFile = file.isPresent() && !InputFiles.isStandardInput(file.get());
    if (toFile) {
      Seq<Problem> problems = check(file);
      if (!problems.isEmpty()) {
        return problems;
      }
    }
    Path target = toFile ? file.get().toAbsolutePath() : null;
    Path part = null;
    try {
      part = toFile ? Files.createTempFile(target.getParent(), ".housing-", ".part")
          : Files.createTempFile(".housing-", ".part");
      boolean keep;
      try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
        keep = document.write(w);
      }
      if (!keep) {
        return List.empty();
      }
      if (!toFile) {
        try (Reader r = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
          r.transferTo(out);
        }
        out.flush();
        return List.empty();
      }
      moveIntoPlace(part, target);
      return List.empty();
    } catch (IOException e) {
      return List.of(unwritable(e));
    } finally {
      tidyUp(part);
    }
  }

  /** Prints the finished {@code text} to standard output in one go. */
  static void print(PrintWriter out, String text) {
    out.print(text);
    out.flush();
  }

  private static void keepPermissions(Path target, Path part) {
    try {
      if (Files.exists(target)) {
        Files.setPosixFilePermissions(part, Files.getPosixFilePermissions(target));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system, or the old file's permissions cannot be read: keep owner-only
    }
  }

  private static Problem unwritable(IOException e) {
    if (e instanceof AccessDeniedException) {
      return Problem.of(UNWRITABLE_FILE, "the file cannot be written: permission denied");
    }
    String reason = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
        ? ": " + ((FileSystemException) e).getReason() : "";
    return Problem.of(UNWRITABLE_FILE, "the file cannot be written" + reason);
  }

  /** Puts the finished temporary file in the target's place, keeping its permissions. */
  private static void moveIntoPlace(Path part, Path target) throws IOException {
    keepPermissions(target, part);
    try {
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a temporary file left behind by a failed write; {@code part} may be null (none made). */
  private static void tidyUp(Path part) {
    if (part != null) {
      try {
        Files.deleteIfExists(part);
      } catch (IOException e) {
        // the move failed and so did tidying up: the problem already reported is the one that matters
      }
    }
  }
}
