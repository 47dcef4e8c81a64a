package io.github.jixiao.excel.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes a workbook to a file — an annotated copy, or the forms the writer lays out: whole or not
 * at all, through a temporary file beside the copy that is then moved into place.
 */
public final class WorkbookCopy {
  private static final SecureRandom RANDOM = new SecureRandom();

  private WorkbookCopy() {}

  /**
   * Writes the workbook through a temporary file beside the copy, then moves it into place.
   *
   * @param workbook the workbook
   * @param copy where it goes; replaced if it exists
   * @throws IOException if the copy cannot be written
   */
  public static void write(Workbook workbook, Path copy) throws IOException {
    Path absolute = copy.toAbsolutePath();
    // Not Files.createTempFile, whose owner-only permissions the copy would keep: a new file of
    // the caller's default permissions, as the copy itself would be.
    Path temporary =
        absolute.resolveSibling(
            "." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    try {
      try (OutputStream out =
          Files.newOutputStream(
              temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        workbook.write(out);
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
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
