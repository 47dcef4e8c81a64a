package io.github.jixiao.excel.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The grid both readers fill: what it keeps within its bounds, and how a merge spreads. */
class SheetGridBoundsTest {

  private static GridCell number(String value, int row, int column) {
    return GridCell.number(value, new BigDecimal(value), false, GridCell.GENERAL, row, column);
  }

  @Test
  void anEmptyGridHasNoLastRowOrColumnAndBlankCells() {
    SheetGrid grid = new SheetGrid("自评表");
    assertEquals("自评表", grid.name());
    assertEquals(-1, grid.lastRow());
    assertEquals(-1, grid.lastColumn());
    assertTrue(grid.cell(3, 4).isBlank());
    assertEquals(3, grid.cell(3, 4).row());
    assertFalse(grid.isCut());
  }

  @Test
  void cellsWithinTheBoundsAreKeptAndBlankOnesAreNot() {
    SheetGrid grid = new SheetGrid("自评表");
    GridCell total = number("211.77", 4, 1);
    grid.put(4, 1, total);
    grid.put(9, 7, GridCell.blank(9, 7));
    assertSame(total, grid.cell(4, 1));
    assertEquals(4, grid.lastRow());
    assertEquals(1, grid.lastColumn());
  }

  @Test
  void aValueBeyondTheBoundsCutsTheGridAndABlankOneDoesNot() {
    SheetGrid grid = new SheetGrid("数据");
    grid.put(SheetGrid.MAX_ROWS, 0, GridCell.text(" ", SheetGrid.MAX_ROWS, 0));
    assertFalse(grid.isCut(), "white space is blank");
    grid.put(0, SheetGrid.MAX_COLUMNS, GridCell.text("x", 0, SheetGrid.MAX_COLUMNS));
    assertTrue(grid.isCut());
    assertEquals(-1, grid.lastRow(), "nothing beyond the bounds is kept");
    grid.put(SheetGrid.MAX_ROWS + 5, 3, number("1", SheetGrid.MAX_ROWS + 5, 3));
    assertTrue(grid.cell(SheetGrid.MAX_ROWS + 5, 3).isBlank());
  }

  @Test
  void aMergedValueStandsInEveryCellOfItsRangeRememberingWhereItWasTyped() {
    SheetGrid grid = new SheetGrid("自评表");
    grid.put(2, 0, GridCell.text("产出指标", 2, 0));
    grid.merge(2, 0, 5, 1);
    GridCell below = grid.cell(5, 1);
    assertEquals("产出指标", below.text());
    assertEquals(2, below.row());
    assertEquals(0, below.column());
    assertEquals(5, grid.lastRow());
    assertEquals(1, grid.lastColumn());
    // Seen from elsewhere, the same value knows its new place.
    assertEquals(7, below.typedIn(7, 8).row());
    assertEquals(8, below.typedIn(7, 8).column());
  }

  @Test
  void aMergeOfABlankCellSpreadsNothingAndAMergeIsClippedToTheBounds() {
    SheetGrid grid = new SheetGrid("自评表");
    grid.merge(0, 0, 3, 3);
    assertEquals(-1, grid.lastRow());
    grid.put(SheetGrid.MAX_ROWS - 1, SheetGrid.MAX_COLUMNS - 1, GridCell.text("末", 0, 0));
    grid.merge(
        SheetGrid.MAX_ROWS - 1,
        SheetGrid.MAX_COLUMNS - 1,
        SheetGrid.MAX_ROWS + 10,
        SheetGrid.MAX_COLUMNS + 10);
    assertEquals(SheetGrid.MAX_ROWS - 1, grid.lastRow());
    assertEquals(SheetGrid.MAX_COLUMNS - 1, grid.lastColumn());
  }

  @Test
  void aGridCellNamesItsNullField() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> new GridCell(null, "", Optional.empty(), false, Optional.empty(), 0, 0));
    assertEquals("kind must not be null", e.getMessage());
    assertThrows(
        NullPointerException.class,
        () ->
            new GridCell(
                GridCell.Kind.TEXT, null, Optional.empty(), false, Optional.empty(), 0, 0));
    assertThrows(
        NullPointerException.class,
        () -> new GridCell(GridCell.Kind.TEXT, "", null, false, Optional.empty(), 0, 0));
    assertThrows(
        NullPointerException.class,
        () -> new GridCell(GridCell.Kind.TEXT, "", Optional.empty(), false, null, 0, 0));
    assertFalse(GridCell.text("一", 0, 0).isBlank());
    assertFalse(number("1", 0, 0).isBlank());
    assertEquals(5, GridCell.Kind.values().length);
  }
}
