package io.github.jixiao.excel.grid;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The cells of one sheet within the bounds a form is searched in (docs/workbooks.md §4: the first
 * 10,000 rows and 256 columns), whatever the sheet's size: what lies beyond is not kept, so memory
 * is bounded. A merged range's value stands in every cell of the range, each remembering the cell
 * it was typed in. Built by a reader, then read only.
 */
public final class SheetGrid {
  /** Rows searched for forms, from the top of the sheet. */
  public static final int MAX_ROWS = 10_000;

  /** Columns searched for forms, from column A. */
  public static final int MAX_COLUMNS = 256;

  private final String name;
  private final Map<Long, GridCell> cells = new HashMap<>();
  private int lastRow = -1;
  private int lastColumn = -1;
  private boolean cut;

  public SheetGrid(String name) {
    this.name = Objects.requireNonNull(name, "name must not be null");
  }

  /** The sheet's name, as its tab shows it. */
  public String name() {
    return name;
  }

  /**
   * Keeps a cell, if it lies within the bounds; a cell beyond them only marks the grid as cut. A
   * blank cell is not kept.
   */
  public void put(int row, int column, GridCell cell) {
    if (row >= MAX_ROWS || column >= MAX_COLUMNS) {
      if (!cell.isBlank()) {
        cut = true;
      }
      return;
    }
    if (cell.kind() == GridCell.Kind.BLANK) {
      return;
    }
    cells.put(key(row, column), cell);
    lastRow = Math.max(lastRow, row);
    lastColumn = Math.max(lastColumn, column);
  }

  /**
   * Puts a merged range's value in each of its cells (within the bounds), each remembering the
   * top-left cell it was typed in. Call once every cell has been put.
   */
  public void merge(int firstRow, int firstColumn, int lastRowOfRange, int lastColumnOfRange) {
    GridCell origin = cell(firstRow, firstColumn);
    if (origin.kind() == GridCell.Kind.BLANK) {
      return;
    }
    int toRow = Math.min(lastRowOfRange, MAX_ROWS - 1);
    int toColumn = Math.min(lastColumnOfRange, MAX_COLUMNS - 1);
    for (int r = firstRow; r <= toRow; r++) {
      for (int c = firstColumn; c <= toColumn; c++) {
        if (r != firstRow || c != firstColumn) {
          cells.put(key(r, c), origin);
          lastRow = Math.max(lastRow, r);
          lastColumn = Math.max(lastColumn, c);
        }
      }
    }
  }

  /** The cell at a place, from 0; a blank one where nothing was kept. */
  public GridCell cell(int row, int column) {
    GridCell cell = cells.get(key(row, column));
    return cell != null ? cell : GridCell.blank(row, column);
  }

  /** The last row holding a value, from 0; -1 for an empty sheet. */
  public int lastRow() {
    return lastRow;
  }

  /** The last column holding a value, from 0; -1 for an empty sheet. */
  public int lastColumn() {
    return lastColumn;
  }

  /** Whether the sheet has values beyond the bounds, which a form must not run into. */
  public boolean isCut() {
    return cut;
  }

  private static long key(int row, int column) {
    return ((long) row << 32) | column;
  }
}
