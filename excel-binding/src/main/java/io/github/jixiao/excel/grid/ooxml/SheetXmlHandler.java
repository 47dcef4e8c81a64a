package io.github.jixiao.excel.grid.ooxml;

import io.github.jixiao.excel.file.Refusal;
import io.github.jixiao.excel.file.RefusedException;
import io.github.jixiao.excel.grid.CellValues;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.SheetBuilder;
import io.github.jixiao.excel.grid.SheetGrid;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part ({@code xl/worksheets/sheetN.xml}) as SAX events into a {@link
 * SheetBuilder}, holding one cell at a time: each {@code <c>} of {@code <sheetData>} with its type
 * ({@code t}: {@code s}, {@code inlineStr}, {@code str}, {@code b}, {@code e}, {@code d}, {@code
 * n}), its style ({@code s}), its value ({@code <v>}, {@code <is><t>}) and its formula ({@code
 * <f>}); then each {@code <mergeCell ref>}, which follows the sheet data. A shared string is only
 * noted by its index: the strings are read after every sheet, and only those a kept cell needs.
 */
final class SheetXmlHandler extends DefaultHandler {
  /** The SpreadsheetML namespaces: transitional, and ISO 29500 strict. */
  static final Set<String> NAMESPACES =
      Set.of(
          "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "http://purl.oclc.org/ooxml/spreadsheetml/main");

  /** Characters of a formula kept for the text of a cell with no cached value (Excel's limit). */
  private static final int MAX_FORMULA_LENGTH = 8_192;

  /** Excel's last row and column, from 1. */
  private static final int LAST_ROW = 1_048_576;

  private static final int LAST_COLUMN = 16_384;

  private final SheetBuilder builder;
  private final CellValues.Display[] styles;
  private final boolean date1904;

  private boolean inSheetData;
  private int row = -1;
  private int nextColumn;

  private boolean inCell;
  private boolean skipped;
  private int cellRow;
  private int cellColumn;
  private String type;
  private int style;
  private boolean inValue;
  private boolean hasValue;
  private boolean inFormula;
  private boolean hasFormula;
  private boolean inInline;
  private boolean hasInline;
  private boolean inInlineText;
  private boolean inPhonetic;
  private final StringBuilder value = new StringBuilder();
  private final StringBuilder formula = new StringBuilder();

  private int[] shared = new int[48];
  private int sharedLength;

  /**
   * A handler filling a sheet.
   *
   * @param styles how each cell style ({@code s}, an index into {@code <cellXfs>}) shows numbers
   * @param date1904 whether the workbook counts days from 1904
   */
  SheetXmlHandler(SheetBuilder builder, CellValues.Display[] styles, boolean date1904) {
    this.builder = builder;
    this.styles = styles;
    this.date1904 = date1904;
  }

  /**
   * The shared-string cells met within the bounds: row, column and string index, three ints each.
   */
  int[] sharedStringCells() {
    return Arrays.copyOf(shared, sharedLength);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    if (!NAMESPACES.contains(uri)) {
      return;
    }
    if (inCell) {
      switch (localName) {
        case "v" -> {
          inValue = true;
          hasValue = true;
          value.setLength(0);
        }
        case "f" -> {
          inFormula = true;
          hasFormula = true;
        }
        case "is" -> {
          inInline = true;
          hasInline = true;
          value.setLength(0);
        }
        case "t" -> inInlineText = inInline && !inPhonetic;
        case "rPh" -> inPhonetic = true;
        default -> {
          // rich-text runs and their properties: only their <t> counts
        }
      }
      return;
    }
    switch (localName) {
      case "sheetData" -> inSheetData = true;
      case "row" -> {
        if (inSheetData) {
          String r = attributes.getValue("r");
          row = r == null ? row + 1 : whole(r, 1, LAST_ROW, Refusal.BAD_ROW, r) - 1;
          nextColumn = 0;
        }
      }
      case "c" -> {
        if (inSheetData && row >= SheetGrid.MAX_ROWS && builder.isCut()) {
          // A row beyond the bounds of a grid already cut: its cells would change nothing, and a
          // data sheet may have hundreds of thousands of them.
          inCell = true;
          skipped = true;
        } else if (inSheetData) {
          startCell(attributes);
        }
      }
      case "mergeCell" -> merge(attributes.getValue("ref"));
      default -> {
        // columns, views, formatting, pictures: nothing a form is read from
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (!NAMESPACES.contains(uri)) {
      return;
    }
    switch (localName) {
      case "v" -> inValue = false;
      case "f" -> inFormula = false;
      case "is" -> inInline = false;
      case "t" -> inInlineText = false;
      case "rPh" -> inPhonetic = false;
      case "c" -> {
        if (inCell) {
          inCell = false;
          endCell();
        }
      }
      case "sheetData" -> inSheetData = false;
      default -> {
        // nothing to close
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (skipped) {
      return;
    }
    if (inValue || inInlineText) {
      append(value, CellValues.MAX_RAW_TEXT_LENGTH + 1, ch, start, length);
    } else if (inFormula) {
      append(formula, MAX_FORMULA_LENGTH, ch, start, length);
    }
  }

  /** Gathers at most {@code limit} characters: a longer value is too long whatever follows. */
  private static void append(StringBuilder to, int limit, char[] ch, int start, int length) {
    int room = limit - to.length();
    if (room > 0) {
      to.append(ch, start, Math.min(room, length));
    }
  }

  private void startCell(Attributes attributes) {
    String ref = attributes.getValue("r");
    if (ref == null) {
      cellRow = Math.max(row, 0);
      cellColumn = nextColumn;
    } else {
      cellColumn = columnOf(ref, Refusal.BAD_CELL_REFERENCE, ref);
      cellRow = rowOf(ref, Refusal.BAD_CELL_REFERENCE, ref);
    }
    nextColumn = cellColumn + 1;
    type = attributes.getValue("t");
    String s = attributes.getValue("s");
    style = s == null ? 0 : whole(s, 0, Integer.MAX_VALUE, Refusal.BAD_STYLE, s);
    inCell = true;
    builder.meet();
    hasValue = false;
    hasFormula = false;
    hasInline = false;
    inValue = false;
    inFormula = false;
    inInline = false;
    inInlineText = false;
    inPhonetic = false;
    value.setLength(0);
    formula.setLength(0);
    // Beyond the bounds of a grid already cut, a cell's value would change nothing.
    skipped = !SheetBuilder.inBounds(cellRow, cellColumn) && builder.isCut();
  }

  private void endCell() {
    if (skipped) {
      return;
    }
    if (!SheetBuilder.inBounds(cellRow, cellColumn)) {
      if (hasFormula || value.length() > 0) {
        builder.beyond(cellRow, cellColumn);
      }
      return;
    }
    if (value.length() > CellValues.MAX_RAW_TEXT_LENGTH) {
      builder.tooLong(cellRow, cellColumn);
      return;
    }
    String raw = value.toString();
    switch (type == null ? "n" : type) {
      case "s" -> {
        if (hasValue && !raw.isBlank()) {
          sharedString(
              whole(
                  raw.strip(), 0, Integer.MAX_VALUE, Refusal.BAD_SHARED_STRING_INDEX, raw.strip()));
        }
      }
      case "inlineStr" -> {
        if (hasInline || hasValue) {
          text(raw);
        }
      }
      case "str" -> {
        if (hasValue) {
          text(raw);
        } else {
          noCachedValue();
        }
      }
      case "b" -> {
        if (hasValue && !raw.isBlank()) {
          String b = raw.strip();
          builder.put(
              CellValues.bool(b.equals("1") || b.equalsIgnoreCase("true"), cellRow, cellColumn));
        } else {
          noCachedValue();
        }
      }
      case "e" -> {
        if (hasValue && !raw.isBlank()) {
          builder.put(CellValues.error(raw.strip(), cellRow, cellColumn));
        } else {
          noCachedValue();
        }
      }
      case "d" -> {
        if (hasValue && !raw.isBlank()) {
          isoDate(raw.strip());
        } else {
          noCachedValue();
        }
      }
      default -> {
        if (hasValue && !raw.isBlank()) {
          numberCell(raw.strip());
        } else {
          noCachedValue();
        }
      }
    }
  }

  /** A cell with no value: a formula never calculated, or only a style (which is no value). */
  private void noCachedValue() {
    if (hasFormula) {
      builder.uncalculated(CellValues.error("=" + formula, cellRow, cellColumn), display());
    }
  }

  /** How the current cell's style shows numbers. */
  private CellValues.Display display() {
    return style < styles.length ? styles[style] : CellValues.Display.PLAIN;
  }

  private void text(String raw) {
    String text = CellValues.unescape(raw);
    if (text.length() > CellValues.MAX_TEXT_LENGTH) {
      builder.tooLong(cellRow, cellColumn);
    } else {
      builder.put(GridCell.text(text, cellRow, cellColumn));
    }
  }

  private void numberCell(String raw) {
    double number;
    try {
      number = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      // Not a number where the file says one is: kept as the error it is; the form reader
      // refuses it only where the form needs the value.
      builder.put(CellValues.error(raw, cellRow, cellColumn));
      return;
    }
    builder.put(CellValues.number(number, display(), date1904, cellRow, cellColumn));
  }

  /** A date stored as ISO 8601 text ({@code t="d"}): read as the day it names. */
  private void isoDate(String raw) {
    LocalDateTime when;
    try {
      when = raw.contains("T") ? LocalDateTime.parse(raw) : LocalDate.parse(raw).atStartOfDay();
    } catch (DateTimeParseException e) {
      builder.put(CellValues.error(raw, cellRow, cellColumn));
      return;
    }
    double serial = DateUtil.getExcelDate(when, date1904);
    if (serial < 0) {
      // Before the workbook's first day: Excel keeps such a date as text.
      builder.put(GridCell.text(raw, cellRow, cellColumn));
    } else {
      builder.put(
          CellValues.date(CellValues.shortest(serial), when.toLocalDate(), cellRow, cellColumn));
    }
  }

  private void sharedString(int index) {
    builder.reserve();
    if (shared.length - sharedLength < 3) {
      shared = Arrays.copyOf(shared, shared.length * 2);
    }
    shared[sharedLength++] = cellRow;
    shared[sharedLength++] = cellColumn;
    shared[sharedLength++] = index;
  }

  private void merge(String ref) {
    if (ref == null) {
      throw Refusal.MERGE_WITHOUT_REFERENCE.exception(builder.name());
    }
    int colon = ref.indexOf(':');
    String first = colon < 0 ? ref : ref.substring(0, colon);
    String last = colon < 0 ? ref : ref.substring(colon + 1);
    Refusal bad = Refusal.BAD_MERGED_RANGE;
    builder.merge(
        rowOf(first, bad, ref),
        columnOf(first, bad, ref),
        rowOf(last, bad, ref),
        columnOf(last, bad, ref));
  }

  /** The row of an A1 reference, from 0; else the sheet is refused, showing the text. */
  private int rowOf(String ref, Refusal bad, String shown) {
    return whole(ref.substring(letters(ref)), 1, LAST_ROW, bad, shown) - 1;
  }

  /** The column of an A1 reference, from 0; else the sheet is refused, showing the text. */
  private int columnOf(String ref, Refusal bad, String shown) {
    return column(ref.substring(0, letters(ref)), bad, shown) - 1;
  }

  private static int letters(String ref) {
    int letters = 0;
    while (letters < ref.length() && Character.isLetter(ref.charAt(letters))) {
      letters++;
    }
    return letters;
  }

  /** A column's letters as a number from 1: {@code A} is 1, {@code XFD} 16,384. */
  private int column(String letters, Refusal bad, String shown) {
    if (letters.isEmpty() || letters.length() > 3) {
      throw corrupt(bad, shown);
    }
    int column = 0;
    for (int i = 0; i < letters.length(); i++) {
      char c = Character.toUpperCase(letters.charAt(i));
      if (c < 'A' || c > 'Z') {
        throw corrupt(bad, shown);
      }
      column = column * 26 + c - 'A' + 1;
    }
    if (column > LAST_COLUMN) {
      throw corrupt(bad, shown);
    }
    return column;
  }

  /** A whole number from {@code min} to {@code max}, or the sheet is refused, showing the text. */
  private int whole(String digits, int min, int max, Refusal bad, String shown) {
    if (digits.isEmpty() || digits.length() > 10) {
      throw corrupt(bad, shown);
    }
    long n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw corrupt(bad, shown);
      }
      n = n * 10 + c - '0';
    }
    if (n < min || n > max) {
      throw corrupt(bad, shown);
    }
    return (int) n;
  }

  private RefusedException corrupt(Refusal bad, String shown) {
    return bad.exception(builder.name(), shown);
  }
}
