package io.github.jixiao.excel.grid.biff;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.excel.file.Refusal;
import io.github.jixiao.excel.file.RefusedException;
import io.github.jixiao.excel.grid.CellValues;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.Grids;
import io.github.jixiao.excel.grid.SheetBuilder;
import io.github.jixiao.excel.grid.SheetGrid;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a BIFF8 workbook ({@code .xls}, as Excel 97–2003, WPS and the central budget system save
 * it) with HSSF's event API: one record at a time, so memory holds the grids and the shared
 * strings, never the whole sheet model. Sheets come in the order of their tabs, though their
 * substreams may lie in another order in the file; cells are read from worksheets only, not from
 * charts nested in them.
 */
public final class BiffGrids implements HSSFListener {
  private final SheetBuilder.Budget budget = new SheetBuilder.Budget();
  private final List<Problem> problems = new ArrayList<>();
  private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
  private final Map<Integer, String> formatCodes = new HashMap<>();
  private final Map<Integer, CellValues.Display> displays = new HashMap<>();
  private int[] xfFormats = new int[64];
  private int xfCount;
  private boolean date1904;
  private SSTRecord strings;

  private SheetBuilder[] builders;
  private BoundSheetRecord[] byPosition;
  private int depth;
  private int substreams;
  private SheetBuilder current;
  private int formulaRow = -1;
  private int formulaColumn;

  private BiffGrids() {}

  /**
   * Reads the workbook stream of an OLE2 file.
   *
   * @param root the file's root directory
   * @param entry the name of its workbook stream ({@code Workbook})
   * @throws RefusedException if the content refuses the file
   * @throws IOException if the stream cannot be read
   */
  public static Grids read(DirectoryNode root, String entry) throws IOException {
    BiffGrids reader = new BiffGrids();
    HSSFRequest request = new HSSFRequest();
    request.addListenerForAllRecords(reader);
    try (InputStream in = root.createDocumentInputStream(entry)) {
      new HSSFEventFactory().processEvents(request, in);
    }
    return reader.grids();
  }

  private Grids grids() {
    if (builders == null) {
      sheetsInTabOrder();
    }
    List<SheetGrid> grids = new ArrayList<>(builders.length);
    for (SheetBuilder builder : builders) {
      grids.add(builder.finish());
    }
    return new Grids(grids, problems);
  }

  @Override
  public void processRecord(Record record) {
    if (record instanceof BOFRecord bof) {
      depth++;
      if (depth == 1) {
        substream(bof);
      }
      return;
    }
    if (record instanceof EOFRecord) {
      depth--;
      if (depth == 0) {
        current = null;
      }
      return;
    }
    if (depth != 1) {
      // A chart's substream nested in a worksheet: none of its records are cells.
      return;
    }
    if (substreams == 1) {
      globals(record);
    } else if (current != null) {
      cell(record);
    }
  }

  /** The start of the workbook's globals, or of a sheet's substream. */
  private void substream(BOFRecord bof) {
    substreams++;
    if (substreams == 1) {
      if (bof.getVersion() < BOFRecord.VERSION) {
        throw Refusal.EXCEL_95_OR_OLDER.exception();
      }
      if (bof.getType() != BOFRecord.TYPE_WORKBOOK) {
        throw Refusal.BIFF_WITHOUT_GLOBALS.exception();
      }
      return;
    }
    if (builders == null) {
      sheetsInTabOrder();
    }
    int sheet = substreams - 2;
    current =
        sheet < byPosition.length && bof.getType() == BOFRecord.TYPE_WORKSHEET
            ? builders[boundSheets.indexOf(byPosition[sheet])]
            : null;
  }

  /** The sheets, once every one has been named: their builders in tab order. */
  private void sheetsInTabOrder() {
    builders = new SheetBuilder[boundSheets.size()];
    for (int i = 0; i < builders.length; i++) {
      budget.spend(1);
      builders[i] = new SheetBuilder(boundSheets.get(i).getSheetname(), budget, problems);
    }
    byPosition = BoundSheetRecord.orderByBofPosition(boundSheets);
  }

  private void globals(Record record) {
    if (record instanceof BoundSheetRecord sheet) {
      if (boundSheets.size() == Grids.MAX_SHEETS) {
        throw Refusal.TOO_MANY_SHEETS.exception(Grids.MAX_SHEETS);
      }
      boundSheets.add(sheet);
    } else if (record instanceof SSTRecord sst) {
      strings = sst;
    } else if (record instanceof FormatRecord format) {
      formatCodes.put(format.getIndexCode(), format.getFormatString());
    } else if (record instanceof ExtendedFormatRecord xf) {
      if (xfCount == xfFormats.length) {
        xfFormats = Arrays.copyOf(xfFormats, xfCount * 2);
      }
      xfFormats[xfCount++] = xf.getFormatIndex() & 0xFFFF;
    } else if (record instanceof DateWindow1904Record window) {
      date1904 = window.getWindowing() == 1;
    }
  }

  private void cell(Record record) {
    if (record instanceof StringRecord string) {
      // The text a string formula gave, in the record after the formula's.
      if (formulaRow >= 0) {
        text(formulaRow, formulaColumn, string.getString());
        formulaRow = -1;
      }
      return;
    }
    if (record instanceof MergeCellsRecord merges) {
      for (int i = 0; i < merges.getNumAreas(); i++) {
        CellRangeAddress range = merges.getAreaAt(i);
        current.merge(
            range.getFirstRow(), range.getFirstColumn(), range.getLastRow(), range.getLastColumn());
      }
      return;
    }
    if (!(record instanceof CellValueRecordInterface cell)) {
      // A shared or array formula's record may stand between a formula and its string.
      return;
    }
    formulaRow = -1;
    int row = cell.getRow();
    int column = cell.getColumn() & 0xFFFF;
    if (!SheetBuilder.inBounds(row, column)) {
      // Beyond the bounds only whether there is a value matters; every record here has one.
      if (!(record instanceof FormulaRecord formula) || !givesEmptyString(formula)) {
        current.beyond(row, column);
      }
      return;
    }
    if (record instanceof NumberRecord number) {
      current.put(CellValues.number(number.getValue(), display(cell), date1904, row, column));
    } else if (record instanceof LabelSSTRecord label) {
      int index = label.getSSTIndex();
      if (strings == null || index < 0 || index >= strings.getNumUniqueStrings()) {
        throw Refusal.MISSING_SHARED_STRING.exception(
            new SourceLocation.CellAddress(current.name(), row + 1, column + 1), index);
      }
      text(row, column, strings.getString(index).getString());
    } else if (record instanceof LabelRecord label) {
      text(row, column, label.getValue());
    } else if (record instanceof BoolErrRecord boolErr) {
      current.put(
          boolErr.isBoolean()
              ? CellValues.bool(boolErr.getBooleanValue(), row, column)
              : CellValues.errorCode(boolErr.getErrorValue(), row, column));
    } else if (record instanceof FormulaRecord formula) {
      formula(formula, row, column);
    }
  }

  /** A formula's cached value, typed by its result; a string result follows in a record. */
  private void formula(FormulaRecord formula, int row, int column) {
    switch (formula.getCachedResultTypeEnum()) {
      case NUMERIC ->
          current.put(
              CellValues.number(formula.getValue(), display(formula), date1904, row, column));
      case BOOLEAN -> current.put(CellValues.bool(formula.getCachedBooleanValue(), row, column));
      case ERROR -> current.put(CellValues.errorCode(formula.getCachedErrorValue(), row, column));
      default -> {
        if (!givesEmptyString(formula)) {
          formulaRow = row;
          formulaColumn = column;
        }
      }
    }
  }

  /** Whether a formula's cached value is the empty string, which shows as a blank. */
  private static boolean givesEmptyString(FormulaRecord formula) {
    return formula.getCachedResultTypeEnum() == CellType.STRING && !formula.hasCachedResultString();
  }

  private void text(int row, int column, String text) {
    if (text.length() > CellValues.MAX_TEXT_LENGTH) {
      current.tooLong(row, column);
    } else {
      current.put(GridCell.text(text, row, column));
    }
  }

  /** How a cell's style shows numbers: by its format, the workbook's own or a built-in one. */
  private CellValues.Display display(CellValueRecordInterface cell) {
    int xf = cell.getXFIndex() & 0xFFFF;
    int format = xf < xfCount ? xfFormats[xf] : 0;
    return displays.computeIfAbsent(format, id -> CellValues.display(id, formatCodes.get(id)));
  }
}
