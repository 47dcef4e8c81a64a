package io.github.jixiao.excel.grid;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import java.util.List;

/**
 * A workbook's sheets as grids, or why it was refused.
 *
 * @param sheets every sheet in the order of its tabs, hidden ones too; empty when refused
 * @param problems each cell that could not be kept ({@link ProblemCode#CELL_TOO_LONG}, at its
 *     cell); or, when the file is refused, the one problem that says why (at {@link FormPath#ROOT},
 *     with no location)
 */
public record Grids(List<SheetGrid> sheets, List<Problem> problems) {
  /** The most sheets a workbook may have. */
  public static final int MAX_SHEETS = 1_000;

  /**
   * Grids read, or refused.
   *
   * @param sheets every sheet in the order of its tabs
   * @param problems each cell that could not be kept, or the one problem that refuses the file
   */
  public Grids {
    sheets = List.copyOf(sheets);
    problems = List.copyOf(problems);
  }

  /**
   * A refused file: no sheets, and the problem that says why.
   *
   * @param problem why
   * @return the grids of no sheet
   */
  public static Grids refused(Problem problem) {
    return new Grids(List.of(), List.of(problem));
  }

  /**
   * Whether the file was refused as a whole: no sheet was read.
   *
   * @return true when no sheet was read
   */
  public boolean isRefused() {
    return sheets.isEmpty();
  }
}
