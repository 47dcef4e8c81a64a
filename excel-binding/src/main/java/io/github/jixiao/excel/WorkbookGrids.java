package io.github.jixiao.excel;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.excel.file.Gate;
import io.github.jixiao.excel.file.Refusal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The file level of reading a workbook (excel-forms.md §1, §4): any file into the grids of its
 * sheets, or into the problem that refuses it. The file passes the {@link Gate}, which tells its
 * format by its content and refuses what is no workbook; Office Open XML ({@code .xlsx}, {@code
 * .xlsm}) is then streamed by {@link OoxmlGrids}, BIFF8 ({@code .xls}) by {@link BiffGrids}.
 *
 * <p>Nothing in a file's content makes this throw: a workbook of more cells than memory is allowed
 * for is {@link ProblemCode#TOO_LARGE}, as the gate's refusals are. An XML part declaring a DOCTYPE
 * is refused as corrupt by the parser (POI's secure SAX factory), so no entity is ever expanded or
 * fetched.
 */
final class WorkbookGrids {
  /** The most sheets a workbook may have. */
  static final int MAX_SHEETS = 1_000;

  private WorkbookGrids() {}

  /**
   * A workbook's sheets as grids, or why it was refused.
   *
   * @param sheets every sheet in the order of its tabs, hidden ones too; empty when refused
   * @param problems each cell that could not be kept ({@link ProblemCode#CELL_TOO_LONG}, at its
   *     cell); or, when the file is refused, the one problem that says why (at {@link
   *     FormPath#ROOT}, with no location)
   */
  record Grids(List<SheetGrid> sheets, List<Problem> problems) {
    Grids {
      sheets = List.copyOf(sheets);
      problems = List.copyOf(problems);
    }

    /** A refused file: no sheets, and the problem that says why. */
    static Grids refused(Problem problem) {
      return new Grids(List.of(), List.of(problem));
    }

    /** Whether the file was refused as a whole: no sheet was read. */
    boolean isRefused() {
      return sheets.isEmpty();
    }
  }

  /**
   * Reads a file's sheets.
   *
   * @param file the file, whatever its name
   * @return the sheets, or the problem that refuses the file
   * @throws IOException if the file system fails: the file does not exist, cannot be opened, or is
   *     a directory
   */
  static Grids read(Path file) throws IOException {
    Gate.Result<Grids> read =
        Gate.read(
            file,
            pkg -> withSheets(OoxmlGrids.read(pkg)),
            (root, entry) -> withSheets(BiffGrids.read(root, entry)));
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
