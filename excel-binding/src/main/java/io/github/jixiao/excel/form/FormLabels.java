package io.github.jixiao.excel.form;

import io.github.jixiao.core.model.PrintedLabel;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.SheetGrid;
import java.util.ArrayList;
import java.util.List;

/** How the locator and the reader see a sheet's labels: the cells typed in a row, normalised. */
final class FormLabels {
  private FormLabels() {}

  /**
   * The cells of a row that were typed in it, left to right: a merged range counts once, in the row
   * and column of its first cell.
   */
  static List<GridCell> typedIn(SheetGrid sheet, int row) {
    List<GridCell> cells = new ArrayList<>();
    for (int column = 0; column <= sheet.lastColumn(); column++) {
      GridCell cell = sheet.cell(row, column);
      if (!cell.isBlank() && cell.row() == row && cell.column() == column) {
        cells.add(cell);
      }
    }
    return cells;
  }

  /**
   * The cells a row shows, left to right: a merged range counts once, in the column of its first
   * cell, whether it was typed in this row or merged down from a row above.
   */
  static List<GridCell> shownIn(SheetGrid sheet, int row) {
    List<GridCell> cells = new ArrayList<>();
    for (int column = 0; column <= sheet.lastColumn(); column++) {
      GridCell cell = sheet.cell(row, column);
      if (!cell.isBlank() && cell.column() == column) {
        cells.add(cell);
      }
    }
    return cells;
  }

  /** The normalised label a cell holds; empty for anything but text. */
  static String labelOf(GridCell cell) {
    return cell.kind() == GridCell.Kind.TEXT
        ? io.github.jixiao.core.model.FormLabels.normalize(cell.text())
        : "";
  }

  /** Whether a cell holds one of the form's own labels. */
  static boolean isLabel(GridCell cell) {
    return PrintedLabel.isLabel(labelOf(cell));
  }

  /** Whether two cells were typed in the same place: the same merged range. */
  static boolean sameCell(GridCell a, GridCell b) {
    return a.row() == b.row() && a.column() == b.column();
  }
}
