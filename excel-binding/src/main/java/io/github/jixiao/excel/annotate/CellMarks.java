package io.github.jixiao.excel.annotate;

import com.microsoft.schemas.office.excel.CTClientData;
import com.microsoft.schemas.vml.CTShape;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.excel.layout.WrappedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFClientAnchor;
import org.apache.poi.hssf.usermodel.HSSFComment;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFVMLDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPatternFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;

/**
 * Marks the cells that findings name in one open workbook: a fill by the most severe finding of the
 * cell, and a comment holding every finding's message. Everything else about the cell (its value,
 * font, borders, number format, alignment, protection) is left as it was: the cell gets a copy of
 * its style that differs in the fill alone. One copy is made per original style and colour, so that
 * marking many cells of one style adds three styles at most (a {@code .xls} holds 4,000).
 *
 * <p>Not thread-safe: one instance marks one workbook, then is dropped.
 */
final class CellMarks {
  /** The author of the comments written. */
  static final String AUTHOR = "jixiao";

  /** A new comment's box: this many columns wide, to the right of its cell. */
  private static final int BOX_COLUMNS = 4;

  /** Display units (a 汉字 is two) a comment box of {@link #BOX_COLUMNS} holds on one line. */
  private static final int UNITS_PER_LINE = 40;

  private final Workbook book;
  private final Locale locale;
  private final SpreadsheetVersion version;
  private final Map<StyleKey, CellStyle> markedStyles;
  private final Map<String, List<CellRangeAddress>> merges = new HashMap<>();
  private final List<OwnMarks.Mark> marked = new ArrayList<>();

  /** An original style and the severity whose fill a copy of it has. */
  record StyleKey(int style, Severity severity) {}

  /** A cell of the workbook, from 0, in the sheet named as the workbook spells it. */
  private record Place(String sheet, int row, int column) {}

  CellMarks(Workbook book, Locale locale) {
    this(book, locale, Map.of());
  }

  /**
   * Marks with the marked styles of an earlier annotation of the copy taken again, rather than
   * copied anew on each annotation.
   *
   * @param reused the marked copy of each original style and severity, as {@link OwnMarks#remove}
   *     found them
   */
  CellMarks(Workbook book, Locale locale, Map<StyleKey, CellStyle> reused) {
    this.book = book;
    this.locale = locale;
    this.version = book.getSpreadsheetVersion();
    this.markedStyles = new HashMap<>(reused);
  }

  /** What {@link #mark(List)} changed, a mark per cell, in the order it marked them. */
  List<OwnMarks.Mark> marked() {
    return List.copyOf(marked);
  }

  /** The workbook cell a finding is located at, if its location is one. */
  static Optional<CellAddress> cellOf(Finding finding) {
    return finding.location().filter(CellAddress.class::isInstance).map(CellAddress.class::cast);
  }

  /**
   * Whether a cell is one of this workbook's: its sheet is there and the cell within its bounds.
   */
  static boolean isInWorkbook(Workbook book, CellAddress cell) {
    SpreadsheetVersion version = book.getSpreadsheetVersion();
    return book.getSheet(cell.sheet()) != null
        && cell.row() <= version.getMaxRows()
        && cell.column() <= version.getMaxColumns();
  }

  /**
   * Marks every cell the findings name; a finding with no cell of this workbook marks nothing.
   *
   * @param findings the findings of every form of the workbook
   */
  void mark(List<Finding> findings) {
    Map<Place, List<Finding>> byCell = new LinkedHashMap<>();
    for (Finding finding : findings) {
      place(finding).ifPresent(p -> byCell.computeIfAbsent(p, k -> new ArrayList<>()).add(finding));
    }
    byCell.forEach(this::mark);
  }

  /**
   * Where a finding's mark goes: its cell, or, for a cell inside a merged range other than the
   * range's first, the first cell, which is the one Excel shows the range's fill and comment of.
   */
  private Optional<Place> place(Finding finding) {
    return cellOf(finding)
        .filter(cell -> isInWorkbook(book, cell))
        .map(
            cell -> {
              Sheet sheet = book.getSheet(cell.sheet());
              int row = cell.row() - 1;
              int column = cell.column() - 1;
              for (CellRangeAddress range :
                  merges.computeIfAbsent(sheet.getSheetName(), n -> sheet.getMergedRegions())) {
                if (range.isInRange(row, column)) {
                  return new Place(
                      sheet.getSheetName(), range.getFirstRow(), range.getFirstColumn());
                }
              }
              return new Place(sheet.getSheetName(), row, column);
            });
  }

  private void mark(Place place, List<Finding> findings) {
    Sheet sheet = book.getSheet(place.sheet());
    Row row = sheet.getRow(place.row());
    if (row == null) {
      row = sheet.createRow(place.row());
    }
    Cell cell = row.getCell(place.column());
    CellStyle style;
    if (cell == null) {
      // A blank cell not in the file shows the row's style, else the column's, else the default.
      cell = row.createCell(place.column());
      CellStyle columnStyle = sheet.getColumnStyle(place.column());
      style =
          row.isFormatted()
              ? row.getRowStyle()
              : columnStyle != null ? columnStyle : cell.getCellStyle();
      // Written down, so that the cell keeps showing it where no marked style can be added.
      cell.setCellStyle(style);
    } else {
      style = cell.getCellStyle();
    }
    Severity worst =
        findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
    Optional<CellStyle> filled = markedStyle(style, worst);
    filled.ifPresent(cell::setCellStyle);
    Comment own = cell.getCellComment();
    int ownLength =
        own == null ? -1 : own.getString() == null ? 0 : own.getString().getString().length();
    marked.add(
        new OwnMarks.Mark(
            place.sheet(),
            place.row(),
            place.column(),
            Short.toUnsignedInt(style.getIndex()),
            filled.map(f -> Short.toUnsignedInt(f.getIndex())).orElse(-1),
            ownLength));
    comment(
        sheet,
        cell,
        findings.stream()
            .map(f -> "[" + f.severity().displayName(locale) + "] " + f.message(locale))
            .collect(Collectors.joining("\n")));
  }

  /** The fill colour of a severity, as RGB. */
  static byte[] colour(Severity severity) {
    int rgb =
        switch (severity) {
          case ERROR -> 0xFFC7CE;
          case WARNING -> 0xFFEB9C;
          case INFO -> 0xDDEBF7;
        };
    return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
  }

  /**
   * The severity whose fill a style has, as {@link #markedStyle} fills it: solid, in the severity's
   * colour (in an {@code .xls}, the palette's nearest); empty for any other fill.
   */
  static Optional<Severity> severityOf(Workbook book, CellStyle style) {
    if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
      return Optional.empty();
    }
    for (Severity severity : Severity.values()) {
      byte[] rgb = colour(severity);
      boolean same =
          style instanceof XSSFCellStyle xssf
              ? xssf.getFillForegroundColorColor() != null
                  && java.util.Arrays.equals(rgb, xssf.getFillForegroundColorColor().getRGB())
              : style.getFillForegroundColor()
                  == ((HSSFWorkbook) book)
                      .getCustomPalette()
                      .findSimilarColor(rgb[0], rgb[1], rgb[2])
                      .getIndex();
      if (same) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }

  /**
   * A style like {@code current} but with the fill of {@code original}: where a unit changed
   * something else of a marked cell, the change stays and the mark's fill goes. Empty where the
   * workbook has no room for another style.
   */
  static Optional<CellStyle> withFillOf(Workbook book, CellStyle current, CellStyle original) {
    if (book.getNumCellStyles() >= book.getSpreadsheetVersion().getMaxCellStyles()) {
      return Optional.empty();
    }
    if (book instanceof XSSFWorkbook xssf) {
      StylesTable styles = xssf.getStylesSource();
      CTXf xf = (CTXf) ((XSSFCellStyle) current).getCoreXf().copy();
      CTXf from = ((XSSFCellStyle) original).getCoreXf();
      xf.setFillId(from.getFillId());
      if (from.isSetApplyFill()) {
        xf.setApplyFill(from.getApplyFill());
      } else if (xf.isSetApplyFill()) {
        xf.unsetApplyFill();
      }
      return Optional.of(styles.getStyleAt(styles.putCellXf(xf) - 1));
    }
    HSSFCellStyle style = ((HSSFWorkbook) book).createCellStyle();
    style.cloneStyleFrom(current);
    style.setFillPattern(original.getFillPattern());
    style.setFillForegroundColor(original.getFillForegroundColor());
    style.setFillBackgroundColor(original.getFillBackgroundColor());
    return Optional.of(style);
  }

  /** A copy of the style filled by the severity; empty when the workbook has no room for it. */
  private Optional<CellStyle> markedStyle(CellStyle original, Severity severity) {
    StyleKey key = new StyleKey(Short.toUnsignedInt(original.getIndex()), severity);
    CellStyle cached = markedStyles.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (book.getNumCellStyles() >= version.getMaxCellStyles()) {
      return Optional.empty();
    }
    CellStyle marked =
        book instanceof XSSFWorkbook xssf
            ? filled(xssf, (XSSFCellStyle) original, colour(severity))
            : filled((HSSFWorkbook) book, (HSSFCellStyle) original, colour(severity));
    markedStyles.put(key, marked);
    return Optional.of(marked);
  }

  private static CellStyle filled(XSSFWorkbook book, XSSFCellStyle original, byte[] rgb) {
    // Not createCellStyle().cloneStyleFrom(original): within one workbook that also copies the
    // original's parent style record over the workbook's last named style (POI 5.5.1), which
    // would change a style the copy must keep. A copy of the cell record with a new fill changes
    // nothing but the fill.
    StylesTable styles = book.getStylesSource();
    CTFill fill = CTFill.Factory.newInstance();
    CTPatternFill pattern = fill.addNewPatternFill();
    pattern.setPatternType(STPatternType.SOLID);
    pattern
        .addNewFgColor()
        .setRgb(new byte[] {(byte) 0xFF, rgb[0], rgb[1], rgb[2]}); // ARGB, opaque
    pattern.addNewBgColor().setIndexed(IndexedColors.AUTOMATIC.getIndex());
    CTXf xf = (CTXf) original.getCoreXf().copy();
    xf.setFillId(styles.putFill(new XSSFCellFill(fill, styles.getIndexedColors())));
    xf.setApplyFill(true);
    return styles.getStyleAt(styles.putCellXf(xf) - 1);
  }

  private static CellStyle filled(HSSFWorkbook book, HSSFCellStyle original, byte[] rgb) {
    HSSFCellStyle style = book.createCellStyle();
    style.cloneStyleFrom(original);
    // A .xls names colours by their index in a palette of 56 that the whole workbook shares:
    // redefining an entry would recolour every cell, font and border using it. The nearest colour
    // of the workbook's own palette is used instead (with the default palette: rose, light yellow,
    // light turquoise).
    HSSFColor nearest = book.getCustomPalette().findSimilarColor(rgb[0], rgb[1], rgb[2]);
    style.setFillForegroundColor(nearest.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  private void comment(Sheet sheet, Cell cell, String text) {
    Comment existing = cell.getCellComment();
    if (sheet instanceof XSSFSheet xssf) {
      if (existing == null) {
        newComment(xssf, cell, text);
      } else {
        append((XSSFComment) existing, xssf, text);
      }
    } else {
      HSSFSheet hssf = (HSSFSheet) sheet;
      if (existing == null) {
        newComment(hssf, cell, text);
      } else {
        append((HSSFComment) existing, text);
      }
    }
  }

  private void newComment(XSSFSheet sheet, Cell cell, String text) {
    int row = cell.getRowIndex();
    int column = cell.getColumnIndex();
    // Anchored at the cell itself, which has no comment: XSSF refuses a comment whose anchor starts
    // on a cell that has one. The box is then placed to the right through the VML shape.
    XSSFComment comment =
        sheet
            .createDrawingPatriarch()
            .createCellComment(new XSSFClientAnchor(0, 0, 0, 0, column, row, column, row));
    comment.setString(new XSSFRichTextString(text));
    comment.setAuthor(AUTHOR);
    cell.setCellComment(comment);
    int[] box = grown(newBox(row, column), text);
    sheet
        .getVMLDrawing(false)
        .findCommentShape(row, column)
        .getClientDataArray(0)
        .setAnchorArray(0, vmlAnchor(box));
  }

  private void append(XSSFComment comment, XSSFSheet sheet, String text) {
    XSSFRichTextString string = comment.getString();
    if (string == null) {
      comment.setString(new XSSFRichTextString(text));
      return;
    }
    // The comment's own text and runs stay; the findings follow in the font of its last run.
    int runs = string.numFormattingRuns();
    XSSFFont font = runs == 0 ? null : string.getFontOfFormattingRun(runs - 1);
    string.append("\n" + text, font);
    XSSFVMLDrawing drawing = sheet.getVMLDrawing(false);
    CTShape shape =
        drawing == null ? null : drawing.findCommentShape(comment.getRow(), comment.getColumn());
    if (shape != null && shape.sizeOfClientDataArray() > 0) {
      CTClientData data = shape.getClientDataArray(0);
      if (data.sizeOfAnchorArray() > 0) {
        int[] box = parseVmlAnchor(data.getAnchorArray(0));
        if (box != null) {
          data.setAnchorArray(0, vmlAnchor(grown(box, string.getString())));
        }
      }
    }
  }

  private void newComment(HSSFSheet sheet, Cell cell, String text) {
    int[] box = grown(newBox(cell.getRowIndex(), cell.getColumnIndex()), text);
    HSSFComment comment = sheet.createDrawingPatriarch().createCellComment(hssfAnchor(box, null));
    comment.setString(new HSSFRichTextString(text));
    comment.setAuthor(AUTHOR);
    cell.setCellComment(comment);
  }

  private void append(HSSFComment comment, String text) {
    HSSFRichTextString old = comment.getString();
    String whole = old.getString() + "\n" + text;
    HSSFRichTextString string = new HSSFRichTextString(whole);
    // The comment's own runs stay; the last one runs on over the findings.
    int runs = old.numFormattingRuns();
    for (int i = 0; i < runs; i++) {
      int end = i + 1 < runs ? old.getIndexOfFormattingRun(i + 1) : whole.length();
      string.applyFont(old.getIndexOfFormattingRun(i), end, old.getFontOfFormattingRun(i));
    }
    comment.setString(string);
    HSSFClientAnchor anchor = (HSSFClientAnchor) comment.getClientAnchor();
    int[] box = {
      anchor.getCol1(), 0, anchor.getRow1(), 0, anchor.getCol2(), 0, anchor.getRow2(), 0
    };
    comment.setAnchor(hssfAnchor(grown(box, whole), anchor));
  }

  /**
   * A box as VML writes it: column, x offset, row, y offset of its top-left and bottom-right
   * corners (offsets in pixels), starting one column right of the cell, as Excel places a note.
   */
  private int[] newBox(int row, int column) {
    int left = Math.min(column + 1, version.getLastColumnIndex());
    return new int[] {left, 15, row, 2, left, 15, row, 16};
  }

  /** The box grown (never shrunk) to hold the text: {@link #BOX_COLUMNS} wide, a row a line. */
  private int[] grown(int[] box, String text) {
    int[] grown = box.clone();
    grown[4] = Math.min(Math.max(box[4], box[0] + BOX_COLUMNS), version.getLastColumnIndex());
    grown[6] = Math.min(Math.max(box[6], box[2] + lines(text) + 1), version.getLastRowIndex());
    return grown;
  }

  /** The lines a text takes in a comment box, wrapping at {@link #UNITS_PER_LINE}. */
  static int lines(String text) {
    return WrappedText.lines(text, UNITS_PER_LINE);
  }

  private static String vmlAnchor(int[] box) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < box.length; i++) {
      text.append(i == 0 ? "" : ", ").append(box[i]);
    }
    return text.toString();
  }

  /** The eight numbers of a VML anchor; null for one that is not eight integers. */
  static int[] parseVmlAnchor(String text) {
    String[] parts = text.split(",");
    if (parts.length != 8) {
      return null;
    }
    int[] box = new int[8];
    try {
      for (int i = 0; i < 8; i++) {
        box[i] = Integer.parseInt(parts[i].strip());
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return box;
  }

  /** A .xls anchor of the box, keeping the offsets of the anchor it replaces, if any. */
  private static HSSFClientAnchor hssfAnchor(int[] box, HSSFClientAnchor old) {
    return old == null
        ? new HSSFClientAnchor(0, 0, 0, 0, (short) box[0], box[2], (short) box[4], box[6])
        : new HSSFClientAnchor(
            old.getDx1(),
            old.getDy1(),
            old.getDx2(),
            old.getDy2(),
            (short) box[0],
            box[2],
            (short) box[4],
            box[6]);
  }
}
