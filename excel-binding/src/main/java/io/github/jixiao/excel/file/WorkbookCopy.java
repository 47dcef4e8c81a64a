package io.github.jixiao.excel.file;

import io.github.jixiao.core.input.Problem;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes a workbook to a file — an annotated copy, or the forms the writer lays out: whole or not
 * at all, through a temporary file beside the copy that is then moved into place. Whatever happens,
 * the temporary file does not stay, and the copy's path holds either what it held before or the
 * whole copy.
 */
public final class WorkbookCopy {
  private static final SecureRandom RANDOM = new SecureRandom();

  private WorkbookCopy() {}

  /**
   * Writes a workbook that jixiao made (the writer's forms) through a temporary file beside the
   * copy, then moves it into place.
   *
   * @param workbook the workbook
   * @param copy where it goes; replaced if it exists
   * @throws IOException if the copy cannot be written
   */
  public static void write(Workbook workbook, Path copy) throws IOException {
    write(workbook, copy, false);
  }

  /**
   * Writes a unit's workbook, read and annotated, through a temporary file beside the copy, then
   * moves it into place; what POI throws on the workbook's content is a problem.
   *
   * @param workbook the workbook
   * @param copy where it goes; replaced if it exists
   * @return empty when the copy was written; otherwise {@link Refusal#NOT_WRITTEN}, when POI fails
   *     on the workbook's content as it writes it (the file system not having failed), and nothing
   *     is written
   * @throws IOException if the file system fails: the copy cannot be created, written or moved
   */
  public static Optional<Problem> writeOrRefuse(Workbook workbook, Path copy) throws IOException {
    return write(workbook, copy, true);
  }

  /**
   * Writes a unit's workbook as {@link #writeOrRefuse(Workbook, Path)} does, then puts back the
   * sheets that were left out of it when it was loaded, as the original holds them: POI's package
   * goes to one temporary file, the copy with the sheets put back to another, which is moved into
   * place. Neither stays.
   *
   * @param loaded the workbook, annotated, and the sheets left out of it
   * @param original the workbook it was loaded from, which holds those sheets
   * @param copy where the copy goes; replaced if it exists
   * @return empty when the copy was written; otherwise why not, and nothing is written
   * @throws IOException if the file system fails
   */
  public static Optional<Problem> writeOrRefuse(Gate.Loaded loaded, Path original, Path copy)
      throws IOException {
    PassThrough passThrough = loaded.passThrough();
    if (passThrough.isEmpty()) {
      return writeOrRefuse(loaded.workbook(), copy);
    }
    Path written = temporaryBeside(copy.toAbsolutePath());
    try {
      Optional<Problem> refused;
      try (Watched out = newFile(written)) {
        refused = refusal(loaded.workbook(), out);
      }
      if (refused.isPresent()) {
        return refused;
      }
      return write(
          copy,
          out -> {
            passThrough.restore(written, original, out);
            return Optional.empty();
          });
    } finally {
      Files.deleteIfExists(written);
    }
  }

  private static Optional<Problem> write(Workbook workbook, Path copy, boolean refusing)
      throws IOException {
    return write(
        copy,
        out -> {
          if (refusing) {
            return refusal(workbook, out);
          }
          workbook.write(out);
          return Optional.empty();
        });
  }

  /** What goes into the temporary file: the copy's bytes, or why there are none. */
  @FunctionalInterface
  private interface Body {
    Optional<Problem> writeTo(Watched out) throws IOException;
  }

  private static Optional<Problem> write(Path copy, Body body) throws IOException {
    Path absolute = copy.toAbsolutePath();
    Path temporary = temporaryBeside(absolute);
    try {
      Optional<Problem> refused;
      try (Watched out = newFile(temporary)) {
        refused = body.writeTo(out);
      }
      if (refused.isPresent()) {
        return refused;
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return Optional.empty();
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * A temporary file's name beside the copy. Not Files.createTempFile, whose owner-only permissions
   * the copy would keep: a new file of the caller's default permissions, as the copy itself would
   * be.
   */
  private static Path temporaryBeside(Path absolute) {
    return absolute.resolveSibling(
        "." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
  }

  private static Watched newFile(Path file) throws IOException {
    return new Watched(
        Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  /**
   * The workbook written to the stream, and empty; or what POI throws on its content, as a problem.
   * What the stream throws is the file system's failure, thrown.
   */
  private static Optional<Problem> refusal(Workbook workbook, Watched out) throws IOException {
    try {
      workbook.write(out);
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // POI wraps a failing stream in exceptions of its own (OpenXML4JRuntimeException): the
      // stream says whether it failed.
      if (out.failure != null) {
        throw out.failure;
      }
      return Optional.of(Refusal.NOT_WRITTEN.problem(Gate.description(e)));
    }
  }

  /**
   * A stream that remembers the first failure of the stream under it, as it writes: the file's
   * stream is unbuffered, and its flush does nothing that could fail.
   */
  private static final class Watched extends FilterOutputStream {
    private IOException failure;

    Watched(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    private IOException failed(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
