package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.input.SourceMap;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.NumberFormat;
import io.github.jixiao.excel.grid.SheetGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The cells of one form as its sections read them: each value with the cell it was typed in (into
 * the form's source map), and every problem at its form path and cell. Shared by the sections of
 * one {@link FormReader}; used once.
 */
final class FormCells {
  private final SheetGrid sheet;
  private final List<Problem> problems = new ArrayList<>();
  private final SourceMap.Builder sources = SourceMap.builder();

  /**
   * Whether a level or category was refused, so that the levels read no longer stand at the paths
   * of the form: the model's constraints are then not checked (the form is refused anyway).
   */
  private boolean refused;

  FormCells(SheetGrid sheet) {
    this.sheet = sheet;
  }

  /** The sheet the form is in. */
  SheetGrid sheet() {
    return sheet;
  }

  /** Notes a value's cell at its path. */
  void source(FormPath path, GridCell cell) {
    sources.put(path, address(cell));
  }

  /** The source map of the values read. */
  SourceMap sources() {
    return sources.build();
  }

  /** The problems found, in the order they were found. */
  List<Problem> problems() {
    return problems;
  }

  /** Notes that a level or category was refused. */
  void refuse() {
    refused = true;
  }

  /** Whether a level or category was refused. */
  boolean isRefused() {
    return refused;
  }

  /** An amount, weight or score: the number at full precision (excel-forms.md §3). */
  Optional<BigDecimal> number(GridCell cell, FormPath path) {
    source(path, cell);
    return switch (cell.kind()) {
      case BLANK -> Optional.empty();
      case NUMBER -> cell.number();
      case TEXT -> typedNumber(cell, path);
      case BOOLEAN -> notANumber(cell, path);
      case ERROR -> cellError(cell, path);
    };
  }

  /**
   * A figure the form reports (rate, funding score, total), to the places its cell shows: a number
   * cell's as its number format shows them, a text cell's as typed.
   */
  Optional<BigDecimal> reported(GridCell cell, FormPath path) {
    Optional<BigDecimal> value = number(cell, path);
    return cell.kind() == GridCell.Kind.NUMBER
        ? value.map(NumberFormat.of(cell.format())::shown)
        : value;
  }

  private Optional<BigDecimal> typedNumber(GridCell cell, FormPath path) {
    if (cell.isBlank() || TextNumbers.isDash(cell.text())) {
      return Optional.empty();
    }
    Optional<BigDecimal> value = TextNumbers.parse(cell.text());
    return value.isPresent() ? value : notANumber(cell, path);
  }

  private Optional<BigDecimal> notANumber(GridCell cell, FormPath path) {
    problem(ProblemCode.NOT_A_NUMBER, path, cell, cell.text().strip());
    return Optional.empty();
  }

  /** A cell holding an error value where a value is needed: a problem at the cell. */
  <T> Optional<T> cellError(GridCell cell, FormPath path) {
    problem(ProblemCode.CELL_ERROR, path, cell, cell.text());
    return Optional.empty();
  }

  /** A text value as the cell shows it: a date as 2024年12月31日. */
  Optional<String> text(GridCell cell, FormPath path) {
    source(path, cell);
    if (cell.kind() == GridCell.Kind.ERROR) {
      return cellError(cell, path);
    }
    String shown = cell.shown();
    return shown.isBlank() ? Optional.empty() : Optional.of(shown);
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

  /** A problem at a cell. */
  void problem(ProblemCode code, FormPath path, GridCell cell, String... arguments) {
    problems.add(Problem.of(code, path, arguments).at(address(cell)));
  }

  /** Whether a number cell is left empty: blank, or a dash. */
  static boolean saysNothing(GridCell cell) {
    return cell.isBlank() || (cell.kind() == GridCell.Kind.TEXT && TextNumbers.isDash(cell.text()));
  }

  /** Whether a placeholder row's weight or score cell says nothing: blank, 0, 无 or a dash. */
  static boolean isNil(GridCell cell) {
    return switch (cell.kind()) {
      case BLANK -> true;
      case NUMBER -> cell.number().orElse(BigDecimal.ZERO).signum() == 0;
      case TEXT ->
          cell.isBlank()
              || cell.text().strip().equals(SheetLabels.PLACEHOLDER)
              || TextNumbers.isDash(cell.text())
              || TextNumbers.parse(cell.text()).filter(v -> v.signum() == 0).isPresent();
      default -> false;
    };
  }

  /** A failure with its problems in the sheet's order: by row, then column. */
  static ReadResult failure(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.comparingInt((Problem p) -> row(p.location()))
            .thenComparingInt(p -> column(p.location())));
    return ReadResult.failure(sorted);
  }

  private static int row(Optional<SourceLocation> location) {
    return location.map(l -> ((CellAddress) l).row()).orElse(0);
  }

  private static int column(Optional<SourceLocation> location) {
    return location.map(l -> ((CellAddress) l).column()).orElse(0);
  }
}
