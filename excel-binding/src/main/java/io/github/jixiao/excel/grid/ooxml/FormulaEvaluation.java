package io.github.jixiao.excel.grid.ooxml;

import io.github.jixiao.excel.grid.CellValues;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.SheetBuilder;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationCell;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.EvaluationSheet;
import org.apache.poi.ss.formula.EvaluationWorkbook;
import org.apache.poi.ss.formula.IStabilityClassifier;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.apache.poi.ss.formula.eval.BoolEval;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.formula.eval.NumberEval;
import org.apache.poi.ss.formula.eval.StringEval;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Evaluates the formulas a workbook saved without their values (docs/workbooks.md §3): a workbook
 * written by a program rather than by Excel or WPS (openpyxl, POI, many reporting tools) stores
 * {@code <f>SUM(F12:F14)</f>} and no cached value.
 *
 * <p>POI's formula evaluator works on its usermodel, which holds every cell, and visits every cell
 * of every range a formula names, so both are bounded: a workbook is evaluated only where it has no
 * more than {@value #MAX_CELLS} cells and no sheet cut at the bounds a form is searched in, and
 * evaluation stops once formulas have looked at {@value #MAX_VISITS} cells (a form's few sums look
 * at a few hundred; a hostile file's thousand sums over the whole sheet would take minutes). Each
 * formula that cannot be evaluated (an external link, a function POI does not implement, a chain of
 * formulas too deep, the visits spent) leaves its cell showing the formula, which a form that needs
 * the value reports as {@link io.github.jixiao.core.input.ProblemCode#CELL_ERROR} at that cell.
 */
final class FormulaEvaluation {
  /**
   * The most cells a workbook may have to be evaluated: POI's usermodel takes about a kilobyte a
   * cell, so this stays within tens of megabytes, where a form has a few hundred cells.
   */
  static final long MAX_CELLS = 50_000;

  /** The most cells formulas may look at, in all, while a workbook is evaluated. */
  static final long MAX_VISITS = 200_000;

  private FormulaEvaluation() {}

  /**
   * Puts in each sheet the values of its formula cells that have none, where the workbook can be
   * evaluated.
   *
   * @param pkg the workbook's package, open to read
   * @param builders the workbook's sheets, in the order of its tabs, with every cell put
   * @param date1904 whether the workbook counts days from 1904
   */
  static void evaluate(OPCPackage pkg, List<SheetBuilder> builders, boolean date1904) {
    long cells = 0;
    boolean any = false;
    for (SheetBuilder builder : builders) {
      if (builder.isCut()) {
        return;
      }
      cells += builder.cellsMet();
      any |= !builder.uncalculated().isEmpty();
    }
    if (!any || cells > MAX_CELLS) {
      return;
    }
    XSSFWorkbook workbook;
    try {
      workbook = new XSSFWorkbook(pkg);
    } catch (RuntimeException | IOException e) {
      // The streaming reader read the parts; what POI's usermodel refuses stays unevaluated.
      return;
    }
    Visits visits = new Visits(MAX_VISITS);
    // The workbook is never changed while it is evaluated, so every cell is final: POI records no
    // dependencies between cells, which only serve to recalculate after a change.
    CountedWorkbook counted = new CountedWorkbook(XSSFEvaluationWorkbook.create(workbook), visits);
    WorkbookEvaluator evaluator =
        new WorkbookEvaluator(counted, IStabilityClassifier.TOTALLY_IMMUTABLE, null);
    for (SheetBuilder builder : builders) {
      int sheet = workbook.getSheetIndex(builder.name());
      for (SheetBuilder.Uncalculated formula : builder.uncalculated()) {
        if (visits.spent()) {
          return;
        }
        EvaluationCell cell =
            sheet < 0 ? null : counted.getSheet(sheet).getCell(formula.row(), formula.column());
        GridCell value = cell == null ? null : value(evaluator, cell, formula, date1904);
        if (value != null) {
          builder.evaluated(value);
        }
      }
    }
  }

  /** The cell's value as the reader sees it, or null where it cannot be evaluated. */
  private static GridCell value(
      WorkbookEvaluator evaluator,
      EvaluationCell cell,
      SheetBuilder.Uncalculated formula,
      boolean date1904) {
    ValueEval value;
    try {
      value = evaluator.evaluate(cell);
    } catch (RuntimeException | StackOverflowError e) {
      // An external workbook, a function POI does not implement, a formula it cannot parse, the
      // visits spent; or a chain of formulas each over the next deeper than the thread's stack.
      return null;
    }
    int row = formula.row();
    int column = formula.column();
    if (value instanceof NumberEval number) {
      return CellValues.number(number.getNumberValue(), formula.display(), date1904, row, column);
    }
    if (value instanceof StringEval text) {
      return GridCell.text(text.getStringValue(), row, column);
    }
    if (value instanceof BoolEval bool) {
      return CellValues.bool(bool.getBooleanValue(), row, column);
    }
    if (value instanceof ErrorEval error) {
      return CellValues.errorCode(error.getErrorCode(), row, column);
    }
    // Nothing else is the value of a cell (POI gives a blank reference's value as 0).
    return null;
  }

  /** The cells formulas may still look at; thrown out of an evaluation once spent. */
  private static final class Visits {
    private long left;

    Visits(long visits) {
      this.left = visits;
    }

    void visit() {
      if (--left < 0) {
        throw new Spent();
      }
    }

    boolean spent() {
      return left < 0;
    }
  }

  /** Thrown when formulas have looked at as many cells as they may. */
  private static final class Spent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Spent() {
      super("formulas looked at more cells than may be evaluated", null, false, false);
    }
  }

  /** A workbook to evaluate whose sheets count the cells formulas look at. */
  private record CountedWorkbook(EvaluationWorkbook workbook, Visits visits)
      implements EvaluationWorkbook {
    @Override
    public String getSheetName(int sheetIndex) {
      return workbook.getSheetName(sheetIndex);
    }

    @Override
    public int getSheetIndex(EvaluationSheet sheet) {
      return workbook.getSheetIndex(
          sheet instanceof CountedSheet counted ? counted.sheet() : sheet);
    }

    @Override
    public int getSheetIndex(String sheetName) {
      return workbook.getSheetIndex(sheetName);
    }

    @Override
    public EvaluationSheet getSheet(int sheetIndex) {
      return new CountedSheet(workbook.getSheet(sheetIndex), visits);
    }

    @Override
    public ExternalSheet getExternalSheet(int externSheetIndex) {
      return workbook.getExternalSheet(externSheetIndex);
    }

    @Override
    public ExternalSheet getExternalSheet(String firstSheetName, String lastSheetName, int book) {
      return workbook.getExternalSheet(firstSheetName, lastSheetName, book);
    }

    @Override
    public int convertFromExternSheetIndex(int externSheetIndex) {
      return workbook.convertFromExternSheetIndex(externSheetIndex);
    }

    @Override
    public ExternalName getExternalName(int externSheetIndex, int externNameIndex) {
      return workbook.getExternalName(externSheetIndex, externNameIndex);
    }

    @Override
    public ExternalName getExternalName(String nameName, String sheetName, int externalWorkbook) {
      return workbook.getExternalName(nameName, sheetName, externalWorkbook);
    }

    @Override
    public EvaluationName getName(NamePtg namePtg) {
      return workbook.getName(namePtg);
    }

    @Override
    public EvaluationName getName(String name, int sheetIndex) {
      return workbook.getName(name, sheetIndex);
    }

    @Override
    public String resolveNameXText(NameXPtg ptg) {
      return workbook.resolveNameXText(ptg);
    }

    @Override
    public Ptg[] getFormulaTokens(EvaluationCell cell) {
      return workbook.getFormulaTokens(cell);
    }

    @Override
    public UDFFinder getUDFFinder() {
      return workbook.getUDFFinder();
    }

    @Override
    public SpreadsheetVersion getSpreadsheetVersion() {
      return workbook.getSpreadsheetVersion();
    }

    @Override
    public void clearAllCachedResultValues() {
      workbook.clearAllCachedResultValues();
    }
  }

  /** A sheet that counts each cell a formula looks at. */
  private record CountedSheet(EvaluationSheet sheet, Visits visits) implements EvaluationSheet {
    @Override
    public EvaluationCell getCell(int rowIndex, int columnIndex) {
      visits.visit();
      return sheet.getCell(rowIndex, columnIndex);
    }

    @Override
    public void clearAllCachedResultValues() {
      sheet.clearAllCachedResultValues();
    }

    @Override
    public int getLastRowNum() {
      return sheet.getLastRowNum();
    }

    @Override
    public boolean isRowHidden(int rowIndex) {
      return sheet.isRowHidden(rowIndex);
    }
  }
}
