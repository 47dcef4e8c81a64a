package io.github.jixiao.excel.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks the tests build: with POI's usermodel (as Excel would save them), or part by part as a
 * zip (for what no application saves: hostile and damaged packages).
 */
public final class TestWorkbooks {
  /** The SpreadsheetML namespace of a transitional package. */
  public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static final String CONTENT_TYPES =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
      <Override PartName="/xl/workbook.xml" ContentType="%s"/>
      %s<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
      <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
      </Types>
      """;

  private static final String ROOT_RELS =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
      </Relationships>
      """;

  private static final String WORKBOOK =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
      <sheets>%s</sheets>
      </workbook>
      """;

  private static final String WORKBOOK_RELS =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      %s<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
      <Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
      </Relationships>
      """;

  private static final String STYLES =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
      <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="31"/></cellXfs>
      </styleSheet>
      """;

  /** The workbook content type of an {@code .xlsx}. */
  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

  private TestWorkbooks() {}

  /** A workbook built with POI's usermodel, saved as {@code .xlsx}. */
  public static Path xlsx(Path file, WorkbookFiller filler) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      return save(workbook, file, filler);
    }
  }

  /** A workbook built with POI's usermodel, saved as BIFF8 {@code .xls}. */
  public static Path xls(Path file, WorkbookFiller filler) throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      return save(workbook, file, filler);
    }
  }

  private static Path save(Workbook workbook, Path file, WorkbookFiller filler) throws IOException {
    filler.fill(workbook);
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  /**
   * A one-sheet package, part by part: the sheet {@code 自评表} with that XML as its part, shared
   * strings, and styles whose cell styles are 0 General, 1 {@code 0.00%}, 2 {@code yyyy"年"m"月"d"日"}
   * and 3 Chinese Excel's built-in format 31 (not spelled out).
   */
  public static Path sheetXml(Path file, String sheetXml, String sharedStringsXml)
      throws IOException {
    Map<String, String> parts = packageParts(XLSX_TYPE);
    parts.put("xl/worksheets/sheet1.xml", sheetXml);
    parts.put("xl/sharedStrings.xml", sharedStringsXml);
    return zip(file, parts);
  }

  /** The parts of a one-sheet package whose main part has that content type, but the sheet's. */
  public static Map<String, String> packageParts(String workbookContentType) {
    return packageParts(workbookContentType, List.of("自评表"));
  }

  /**
   * The parts of a package of those sheets, in their order ({@code xl/worksheets/sheet1.xml} the
   * first), whose main part has that content type: all but the sheets' own parts and the shared
   * strings. Its styles are those of {@link #sheetXml}.
   */
  public static Map<String, String> packageParts(
      String workbookContentType, List<String> sheetNames) {
    StringBuilder types = new StringBuilder();
    StringBuilder sheets = new StringBuilder();
    StringBuilder rels = new StringBuilder();
    for (int i = 1; i <= sheetNames.size(); i++) {
      types.append(
          """
          <Override PartName="/xl/worksheets/sheet%d.xml" \
          ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
          """
              .formatted(i));
      sheets.append(
          "<sheet name=\"%s\" sheetId=\"%d\" r:id=\"rId%d\"/>"
              .formatted(sheetNames.get(i - 1), i, i));
      rels.append(
          """
          <Relationship Id="rId%d" \
          Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
          Target="worksheets/sheet%d.xml"/>
          """
              .formatted(i, i));
    }
    int next = sheetNames.size() + 1;
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", CONTENT_TYPES.formatted(workbookContentType, types));
    parts.put("_rels/.rels", ROOT_RELS);
    parts.put("xl/workbook.xml", WORKBOOK.formatted(sheets));
    parts.put("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.formatted(rels, next, next + 1));
    parts.put("xl/styles.xml", STYLES);
    return parts;
  }

  /** A sheet part holding those rows ({@code <row>} elements) in its sheet data. */
  public static String sheet(String rows) {
    return sheet(rows, "");
  }

  /** A sheet part holding those rows, and that XML after its sheet data (merged ranges). */
  public static String sheet(String rows, String after) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
        + MAIN
        + "\"><sheetData>"
        + rows
        + "</sheetData>"
        + after
        + "</worksheet>";
  }

  /** A shared strings part holding those strings ({@code <si>} elements). */
  public static String sharedStrings(String items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
        + MAIN
        + "\">"
        + items
        + "</sst>";
  }

  /**
   * A workbook stream of three records: a BOF (0x0809, 16 bytes) of that BIFF version (0x0500 for
   * BIFF5, 0x0600 for BIFF8) beginning a substream of that type (5 the globals, 0x10 a worksheet),
   * a CODEPAGE (0x0042: 936, GBK), then EOF.
   */
  public static byte[] workbookStream(int version, int type) {
    ByteBuffer stream = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
    stream.putShort((short) 0x0809).putShort((short) 16).putShort((short) version);
    stream.putShort((short) type).position(20);
    stream.putShort((short) 0x0042).putShort((short) 2).putShort((short) 936);
    stream.putShort((short) 0x000A).putShort((short) 0);
    return stream.array();
  }

  /** An OLE2 compound document holding those streams, each with those bytes, as a file's bytes. */
  public static byte[] ole2(byte[] bytes, String... entries) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      for (String entry : entries) {
        fs.createDocument(new ByteArrayInputStream(bytes), entry);
      }
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      fs.writeFilesystem(file);
      return file.toByteArray();
    }
  }

  /** A zip archive of those entries, UTF-8, deflated. */
  public static Path zip(Path file, Map<String, String> entries) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  /**
   * The workbook both readers are tested on, as a unit would fill it in: a cover sheet; the form
   * sheet {@code 自评表} with merged ranges across and down, numbers in General, a percentage and two
   * date formats, numbers stored as text, formulas with cached numbers, text, errors and none, an
   * error cell, a boolean, a hidden row and a hidden column; then a hidden and a very hidden sheet.
   */
  public static void features(Workbook workbook) {
    workbook.createSheet("封面").createRow(0).createCell(0).setCellValue("封面");
    Sheet form = workbook.createSheet("自评表");
    DataFormat formats = workbook.createDataFormat();
    CellStyle percent = workbook.createCellStyle();
    percent.setDataFormat(formats.getFormat("0.00%"));
    CellStyle chineseDate = workbook.createCellStyle();
    chineseDate.setDataFormat(formats.getFormat("yyyy\"年\"m\"月\"d\"日\""));
    CellStyle shortDate = workbook.createCellStyle();
    shortDate.setDataFormat((short) 14);
    CellStyle builtInChineseDate = workbook.createCellStyle();
    // Chinese Excel's built-in yyyy"年"m"月"d"日", named by its number only.
    builtInChineseDate.setDataFormat((short) 31);

    form.createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
    form.addMergedRegion(CellRangeAddress.valueOf("A1:K1"));
    form.createRow(1).createCell(11).setCellValue("隐藏列");
    form.setColumnHidden(11, true);
    Row header = form.createRow(3);
    header.createCell(0).setCellValue("项目名称");
    header.createCell(2).setCellValue("示例项目");
    form.addMergedRegion(CellRangeAddress.valueOf("C4:K4"));

    Row numbers = form.createRow(5);
    numbers.createCell(4).setCellValue(0.1);
    numbers.createCell(5).setCellValue(14.28);
    numbers.createCell(6).setCellValue(1274.77);
    styled(numbers, 7, percent).setCellValue(0.1428);
    numbers.createCell(8).setCellFormula("F6*2");

    Row others = form.createRow(6);
    others.createCell(0).setCellValue("1,274.77");
    others.createCell(1).setCellValue("14.28%");
    styled(others, 2, chineseDate).setCellValue(LocalDate.of(2024, 12, 31));
    styled(others, 3, shortDate).setCellValue(LocalDate.of(2024, 1, 5));
    others.createCell(4).setCellErrorValue(FormulaError.DIV0.getCode());
    others.createCell(5).setCellFormula("1/0");
    others.createCell(6).setCellValue(true);
    others.createCell(7).setCellFormula("A4&\"!\"");
    others.createCell(8).setCellFormula("E6+F6");
    styled(others, 9, builtInChineseDate).setCellValue(LocalDate.of(2025, 1, 1));

    Row hidden = form.createRow(7);
    hidden.createCell(0).setCellValue("隐藏行");
    hidden.setZeroHeight(true);
    form.createRow(10).createCell(0).setCellValue("绩效指标");
    form.addMergedRegion(CellRangeAddress.valueOf("A11:A13"));

    FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    evaluator.evaluateFormulaCell(numbers.getCell(8));
    evaluator.evaluateFormulaCell(others.getCell(5));
    evaluator.evaluateFormulaCell(others.getCell(7));
    // I7 (E6+F6) is left as written, never calculated.

    workbook.createSheet("隐藏").createRow(0).createCell(0).setCellValue("隐藏表");
    workbook.setSheetVisibility(2, SheetVisibility.HIDDEN);
    workbook.createSheet("很隐藏").createRow(0).createCell(0).setCellValue(1);
    workbook.setSheetVisibility(3, SheetVisibility.VERY_HIDDEN);
  }

  /** A new cell of that row, in that style. */
  private static Cell styled(Row row, int column, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    return cell;
  }

  /** Fills a new workbook. */
  @FunctionalInterface
  public interface WorkbookFiller {
    /** Adds sheets and cells to the workbook. */
    public void fill(Workbook workbook) throws IOException;
  }
}
