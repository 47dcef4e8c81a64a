package io.github.jixiao.excel.grid;

import static io.github.jixiao.excel.testing.Refusals.assertRefusal;
import static io.github.jixiao.excel.testing.Refusals.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.excel.file.RefusedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SheetBuilderTest {
  private final List<Problem> problems = new ArrayList<>();

  private SheetBuilder builder(long cells) {
    return new SheetBuilder("自评表", new SheetBuilder.Budget(cells), problems);
  }

  @Test
  void aCellWithinTheBoundsIsKeptAtItsPlace() {
    SheetBuilder builder = builder(10);
    builder.put(GridCell.text("项目名称", 3, 0));
    SheetGrid grid = builder.finish();
    assertEquals("自评表", grid.name());
    assertEquals("项目名称", grid.cell(3, 0).text());
    assertFalse(grid.isCut());
  }

  @Test
  void aBlankCellIsNotKeptAndCostsNothing() {
    SheetBuilder builder = builder(0);
    builder.put(GridCell.blank(0, 0));
    assertEquals(-1, builder.finish().lastRow());
  }

  @Test
  void aValueBeyondTheBoundsCutsTheGridAndIsNotKept() {
    SheetBuilder builder = builder(0);
    builder.put(GridCell.text("数据", SheetGrid.MAX_ROWS, 0));
    assertTrue(builder.isCut());
    SheetGrid grid = builder.finish();
    assertTrue(grid.isCut());
    assertEquals(-1, grid.lastRow());
  }

  @Test
  void aBlankBeyondTheBoundsDoesNotCutTheGrid() {
    SheetBuilder builder = builder(0);
    builder.put(GridCell.text(" ", 0, SheetGrid.MAX_COLUMNS));
    assertFalse(builder.finish().isCut());
  }

  @Test
  void theBoundsAreTheGridsRowsAndColumns() {
    assertTrue(SheetBuilder.inBounds(SheetGrid.MAX_ROWS - 1, SheetGrid.MAX_COLUMNS - 1));
    assertFalse(SheetBuilder.inBounds(SheetGrid.MAX_ROWS, 0));
    assertFalse(SheetBuilder.inBounds(0, SheetGrid.MAX_COLUMNS));
  }

  @Test
  void aCellTooLongIsAProblemAtItsCellCountedFromOne() {
    SheetBuilder builder = builder(10);
    builder.tooLong(13, 5);
    Problem problem = problems.get(0);
    assertEquals(ProblemCode.CELL_TOO_LONG, problem.code());
    assertEquals(FormPath.ROOT, problem.path());
    // Row 13 and column 5 from 0 are the sheet's F14.
    assertEquals(Optional.of(new SourceLocation.CellAddress("自评表", 14, 6)), problem.location());
    assertEquals("'自评表'!F14", problem.location().orElseThrow().toString());
    assertEquals(-1, builder.finish().lastRow());
  }

  @Test
  void aCellTooLongBeyondTheBoundsOnlyCutsTheGrid() {
    SheetBuilder builder = builder(10);
    builder.tooLong(SheetGrid.MAX_ROWS + 5, 0);
    assertTrue(problems.isEmpty());
    assertTrue(builder.isCut());
  }

  @Test
  void aMergedRangeShowsItsValueInEveryCell() {
    SheetBuilder builder = builder(10);
    builder.merge(0, 0, 1, 2);
    builder.put(GridCell.text("项目支出绩效自评表", 0, 0));
    SheetGrid grid = builder.finish();
    assertEquals("项目支出绩效自评表", grid.cell(1, 2).text());
    assertEquals(0, grid.cell(1, 2).row());
    assertEquals(0, grid.cell(1, 2).column());
  }

  @Test
  void aMergedRangeWrittenBottomRightFirstIsTheSameRange() {
    SheetBuilder builder = builder(10);
    builder.put(GridCell.text("总分", 4, 1));
    builder.merge(5, 3, 4, 1);
    assertEquals("总分", builder.finish().cell(5, 3).text());
  }

  @Test
  void aMergedRangeIsCutAtTheBounds() {
    SheetBuilder builder = builder(SheetGrid.MAX_ROWS + 1);
    builder.put(GridCell.text("备注", SheetGrid.MAX_ROWS - 2, 0));
    builder.merge(SheetGrid.MAX_ROWS - 2, 0, 1_048_575, 0);
    SheetGrid grid = builder.finish();
    assertEquals("备注", grid.cell(SheetGrid.MAX_ROWS - 1, 0).text());
    assertEquals(SheetGrid.MAX_ROWS - 1, grid.lastRow());
  }

  @Test
  void aMergedRangeStartingBeyondTheBoundsIsIgnored() {
    SheetBuilder builder = builder(0);
    builder.merge(SheetGrid.MAX_ROWS, 0, SheetGrid.MAX_ROWS + 3, 3);
    builder.merge(-1, 0, 2, 2);
    assertEquals(-1, builder.finish().lastRow());
  }

  @Test
  void theCellsAMergedRangeFillsAreSpentWhenItIsNoted() {
    // A1:C2 fills five cells besides A1: a budget of five is enough, and then spent.
    SheetBuilder builder = builder(5);
    builder.merge(0, 0, 1, 2);
    assertThrows(RefusedException.class, () -> builder.put(GridCell.text("x", 0, 0)));
  }

  @Test
  void aRangeAwayFromTheCornerCostsTheCellsItFills() {
    // B3:D4 is two rows by three columns: it fills five cells besides B3, a budget of five.
    SheetBuilder builder = builder(5);
    builder.merge(2, 1, 3, 3);
    assertThrows(RefusedException.class, () -> builder.put(GridCell.text("x", 2, 1)));
  }

  @Test
  void aSingleCellRangeCostsOneCell() {
    SheetBuilder builder = builder(1);
    builder.merge(0, 0, 0, 0);
    assertThrows(RefusedException.class, () -> builder.merge(1, 1, 1, 1));
  }

  @Test
  void aReservedCellIsCountedOnceWhenPut() {
    SheetBuilder builder = builder(1);
    builder.reserve();
    builder.putReserved(GridCell.text("名称", 2, 3));
    builder.putReserved(GridCell.text("超出", SheetGrid.MAX_ROWS, 3));
    builder.putReserved(GridCell.blank(4, 4));
    SheetGrid grid = builder.finish();
    assertEquals("名称", grid.cell(2, 3).text());
    assertEquals(2, grid.lastRow());
    assertThrows(RefusedException.class, builder::reserve);
  }

  @Test
  void aWorkbookOfMoreCellsThanTheBudgetIsTooLarge() {
    SheetBuilder.Budget budget = new SheetBuilder.Budget(2);
    SheetBuilder first = new SheetBuilder("一", budget, problems);
    SheetBuilder second = new SheetBuilder("二", budget, problems);
    first.put(GridCell.text("a", 0, 0));
    second.put(GridCell.text("b", 0, 0));
    RefusedException refused =
        assertThrows(RefusedException.class, () -> second.put(GridCell.text("c", 0, 1)));
    Problem problem = refused.problem();
    assertRefusal(
        problem,
        ProblemCode.TOO_LARGE,
        "is beyond what the reader accepts: more than 2 cells with a value in the first 10,000"
            + " rows and 256 columns of its sheets");
  }

  @Test
  void theWorkbookBudgetIsHalfAMillionCells() {
    SheetBuilder.Budget budget = new SheetBuilder.Budget();
    budget.spend(SheetBuilder.Budget.MAX_CELLS);
    RefusedException refused = assertThrows(RefusedException.class, () -> budget.spend(1));
    assertTrue(english(refused.problem()).startsWith("more than 500,000 cells"));
  }
}
