package io.github.jixiao.excel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.excel.grid.CellValues;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.Grids;
import io.github.jixiao.excel.grid.SheetGrid;
import io.github.jixiao.excel.grid.read.WorkbookGrids;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What both readers give for the same workbook ({@link TestWorkbooks#features}), saved in their
 * format: each reader's test extends this with what is its own.
 */
public abstract class WorkbookFeaturesContract {
  @TempDir protected Path dir;

  protected Grids grids;
  protected SheetGrid form;

  /** The features workbook, saved in the format under test. */
  public abstract Path write(Path dir) throws IOException;

  @BeforeEach
  public void read() throws IOException {
    grids = WorkbookGrids.read(write(dir));
    assertEquals(List.of(), grids.problems());
    form = grids.sheets().get(1);
  }

  private GridCell at(String reference) {
    var address =
        io.github.jixiao.core.input.SourceLocation.CellAddress.parse("'自评表'!" + reference);
    return form.cell(address.row() - 1, address.column() - 1);
  }

  @Test
  public void everySheetIsReadInTabOrderHiddenOnesToo() {
    assertEquals(
        List.of("封面", "自评表", "隐藏", "很隐藏"), grids.sheets().stream().map(SheetGrid::name).toList());
    assertEquals("封面", grids.sheets().get(0).cell(0, 0).text());
    assertEquals("隐藏表", grids.sheets().get(2).cell(0, 0).text());
    assertEquals("1", grids.sheets().get(3).cell(0, 0).text());
    assertFalse(grids.isRefused());
  }

  @Test
  public void aMergedRangeHoldsItsValueInEveryCell() {
    assertEquals("项目支出绩效自评表", at("K1").text());
    assertEquals(0, at("K1").column());
    assertEquals("示例项目", at("F4").text());
    assertEquals(2, at("F4").column());
    assertEquals("绩效指标", at("A13").text());
    assertEquals(10, at("A13").row());
  }

  @Test
  public void numbersAreTheirShortestDecimals() {
    assertEquals(Optional.of(new BigDecimal("0.1")), at("E6").number());
    assertEquals(Optional.of(new BigDecimal("14.28")), at("F6").number());
    assertEquals(Optional.of(new BigDecimal("1274.77")), at("G6").number());
  }

  @Test
  public void aPercentageHoldsTheRate() {
    // 0.1428 formatted 0.00% shows 14.28%.
    assertEquals(Optional.of(new BigDecimal("14.28")), at("H6").number());
    assertTrue(at("H6").percent());
    assertFalse(at("G6").percent());
  }

  @Test
  public void numbersStoredAsTextAreText() {
    assertEquals(GridCell.text("1,274.77", 6, 0), at("A7"));
    assertEquals(GridCell.text("14.28%", 6, 1), at("B7"));
  }

  @Test
  public void datesAreTheirDaysInChinese() {
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), at("C7").date());
    assertEquals("2024年12月31日", at("C7").text());
    assertEquals(Optional.of(LocalDate.of(2024, 1, 5)), at("D7").date());
    assertEquals("2024年1月5日", at("D7").text());
  }

  @Test
  public void aDateInChineseExcelsBuiltInFormatIsADate() {
    assertEquals("2025年1月1日", at("J7").text());
  }

  @Test
  public void aFormulaGivesItsCachedValueTypedByIt() {
    // F6*2 = 28.56; A4&"!" = 项目名称!
    assertEquals(Optional.of(new BigDecimal("28.56")), at("I6").number());
    assertEquals(GridCell.text("项目名称!", 6, 7), at("H7"));
  }

  @Test
  public void errorsAreErrorCellsShowingTheirError() {
    assertEquals(CellValues.error("#DIV/0!", 6, 4), at("E7"));
    assertEquals(CellValues.error("#DIV/0!", 6, 5), at("F7"));
  }

  @Test
  public void aBooleanIsTrueOrFalse() {
    assertEquals(CellValues.bool(true, 6, 6), at("G7"));
  }

  @Test
  public void hiddenRowsAndColumnsAreRead() {
    assertEquals("隐藏行", at("A8").text());
    assertEquals("隐藏列", at("L2").text());
  }

  @Test
  public void theGridEndsAtItsLastValue() {
    assertEquals(12, form.lastRow());
    assertEquals(11, form.lastColumn());
    assertFalse(form.isCut());
  }
}
