package io.github.jixiao.excel.grid.biff;

import static io.github.jixiao.excel.testing.Refusals.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.excel.grid.CellValues;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.Grids;
import io.github.jixiao.excel.grid.SheetGrid;
import io.github.jixiao.excel.grid.read.WorkbookGrids;
import io.github.jixiao.excel.testing.TestWorkbooks;
import io.github.jixiao.excel.testing.WorkbookFeaturesContract;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFClientAnchor;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/** BIFF8 {@code .xls} read by HSSF's event API: the shared features, and what is BIFF's own. */
class BiffGridsTest extends WorkbookFeaturesContract {

  @Override
  public Path write(Path dir) throws IOException {
    return TestWorkbooks.xls(dir.resolve("features.xls"), TestWorkbooks::features);
  }

  @Test
  void aFormulaAlwaysCarriesACachedValue() {
    // BIFF8 has no formula without one: POI writes 0 until the formula is calculated, and Excel
    // saves what it calculated.
    assertEquals(Optional.of(BigDecimal.ZERO), form.cell(6, 8).number());
  }

  @Test
  void aStringFormulaInTheFirstRowGivesItsText() throws IOException {
    Path file =
        TestWorkbooks.xls(
            dir.resolve("first.xls"),
            workbook -> {
              Row row = workbook.createSheet("表").createRow(0);
              row.createCell(0).setCellValue("项目");
              Cell joined = row.createCell(1);
              joined.setCellFormula("A1&\"名称\"");
              workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(joined);
            });
    assertEquals("项目名称", WorkbookGrids.read(file).sheets().get(0).cell(0, 1).text());
  }

  @Test
  void aTextOfExcelsLongest32767CharactersIsKept() throws IOException {
    String longest = "长".repeat(CellValues.MAX_TEXT_LENGTH);
    Path file =
        TestWorkbooks.xls(
            dir.resolve("longest.xls"),
            workbook -> workbook.createSheet("表").createRow(0).createCell(0).setCellValue(longest));
    Grids grids = WorkbookGrids.read(file);
    assertEquals(List.of(), grids.problems());
    assertEquals(longest, grids.sheets().get(0).cell(0, 0).text());
  }

  @Test
  void valuesPastTheTenThousandthRowCutTheGrid() throws IOException {
    Path file =
        TestWorkbooks.xls(
            dir.resolve("long.xls"),
            workbook -> {
              Sheet sheet = workbook.createSheet("长表");
              sheet.createRow(SheetGrid.MAX_ROWS - 1).createCell(0).setCellValue(1);
              Row beyond = sheet.createRow(SheetGrid.MAX_ROWS);
              beyond.createCell(0).setCellValue("超出");
              beyond.createCell(1).setCellValue(2);
            });
    SheetGrid sheet = WorkbookGrids.read(file).sheets().get(0);
    assertTrue(sheet.isCut());
    assertEquals("1", sheet.cell(SheetGrid.MAX_ROWS - 1, 0).text());
    assertEquals(SheetGrid.MAX_ROWS - 1, sheet.lastRow());
  }

  @Test
  void aFormulaGivingTheEmptyStringBeyondTheBoundsDoesNotCutTheGrid() throws IOException {
    Path file =
        TestWorkbooks.xls(
            dir.resolve("empty.xls"),
            workbook -> {
              Sheet sheet = workbook.createSheet("表");
              var cell = sheet.createRow(SheetGrid.MAX_ROWS).createCell(0);
              cell.setCellFormula("\"\"");
              workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
              var shown = sheet.createRow(0).createCell(0);
              shown.setCellFormula("\"\"");
              workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(shown);
            });
    SheetGrid sheet = WorkbookGrids.read(file).sheets().get(0);
    assertFalse(sheet.isCut());
    assertEquals(GridCell.Kind.BLANK, sheet.cell(0, 0).kind());
  }

  @Test
  void aWorkbookOfOnlyEmptySheetsHasItsSheets() throws IOException {
    Path file =
        TestWorkbooks.xls(
            dir.resolve("blank.xls"),
            workbook -> {
              workbook.createSheet("一");
              workbook.createSheet("二");
            });
    Grids read = WorkbookGrids.read(file);
    assertEquals(List.of("一", "二"), read.sheets().stream().map(SheetGrid::name).toList());
    assertEquals(-1, read.sheets().get(1).lastRow());
  }

  @Test
  void aSheetReorderedIsReadInItsTabOrder() throws IOException {
    Path file =
        TestWorkbooks.xls(
            dir.resolve("order.xls"),
            workbook -> {
              workbook.createSheet("甲").createRow(0).createCell(0).setCellValue("甲");
              workbook.createSheet("乙").createRow(0).createCell(0).setCellValue("乙");
              workbook.setSheetOrder("乙", 0);
            });
    Grids read = WorkbookGrids.read(file);
    assertEquals("乙", read.sheets().get(0).name());
    assertEquals("乙", read.sheets().get(0).cell(0, 0).text());
    assertEquals("甲", read.sheets().get(1).cell(0, 0).text());
  }

  @Test
  void aTextBoxDrawnOnASheetLeavesItsCellsAlone() throws IOException {
    // A drawing's records (and their continuations) lie among the cells' in the sheet's stream.
    Path file =
        TestWorkbooks.xls(
            dir.resolve("drawing.xls"),
            workbook -> {
              Sheet data = workbook.createSheet("数据");
              data.createRow(0).createCell(0).setCellValue(1);
              ((HSSFSheet) data)
                  .createDrawingPatriarch()
                  .createTextbox(new HSSFClientAnchor())
                  .setString(new org.apache.poi.hssf.usermodel.HSSFRichTextString("说明"));
            });
    SheetGrid sheet = WorkbookGrids.read(file).sheets().get(0);
    assertEquals("1", sheet.cell(0, 0).text());
  }

  @Test
  void aBiff5WorkbookStreamIsTooOld() throws IOException {
    // BIFF5 (version 0x0500) beginning with the globals (type 5).
    Path file = dir.resolve("biff5.xls");
    Files.write(file, TestWorkbooks.ole2(TestWorkbooks.workbookStream(0x0500, 0x0005), "Workbook"));
    Problem problem = WorkbookGrids.read(file).problems().get(0);
    assertEquals(ProblemCode.NOT_A_WORKBOOK, problem.code(), problem.toString());
    assertTrue(english(problem).startsWith("an Excel 5.0/95 workbook (BIFF5) or older"));
  }

  @Test
  void aWorkbookStreamBeginningWithASheetIsCorrupt() throws IOException {
    // BIFF8 (version 0x0600) beginning with a worksheet (type 0x10).
    Path file = dir.resolve("sheet-first.xls");
    Files.write(file, TestWorkbooks.ole2(TestWorkbooks.workbookStream(0x0600, 0x0010), "Workbook"));
    Problem problem = WorkbookGrids.read(file).problems().get(0);
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code());
    assertEquals("the workbook stream does not begin with the workbook", english(problem));
  }

  @Test
  void aWorkbookStreamOfGarbageIsCorrupt() throws IOException {
    Path file = dir.resolve("garbage.xls");
    Files.write(file, TestWorkbooks.ole2(new byte[] {9, 8, 7, 6, 5, 4, 3, 2, 1}, "Workbook"));
    Problem problem = WorkbookGrids.read(file).problems().get(0);
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code());
  }

  @Test
  void anHssfWorkbookWithManySheetsKeepsEveryName() throws IOException {
    Path file =
        TestWorkbooks.xls(
            dir.resolve("many.xls"),
            workbook -> {
              for (int i = 0; i < 12; i++) {
                workbook.createSheet("表" + i).createRow(i).createCell(i).setCellValue(i);
              }
            });
    Grids read = WorkbookGrids.read(file);
    assertEquals(12, read.sheets().size());
    assertEquals("11", read.sheets().get(11).cell(11, 11).text());
  }
}
