package io.github.jixiao.excel.annotate;

import io.github.jixiao.core.scoring.Severity;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFComment;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperties;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * What an annotation changed in its copy, written into the copy so that annotating the copy again
 * takes it all away first: the copy then shows the findings of now, never a fill or comment of a
 * cell the unit has since corrected, nor a second 复核结果 beside a stale one (docs/workbooks.md §5.3).
 *
 * <p>The record is a set of custom document properties, {@code jixiao.marks.1}, {@code
 * jixiao.marks.2}… (each at most 255 characters, which Excel keeps whole when it saves) that
 * together list each marked cell — its sheet, row and column, the style it had, the marked style it
 * got, and the length of the comment it had (or none) — and {@code jixiao.review}, the name of the
 * review sheet added. Document properties rather than a hidden defined name or sheet: they are no
 * part of any sheet, formula or name a unit works with, Excel and WPS keep custom properties when
 * they save, and both formats have them ({@code docProps/custom.xml}; an {@code .xls}'s {@code
 * DocumentSummaryInformation}). The record is ASCII (sheet names URL-encoded), so that the code
 * page of an {@code .xls}'s property set cannot garble it.
 *
 * <p>The record alone is never trusted: a mark is taken away only where the cell still shows it.
 *
 * <ul>
 *   <li>The fill: only where the cell's fill is still one of the three a mark gives. The cell then
 *       gets its original style back where its style differs from that in the fill alone; where the
 *       unit changed something else of it (a font, a format), a copy of its style with the original
 *       fill, so that the unit's change stays. A cell the unit filled otherwise keeps its fill.
 *   <li>The comment: one the annotation added only where its author is still {@value
 *       CellMarks#AUTHOR}; the findings appended below a unit's own comment only where the comment
 *       still has the unit's text and then a new line, which is cut back to the unit's text. A
 *       comment of the unit's is never taken away.
 *   <li>The review sheet: the sheet of the recorded name, where the workbook has another sheet.
 * </ul>
 *
 * <p>A copy with no record, or a record that does not parse, has nothing taken away.
 */
final class OwnMarks {
  /** The prefix of the properties of the cells' record, numbered from 1. */
  static final String MARKS = "jixiao.marks.";

  /** The property naming the review sheet added. */
  static final String REVIEW = "jixiao.review";

  /** The longest value of one property: what Excel keeps of a custom property's text. */
  static final int CHUNK = 255;

  /**
   * One marked cell.
   *
   * @param sheet the sheet's name
   * @param row the row, from 0
   * @param column the column, from 0
   * @param original the index of the style the cell had
   * @param marked the index of the marked style it got; -1 where none could be added
   * @param ownComment the length of the comment's text it had; -1 where it had no comment
   */
  record Mark(String sheet, int row, int column, int original, int marked, int ownComment) {}

  private OwnMarks() {}

  /**
   * Records the marks and the review sheet in the workbook's custom properties, in place of any
   * record there.
   */
  static void record(Workbook book, List<Mark> marks, String reviewSheet) {
    clear(book);
    Map<String, String> properties = new LinkedHashMap<>();
    String text = encode(marks);
    for (int start = 0, n = 1; start < text.length(); start += CHUNK, n++) {
      properties.put(MARKS + n, text.substring(start, Math.min(text.length(), start + CHUNK)));
    }
    properties.put(REVIEW, URLEncoder.encode(reviewSheet, StandardCharsets.UTF_8));
    if (book instanceof XSSFWorkbook xssf) {
      properties.forEach(xssf.getProperties().getCustomProperties()::addProperty);
    } else {
      HSSFWorkbook hssf = (HSSFWorkbook) book;
      if (hssf.getDocumentSummaryInformation() == null) {
        hssf.createInformationProperties();
      }
      DocumentSummaryInformation summary = hssf.getDocumentSummaryInformation();
      CustomProperties custom = summary.getCustomProperties();
      if (custom == null) {
        custom = new CustomProperties();
      }
      custom.putAll(properties);
      summary.setCustomProperties(custom);
    }
  }

  /**
   * Takes away what the record says an earlier annotation marked, where the workbook still shows
   * it, and the record itself.
   *
   * @return the marked styles found, by original style and severity, for the new marks to use
   */
  static Map<CellMarks.StyleKey, CellStyle> remove(Workbook book) {
    Map<String, String> properties = properties(book);
    Map<CellMarks.StyleKey, CellStyle> reused = new HashMap<>();
    decode(joined(properties))
        .ifPresent(
            marks -> {
              for (Mark mark : marks) {
                Sheet sheet = book.getSheet(mark.sheet());
                Row row = sheet == null ? null : sheet.getRow(mark.row());
                Cell cell = row == null ? null : row.getCell(mark.column());
                if (cell != null) {
                  unfill(book, cell, mark, reused);
                  uncomment(cell, mark);
                }
              }
              String review = properties.get(REVIEW);
              int index =
                  review == null ? -1 : decodeName(review).map(book::getSheetIndex).orElse(-1);
              if (index >= 0 && book.getNumberOfSheets() > 1) {
                book.removeSheetAt(index);
              }
            });
    clear(book);
    return reused;
  }

  private static void unfill(
      Workbook book, Cell cell, Mark mark, Map<CellMarks.StyleKey, CellStyle> reused) {
    CellStyle current = cell.getCellStyle();
    Optional<Severity> severity = CellMarks.severityOf(book, current);
    if (severity.isEmpty() || mark.original() >= book.getNumCellStyles()) {
      return;
    }
    CellStyle original = book.getCellStyleAt(mark.original());
    Optional<CellStyle> restored;
    if (sameApartFromFill(current, original)) {
      restored = Optional.of(original);
      if (Short.toUnsignedInt(current.getIndex()) == mark.marked()) {
        reused.put(new CellMarks.StyleKey(mark.original(), severity.get()), current);
      }
    } else {
      restored = CellMarks.withFillOf(book, current, original);
    }
    restored.ifPresent(cell::setCellStyle);
  }

  /** Whether two styles differ in their fill alone. */
  static boolean sameApartFromFill(CellStyle a, CellStyle b) {
    return a.getFontIndex() == b.getFontIndex()
        && a.getDataFormat() == b.getDataFormat()
        && a.getAlignment() == b.getAlignment()
        && a.getVerticalAlignment() == b.getVerticalAlignment()
        && a.getWrapText() == b.getWrapText()
        && a.getShrinkToFit() == b.getShrinkToFit()
        && a.getLocked() == b.getLocked()
        && a.getHidden() == b.getHidden()
        && a.getRotation() == b.getRotation()
        && a.getIndention() == b.getIndention()
        && a.getBorderTop() == b.getBorderTop()
        && a.getBorderBottom() == b.getBorderBottom()
        && a.getBorderLeft() == b.getBorderLeft()
        && a.getBorderRight() == b.getBorderRight()
        && a.getTopBorderColor() == b.getTopBorderColor()
        && a.getBottomBorderColor() == b.getBottomBorderColor()
        && a.getLeftBorderColor() == b.getLeftBorderColor()
        && a.getRightBorderColor() == b.getRightBorderColor()
        && a.getQuotePrefixed() == b.getQuotePrefixed();
  }

  private static void uncomment(Cell cell, Mark mark) {
    Comment comment = cell.getCellComment();
    if (comment == null) {
      return;
    }
    if (mark.ownComment() < 0) {
      if (CellMarks.AUTHOR.equals(comment.getAuthor())) {
        cell.removeCellComment();
      }
      return;
    }
    String text = comment.getString() == null ? "" : comment.getString().getString();
    int own = mark.ownComment();
    if (text.length() > own && (own == 0 || text.charAt(own) == '\n')) {
      cutBack(comment, own);
    }
  }

  /**
   * Cuts a comment's text back to its first characters, keeping their runs (a run from or past the
   * cut applies to no character, which the rich text strings take as nothing to do).
   */
  private static void cutBack(Comment comment, int length) {
    if (comment instanceof XSSFComment xssf) {
      XSSFRichTextString old = xssf.getString();
      XSSFRichTextString cut = new XSSFRichTextString(old.getString().substring(0, length));
      for (int i = 0; i < old.numFormattingRuns(); i++) {
        int start = Math.min(old.getIndexOfFormattingRun(i), length);
        int end = Math.min(start + old.getLengthOfFormattingRun(i), length);
        XSSFFont font = old.getFontOfFormattingRun(i);
        if (font != null) {
          cut.applyFont(start, end, font);
        }
      }
      xssf.setString(cut);
    } else {
      HSSFComment hssf = (HSSFComment) comment;
      HSSFRichTextString old = hssf.getString();
      HSSFRichTextString cut = new HSSFRichTextString(old.getString().substring(0, length));
      int runs = old.numFormattingRuns();
      for (int i = 0; i < runs; i++) {
        int start = Math.min(old.getIndexOfFormattingRun(i), length);
        int end = i + 1 < runs ? Math.min(old.getIndexOfFormattingRun(i + 1), length) : length;
        cut.applyFont(start, end, old.getFontOfFormattingRun(i));
      }
      hssf.setString(cut);
    }
  }

  /** The workbook's properties of the record, by name. */
  private static Map<String, String> properties(Workbook book) {
    Map<String, String> found = new HashMap<>();
    if (book instanceof XSSFWorkbook xssf) {
      for (CTProperty property :
          xssf.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList()) {
        if (isOurs(property.getName()) && property.isSetLpwstr()) {
          found.put(property.getName(), property.getLpwstr());
        }
      }
    } else {
      DocumentSummaryInformation summary = ((HSSFWorkbook) book).getDocumentSummaryInformation();
      CustomProperties custom = summary == null ? null : summary.getCustomProperties();
      if (custom != null) {
        custom.forEach(
            (name, value) -> {
              if (isOurs(name) && value instanceof String text) {
                found.put(name, text);
              }
            });
      }
    }
    return found;
  }

  private static boolean isOurs(String name) {
    return name != null && (name.startsWith(MARKS) || name.equals(REVIEW));
  }

  /** Takes the record's properties out of the workbook. */
  private static void clear(Workbook book) {
    if (book instanceof XSSFWorkbook xssf) {
      CTProperties properties =
          xssf.getProperties().getCustomProperties().getUnderlyingProperties();
      for (int i = properties.sizeOfPropertyArray() - 1; i >= 0; i--) {
        if (isOurs(properties.getPropertyArray(i).getName())) {
          properties.removeProperty(i);
        }
      }
    } else {
      DocumentSummaryInformation summary = ((HSSFWorkbook) book).getDocumentSummaryInformation();
      CustomProperties custom = summary == null ? null : summary.getCustomProperties();
      if (custom != null && custom.keySet().stream().anyMatch(OwnMarks::isOurs)) {
        new ArrayList<>(custom.keySet()).stream().filter(OwnMarks::isOurs).forEach(custom::remove);
        // Setting properties adds to those of the section, never takes any away (POI 5.5.1): the
        // section goes, then comes back with the others.
        summary.removeCustomProperties();
        if (!custom.isEmpty()) {
          summary.setCustomProperties(custom);
        }
      }
    }
  }

  /** The chunks of the record, joined in their order, up to the first one missing. */
  static String joined(Map<String, String> properties) {
    StringBuilder text = new StringBuilder();
    for (int n = 1; properties.containsKey(MARKS + n); n++) {
      text.append(properties.get(MARKS + n));
    }
    return text.toString();
  }

  /**
   * The record's text: for each sheet in turn, {@code S=NAME} (the name URL-encoded), then a {@code
   * row,column,original,marked,ownComment} per mark on it, all separated by {@code ;}.
   */
  static String encode(List<Mark> marks) {
    StringBuilder text = new StringBuilder();
    String sheet = null;
    for (Mark mark : marks) {
      if (!mark.sheet().equals(sheet)) {
        sheet = mark.sheet();
        text.append("S=").append(URLEncoder.encode(sheet, StandardCharsets.UTF_8)).append(';');
      }
      text.append(mark.row())
          .append(',')
          .append(mark.column())
          .append(',')
          .append(mark.original())
          .append(',')
          .append(mark.marked())
          .append(',')
          .append(mark.ownComment())
          .append(';');
    }
    return text.toString();
  }

  /** The marks of a record's text; empty where it does not parse, as a whole. */
  static Optional<List<Mark>> decode(String text) {
    List<Mark> marks = new ArrayList<>();
    String sheet = null;
    try {
      for (String token : text.split(";")) {
        if (token.isEmpty()) {
          continue;
        }
        if (token.startsWith("S=")) {
          sheet = decodeName(token.substring(2)).orElse(null);
          continue;
        }
        String[] parts = token.split(",", -1);
        if (sheet == null || parts.length != 5) {
          return Optional.empty();
        }
        int[] numbers = new int[5];
        for (int i = 0; i < 5; i++) {
          numbers[i] = Integer.parseInt(parts[i]);
        }
        if (numbers[0] < 0 || numbers[1] < 0 || numbers[2] < 0) {
          return Optional.empty();
        }
        marks.add(new Mark(sheet, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]));
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.of(marks);
  }

  /** A URL-encoded name; empty for a bad escape. */
  static Optional<String> decodeName(String encoded) {
    try {
      return Optional.of(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
