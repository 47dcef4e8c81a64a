package io.github.jixiao.excel.grid;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.excel.file.Refusal;
import io.github.jixiao.excel.file.RefusedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Fills one {@link SheetGrid} as a reader meets its cells, whatever the file format: keeps what
 * lies within the grid's bounds, only notes that something lies beyond, reports a cell too long to
 * keep, and puts the merged ranges in once every cell is known. Every kept cell is counted against
 * the workbook's {@link Budget}, so that no workbook, however many sheets it has, holds more than a
 * bounded number of cells in memory.
 */
public final class SheetBuilder {
  private final SheetGrid grid;
  private final Budget budget;
  private final List<Problem> problems;
  private final List<int[]> merges = new ArrayList<>();
  private final List<Uncalculated> uncalculated = new ArrayList<>();
  private long met;

  /**
   * A builder for the sheet of that name.
   *
   * @param budget the workbook's cells left, shared by its sheets
   * @param problems where a cell that cannot be kept is reported
   */
  public SheetBuilder(String name, Budget budget, List<Problem> problems) {
    this.grid = new SheetGrid(name);
    this.budget = Objects.requireNonNull(budget, "budget must not be null");
    this.problems = Objects.requireNonNull(problems, "problems must not be null");
  }

  /** The sheet's name. */
  public String name() {
    return grid.name();
  }

  /** Whether a place, from 0, lies within the rows and columns a form is searched in. */
  public static boolean inBounds(int row, int column) {
    return row < SheetGrid.MAX_ROWS && column < SheetGrid.MAX_COLUMNS;
  }

  /** Whether a value beyond the bounds has been met: the grid is cut. */
  public boolean isCut() {
    return grid.isCut();
  }

  /**
   * Keeps a cell within the bounds at its own place; a blank one is not kept.
   *
   * @throws RefusedException if the workbook's budget of cells is spent
   */
  public void put(GridCell cell) {
    if (!inBounds(cell.row(), cell.column())) {
      if (!cell.isBlank()) {
        beyond(cell.row(), cell.column());
      }
      return;
    }
    if (cell.kind() != GridCell.Kind.BLANK) {
      budget.spend(1);
      grid.put(cell.row(), cell.column(), cell);
    }
  }

  /**
   * Keeps a formula cell that has no cached value, as the error cell that shows its formula, and
   * notes it to be {@linkplain #evaluated evaluated} once the workbook has been read.
   *
   * @param cell the error cell showing the formula ({@code =SUM(F12:F14)})
   * @param display how the cell's style shows the number a formula gives
   * @throws RefusedException if the workbook's budget of cells is spent
   */
  public void uncalculated(GridCell cell, CellValues.Display display) {
    put(cell);
    if (inBounds(cell.row(), cell.column())) {
      uncalculated.add(new Uncalculated(cell.row(), cell.column(), display));
    }
  }

  /** The formula cells within the bounds that have no cached value, in the order they were met. */
  public List<Uncalculated> uncalculated() {
    return Collections.unmodifiableList(uncalculated);
  }

  /** Puts the value a noted formula cell was evaluated to in its place, already counted. */
  public void evaluated(GridCell cell) {
    grid.put(cell.row(), cell.column(), cell);
  }

  /** Counts a cell met in the sheet's data, whether kept or not, blank or not. */
  public void meet() {
    met++;
  }

  /** The cells met in the sheet's data: what a reader that holds every cell would hold. */
  public long cellsMet() {
    return met;
  }

  /**
   * Counts a cell that will be put later against the budget now: a shared string's cell, whose text
   * is read after every sheet, must not be noted without limit meanwhile.
   *
   * @throws RefusedException if the workbook's budget of cells is spent
   */
  public void reserve() {
    budget.spend(1);
  }

  /**
   * Keeps a cell {@link #reserve reserved} before, within the bounds, without counting it again.
   */
  public void putReserved(GridCell cell) {
    if (inBounds(cell.row(), cell.column()) && cell.kind() != GridCell.Kind.BLANK) {
      grid.put(cell.row(), cell.column(), cell);
    }
  }

  /** Notes a value at a place beyond the bounds, which is not read: the grid is cut. */
  public void beyond(int row, int column) {
    // SheetGrid.put keeps nothing beyond its bounds; a non-blank cell there marks the grid cut.
    grid.put(row, column, GridCell.text("…", row, column));
  }

  /**
   * Reports a cell over 32,767 characters at a place, from 0; it is not kept. Beyond the bounds it
   * is only a value there.
   */
  public void tooLong(int row, int column) {
    if (!inBounds(row, column)) {
      beyond(row, column);
      return;
    }
    problems.add(
        Problem.of(ProblemCode.CELL_TOO_LONG, FormPath.ROOT)
            .at(new SourceLocation.CellAddress(grid.name(), row + 1, column + 1)));
  }

  /**
   * Notes a merged range, from 0, to be put in by {@link #finish}. A range whose top-left cell lies
   * beyond the bounds shows nothing within them. The cells it will fill are counted now, so that a
   * flood of ranges is refused before it is held.
   *
   * @throws RefusedException if the workbook's budget of cells is spent
   */
  public void merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    int top = Math.min(firstRow, lastRow);
    int left = Math.min(firstColumn, lastColumn);
    if (top < 0 || left < 0 || !inBounds(top, left)) {
      return;
    }
    int bottom = Math.min(Math.max(firstRow, lastRow), SheetGrid.MAX_ROWS - 1);
    int right = Math.min(Math.max(firstColumn, lastColumn), SheetGrid.MAX_COLUMNS - 1);
    long filled = (long) (bottom - top + 1) * (right - left + 1) - 1;
    budget.spend(Math.max(1, filled));
    merges.add(new int[] {top, left, bottom, right});
  }

  /** The grid, with its merged ranges put in; call once, when every cell has been put. */
  public SheetGrid finish() {
    for (int[] range : merges) {
      grid.merge(range[0], range[1], range[2], range[3]);
    }
    merges.clear();
    return grid;
  }

  /**
   * A formula cell with no cached value, from 0.
   *
   * @param row the formula cell's row, from 0
   * @param column the formula cell's column, from 0
   * @param display how the cell's style shows a number (a percentage, a date), with which the value
   *     the formula evaluates to is read
   */
  public record Uncalculated(int row, int column, CellValues.Display display) {}

  /**
   * The cells a workbook may keep in memory across its sheets: a sheet keeps at most 10,000 rows by
   * 256 columns, but a workbook may have many sheets.
   */
  public static final class Budget {
    /**
     * Cells kept (and merged cells filled) per workbook; sheets count one each. A kept number cell
     * takes about 240 bytes (measured: 990,000 took 238 MB), so this keeps a workbook's grids near
     * 120 MB, within the 256 MB heap of docs/workbooks.md §4 with room for the reader: a sheet of
     * 10,000 rows by 50 full columns.
     */
    static final long MAX_CELLS = 500_000;

    private final long limit;
    private long left;

    /** The budget of a workbook. */
    public Budget() {
      this(MAX_CELLS);
    }

    /** A budget of that many cells, for tests of running out. */
    public Budget(long cells) {
      this.limit = cells;
      this.left = cells;
    }

    /**
     * Spends cells of the budget.
     *
     * @throws RefusedException with {@link ProblemCode#TOO_LARGE} when it is spent
     */
    public void spend(long cells) {
      left -= cells;
      if (left < 0) {
        throw Refusal.TOO_MANY_CELLS.exception(limit, SheetGrid.MAX_ROWS, SheetGrid.MAX_COLUMNS);
      }
    }
  }
}
