package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.NumberFormat;
import io.github.jixiao.excel.grid.SheetGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cells of one form as its sections read them: each as what was written there ({@link Written},
 * with its cell), and the problems of the sheet's layout at their form path and cell. Shared by the
 * sections of one {@link FormReader}; used once.
 */
final class FormCells {
  private final SheetGrid sheet;
  private final List<Problem> problems = new ArrayList<>();

  FormCells(SheetGrid sheet) {
    this.sheet = sheet;
  }

  /** The sheet the form is in. */
  SheetGrid sheet() {
    return sheet;
  }

  /** The problems of the layout found, in the order they were found. */
  List<Problem> problems() {
    return problems;
  }

  /** Where a cell stands. */
  Optional<SourceLocation> at(GridCell cell) {
    return Optional.of(address(cell));
  }

  /**
   * An amount, weight or score as written: the number at full precision (docs/workbooks.md §3),
   * text as typed, a blank or a dash (which a form writes in a number cell left empty) as blank.
   */
  Written number(GridCell cell) {
    return switch (cell.kind()) {
      case BLANK -> Written.blank(at(cell));
      case NUMBER -> Written.number(cell.number().orElseThrow(), at(cell));
      case TEXT ->
          cell.isBlank() || TextNumbers.isDash(cell.text())
              ? Written.blank(at(cell))
              : Written.text(cell.text(), at(cell));
      case BOOLEAN -> Written.text(cell.text(), at(cell));
      case ERROR -> Written.error(cell.text(), at(cell));
    };
  }

  /**
   * A figure the form reports (rate, funding score, total), to the places its cell shows: a number
   * cell's as its number format shows them, a text cell's as typed.
   */
  Written reported(GridCell cell) {
    return cell.kind() == GridCell.Kind.NUMBER
        ? Written.number(
            NumberFormat.of(cell.format()).shown(cell.number().orElseThrow()), at(cell))
        : number(cell);
  }

  /** A text value as the cell shows it: a date as 2024年12月31日. */
  Written text(GridCell cell) {
    if (cell.kind() == GridCell.Kind.ERROR) {
      return Written.error(cell.text(), at(cell));
    }
    String shown = cell.shown();
    return shown.isBlank() ? Written.blank(at(cell)) : Written.text(shown, at(cell));
  }

  /**
   * The first cell right of a label that holds something, skipping the label's own merged range;
   * empty where that is another of the form's labels, or there is none.
   */
  Optional<GridCell> rightOf(GridCell label) {
    for (int column = label.column() + 1; column <= sheet.lastColumn(); column++) {
      GridCell cell = sheet.cell(label.row(), column);
      if (cell.isBlank() || FormLabels.sameCell(cell, label)) {
        continue;
      }
      return FormLabels.isLabel(cell) ? Optional.empty() : Optional.of(cell);
    }
    return Optional.empty();
  }

  /**
   * The cell under a label, below the label's own merged range and up to a row; empty where it is a
   * label.
   */
  Optional<GridCell> under(GridCell label, int bottom) {
    for (int row = label.row() + 1; row <= bottom; row++) {
      GridCell cell = sheet.cell(row, label.column());
      if (FormLabels.sameCell(cell, label)) {
        continue;
      }
      return cell.isBlank() || FormLabels.isLabel(cell) ? Optional.empty() : Optional.of(cell);
    }
    return Optional.empty();
  }

  /** A cell's address in the workbook. */
  CellAddress address(GridCell cell) {
    return new CellAddress(sheet.name(), cell.row() + 1, cell.column() + 1);
  }

  /** A problem of the layout at a cell. */
  void problem(ProblemCode code, FormPath path, GridCell cell, String... arguments) {
    problems.add(Problem.of(code, path, arguments).at(address(cell)));
  }
}
