package io.github.jixiao.excel.testing;

import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.SheetGrid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Sheet grids from a POI usermodel workbook, for tests: the streaming readers fill them in
 * production. Each cell is put as the readers put it: a number as the shortest decimal that
 * round-trips its double, times 100 under a percentage format, with its format string; a formula as
 * its cached value; then each merged range.
 */
public final class UsermodelGrids {
  private static final DataFormatter SHOWN = new DataFormatter();

  private UsermodelGrids() {}

  /** Every sheet of a workbook, in order. */
  public static List<SheetGrid> of(Workbook workbook) {
    List<SheetGrid> grids = new ArrayList<>();
    for (Sheet sheet : workbook) {
      grids.add(of(sheet));
    }
    return grids;
  }

  /** Every sheet of a workbook file. */
  public static List<SheetGrid> read(Path file) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      return of(workbook);
    }
  }

  /** The sheets of a workbook as a file holds them: written out and read back in. */
  public static List<SheetGrid> saved(Workbook workbook) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    workbook.write(bytes);
    try (Workbook read = WorkbookFactory.create(new ByteArrayInputStream(bytes.toByteArray()))) {
      return of(read);
    }
  }

  public static SheetGrid of(Sheet sheet) {
    SheetGrid grid = new SheetGrid(sheet.getSheetName());
    for (Row row : sheet) {
      for (Cell cell : row) {
        gridCell(cell).ifPresent(c -> grid.put(cell.getRowIndex(), cell.getColumnIndex(), c));
      }
    }
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      grid.merge(
          merged.getFirstRow(),
          merged.getFirstColumn(),
          merged.getLastRow(),
          merged.getLastColumn());
    }
    return grid;
  }

  private static Optional<GridCell> gridCell(Cell cell) {
    int r = cell.getRowIndex();
    int c = cell.getColumnIndex();
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> Optional.of(GridCell.text(cell.getStringCellValue(), r, c));
      case NUMERIC -> Optional.of(number(cell));
      case BOOLEAN ->
          Optional.of(
              new GridCell(
                  GridCell.Kind.BOOLEAN,
                  cell.getBooleanCellValue() ? "TRUE" : "FALSE",
                  Optional.empty(),
                  false,
                  Optional.empty(),
                  r,
                  c));
      case ERROR ->
          Optional.of(
              new GridCell(
                  GridCell.Kind.ERROR,
                  FormulaError.forInt(cell.getErrorCellValue()).getString(),
                  Optional.empty(),
                  false,
                  Optional.empty(),
                  r,
                  c));
      default -> Optional.empty();
    };
  }

  private static GridCell number(Cell cell) {
    double value = cell.getNumericCellValue();
    String format = cell.getCellStyle().getDataFormatString();
    boolean percent = isPercent(format);
    BigDecimal number = shortest(value);
    if (percent) {
      number = number.movePointRight(2);
    }
    boolean date = DateUtil.isCellDateFormatted(cell);
    return new GridCell(
        GridCell.Kind.NUMBER,
        SHOWN.formatCellValue(cell),
        Optional.of(number),
        percent,
        format == null ? GridCell.GENERAL : format,
        date ? Optional.of(cell.getLocalDateTimeCellValue().toLocalDate()) : Optional.empty(),
        cell.getRowIndex(),
        cell.getColumnIndex());
  }

  /** The shortest decimal whose double is the given one: precisions 1 to 17 in turn. */
  public static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal candidate = exact.round(new MathContext(precision));
      if (candidate.doubleValue() == value) {
        return candidate.scale() < 0 ? candidate.setScale(0) : candidate;
      }
    }
    return exact;
  }

  private static boolean isPercent(String format) {
    return format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
  }
}
