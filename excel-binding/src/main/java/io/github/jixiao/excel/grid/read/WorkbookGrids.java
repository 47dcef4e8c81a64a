package io.github.jixiao.excel.grid.read;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.excel.file.Gate;
import io.github.jixiao.excel.file.Refusal;
import io.github.jixiao.excel.grid.Grids;
import io.github.jixiao.excel.grid.biff.BiffGrids;
import io.github.jixiao.excel.grid.ooxml.OoxmlGrids;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The file level of reading a workbook (docs/workbooks.md §1, §4): any file into the grids of its
 * sheets, or into the problem that refuses it. The file passes the {@link Gate}, which tells its
 * format by its content and refuses what is no workbook; Office Open XML ({@code .xlsx}, {@code
 * .xlsm}) is then streamed by {@link OoxmlGrids}, BIFF8 ({@code .xls}) by {@link BiffGrids}.
 *
 * <p>Nothing in a file's content makes this throw: a workbook of more cells than memory is allowed
 * for is {@link ProblemCode#TOO_LARGE}, as the gate's refusals are. An XML part declaring a DOCTYPE
 * is refused as corrupt by the parser (POI's secure SAX factory), so no entity is ever expanded or
 * fetched.
 */
public final class WorkbookGrids {
  private static final Gate.PackageReader<Grids> OOXML = pkg -> withSheets(OoxmlGrids.read(pkg));
  private static final Gate.StreamReader<Grids> BIFF =
      (root, entry) -> withSheets(BiffGrids.read(root, entry));

  private WorkbookGrids() {}

  /**
   * Reads a file's sheets.
   *
   * @param file the file, whatever its name
   * @return the sheets, or the problem that refuses the file
   * @throws IOException if the file system fails: the file does not exist, cannot be opened, or is
   *     a directory
   */
  public static Grids read(Path file) throws IOException {
    return grids(Gate.read(file, OOXML, BIFF));
  }

  /**
   * Reads the sheets of a workbook that comes as a stream, through the same gate as a file ({@link
   * Gate#read(InputStream, String, Gate.PackageReader, Gate.StreamReader)}): copied to a temporary
   * file, at most 64 MB of it.
   *
   * @param workbook the workbook's bytes; not closed
   * @param name the file's name as its sender gave it, which a refusal names
   * @return the sheets, or the problem that refuses the workbook
   * @throws IOException if the stream fails, or the temporary file cannot be written
   */
  public static Grids read(InputStream workbook, String name) throws IOException {
    return grids(Gate.read(workbook, name, OOXML, BIFF));
  }

  private static Grids grids(Gate.Result<Grids> read) {
    return read instanceof Gate.Opened<Grids> opened
        ? opened.value()
        : Grids.refused(((Gate.Refused<Grids>) read).problem());
  }

  /** Grids read, refused where there is no sheet: Excel neither saves nor opens such a workbook. */
  private static Grids withSheets(Grids grids) {
    if (grids.sheets().isEmpty() && grids.problems().isEmpty()) {
      throw Refusal.NO_SHEET.exception();
    }
    return grids;
  }
}
