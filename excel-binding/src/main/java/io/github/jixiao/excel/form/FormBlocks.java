package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.PrintedLabel;
import io.github.jixiao.core.model.PrintedLabel.Group;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.SheetGrid;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The blocks of one form, found by their labels within its region: the first of each. Found once,
 * then read only.
 */
final class FormBlocks {
  final Map<PrintedLabel, GridCell> headerLabels = new EnumMap<>(PrintedLabel.class);
  GridCell fundingLabel;
  GridCell goalsLabel;
  GridCell expectedLabel;
  GridCell achievedLabel;
  int indicatorHeaderRow = -1;
  GridCell indicatorName;

  /**
   * The row the indicator columns are read on: the header row, or where its 三级指标 is merged down
   * over a second header row (云南's 公开14表: 指标性质 | 指标值 | 度量单位 under 年度指标值), the lower one.
   */
  int indicatorHeadingRow = -1;

  final List<GridCell> totalLabels = new ArrayList<>();
  int noteRow = -1;
  Map<PrintedLabel, Integer> indicatorColumns = Map.of();

  private FormBlocks() {}

  /** The blocks of a region of a sheet. */
  static FormBlocks find(SheetGrid sheet, FormRegion region) {
    FormBlocks blocks = new FormBlocks();
    for (int row = region.top(); row <= region.bottom(); row++) {
      for (GridCell cell : FormLabels.typedIn(sheet, row)) {
        blocks.label(row, cell);
      }
    }
    if (blocks.indicatorHeaderRow >= 0) {
      blocks.indicatorHeadingRow = blocks.indicatorHeaderRow;
      GridCell name = blocks.indicatorName;
      while (blocks.indicatorHeadingRow < region.bottom()
          && FormLabels.sameCell(sheet.cell(blocks.indicatorHeadingRow + 1, name.column()), name)) {
        blocks.indicatorHeadingRow++;
      }
      // Two header rows: each heading is read on the lower one, where a heading merged down both
      // rows stands too; on one row, each heading typed in it.
      List<GridCell> headings =
          blocks.indicatorHeadingRow == blocks.indicatorHeaderRow
              ? FormLabels.typedIn(sheet, blocks.indicatorHeaderRow)
              : FormLabels.shownIn(sheet, blocks.indicatorHeadingRow);
      Map<PrintedLabel, Integer> columns = new EnumMap<>(PrintedLabel.class);
      for (GridCell cell : headings) {
        PrintedLabel.named(Group.INDICATOR_HEADING, FormLabels.labelOf(cell))
            .ifPresent(h -> columns.putIfAbsent(h, cell.column()));
      }
      blocks.indicatorColumns = columns;
    }
    return blocks;
  }

  private void label(int row, GridCell cell) {
    String label = FormLabels.labelOf(cell);
    PrintedLabel.named(Group.HEADER, label).ifPresent(f -> headerLabels.putIfAbsent(f, cell));
    PrintedLabel block = PrintedLabel.named(Group.BLOCK, label).orElse(null);
    if (fundingLabel == null && block == PrintedLabel.FUNDING) {
      fundingLabel = cell;
    } else if (goalsLabel == null && block == PrintedLabel.GOALS) {
      goalsLabel = cell;
    } else if (expectedLabel == null && block == PrintedLabel.EXPECTED_GOAL) {
      expectedLabel = cell;
    } else if (achievedLabel == null && block == PrintedLabel.ACHIEVED_GOAL) {
      achievedLabel = cell;
    } else if (indicatorHeaderRow < 0 && label.equals(PrintedLabel.NAME.text())) {
      indicatorHeaderRow = row;
      indicatorName = cell;
    } else if (indicatorHeaderRow >= 0 && row > indicatorHeaderRow) {
      if (block == PrintedLabel.TOTAL) {
        totalLabels.add(cell);
      } else if (noteRow < 0 && label.startsWith(PrintedLabel.NOTE.text())) {
        noteRow = row;
      }
    }
  }

  /** Whether the region holds a form. */
  boolean isForm(FormRegion region) {
    if (region.titled()) {
      return headerLabels.containsKey(PrintedLabel.PROJECT_NAME)
          || fundingLabel != null
          || indicatorHeaderRow >= 0;
    }
    // 项目名称 alone: a 自评表 only where its indicators are scored.
    return indicatorColumns.containsKey(PrintedLabel.SCORE);
  }

  /**
   * A form that may go on past the searched bounds: the last of a sheet that has cells beyond them
   * and no 总分 row to end it, or one whose header rows reach the last column searched.
   */
  Optional<Problem> outOfBounds(FormCells cells, FormRegion region, boolean last) {
    SheetGrid sheet = cells.sheet();
    if (!sheet.isCut()) {
      return Optional.empty();
    }
    if (last && totalLabels.isEmpty()) {
      CellAddress edge =
          new CellAddress(sheet.name(), SheetGrid.MAX_ROWS, region.start().column() + 1);
      return Optional.of(Problem.of(ProblemCode.FORM_OUT_OF_BOUNDS, FormPath.ROOT).at(edge));
    }
    int lastColumn = SheetGrid.MAX_COLUMNS - 1;
    for (int row : new int[] {fundingLabel == null ? -1 : fundingLabel.row(), indicatorHeaderRow}) {
      if (row >= 0 && !sheet.cell(row, lastColumn).isBlank()) {
        return Optional.of(
            Problem.of(ProblemCode.FORM_OUT_OF_BOUNDS, FormPath.ROOT)
                .at(cells.address(sheet.cell(row, lastColumn))));
      }
    }
    return Optional.empty();
  }
}
