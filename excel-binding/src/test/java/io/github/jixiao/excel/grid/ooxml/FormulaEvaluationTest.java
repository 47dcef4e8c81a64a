package io.github.jixiao.excel.grid.ooxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.excel.grid.CellValues;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.Grids;
import io.github.jixiao.excel.grid.SheetGrid;
import io.github.jixiao.excel.grid.read.WorkbookGrids;
import io.github.jixiao.excel.testing.PrintedForm;
import io.github.jixiao.excel.testing.TestSheets;
import io.github.jixiao.excel.testing.TestWorkbooks;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formulas saved without their values (docs/workbooks.md §3), as a program that writes workbooks
 * leaves them: evaluated where they can be, left showing the formula where they cannot.
 */
class FormulaEvaluationTest {
  @TempDir Path dir;

  /** The grid of a one-sheet package whose sheet data is those rows. */
  private SheetGrid grid(String rows) throws IOException {
    Grids grids =
        WorkbookGrids.read(
            TestWorkbooks.sheetXml(
                dir.resolve("formulas.xlsx"),
                TestWorkbooks.sheet(rows),
                TestWorkbooks.sharedStrings("")));
    assertEquals(List.of(), grids.problems());
    return grids.sheets().get(0);
  }

  @Test
  void aSumWithNoCachedValueGivesTheSumOfItsCells() throws IOException {
    // Four weights of 12.5, each exact in binary: their sum is 50 exactly.
    SheetGrid grid =
        grid(
            "<row r=\"1\"><c r=\"A1\"><f>SUM(B1:E1)</f></c><c r=\"B1\"><v>12.5</v></c>"
                + "<c r=\"C1\"><v>12.5</v></c><c r=\"D1\"><v>12.5</v></c>"
                + "<c r=\"E1\"><v>12.5</v></c></row>");
    assertEquals(GridCell.Kind.NUMBER, grid.cell(0, 0).kind());
    assertEquals(Optional.of(new BigDecimal("50")), grid.cell(0, 0).number());
  }

  @Test
  void aQuotientInAPercentStyleGivesTheRate() throws IOException {
    // Style 1 is 0.00%: 1 ÷ 8 = 0.125, shown as 12.50%, a rate of 12.5.
    GridCell rate =
        grid("<row r=\"1\"><c r=\"A1\" s=\"1\"><f>B1/C1</f></c><c r=\"B1\"><v>1</v></c>"
                + "<c r=\"C1\"><v>8</v></c></row>")
            .cell(0, 0);
    assertEquals(Optional.of(new BigDecimal("12.5")), rate.number());
    assertTrue(rate.percent());
    assertEquals("0.00%", rate.format());
  }

  @Test
  void aSumOfDecimalsGivesTheShortestDecimalOfItsBinaryValue() throws IOException {
    // 0.1 + 14.28 in binary is 14.379999999999999, the shortest decimal that reads back as it:
    // what Excel would have cached (docs/workbooks.md §3).
    GridCell sum =
        grid("<row r=\"1\"><c r=\"A1\"><f>B1+C1</f></c><c r=\"B1\"><v>0.1</v></c>"
                + "<c r=\"C1\"><v>14.28</v></c></row>")
            .cell(0, 0);
    assertEquals(Optional.of(new BigDecimal("14.379999999999999")), sum.number());
  }

  @Test
  void aFormulaOverOtherUncalculatedFormulasIsEvaluatedThroughThem() throws IOException {
    // A1 = B1 × 2, B1 = C1 + 1, C1 = 3: B1 is 4, A1 is 8.
    SheetGrid grid =
        grid(
            "<row r=\"1\"><c r=\"A1\"><f>B1*2</f></c><c r=\"B1\"><f>C1+1</f></c>"
                + "<c r=\"C1\"><v>3</v></c></row>");
    assertEquals(Optional.of(new BigDecimal("8")), grid.cell(0, 0).number());
    assertEquals(Optional.of(new BigDecimal("4")), grid.cell(0, 1).number());
  }

  @Test
  void aTextFormulaGivesItsText() throws IOException {
    GridCell text =
        grid("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>\"项\"&amp;\"目\"</f></c></row>").cell(0, 0);
    assertEquals(GridCell.text("项目", 0, 0), text);
  }

  @Test
  void aComparisonGivesABoolean() throws IOException {
    assertEquals(
        CellValues.bool(true, 0, 0),
        grid("<row r=\"1\"><c r=\"A1\" t=\"b\"><f>2&gt;1</f></c></row>").cell(0, 0));
  }

  @Test
  void aDivisionByZeroIsTheErrorExcelShows() throws IOException {
    assertEquals(
        CellValues.error("#DIV/0!", 0, 0),
        grid("<row r=\"1\"><c r=\"A1\"><f>1/0</f></c></row>").cell(0, 0));
  }

  @Test
  void aReferenceToAnotherWorkbookStaysTheFormula() throws IOException {
    // No external link part says what [1] is: the formula cannot be evaluated.
    assertEquals(
        CellValues.error("=[1]Sheet1!A1*2", 0, 0),
        grid("<row r=\"1\"><c r=\"A1\"><f>[1]Sheet1!A1*2</f></c></row>").cell(0, 0));
  }

  @Test
  void aMergedRangeShowsTheValueItsFormulaGives() throws IOException {
    Grids grids =
        WorkbookGrids.read(
            TestWorkbooks.sheetXml(
                dir.resolve("merged.xlsx"),
                TestWorkbooks.sheet(
                    "<row r=\"1\"><c r=\"A1\"><f>C1*3</f></c><c r=\"C1\"><v>7</v></c></row>",
                    "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>"),
                TestWorkbooks.sharedStrings("")));
    GridCell merged = grids.sheets().get(0).cell(0, 1);
    assertEquals(Optional.of(new BigDecimal("21")), merged.number());
    assertEquals(0, merged.column());
  }

  @Test
  void aWorkbookOfMoreCellsThanCanBeEvaluatedKeepsTheFormula() throws IOException {
    // The formula and 50,000 ones: 50,001 cells, one over the 50,000 evaluated.
    assertEquals(CellValues.error("=1+1", 0, 0), grid(aFormulaAndOnes(50_000)).cell(0, 0));
  }

  @Test
  void aWorkbookOfAsManyCellsAsCanBeEvaluatedIsEvaluated() throws IOException {
    // The formula and 49,999 ones: 50,000 cells.
    assertEquals(
        Optional.of(new BigDecimal("2")), grid(aFormulaAndOnes(49_999)).cell(0, 0).number());
  }

  /** Rows of a sheet: {@code =1+1} in A1, then that many ones, ten a row from row 2. */
  private static String aFormulaAndOnes(int ones) {
    StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\"><f>1+1</f></c></row>");
    for (int i = 0; i < ones; i++) {
      int row = 2 + i / 10;
      if (i % 10 == 0) {
        rows.append(i == 0 ? "" : "</row>").append("<row r=\"").append(row).append("\">");
      }
      rows.append("<c r=\"").append((char) ('A' + i % 10)).append(row).append("\"><v>1</v></c>");
    }
    return rows.append(ones == 0 ? "" : "</row>").toString();
  }

  @Test
  void aLongChainOfFormulasEachOverTheNextIsEvaluatedOrLeftWithoutFailing() throws IOException {
    // A1 = A2 + 1, A2 = A3 + 1, …, A9999 = A10000 + 1, A10000 = 1: evaluating A1 first runs
    // through 9,999 cells before any has a value. Where the evaluator's stack gives out, the
    // formula is left showing, never an error thrown out of the reader.
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r < 10_000; r++) {
      rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><f>A");
      rows.append(r + 1).append("+1</f></c></row>");
    }
    rows.append("<row r=\"10000\"><c r=\"A10000\"><v>1</v></c></row>");
    GridCell first = grid(rows.toString()).cell(0, 0);
    assertTrue(
        first.equals(CellValues.error("=A2+1", 0, 0))
            || first.number().equals(Optional.of(new BigDecimal("10000"))),
        first::toString);
  }

  @Test
  void sumsOverTheWholeSheetStopOnceTheCellsTheyMayLookAtAreSpent() throws IOException {
    // 4,900 rows of A to J: 49,000 ones; in K1 to K1000 the sum of them all. Each sum looks at
    // its own cell and the 49,000: four look at 196,004 of the 200,000 cells, the fifth would
    // pass them, and it and those after it are left showing the formula.
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 4_900; r++) {
      rows.append("<row r=\"").append(r).append("\">");
      for (char c = 'A'; c <= 'J'; c++) {
        rows.append("<c r=\"").append(c).append(r).append("\"><v>1</v></c>");
      }
      if (r <= 1_000) {
        rows.append("<c r=\"K").append(r).append("\"><f>SUM(A1:J4900)</f></c>");
      }
      rows.append("</row>");
    }
    SheetGrid grid = grid(rows.toString());
    for (int r = 0; r < 4; r++) {
      assertEquals(Optional.of(new BigDecimal("49000")), grid.cell(r, 10).number());
    }
    assertEquals(CellValues.error("=SUM(A1:J4900)", 4, 10), grid.cell(4, 10));
    assertEquals(CellValues.error("=SUM(A1:J4900)", 999, 10), grid.cell(999, 10));
  }

  @Test
  void aSheetCutAtTheBoundsIsNotEvaluated() throws IOException {
    // A value in row 20,000, beyond the 10,000 rows searched: the sheet may be any size.
    SheetGrid grid =
        grid(
            "<row r=\"1\"><c r=\"A1\"><f>1+1</f></c></row>"
                + "<row r=\"20000\"><c r=\"A20000\"><v>1</v></c></row>");
    assertTrue(grid.isCut());
    assertEquals(CellValues.error("=1+1", 0, 0), grid.cell(0, 0));
  }

  @Test
  void aFormWhoseTotalsAreUncalculatedSumsReadsAsTheFormTyped() throws IOException {
    // The antitrust form, its 年度资金总额 row summing the rows below as a template would:
    // 109 + 0 + 0, 100 + 0 + 0, 14.28 + 0 + 0, exact; and its 总分 分值 the sum of the weights,
    // 4 × 12.5 + 0 + 3 × 10 + 0 + 10 + 10 = 100 (rows 14 to 23).
    Path file =
        TestWorkbooks.xlsx(
            dir.resolve("sums.xlsx"),
            workbook -> {
              Sheet sheet = PrintedForm.antitrust().putIn(workbook, PrintedForm.SHEET, "A1");
              uncalculated(sheet, "C7", "SUM(C8:C10)");
              uncalculated(sheet, "D7", "SUM(D8:D10)");
              uncalculated(sheet, "E7", "C8*0+E8+E9+E10");
              uncalculated(sheet, "G24", "SUM(G14:G23)");
            });
    assertNoCachedValue(file, "C7", "D7", "E7", "G24");
    List<ReadResult> read = ExcelForms.DEFAULT.read(file);
    assertEquals(1, read.size());
    assertEquals(List.of(), read.get(0).problems());
    assertEquals(PrintedForm.project(), read.get(0).project().orElseThrow());
  }

  @Test
  void aFormulaTheFormNeedsThatCannotBeEvaluatedIsAProblemAtItsCell() throws IOException {
    Path file =
        TestWorkbooks.xlsx(
            dir.resolve("external.xlsx"),
            workbook -> {
              Sheet sheet = PrintedForm.antitrust().putIn(workbook, PrintedForm.SHEET, "A1");
              uncalculated(sheet, "E7", "1/0");
            });
    assertNoCachedValue(file, "E7");
    ReadResult read = ExcelForms.DEFAULT.read(file).get(0);
    assertEquals(ProblemCode.CELL_ERROR, read.problems().get(0).code());
    assertEquals(
        Optional.of(new SourceLocation.CellAddress(PrintedForm.SHEET, 7, 5)),
        read.problems().get(0).location());
    assertEquals(List.of("#DIV/0!"), read.problems().get(0).arguments());
  }

  /** Replaces a cell's value by a formula with no cached value, as XSSF saves one never run. */
  private static void uncalculated(Sheet sheet, String reference, String formula) {
    Cell cell = TestSheets.cell(sheet, reference);
    cell.setBlank();
    cell.setCellFormula(formula);
  }

  /** The fixture holds those cells' formulas with no {@code <v>}: nothing was cached. */
  private static void assertNoCachedValue(Path file, String... references) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
      XSSFSheet sheet = workbook.getSheet(PrintedForm.SHEET);
      for (String reference : references) {
        XSSFCell cell = (XSSFCell) TestSheets.cell(sheet, reference);
        assertTrue(cell.getCTCell().isSetF(), reference);
        assertFalse(cell.getCTCell().isSetV(), reference);
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }
}
