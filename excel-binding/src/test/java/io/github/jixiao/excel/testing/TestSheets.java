package io.github.jixiao.excel.testing;

import io.github.jixiao.core.input.SourceLocation.CellAddress;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** Hand-built sheets for tests: rows of values from a cell on, merged ranges, number formats. */
public final class TestSheets {
  private TestSheets() {}

  /**
   * Puts rows of values from a cell on: null leaves a cell blank, a {@link Number} is a number
   * cell, a {@link Boolean} a boolean one, anything else text.
   */
  public static void put(Sheet sheet, String topLeft, Object[]... rows) {
    CellReference start = new CellReference(topLeft);
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < rows[i].length; j++) {
        Object value = rows[i][j];
        if (value == null) {
          continue;
        }
        Cell cell = cell(sheet, start.getRow() + i, start.getCol() + j);
        if (value instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
          cell.setCellValue(b);
        } else {
          cell.setCellValue(value.toString());
        }
      }
    }
  }

  /** Merges each range, such as {@code A6:B7}. */
  public static void merge(Sheet sheet, String... ranges) {
    for (String range : ranges) {
      sheet.addMergedRegion(CellRangeAddress.valueOf(range));
    }
  }

  /** The cell at an A1 reference, made where there is none. */
  public static Cell cell(Sheet sheet, String reference) {
    CellReference ref = new CellReference(reference);
    return cell(sheet, ref.getRow(), ref.getCol());
  }

  /** Gives a cell a number format, such as {@code 0.00%}. */
  public static void format(Sheet sheet, String reference, String format) {
    CellStyle style = sheet.getWorkbook().createCellStyle();
    style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(format));
    cell(sheet, reference).setCellStyle(style);
  }

  /** The address the reader gives a cell of a sheet. */
  public static CellAddress at(String sheet, String reference) {
    CellReference ref = new CellReference(reference);
    return new CellAddress(sheet, ref.getRow() + 1, ref.getCol() + 1);
  }

  private static Cell cell(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    if (row == null) {
      row = sheet.createRow(r);
    }
    Cell cell = row.getCell(c);
    return cell != null ? cell : row.createCell(c);
  }
}
