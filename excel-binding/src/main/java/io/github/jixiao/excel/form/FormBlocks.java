package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.excel.form.SheetLabels.HeaderField;
import io.github.jixiao.excel.form.SheetLabels.IndicatorHeading;
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
  final Map<HeaderField, GridCell> headerLabels = new EnumMap<>(HeaderField.class);
  GridCell fundingLabel;
  GridCell goalsLabel;
  GridCell expectedLabel;
  GridCell achievedLabel;
  int indicatorHeaderRow = -1;
  final List<GridCell> totalLabels = new ArrayList<>();
  int noteRow = -1;
  Map<IndicatorHeading, Integer> indicatorColumns = Map.of();

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
      Map<IndicatorHeading, Integer> columns = new EnumMap<>(IndicatorHeading.class);
      for (GridCell cell : FormLabels.typedIn(sheet, blocks.indicatorHeaderRow)) {
        SheetLabels.indicatorHeading(FormLabels.labelOf(cell))
            .ifPresent(h -> columns.putIfAbsent(h, cell.column()));
      }
      blocks.indicatorColumns = columns;
    }
    return blocks;
  }

  private void label(int row, GridCell cell) {
    String label = FormLabels.labelOf(cell);
    SheetLabels.headerField(label).ifPresent(f -> headerLabels.putIfAbsent(f, cell));
    if (fundingLabel == null && SheetLabels.isFundingHeader(label)) {
      fundingLabel = cell;
    } else if (goalsLabel == null && label.equals(SheetLabels.GOALS)) {
      goalsLabel = cell;
    } else if (expectedLabel == null && label.equals(SheetLabels.EXPECTED)) {
      expectedLabel = cell;
    } else if (achievedLabel == null && label.equals(SheetLabels.ACHIEVED)) {
      achievedLabel = cell;
    } else if (indicatorHeaderRow < 0 && label.equals(IndicatorHeading.NAME.label())) {
      indicatorHeaderRow = row;
    } else if (indicatorHeaderRow >= 0 && row > indicatorHeaderRow) {
      if (label.equals(SheetLabels.TOTAL)) {
        totalLabels.add(cell);
      } else if (noteRow < 0 && label.startsWith(SheetLabels.NOTE)) {
        noteRow = row;
      }
    }
  }

  /** Whether the region holds a form. */
  boolean isForm(FormRegion region) {
    if (region.titled()) {
      return headerLabels.containsKey(HeaderField.PROJECT_NAME)
          || fundingLabel != null
          || indicatorHeaderRow >= 0;
    }
    // 项目名称 alone: a 自评表 only where its indicators are scored.
    return indicatorColumns.containsKey(IndicatorHeading.SCORE);
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
