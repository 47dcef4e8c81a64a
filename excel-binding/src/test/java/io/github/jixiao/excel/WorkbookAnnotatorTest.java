package io.github.jixiao.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.FundingScore;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.excel.file.Gate;
import io.github.jixiao.excel.layout.WrappedText;
import io.github.jixiao.excel.testing.Refusals;
import io.github.jixiao.excel.testing.TestWorkbooks;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.hssf.util.HSSFColor.HSSFColorPredefined;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Shape;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;

class WorkbookAnnotatorTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final String FORM = "自评表";
  private static final WorkbookAnnotator ANNOTATOR = WorkbookAnnotator.DEFAULT;

  @TempDir Path dir;

  /** The two formats a unit sends, each written by POI's own usermodel. */
  enum Format {
    XLSX(XSSFWorkbook::new, ".xlsx"),
    XLS(HSSFWorkbook::new, ".xls");

    final Supplier<Workbook> create;
    final String extension;

    Format(Supplier<Workbook> create, String extension) {
      this.create = create;
      this.extension = extension;
    }
  }

  // ---- the fixture: a 自评表 with what real workbooks hold -----------------------------------

  private static CellAddress at(String reference) {
    return CellAddress.parse("'" + FORM + "'!" + reference);
  }

  private static Finding finding(FindingCode code, FormPath path, SourceLocation location) {
    return new Finding(
        code,
        path,
        Optional.of(new BigDecimal("100")),
        Optional.of(new BigDecimal("99.03")),
        Optional.of("开展网络交易监测"),
        Optional.ofNullable(location));
  }

  // Form 1. E5 has two findings (ERROR and INFO: ERROR wins); G5 is a cell the file does not have;
  // A7 has a comment of its own; D13 lies in the merged C12:D13, so C12 is marked; two findings
  // name no cell of the workbook.
  private static final Finding TOTAL_E5 =
      finding(FindingCode.TOTAL_SCORE_MISMATCH, FormPath.REPORTED_TOTAL, at("E5"));
  private static final Finding SUGGESTION_E5 =
      finding(FindingCode.SUGGESTED_SCORE_DIFFERS, FormPath.REPORTED_TOTAL, at("E5"));
  private static final Finding WEIGHT_B5 =
      finding(FindingCode.NONSTANDARD_FUNDING_WEIGHT, FormPath.FUNDING_WEIGHT, at("B5"));
  private static final Finding ABOVE_D5 =
      finding(FindingCode.FAR_ABOVE_TARGET, FormPath.REPORTED_EXECUTION_RATE, at("D5"));
  private static final Finding REASON_G5 =
      finding(FindingCode.DEDUCTION_WITHOUT_REASON, FormPath.indicator(0, 0, 0), at("G5"));
  private static final Finding RATE_A7 =
      finding(FindingCode.FUNDING_RATE_MISMATCH, FormPath.REPORTED_EXECUTION_RATE, at("A7"));
  private static final Finding SPENDING_D13 =
      finding(FindingCode.SCORES_AHEAD_OF_SPENDING, FormPath.LEVELS, at("D13"));
  private static final Finding LEVEL_NOWHERE =
      finding(FindingCode.LEVEL_WEIGHT_MISMATCH, FormPath.LEVELS, null);
  private static final Finding MISSING_ELSEWHERE =
      finding(
          FindingCode.MISSING_SCORE, FormPath.indicator(0, 0, 1), CellAddress.parse("'其他表'!A1"));

  // Form 2: A9 is missing from a row with a style of its own, H10 from a column with one.
  private static final Finding EXCEEDS_A9 =
      finding(FindingCode.EXECUTED_EXCEEDS_BUDGET, FormPath.FUNDING, at("A9"));
  private static final Finding COMPARABLE_H10 =
      finding(FindingCode.ACTUAL_NOT_COMPARABLE, FormPath.indicator(1, 0, 0), at("H10"));

  private static final Scorecard QUALITY =
      new Scorecard(
          "质量基础专项",
          new FundingScore(
              BigDecimal.TEN, Optional.of(new BigDecimal("90.32")), new BigDecimal("9.03")),
          List.of(
              new LevelScore(Level.OUTPUT, new BigDecimal("50"), new BigDecimal("48.5")),
              new LevelScore(Level.BENEFIT, new BigDecimal("30"), new BigDecimal("30")),
              new LevelScore(Level.SATISFACTION, new BigDecimal("10"), new BigDecimal("9"))),
          new BigDecimal("87.5"),
          new BigDecimal("96.53"),
          Optional.of(new BigDecimal("100")),
          Grade.EXCELLENT,
          List.of(
              TOTAL_E5,
              SUGGESTION_E5,
              WEIGHT_B5,
              ABOVE_D5,
              REASON_G5,
              RATE_A7,
              SPENDING_D13,
              LEVEL_NOWHERE,
              MISSING_ELSEWHERE),
          List.of());

  private static final Scorecard MONITORING =
      new Scorecard(
          "网络交易监测",
          new FundingScore(BigDecimal.TEN, Optional.empty(), BigDecimal.ZERO),
          List.of(
              new LevelScore(Level.OUTPUT, new BigDecimal("40"), new BigDecimal("40")),
              new LevelScore(Level.COST, new BigDecimal("10"), new BigDecimal("8")),
              new LevelScore(Level.BENEFIT, new BigDecimal("30"), new BigDecimal("25")),
              new LevelScore(Level.SATISFACTION, new BigDecimal("10"), new BigDecimal("10"))),
          new BigDecimal("83"),
          new BigDecimal("83"),
          Optional.empty(),
          Grade.GOOD,
          List.of(EXCEEDS_A9, COMPARABLE_H10),
          List.of());

  private static final List<Scorecard> CARDS = List.of(QUALITY, MONITORING);

  /** The cells the fixture's findings mark, each with the severity that wins there. */
  private static final Map<String, String> MARKS =
      new LinkedHashMap<>(
          Map.of(
              "E5", "ERROR",
              "B5", "WARNING",
              "D5", "INFO",
              "G5", "WARNING",
              "A7", "ERROR",
              "C12", "INFO",
              "A9", "WARNING",
              "H10", "INFO"));

  private static final String OWN_COMMENT = "审核人:\n请补充说明";

  /** Four sheets: a cover, the form, a hidden one and a very hidden one. */
  private static Workbook fixture(Format format) {
    Workbook book = format.create.get();
    CreationHelper helper = book.getCreationHelper();
    Sheet cover = book.createSheet("封面");
    cover.createRow(0).createCell(0).setCellValue("2024年度项目支出绩效自评");
    Sheet form = book.createSheet(FORM);
    Sheet notes = book.createSheet("说明");
    notes.createRow(1).createCell(1).setCellValue("隐藏的说明");
    book.setSheetHidden(2, true);
    Sheet working = book.createSheet("底稿");
    working.createRow(0).createCell(0).setCellValue(42);
    book.setSheetVisibility(3, SheetVisibility.VERY_HIDDEN);

    Font bold = book.createFont();
    bold.setBold(true);
    bold.setFontName("宋体");
    bold.setFontHeightInPoints((short) 14);
    CellStyle title = book.createCellStyle();
    title.setFont(bold);
    title.setAlignment(HorizontalAlignment.CENTER);
    title.setVerticalAlignment(VerticalAlignment.CENTER);
    CellStyle money = bordered(book, BorderStyle.THIN);
    money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
    money.setAlignment(HorizontalAlignment.RIGHT);
    CellStyle percent = bordered(book, BorderStyle.THIN);
    percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
    percent.setWrapText(true);
    Font italic = book.createFont();
    italic.setItalic(true);
    CellStyle yellow = bordered(book, BorderStyle.DOUBLE);
    yellow.setFont(italic);
    yellow.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
    yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    yellow.setIndention((short) 1);

    Row row1 = form.createRow(0);
    row1.setHeightInPoints(30);
    Cell titleCell = row1.createCell(0);
    titleCell.setCellValue("项目支出绩效自评表");
    titleCell.setCellStyle(title);
    form.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
    Row row3 = form.createRow(2);
    row3.createCell(0).setCellValue("项目名称");
    row3.createCell(1).setCellValue("质量基础专项");
    form.addMergedRegion(new CellRangeAddress(2, 2, 1, 5));
    Row row5 = form.createRow(4);
    row5.createCell(0).setCellValue("年度资金总额");
    number(row5, 1, 211.77, money);
    number(row5, 2, 191.28, money);
    formula(row5, 3, "C5/B5", percent);
    number(row5, 4, 10, yellow);
    formula(row5, 5, "E5*D5", money);
    Row row7 = form.createRow(6);
    Cell reason = row7.createCell(0);
    reason.setCellValue("偏差原因");
    comment(book, form, reason, 6, 0, OWN_COMMENT, bold);
    // A comment no finding names: it must come back exactly.
    comment(book, form, row3.getCell(0), 2, 0, "填写项目全称", null);
    Row row9 = form.createRow(8);
    CellStyle rowStyle = bordered(book, BorderStyle.THICK);
    rowStyle.setDataFormat(book.createDataFormat().getFormat("@"));
    row9.setRowStyle(rowStyle);
    row9.createCell(1).setCellValue("其他资金");
    CellStyle columnStyle = bordered(book, BorderStyle.DASHED);
    columnStyle.setDataFormat(book.createDataFormat().getFormat("0.0"));
    form.setDefaultColumnStyle(7, columnStyle);
    Row row12 = form.createRow(11);
    CellStyle centred = book.createCellStyle();
    centred.setAlignment(HorizontalAlignment.CENTER);
    centred.setWrapText(true);
    Cell merged = row12.createCell(2);
    merged.setCellValue("合并的单元格");
    merged.setCellStyle(centred);
    form.addMergedRegion(new CellRangeAddress(11, 12, 2, 3));
    Row row14 = form.createRow(13);
    row14.createCell(0).setCellValue("隐藏的行");
    row14.setZeroHeight(true);
    row14.createCell(1).setCellValue(true);
    form.setColumnWidth(0, 20 * 256);
    form.setColumnHidden(9, true);
    form.createRow(14).createCell(9).setCellValue("隐藏的列");

    // A picture beside the form: the drawing the comments join must keep it.
    int picture = book.addPicture(png(), Workbook.PICTURE_TYPE_PNG);
    ClientAnchor place = helper.createClientAnchor();
    place.setCol1(10);
    place.setRow1(1);
    place.setCol2(12);
    place.setRow2(4);
    form.createDrawingPatriarch().createPicture(place, picture);

    Name rate = book.createName();
    rate.setNameName("执行率");
    rate.setRefersToFormula("'自评表'!$D$5");
    Name total = book.createName();
    total.setNameName("合计");
    total.setSheetIndex(1);
    total.setRefersToFormula("'自评表'!$F$5");
    helper.createFormulaEvaluator().evaluateAll();
    return book;
  }

  private static byte[] png() {
    try {
      BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
      image.setRGB(0, 0, 0xC00000);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(image, "png", bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CellStyle bordered(Workbook book, BorderStyle border) {
    CellStyle style = book.createCellStyle();
    style.setBorderTop(border);
    style.setBorderBottom(border);
    style.setBorderLeft(border);
    style.setBorderRight(border);
    style.setBottomBorderColor(IndexedColors.RED.getIndex());
    return style;
  }

  private static void number(Row row, int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void formula(Row row, int column, String formula, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellFormula(formula);
    cell.setCellStyle(style);
  }

  private static void comment(
      Workbook book, Sheet sheet, Cell cell, int row, int column, String text, Font firstLine) {
    CreationHelper helper = book.getCreationHelper();
    ClientAnchor anchor = helper.createClientAnchor();
    anchor.setCol1(column + 1);
    anchor.setRow1(row);
    anchor.setCol2(column + 3);
    anchor.setRow2(row + 2);
    Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
    RichTextString string = helper.createRichTextString(text);
    if (firstLine != null) {
      string.applyFont(0, text.indexOf('\n'), firstLine);
    }
    comment.setString(string);
    comment.setAuthor("审核人");
    cell.setCellComment(comment);
  }

  private Path save(Workbook book, String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      book.write(out);
    }
    book.close();
    return file;
  }

  private static Workbook read(Path file) throws IOException {
    return WorkbookFactory.create(file.toFile(), null, true);
  }

  private Path annotated(Format format, Locale locale) throws IOException {
    Path workbook = save(fixture(format), "自评表" + format.extension);
    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, CARDS, copy, locale));
    return copy;
  }

  // ---- what a workbook is, cell by cell, as a reader compares it -----------------------------

  /** A cell's value, the style attributes other than the fill, the fill, and the comment. */
  private record CellState(String value, String style, String fill, String comment) {}

  private static Map<String, CellState> cells(Workbook book, int sheets) {
    Map<String, CellState> cells = new LinkedHashMap<>();
    for (int s = 0; s < sheets; s++) {
      Sheet sheet = book.getSheetAt(s);
      for (Row row : sheet) {
        for (Cell cell : row) {
          cells.put(
              sheet.getSheetName() + "!" + cell.getAddress(),
              new CellState(
                  value(cell),
                  style(book, cell.getCellStyle()),
                  fill(cell.getCellStyle()),
                  comment(cell.getCellComment())));
        }
      }
    }
    return cells;
  }

  private static String value(Cell cell) {
    return switch (cell.getCellType()) {
      case FORMULA -> "=" + cell.getCellFormula() + " → " + cached(cell);
      case NUMERIC -> "n " + cell.getNumericCellValue();
      case STRING -> "s " + cell.getStringCellValue();
      case BOOLEAN -> "b " + cell.getBooleanCellValue();
      default -> cell.getCellType().name();
    };
  }

  private static String cached(Cell cell) {
    return switch (cell.getCachedFormulaResultType()) {
      case NUMERIC -> "n " + cell.getNumericCellValue();
      case STRING -> "s " + cell.getStringCellValue();
      case BOOLEAN -> "b " + cell.getBooleanCellValue();
      case ERROR -> "e " + cell.getErrorCellValue();
      default -> cell.getCachedFormulaResultType().name();
    };
  }

  /** Every attribute of a style but its fill: font, borders, format, alignment, protection. */
  private static String style(Workbook book, CellStyle style) {
    Font font = book.getFontAt(style.getFontIndex());
    return String.join(
        " | ",
        "font "
            + Arrays.asList(
                font.getFontName(),
                font.getFontHeight(),
                font.getBold(),
                font.getItalic(),
                font.getUnderline(),
                font.getStrikeout(),
                font.getColor(),
                font.getTypeOffset()),
        "borders "
            + Arrays.asList(
                style.getBorderTop(),
                style.getBorderBottom(),
                style.getBorderLeft(),
                style.getBorderRight(),
                style.getTopBorderColor(),
                style.getBottomBorderColor(),
                style.getLeftBorderColor(),
                style.getRightBorderColor()),
        "format " + style.getDataFormatString(),
        "alignment "
            + Arrays.asList(
                style.getAlignment(),
                style.getVerticalAlignment(),
                style.getWrapText(),
                style.getIndention(),
                style.getRotation(),
                style.getShrinkToFit()),
        "protection "
            + Arrays.asList(style.getLocked(), style.getHidden(), style.getQuotePrefixed()));
  }

  private static String fill(CellStyle style) {
    return style.getFillPattern() + " " + rgb(style.getFillForegroundColorColor());
  }

  private static String rgb(Color colour) {
    if (colour instanceof XSSFColor xssf) {
      return xssf.getARGBHex();
    }
    if (colour instanceof HSSFColor hssf) {
      return Arrays.toString(hssf.getTriplet());
    }
    return String.valueOf(colour);
  }

  private static String comment(Comment comment) {
    if (comment == null) {
      return null;
    }
    return comment.getAuthor()
        + ": "
        + comment.getString().getString()
        + " ("
        + comment.getString().numFormattingRuns()
        + " runs)";
  }

  /** Sheets, their visibility, merges, widths and heights, the defined names, the active sheet. */
  private static List<String> structure(Workbook book, int sheets) {
    List<String> structure = new ArrayList<>();
    structure.add(
        "active " + book.getActiveSheetIndex() + ", first visible " + book.getFirstVisibleTab());
    for (int s = 0; s < sheets; s++) {
      Sheet sheet = book.getSheetAt(s);
      structure.add(sheet.getSheetName() + " " + book.getSheetVisibility(s));
      List<String> pictures = new ArrayList<>();
      if (sheet.getDrawingPatriarch() != null) {
        for (Shape shape : sheet.getDrawingPatriarch()) {
          if (shape instanceof Picture picture) {
            ClientAnchor anchor = picture.getClientAnchor();
            pictures.add(
                Arrays.asList(
                        anchor.getCol1(),
                        anchor.getRow1(),
                        anchor.getCol2(),
                        anchor.getRow2(),
                        Arrays.hashCode(picture.getPictureData().getData()))
                    .toString());
          }
        }
      }
      structure.add("pictures " + pictures);
      Set<String> merges = new TreeSet<>();
      sheet.getMergedRegions().forEach(m -> merges.add(m.formatAsString()));
      structure.add("merged " + merges);
      for (int c = 0; c < 12; c++) {
        structure.add(
            "column " + c + " " + sheet.getColumnWidth(c) + " hidden " + sheet.isColumnHidden(c));
      }
      for (int r = 0; r < 16; r++) {
        Row row = sheet.getRow(r);
        structure.add(
            "row "
                + r
                + " "
                + (row == null ? sheet.getDefaultRowHeight() : row.getHeight())
                + (row != null && row.getZeroHeight() ? " hidden" : ""));
      }
    }
    Set<String> names = new TreeSet<>();
    for (Name name : book.getAllNames()) {
      if (name.getSheetIndex() >= sheets) {
        // A name of the sheets added (复核结果's print titles and filter): not the unit's.
        continue;
      }
      names.add(
          name.getNameName() + "@" + name.getSheetIndex() + " = " + name.getRefersToFormula());
    }
    structure.add("names " + names);
    return structure;
  }

  // ---- (a) nothing but the marked cells' fills and comments changes -------------------------

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyCellKeepsItsValueFormulaAndStyleAndOnlyTheMarkedCellsChangeTheirFill(Format format)
      throws IOException {
    Path copy = annotated(format, ZH);
    try (Workbook before = read(dir.resolve("自评表" + format.extension));
        Workbook after = read(copy)) {
      assertEquals(before.getNumberOfSheets() + 1, after.getNumberOfSheets());
      assertEquals(structure(before, 4), structure(after, 4));
      assertTrue(
          structure(after, 4)
              .contains("pictures [[10, 1, 12, 4, " + Arrays.hashCode(png()) + "]]"));

      Map<String, CellState> old = cells(before, 4);
      Map<String, CellState> now = cells(after, 4);
      Set<String> marked = new TreeSet<>();
      MARKS.keySet().forEach(ref -> marked.add(FORM + "!" + ref));
      for (Map.Entry<String, CellState> entry : old.entrySet()) {
        CellState was = entry.getValue();
        CellState is = now.get(entry.getKey());
        assertNotNull(is, entry.getKey());
        if (marked.contains(entry.getKey())) {
          assertEquals(was.value(), is.value(), entry.getKey());
          assertEquals(was.style(), is.style(), entry.getKey());
          assertFalse(was.fill().equals(is.fill()), entry.getKey() + " is filled");
        } else {
          assertEquals(was, is, entry.getKey());
        }
      }
      // The cells added are the three marked ones the file did not have, blank and in the style
      // they showed: the default for G5, the row's for A9, the column's for H10.
      Set<String> added = new TreeSet<>(now.keySet());
      added.removeAll(old.keySet());
      assertEquals(Set.of(FORM + "!A9", FORM + "!G5", FORM + "!H10"), added);
      Sheet form = before.getSheet(FORM);
      Cell blank = before.getSheet("封面").createRow(99).createCell(0);
      assertEquals("BLANK", now.get(FORM + "!G5").value());
      assertEquals(style(before, blank.getCellStyle()), now.get(FORM + "!G5").style());
      assertEquals(style(before, form.getRow(8).getRowStyle()), now.get(FORM + "!A9").style());
      assertEquals(style(before, form.getColumnStyle(7)), now.get(FORM + "!H10").style());
    }
  }

  @Test
  void aRealExportOfTheCentralBudgetSystemKeepsEverythingButItsMarks() throws IOException {
    // WPS's BIFF8 export of 2019 (shared/reference/excel): eleven sheets, 29 merges on the form,
    // 三级指标 over two merged columns, 总分 formulas full of #REF!.
    Path reference =
        Path.of(System.getProperty("jixiao.shared", "../../shared"))
            .resolve("reference/excel/central-export-2019-filled.xls");
    Assumptions.assumeTrue(Files.isRegularFile(reference), "the reference workbook is there");
    Path workbook = Files.copy(reference, dir.resolve("central.xls"));
    String sheet = "'项目支出绩效自评表'!";
    Finding total =
        finding(
            FindingCode.TOTAL_SCORE_MISMATCH,
            FormPath.REPORTED_TOTAL,
            CellAddress.parse(sheet + "I14"));
    Finding score =
        finding(
            FindingCode.SUGGESTED_SCORE_DIFFERS, FormPath.LEVELS, CellAddress.parse(sheet + "I11"));
    Finding rate =
        finding(FindingCode.NO_ADJUSTED_BUDGET, FormPath.FUNDING, CellAddress.parse(sheet + "F7"));
    Finding indicator =
        finding(
            FindingCode.NONSTANDARD_CATEGORY, FormPath.LEVELS, CellAddress.parse(sheet + "E13"));
    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals(
        List.of(),
        ANNOTATOR.annotate(workbook, List.of(card(List.of(total, score, rate, indicator))), copy));
    try (Workbook before = read(workbook);
        Workbook after = read(copy)) {
      int sheets = before.getNumberOfSheets();
      assertEquals(11, sheets);
      assertEquals(structure(before, sheets), structure(after, sheets));
      Map<String, CellState> old = cells(before, sheets);
      Map<String, CellState> now = cells(after, sheets);
      // E13 lies in the merged D13:E13: its mark is on D13.
      Set<String> marked =
          Set.of("项目支出绩效自评表!I14", "项目支出绩效自评表!I11", "项目支出绩效自评表!F7", "项目支出绩效自评表!D13");
      Set<String> added = new TreeSet<>(now.keySet());
      added.removeAll(old.keySet());
      Set<String> lost = new TreeSet<>(old.keySet());
      lost.removeAll(now.keySet());
      assertEquals(Set.of(), lost);
      assertTrue(marked.containsAll(added), added.toString());
      for (String key : old.keySet()) {
        if (marked.contains(key)) {
          assertEquals(old.get(key).value(), now.get(key).value(), key);
          assertEquals(old.get(key).style(), now.get(key).style(), key);
        } else {
          assertEquals(old.get(key), now.get(key), key);
        }
      }
      for (String key : marked) {
        assertNotNull(now.get(key).comment(), key);
      }
      assertEquals("复核结果", after.getSheetAt(sheets).getSheetName());
      // The review sheet's names read, the filter's too: its table of external sheets has two
      // entries, so the sheet's index (11), which POI's setAutoFilter writes, names none.
      List<String> names = new ArrayList<>();
      for (Name name : after.getAllNames()) {
        names.add(name.getNameName() + " = " + name.getRefersToFormula());
      }
      assertTrue(names.contains("_FilterDatabase = 复核结果!$A$2:$E$6"), names.toString());
      assertTrue(names.contains("Print_Titles = 复核结果!$A$1:$IV$2"), names.toString());
    }
  }

  @Test
  void theWorkbookItselfIsNotChanged() throws IOException {
    Path workbook = save(fixture(Format.XLSX), "a.xlsx");
    byte[] bytes = Files.readAllBytes(workbook);
    assertEquals(
        List.of(), ANNOTATOR.annotate(workbook, CARDS, WorkbookAnnotator.copyPath(workbook)));
    assertArrayEquals(bytes, Files.readAllBytes(workbook));
  }

  @Test
  void namedStylesOfAnXlsxAreKeptWhenCellStylesAreCopied() throws IOException {
    // POI's cloneStyleFrom copies a style's parent record over the workbook's last named style:
    // give the workbook a second named style, so that such a copy would show.
    XSSFWorkbook book = (XSSFWorkbook) fixture(Format.XLSX);
    StylesTable styles = book.getStylesSource();
    CTXf named = CTXf.Factory.newInstance();
    named.setFontId(1);
    named.setBorderId(0);
    named.setFillId(0);
    named.setNumFmtId(0);
    styles.putCellStyleXf(named);
    Path workbook = save(book, "named.xlsx");
    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, CARDS, copy));
    try (XSSFWorkbook before = (XSSFWorkbook) read(workbook);
        XSSFWorkbook after = (XSSFWorkbook) read(copy)) {
      StylesTable was = before.getStylesSource();
      StylesTable is = after.getStylesSource();
      assertEquals(was.getCellStyleXfAt(1).toString(), is.getCellStyleXfAt(1).toString());
      assertEquals(was.getCellStyleXfAt(0).toString(), is.getCellStyleXfAt(0).toString());
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void cellsOfOneStyleAndSeverityShareOneNewStyle(Format format) throws IOException {
    Workbook book = format.create.get();
    Sheet sheet = book.createSheet(FORM);
    CellStyle style = bordered(book, BorderStyle.THIN);
    List<Finding> findings = new ArrayList<>();
    for (int r = 0; r < 30; r++) {
      Cell cell = sheet.createRow(r).createCell(0);
      cell.setCellValue(r);
      cell.setCellStyle(style);
      findings.add(finding(FindingCode.MISSING_SCORE, FormPath.LEVELS, at("A" + (r + 1))));
    }
    findings.add(finding(FindingCode.ACTUAL_NOT_COMPARABLE, FormPath.LEVELS, at("A1")));
    findings.add(finding(FindingCode.ACTUAL_NOT_COMPARABLE, FormPath.LEVELS, at("B1")));
    int before = book.getNumCellStyles();
    Path workbook = save(book, "many" + format.extension);
    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, List.of(card(findings)), copy));
    try (Workbook after = read(copy)) {
      // 30 cells of one style with an ERROR: one style. B1, blank in the default style, with an
      // INFO: another. 复核结果's header, link, message and figure styles: four more.
      assertEquals(before + 6, after.getNumCellStyles());
      Sheet marked = after.getSheet(FORM);
      assertEquals(
          marked.getRow(0).getCell(0).getCellStyle().getIndex(),
          marked.getRow(29).getCell(0).getCellStyle().getIndex());
    }
  }

  private static Scorecard card(List<Finding> findings) {
    return new Scorecard(
        "测试项目",
        new FundingScore(BigDecimal.TEN, Optional.of(BigDecimal.TEN), BigDecimal.ONE),
        List.of(),
        BigDecimal.ZERO,
        BigDecimal.ONE,
        Optional.empty(),
        Grade.POOR,
        findings,
        List.of());
  }

  @Test
  void aBlankCellMarkedInAFullWorkbookKeepsShowingItsRowsStyle() throws IOException {
    HSSFWorkbook book = new HSSFWorkbook();
    Sheet sheet = book.createSheet(FORM);
    // Row 5 has a style of its own, which its cells that are not in the file show; E5 is one.
    CellStyle rowStyle = bordered(book, BorderStyle.THICK);
    sheet.createRow(4).setRowStyle(rowStyle);
    while (book.getNumCellStyles() < 4000) {
      book.createCellStyle();
    }
    Path workbook = save(book, "full-row.xls");
    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, List.of(card(List.of(TOTAL_E5))), copy));
    try (Workbook after = read(copy)) {
      Cell cell = after.getSheet(FORM).getRow(4).getCell(4);
      assertEquals(rowStyle.getIndex(), cell.getCellStyle().getIndex());
      assertEquals(BorderStyle.THICK, cell.getCellStyle().getBorderTop());
      assertEquals("[错误] " + TOTAL_E5.message(ZH), cell.getCellComment().getString().getString());
    }
  }

  @Test
  void aWorkbookWithNoRoomForAnotherStyleKeepsItsFillsAndGetsTheComments() throws IOException {
    HSSFWorkbook book = new HSSFWorkbook();
    Sheet sheet = book.createSheet(FORM);
    sheet.createRow(0).createCell(0).setCellValue("满");
    while (book.getNumCellStyles() < 4000) {
      book.createCellStyle();
    }
    Path workbook = save(book, "full.xls");
    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, List.of(card(List.of(TOTAL_E5))), copy));
    try (Workbook before = read(workbook);
        Workbook after = read(copy)) {
      assertEquals(4000, after.getNumCellStyles());
      Cell cell = after.getSheet(FORM).getRow(4).getCell(4);
      assertEquals(
          before.getCellStyleAt(15).getFillPattern(), cell.getCellStyle().getFillPattern());
      assertEquals("[错误] " + TOTAL_E5.message(ZH), cell.getCellComment().getString().getString());
      assertEquals("复核结果", after.getSheetAt(1).getSheetName());
    }
  }

  // ---- (b) fills by severity, the most severe winning ----------------------------------------

  @Test
  void anXlsxCellIsFilledInTheColourOfItsMostSevereFinding() throws IOException {
    Path copy = annotated(Format.XLSX, ZH);
    Map<String, String> colours =
        Map.of("ERROR", "FFFFC7CE", "WARNING", "FFFFEB9C", "INFO", "FFDDEBF7");
    try (Workbook after = read(copy)) {
      Sheet form = after.getSheet(FORM);
      for (Map.Entry<String, String> mark : MARKS.entrySet()) {
        CellStyle style = cellAt(form, mark.getKey()).getCellStyle();
        assertEquals(FillPatternType.SOLID_FOREGROUND, style.getFillPattern(), mark.getKey());
        assertEquals(colours.get(mark.getValue()), rgb(style.getFillForegroundColorColor()));
        // Written as Excel writes a solid fill: the style says its fill applies, and the pattern's
        // background is automatic (indexed colour 64).
        CTXf xf = ((org.apache.poi.xssf.usermodel.XSSFCellStyle) style).getCoreXf();
        assertTrue(xf.getApplyFill(), mark.getKey());
        assertEquals(IndexedColors.AUTOMATIC.getIndex(), style.getFillBackgroundColor());
      }
    }
  }

  @Test
  void anXlsCellIsFilledInThePalettesNearestColour() throws IOException {
    Path copy = annotated(Format.XLS, ZH);
    // By the sum of the channels' differences, the default palette's nearest colours are rose
    // FF99CC to FFC7CE (0 + 46 + 2), light yellow FFFF99 to FFEB9C (0 + 20 + 3) and light
    // turquoise CCFFFF to DDEBF7 (17 + 20 + 8).
    Map<String, HSSFColorPredefined> colours =
        Map.of(
            "ERROR", HSSFColorPredefined.ROSE,
            "WARNING", HSSFColorPredefined.LIGHT_YELLOW,
            "INFO", HSSFColorPredefined.LIGHT_TURQUOISE);
    try (Workbook after = read(copy)) {
      Sheet form = after.getSheet(FORM);
      for (Map.Entry<String, String> mark : MARKS.entrySet()) {
        CellStyle style = cellAt(form, mark.getKey()).getCellStyle();
        assertEquals(FillPatternType.SOLID_FOREGROUND, style.getFillPattern(), mark.getKey());
        assertEquals(
            Arrays.toString(colours.get(mark.getValue()).getTriplet()),
            rgb(style.getFillForegroundColorColor()),
            mark.getKey());
      }
    }
  }

  private static Cell cellAt(Sheet sheet, String reference) {
    org.apache.poi.ss.util.CellAddress address = new org.apache.poi.ss.util.CellAddress(reference);
    return sheet.getRow(address.getRow()).getCell(address.getColumn());
  }

  // ---- (c) comments ---------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Format.class)
  void aMarkedCellsCommentHoldsEveryMessageBelowItsOwnComment(Format format) throws IOException {
    Path copy = annotated(format, ZH);
    try (Workbook after = read(copy)) {
      Sheet form = after.getSheet(FORM);
      Comment both = cellAt(form, "E5").getCellComment();
      assertEquals(
          "[错误] " + TOTAL_E5.message(ZH) + "\n[提示] " + SUGGESTION_E5.message(ZH),
          both.getString().getString());
      assertEquals("jixiao", both.getAuthor());
      assertEquals("[警告] " + REASON_G5.message(ZH), text(form, "G5"));
      assertEquals("[提示] " + SPENDING_D13.message(ZH), text(form, "C12"));

      Comment own = cellAt(form, "A7").getCellComment();
      assertEquals(OWN_COMMENT + "\n[错误] " + RATE_A7.message(ZH), own.getString().getString());
      assertEquals("审核人", own.getAuthor());
      // Its bold first line is still bold.
      RichTextString string = own.getString();
      assertTrue(string.numFormattingRuns() >= 2);
      assertEquals(0, string.getIndexOfFormattingRun(0));
      // Its box has grown to show the findings: one row a line, more than the two it had.
      ClientAnchor box = own.getClientAnchor();
      assertTrue(box.getRow2() - box.getRow1() > 2, "rows " + box.getRow1() + "–" + box.getRow2());
      assertEquals(1, box.getCol1());

      // A new comment's box starts right of its cell.
      ClientAnchor newBox = both.getClientAnchor();
      assertEquals(5, newBox.getCol1());
      assertEquals(4, newBox.getRow1());
      assertEquals(9, newBox.getCol2());
      // Its rows: one a line of its text as wrapped in four columns (40 characters of 0), and one
      // more for its margins.
      assertEquals(4 + WrappedText.lines(both.getString().getString(), 40) + 1, newBox.getRow2());
    }
  }

  private static String text(Sheet sheet, String reference) {
    return cellAt(sheet, reference).getCellComment().getString().getString();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void findingsBelowACommentRunOnInTheFontOfItsLastLine(Format format) throws IOException {
    Workbook book = format.create.get();
    Sheet sheet = book.createSheet(FORM);
    Cell total = sheet.createRow(4).createCell(4);
    total.setCellValue(100);
    // The reviewer's own comment: a plain first line, an italic second.
    String own = "审核人:\n请补充说明";
    Font italic = book.createFont();
    italic.setItalic(true);
    CreationHelper helper = book.getCreationHelper();
    ClientAnchor anchor = helper.createClientAnchor();
    anchor.setCol1(5);
    anchor.setRow1(4);
    anchor.setCol2(7);
    anchor.setRow2(6);
    Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
    RichTextString string = helper.createRichTextString(own);
    string.applyFont(own.indexOf('\n') + 1, own.length(), italic);
    comment.setString(string);
    total.setCellComment(comment);
    Path workbook = save(book, "italic" + format.extension);
    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, List.of(card(List.of(TOTAL_E5))), copy));
    try (Workbook after = read(copy)) {
      RichTextString text = after.getSheet(FORM).getRow(4).getCell(4).getCellComment().getString();
      assertEquals(own + "\n[错误] " + TOTAL_E5.message(ZH), text.getString());
      assertFalse(italicAt(after, text, 0), "the first line stays plain");
      assertTrue(italicAt(after, text, own.length() + 1), "the finding follows in italic");
      assertTrue(italicAt(after, text, text.length() - 1), "to its end");
    }
  }

  private static boolean italicAt(Workbook book, RichTextString text, int index) {
    if (text instanceof org.apache.poi.xssf.usermodel.XSSFRichTextString xssf) {
      Font font = xssf.getFontAtIndex(index);
      return font != null && font.getItalic();
    }
    short font = ((org.apache.poi.hssf.usermodel.HSSFRichTextString) text).getFontAtIndex(index);
    return book.getFontAt(font).getItalic();
  }

  @Test
  void theLastCellOfAnXlsSheetIsMarked() throws IOException {
    HSSFWorkbook book = new HSSFWorkbook();
    book.createSheet(FORM).createRow(0).createCell(0).setCellValue("表");
    Path workbook = save(book, "edge.xls");
    Path copy = WorkbookAnnotator.copyPath(workbook);
    // IV65536: row 65,536 and column 256, the last of a .xls sheet.
    Finding edge =
        finding(FindingCode.TOTAL_SCORE_MISMATCH, FormPath.REPORTED_TOTAL, at("IV65536"));
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, List.of(card(List.of(edge))), copy));
    try (Workbook after = read(copy)) {
      Cell cell = after.getSheet(FORM).getRow(65_535).getCell(255);
      assertEquals("[错误] " + edge.message(ZH), cell.getCellComment().getString().getString());
      assertEquals(FillPatternType.SOLID_FOREGROUND, cell.getCellStyle().getFillPattern());
      Cell link = after.getSheet("复核结果").getRow(2).getCell(3);
      assertEquals("'自评表'!IV65536", link.getHyperlink().getAddress());
    }
  }

  @Test
  void commentsAndHeadersAreEnglishForAnEnglishLocale() throws IOException {
    Path copy = annotated(Format.XLSX, Locale.ENGLISH);
    try (Workbook after = read(copy)) {
      assertEquals(
          "[ERROR] "
              + TOTAL_E5.message(Locale.ENGLISH)
              + "\n[INFO] "
              + SUGGESTION_E5.message(Locale.ENGLISH),
          text(after.getSheet(FORM), "E5"));
      Sheet review = after.getSheet("复核结果");
      assertEquals(
          List.of("Form", "Severity", "Code", "Cell/path", "Message"), texts(review.getRow(1)));
      assertEquals(
          List.of(
              "Form",
              "Execution rate (%)",
              "Funding score",
              "Output",
              "Benefit",
              "Satisfaction",
              "Cost",
              "Total",
              "Reported total",
              "Grade"),
          texts(review.getRow(14)));
      assertEquals("EXCELLENT", review.getRow(15).getCell(9).getStringCellValue());
      // The fifth finding, the first warning.
      assertEquals("WARNING", review.getRow(6).getCell(1).getStringCellValue());
      assertEquals(
          "Rule profile: NATIONAL_2020 revision 1 — " + Presets.NATIONAL_2020.title(),
          review.getRow(0).getCell(0).getStringCellValue());
    }
  }

  // ---- (d) 复核结果 -----------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Format.class)
  void theReviewSheetListsEveryFindingWithALinkToItsCellThenEachFormsFigures(Format format)
      throws IOException {
    Path copy = annotated(format, ZH);
    try (Workbook after = read(copy)) {
      Sheet review = after.getSheetAt(after.getNumberOfSheets() - 1);
      assertEquals("复核结果", review.getSheetName());
      assertEquals(
          "评分规则：NATIONAL_2020（第 1 版）　" + Presets.NATIONAL_2020.title(),
          review.getRow(0).getCell(0).getStringCellValue());
      assertEquals(List.of("表", "严重程度", "代码", "单元格/路径", "说明"), texts(review.getRow(1)));
      // Errors, warnings, then advice; within each, form 1 then form 2; within a form, by cell
      // (row, then column), the two of form 1 with no cell of the workbook last in their order.
      List<Finding> findings =
          List.of(
              TOTAL_E5,
              RATE_A7,
              LEVEL_NOWHERE,
              MISSING_ELSEWHERE,
              WEIGHT_B5,
              REASON_G5,
              EXCEEDS_A9,
              ABOVE_D5,
              SUGGESTION_E5,
              SPENDING_D13,
              COMPARABLE_H10);
      for (int i = 0; i < findings.size(); i++) {
        Finding finding = findings.get(i);
        Row row = review.getRow(i + 2);
        String form = finding == EXCEEDS_A9 || finding == COMPARABLE_H10 ? "网络交易监测" : "质量基础专项";
        assertEquals(form, row.getCell(0).getStringCellValue(), "row " + (i + 3));
        assertEquals(
            Map.of("ERROR", "错误", "WARNING", "警告", "INFO", "提示").get(finding.severity().name()),
            row.getCell(1).getStringCellValue());
        assertEquals(finding.code().name(), row.getCell(2).getStringCellValue());
        assertEquals(finding.message(ZH), row.getCell(4).getStringCellValue());
        Cell cell = row.getCell(3);
        Hyperlink link = cell == null ? null : cell.getHyperlink();
        if (finding == LEVEL_NOWHERE) {
          // No cell: the path says where, with no link.
          assertEquals(finding.path().toString(), cell.getStringCellValue());
          assertNull(link);
        } else if (finding == MISSING_ELSEWHERE) {
          // A sheet the workbook does not have: named, not linked.
          assertEquals("'其他表'!A1", cell.getStringCellValue());
          assertNull(link);
        } else {
          CellAddress target = (CellAddress) finding.location().orElseThrow();
          assertEquals(target.toString(), cell.getStringCellValue());
          assertEquals(HyperlinkType.DOCUMENT, link.getType());
          assertEquals(target.toString(), link.getAddress());
          CellAddress parsed = CellAddress.parse(link.getAddress());
          assertNotNull(after.getSheet(parsed.sheet()), "the link's sheet is there");
          assertEquals(target, parsed);
        }
      }
      // Row 1 the profile, row 2 the header, rows 3–13 the eleven findings, row 14 blank, row 15
      // the figures' header.
      assertNull(review.getRow(13));
      assertEquals(
          List.of("表", "执行率(%)", "资金得分", "产出指标", "效益指标", "满意度指标", "成本指标", "总分", "填报总分", "等级"),
          texts(review.getRow(14)));
      Row quality = review.getRow(15);
      assertEquals("质量基础专项", quality.getCell(0).getStringCellValue());
      assertEquals(90.32, quality.getCell(1).getNumericCellValue());
      assertEquals(9.03, quality.getCell(2).getNumericCellValue());
      assertEquals(48.5, quality.getCell(3).getNumericCellValue());
      assertEquals(30, quality.getCell(4).getNumericCellValue());
      assertEquals(9, quality.getCell(5).getNumericCellValue());
      assertEquals("BLANK", quality.getCell(6).getCellType().name(), "no 成本 level");
      assertEquals(96.53, quality.getCell(7).getNumericCellValue());
      assertEquals(100, quality.getCell(8).getNumericCellValue(), "填报总分 beside 总分");
      assertEquals("优", quality.getCell(9).getStringCellValue());
      Row monitoring = review.getRow(16);
      assertEquals("BLANK", monitoring.getCell(1).getCellType().name(), "no execution rate");
      assertEquals(0, monitoring.getCell(2).getNumericCellValue());
      assertEquals(Arrays.asList(40.0, 25.0, 10.0, 8.0, 83.0), numbers(monitoring, 3, 7));
      assertEquals("BLANK", monitoring.getCell(8).getCellType().name(), "no reported total");
      assertEquals("良", monitoring.getCell(9).getStringCellValue());
      assertTrue(
          after.getFontAt(review.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold());
      assertEquals(
          "0.00",
          after.getCellStyleAt(quality.getCell(7).getCellStyle().getIndex()).getDataFormatString());
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theReviewSheetFiltersFreezesItsHeaderAndPrintsLandscapeOnePageWide(Format format)
      throws IOException {
    Path copy = annotated(format, ZH);
    try (Workbook after = read(copy)) {
      Sheet review = after.getSheet("复核结果");
      int index = after.getSheetIndex(review);
      // The autofilter over the findings' table: its header (row 2) down to its last finding
      // (row 13), columns A to E; the figures below it are not filtered.
      Name filter = builtInName(after, index, "_FilterDatabase");
      assertEquals("复核结果!$A$2:$E$13", filter.getRefersToFormula());
      // The profile's line and the findings' header frozen, and printed atop every page.
      PaneInformation pane = review.getPaneInformation();
      assertTrue(pane.isFreezePane());
      assertEquals(2, pane.getHorizontalSplitPosition());
      assertEquals(0, pane.getVerticalSplitPosition());
      CellRangeAddress repeated = review.getRepeatingRows();
      assertEquals(0, repeated.getFirstRow());
      assertEquals(1, repeated.getLastRow());
      assertNull(review.getRepeatingColumns());
      PrintSetup print = review.getPrintSetup();
      assertTrue(print.getLandscape());
      assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
      assertTrue(review.getFitToPage());
      assertEquals(1, print.getFitWidth());
      assertEquals(0, print.getFitHeight());
      // The message column 60 characters wide, its text wrapped at the top of the row.
      assertEquals(60 * 256, review.getColumnWidth(4));
      CellStyle message = review.getRow(2).getCell(4).getCellStyle();
      assertTrue(message.getWrapText());
      assertEquals(VerticalAlignment.TOP, message.getVerticalAlignment());
    }
  }

  private static Name builtInName(Workbook book, int sheet, String name) {
    for (Name each : book.getAllNames()) {
      if (each.getSheetIndex() == sheet && each.getNameName().endsWith(name)) {
        return each;
      }
    }
    throw new AssertionError("no " + name + " of sheet " + sheet);
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      texts.add(cell.getStringCellValue());
    }
    return texts;
  }

  private static List<Double> numbers(Row row, int from, int to) {
    List<Double> numbers = new ArrayList<>();
    for (int c = from; c <= to; c++) {
      numbers.add(row.getCell(c).getNumericCellValue());
    }
    return numbers;
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void annotatingACopyAgainTakesAwayItsOwnMarksAndKeepsTheUnits(Format format) throws IOException {
    Path first = annotated(format, ZH);
    // The unit corrects E5, fills B5 (marked amber) green itself and comments A16, in the copy.
    Path corrected = dir.resolve("改正" + format.extension);
    int greenStyle;
    try (Workbook book = WorkbookFactory.create(Files.newInputStream(first))) {
      Sheet form = book.getSheet(FORM);
      form.getRow(4).getCell(4).setCellValue(9.03);
      Cell b5 = form.getRow(4).getCell(1);
      CellStyle green = book.createCellStyle();
      green.cloneStyleFrom(b5.getCellStyle());
      green.setFillForegroundColor(IndexedColors.BRIGHT_GREEN.getIndex());
      b5.setCellStyle(green);
      greenStyle = green.getIndex();
      comment(book, form, form.createRow(15).createCell(0), 15, 0, "单位：已核对", null);
      save(book, corrected.getFileName().toString());
    }
    // Form 1 now has no finding; form 2 has its two, on A9 and H10, as before.
    Path second = WorkbookAnnotator.copyPath(corrected);
    assertEquals(List.of(), ANNOTATOR.annotate(corrected, List.of(MONITORING), second, ZH));
    try (Workbook original = read(dir.resolve("自评表" + format.extension));
        Workbook once = read(first);
        Workbook twice = read(second)) {
      assertEquals(once.getNumberOfSheets(), twice.getNumberOfSheets());
      assertEquals(5, twice.getNumberOfSheets());
      assertEquals("复核结果", twice.getSheetName(4));
      assertEquals(-1, twice.getSheetIndex("复核结果(2)"));
      Map<String, CellState> was = cells(original, 4);
      Map<String, CellState> is = cells(twice, 4);
      for (Map.Entry<String, CellState> entry : was.entrySet()) {
        String key = entry.getKey();
        CellState state = is.get(key);
        if (key.equals(FORM + "!E5")) {
          // The corrected cell: the unit's value, its own yellow fill back, no comment.
          assertEquals("n 9.03", state.value());
          CellState old = entry.getValue();
          assertEquals(new CellState("n 9.03", old.style(), old.fill(), null), state);
        } else if (key.equals(FORM + "!B5")) {
          // The unit's own fill stays; the comment jixiao added goes.
          assertEquals(
              greenStyle, twice.getSheet(FORM).getRow(4).getCell(1).getCellStyle().getIndex());
          assertNull(state.comment());
        } else {
          // A7's own comment is back to the unit's text, its findings cut off; the rest as sent.
          assertEquals(entry.getValue(), state, key);
        }
      }
      // A comment the unit added to the copy stays.
      assertTrue(
          is.get(FORM + "!A16").comment().startsWith("审核人: 单位：已核对 ("),
          is.get(FORM + "!A16").comment());
      // G5, a cell jixiao added blank, is blank in the default style with no mark.
      CellState g5 = is.get(FORM + "!G5");
      assertEquals("BLANK", g5.value());
      assertNull(g5.comment());
      assertEquals(was.get(FORM + "!A1").fill(), g5.fill());
      // A9 marked once, not twice, in the style the first annotation made for it.
      assertEquals("[警告] " + EXCEEDS_A9.message(ZH), text(twice.getSheet(FORM), "A9"));
      assertEquals(
          once.getSheet(FORM).getRow(8).getCell(0).getCellStyle().getIndex(),
          twice.getSheet(FORM).getRow(8).getCell(0).getCellStyle().getIndex());
      Sheet review = twice.getSheet("复核结果");
      assertEquals("EXECUTED_EXCEEDS_BUDGET", review.getRow(2).getCell(2).getStringCellValue());
      assertEquals("ACTUAL_NOT_COMPARABLE", review.getRow(3).getCell(2).getStringCellValue());
      assertNull(review.getRow(4));
    }
  }

  @Test
  void aFindingAtALineOfAJsonDocumentMarksNoCell() throws IOException {
    Workbook book = new XSSFWorkbook();
    book.createSheet(FORM).createRow(0).createCell(0).setCellValue("项目名称");
    Path workbook = save(book, "json.xlsx");
    Finding json =
        finding(
            FindingCode.TOTAL_SCORE_MISMATCH,
            FormPath.REPORTED_TOTAL,
            new SourceLocation.TextPosition(9, 61));
    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, List.of(card(List.of(json))), copy));
    try (Workbook after = read(copy)) {
      assertNull(after.getSheet(FORM).getRow(0).getCell(0).getCellComment());
      Row row = after.getSheet("复核结果").getRow(2);
      // A line of a JSON document is no cell: the path says where, with no link.
      assertEquals("$.reportedTotal", row.getCell(3).getStringCellValue());
      assertNull(row.getCell(3).getHyperlink());
      assertEquals("TOTAL_SCORE_MISMATCH", row.getCell(2).getStringCellValue());
    }
  }

  @Test
  void aCellBeyondAnXlsSheetIsListedButNotMarked() throws IOException {
    Workbook book = new HSSFWorkbook();
    book.createSheet(FORM).createRow(0).createCell(0).setCellValue("项目名称");
    Path workbook = save(book, "bounds.xls");
    // An .xls has 65,536 rows and 256 columns (IV): row 70000 and column IW are beyond them.
    Finding belowTheLastRow = finding(FindingCode.MISSING_SCORE, FormPath.LEVELS, at("A70000"));
    Finding rightOfTheLastColumn = finding(FindingCode.MISSING_SCORE, FormPath.LEVELS, at("IW1"));
    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals(
        List.of(),
        ANNOTATOR.annotate(
            workbook, List.of(card(List.of(belowTheLastRow, rightOfTheLastColumn))), copy));
    try (Workbook after = read(copy)) {
      assertEquals(1, after.getSheet(FORM).getPhysicalNumberOfRows());
      Sheet review = after.getSheet("复核结果");
      // Listed by row: IW1 of row 1 before A70000.
      assertEquals("'自评表'!IW1", review.getRow(2).getCell(3).getStringCellValue());
      assertNull(review.getRow(2).getCell(3).getHyperlink());
      assertEquals("'自评表'!A70000", review.getRow(3).getCell(3).getStringCellValue());
      assertNull(review.getRow(3).getCell(3).getHyperlink());
    }
  }

  @Test
  void anXlsxCommentWithNoTextGetsTheFindings() throws IOException {
    Workbook book = new XSSFWorkbook();
    Sheet sheet = book.createSheet(FORM);
    Cell cell = sheet.createRow(4).createCell(4);
    cell.setCellValue(10);
    ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
    anchor.setCol1(5);
    anchor.setRow1(4);
    anchor.setCol2(7);
    anchor.setRow2(6);
    cell.setCellComment(sheet.createDrawingPatriarch().createCellComment(anchor));
    Path workbook = save(book, "blank-comment.xlsx");
    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, List.of(card(List.of(TOTAL_E5))), copy));
    try (Workbook after = read(copy)) {
      assertEquals("[错误] " + TOTAL_E5.message(ZH), text(after.getSheet(FORM), "E5"));
    }
  }

  @Test
  void aFormWithNoNameIsNamedByWhereItWasRead() throws IOException {
    Path workbook = save(fixture(Format.XLSX), "unnamed.xlsx");
    Scorecard unnamed =
        new Scorecard(
            " ",
            QUALITY.funding(),
            QUALITY.levels(),
            QUALITY.indicatorScore(),
            QUALITY.total(),
            QUALITY.reportedTotal(),
            QUALITY.grade(),
            List.of(TOTAL_E5),
            List.of(),
            Optional.of(
                new io.github.jixiao.core.input.FormSource("unnamed.xlsx", Optional.of(FORM))));
    Scorecard nowhere =
        new Scorecard(
            "",
            QUALITY.funding(),
            List.of(),
            QUALITY.indicatorScore(),
            QUALITY.total(),
            QUALITY.reportedTotal(),
            QUALITY.grade(),
            List.of(),
            List.of());
    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, List.of(unnamed, nowhere), copy));
    try (Workbook after = read(copy)) {
      Sheet review = after.getSheet("复核结果");
      assertEquals("unnamed.xlsx#自评表", review.getRow(2).getCell(0).getStringCellValue());
      assertEquals("", review.getRow(6).getCell(0).getStringCellValue());
    }
  }

  // ---- (e) formats ----------------------------------------------------------------------------

  @Test
  void anXlsGivesAnXlsAndAnXlsxAnXlsx() throws IOException {
    try (Workbook xls = read(annotated(Format.XLS, ZH))) {
      assertTrue(xls instanceof HSSFWorkbook);
    }
    try (Workbook xlsx = read(annotated(Format.XLSX, ZH))) {
      assertTrue(xlsx instanceof XSSFWorkbook);
    }
  }

  private static final byte[] FAKE_VBA =
      "not really VBA, kept byte for byte".getBytes(StandardCharsets.UTF_8);

  @Test
  void anXlsmKeepsItsMacroPartByteForByte() throws Exception {
    XSSFWorkbook book = (XSSFWorkbook) fixture(Format.XLSX);
    book.setWorkbookType(XSSFWorkbookType.XLSM);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    book.write(bytes);
    book.close();
    Path workbook = dir.resolve("宏.xlsm");
    OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes.toByteArray()));
    PackagePartName name = PackagingURIHelper.createPartName("/xl/vbaProject.bin");
    PackagePart vba = pkg.createPart(name, "application/vnd.ms-office.vbaProject");
    try (OutputStream out = vba.getOutputStream()) {
      out.write(FAKE_VBA);
    }
    pkg.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType())
        .get(0)
        .addRelationship(name, TargetMode.INTERNAL, XSSFRelation.VBA_MACROS.getRelation());
    try (OutputStream out = Files.newOutputStream(workbook)) {
      pkg.save(out);
    }
    pkg.revert();

    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals("宏.复核.xlsm", copy.getFileName().toString());
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, CARDS, copy));
    OPCPackage annotated = OPCPackage.open(copy.toFile(), PackageAccess.READ);
    try {
      PackagePart kept = annotated.getPart(name);
      assertNotNull(kept, "vbaProject.bin is there");
      try (var in = kept.getInputStream()) {
        assertArrayEquals(FAKE_VBA, in.readAllBytes());
      }
      PackagePart main =
          annotated.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).get(0);
      assertEquals(1, main.getRelationshipsByType(XSSFRelation.VBA_MACROS.getRelation()).size());
    } finally {
      annotated.revert();
    }
    try (Workbook after = read(copy)) {
      assertEquals("复核结果", after.getSheetAt(4).getSheetName());
    }
  }

  // ---- refusals: problems of the unit's making, never POI's exceptions -----------------------

  private List<Problem> annotateBytes(String name, byte[] bytes) throws IOException {
    Path workbook = dir.resolve(name);
    Files.write(workbook, bytes);
    Path copy = WorkbookAnnotator.copyPath(workbook);
    List<Problem> problems = ANNOTATOR.annotate(workbook, CARDS, copy);
    assertFalse(Files.exists(copy), "no copy is written");
    return problems;
  }

  private static void assertRefused(ProblemCode code, String argument, List<Problem> problems) {
    assertEquals(1, problems.size(), problems.toString());
    Problem problem = problems.get(0);
    assertEquals(code, problem.code(), problem.toString());
    assertEquals(FormPath.ROOT, problem.path());
    if (argument != null) {
      assertEquals(argument, Refusals.english(problem));
    } else if (problem.code().takesReason()) {
      Refusals.english(problem);
    }
  }

  @Test
  void aTextFileIsNotAWorkbook() throws IOException {
    assertRefused(
        ProblemCode.NOT_A_WORKBOOK,
        "a text file",
        annotateBytes("假的.xlsx", "项目名称,质量基础专项\n".getBytes(StandardCharsets.UTF_8)));
    assertRefused(ProblemCode.NOT_A_WORKBOOK, "an empty file", annotateBytes("空.xls", new byte[0]));
    assertRefused(
        ProblemCode.NOT_A_WORKBOOK,
        "a PDF document",
        annotateBytes("扫描件.xlsx", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void aZipArchiveOrAWordDocumentIsNotAWorkbook() throws IOException {
    assertRefused(
        ProblemCode.NOT_A_WORKBOOK,
        "a zip archive, not an Office Open XML workbook",
        annotateBytes("压缩包.xlsx", zip(Map.of("readme.txt", "hello"))));
    byte[] docx =
        zip(
            Map.of(
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types"
                    + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\""
                    + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
                    + "\"/></Types>",
                "_rels/.rels",
                "<?xml version=\"1.0\"?><Relationships"
                    + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));
    assertRefused(
        ProblemCode.NOT_A_WORKBOOK, "a Word document (.docx)", annotateBytes("报告.xlsx", docx));
  }

  private static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void anOle2DocumentWithNoWorkbookOrAnExcel95OneIsNotAWorkbook() throws IOException {
    assertRefused(
        ProblemCode.NOT_A_WORKBOOK,
        "a Word 97–2003 document (.doc)",
        annotateBytes("旧文档.xls", ole2("WordDocument")));
    assertRefused(
        ProblemCode.NOT_A_WORKBOOK,
        "an OLE2 compound document with no workbook in it",
        annotateBytes("旧文件.xls", ole2("Contents")));
    assertRefused(
        ProblemCode.NOT_A_WORKBOOK,
        "an Excel 5.0/95 workbook (BIFF5), older than the .xls (Excel 97–2003) read here;"
            + " save it as .xlsx",
        annotateBytes("旧表.xls", ole2("Book")));
  }

  @Test
  void aBiff5WorkbookStreamIsRefusedInTheReadersWords() throws IOException {
    // BIFF5 (version 0x0500) beginning with the globals (type 5): HSSF's OldExcelFormatException.
    byte[] biff5 = TestWorkbooks.ole2(TestWorkbooks.workbookStream(0x0500, 0x0005), "Workbook");
    assertRefused(
        ProblemCode.NOT_A_WORKBOOK,
        "an Excel 5.0/95 workbook (BIFF5) or older, older than the .xls (Excel 97–2003) read"
            + " here; save it as .xlsx",
        annotateBytes("旧流.xls", biff5));
  }

  private static byte[] ole2(String entry) throws IOException {
    return TestWorkbooks.ole2(new byte[600], entry);
  }

  @Test
  void anExcel4WorksheetIsNotAWorkbook() throws IOException {
    byte[] biff2 = {0x09, 0x00, 0x04, 0x00, 0x00, 0x00, 0x10, 0x00, 0, 0, 0, 0};
    assertRefused(
        ProblemCode.NOT_A_WORKBOOK,
        "an Excel 2.x–4.0 worksheet, older than the .xls (Excel 97–2003) read here",
        annotateBytes("老.xls", biff2));
  }

  @Test
  void anOfficePackageWithNoMainPartIsCorrupt() throws IOException {
    byte[] empty =
        zip(
            Map.of(
                "[Content_Types].xml",
                CONTENT_TYPES_HEAD + "</Types>",
                "_rels/.rels",
                "<?xml version=\"1.0\"?><Relationships"
                    + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>"));
    assertRefused(
        ProblemCode.CORRUPT_WORKBOOK,
        "the package names no main document",
        annotateBytes("空包.xlsx", empty));
  }

  @Test
  void aStrictOpenXmlSpreadsheetIsRefusedWithAWayOut() throws IOException {
    byte[] strict =
        zip(
            Map.of(
                "[Content_Types].xml",
                CONTENT_TYPES_HEAD + "</Types>",
                "_rels/.rels",
                "<?xml version=\"1.0\"?><Relationships"
                    + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/"
                    + "officeDocument/relationships/officeDocument\""
                    + " Target=\"xl/workbook.xml\"/></Relationships>"));
    assertRefused(
        ProblemCode.NOT_A_WORKBOOK,
        "a Strict Open XML spreadsheet; save it as an Excel workbook",
        annotateBytes("严格.xlsx", strict));
  }

  @Test
  void aWorkbookPartThatIsNoXmlIsCorrupt() throws IOException {
    byte[] broken =
        zip(
            Map.of(
                "[Content_Types].xml",
                CONTENT_TYPES_HEAD
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\""
                    + XSSFRelation.WORKBOOK.getContentType()
                    + "\"/></Types>",
                "_rels/.rels",
                "<?xml version=\"1.0\"?><Relationships"
                    + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml",
                "not xml at all"));
    assertRefused(ProblemCode.CORRUPT_WORKBOOK, null, annotateBytes("坏.xlsx", broken));
  }

  private static final String CONTENT_TYPES_HEAD =
      "<?xml version=\"1.0\"?><Types"
          + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\""
          + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>";

  @Test
  void anOle2HeaderOverGarbageIsCorrupt() throws IOException {
    byte[] garbage = Arrays.copyOf(ole2("Workbook"), 700);
    Arrays.fill(garbage, 8, garbage.length, (byte) 0x7F);
    assertRefused(ProblemCode.CORRUPT_WORKBOOK, null, annotateBytes("坏.xls", garbage));
  }

  @Test
  void anEncryptedXlsIsRefused() throws IOException {
    Workbook book = fixture(Format.XLS);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Biff8EncryptionKey.setCurrentUserPassword("secret");
    try {
      book.write(bytes);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    assertRefused(
        ProblemCode.ENCRYPTED_WORKBOOK, null, annotateBytes("加密.xls", bytes.toByteArray()));
  }

  @Test
  void anEncryptedXlsxIsRefused() throws Exception {
    Workbook book = fixture(Format.XLSX);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        book.write(out);
      }
      fs.writeFilesystem(bytes);
    }
    assertRefused(
        ProblemCode.ENCRYPTED_WORKBOOK, null, annotateBytes("加密.xlsx", bytes.toByteArray()));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aTruncatedWorkbookIsCorrupt(Format format) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    fixture(format).write(bytes);
    byte[] half = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    List<Problem> problems = annotateBytes("截断" + format.extension, half);
    assertRefused(ProblemCode.CORRUPT_WORKBOOK, null, problems);
    // What is broken, in either language: one line, not blank.
    String why = Refusals.english(problems.get(0));
    assertFalse(why.isBlank());
    assertFalse(why.contains("\n"), why);
    assertFalse(problems.get(0).message(Locale.SIMPLIFIED_CHINESE).contains("\n"));
  }

  @Test
  void aZipBombIsRefusedAsTooLarge() throws IOException {
    // 20 MB of white space inflates from a few kilobytes: far past POI's inflate ratio of 1%.
    String bomb = CONTENT_TYPES_HEAD + " ".repeat(20_000_000) + "</Types>";
    assertRefused(
        ProblemCode.TOO_LARGE,
        "the part [Content_Types].xml expands to over 100 times its compressed size: a zip bomb",
        annotateBytes("炸弹.xlsx", zip(Map.of("[Content_Types].xml", bomb))));
  }

  @Test
  void aWorkbookOver64MegabytesIsRefusedUnread() throws IOException {
    Path workbook = dir.resolve("巨大.xlsx");
    try (RandomAccessFile file = new RandomAccessFile(workbook.toFile(), "rw")) {
      file.setLength(Gate.MAX_BYTES + 1);
    }
    List<Problem> problems =
        ANNOTATOR.annotate(workbook, CARDS, WorkbookAnnotator.copyPath(workbook));
    assertRefused(
        ProblemCode.TOO_LARGE,
        "a file of 67,108,865 bytes, over the 67,108,864 bytes (64 MB) a workbook may have",
        problems);
  }

  @Test
  void aFileOfExactly64MegabytesIsLookedAt() throws IOException {
    Path workbook = dir.resolve("正好.xlsx");
    try (RandomAccessFile file = new RandomAccessFile(workbook.toFile(), "rw")) {
      file.setLength(Gate.MAX_BYTES);
    }
    // 64 MB is allowed: its content, zeros, is what refuses it.
    List<Problem> problems =
        ANNOTATOR.annotate(workbook, CARDS, WorkbookAnnotator.copyPath(workbook));
    assertRefused(ProblemCode.NOT_A_WORKBOOK, "a file of no known kind", problems);
  }

  @Test
  void aMissingWorkbookIsAnIoError() {
    Path missing = dir.resolve("没有.xlsx");
    assertThrows(
        NoSuchFileException.class,
        () -> ANNOTATOR.annotate(missing, CARDS, WorkbookAnnotator.copyPath(missing)));
  }

  @Test
  void theCopyMustNotBeTheWorkbook() throws IOException {
    Path workbook = save(fixture(Format.XLSX), "same.xlsx");
    byte[] bytes = Files.readAllBytes(workbook);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ANNOTATOR.annotate(workbook, CARDS, workbook));
    assertTrue(e.getMessage().startsWith("the copy must not be the workbook itself"));
    Path other = dir.resolve("sub/../same.xlsx");
    assertThrows(IllegalArgumentException.class, () -> ANNOTATOR.annotate(workbook, CARDS, other));
    // Another name of the same file: a hard link.
    Path link = Files.createLink(dir.resolve("link.xlsx"), workbook);
    assertThrows(IllegalArgumentException.class, () -> ANNOTATOR.annotate(workbook, CARDS, link));
    assertArrayEquals(bytes, Files.readAllBytes(workbook));
  }

  @Test
  void theCopyHasTheDefaultPermissionsOfANewFileAndNoTemporaryFileStays() throws IOException {
    Path workbook = save(fixture(Format.XLS), "perm.xls");
    Path copy = WorkbookAnnotator.copyPath(workbook);
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, CARDS, copy));
    if (copy.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Path fresh = Files.createFile(dir.resolve("fresh"));
      assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(copy));
      Files.delete(fresh);
    }
    try (var files = Files.list(dir)) {
      assertEquals(
          Set.of("perm.xls", "perm.复核.xls"),
          new TreeSet<>(files.map(p -> p.getFileName().toString()).toList()));
    }
  }

  @Test
  void anExistingCopyIsReplaced() throws IOException {
    Path workbook = save(fixture(Format.XLSX), "again.xlsx");
    Path copy = WorkbookAnnotator.copyPath(workbook);
    Files.writeString(copy, "an old copy");
    assertEquals(List.of(), ANNOTATOR.annotate(workbook, CARDS, copy));
    try (Workbook after = read(copy)) {
      assertEquals("复核结果", after.getSheetAt(4).getSheetName());
    }
    try (var files = Files.list(dir)) {
      assertEquals(
          Set.of("again.xlsx", "again.复核.xlsx"),
          new TreeSet<>(files.map(p -> p.getFileName().toString()).toList()));
    }
  }

  @Test
  void nullArgumentsAreRejected() {
    Path any = dir.resolve("a.xlsx");
    assertThrows(NullPointerException.class, () -> ANNOTATOR.annotate(null, CARDS, any));
    assertThrows(NullPointerException.class, () -> ANNOTATOR.annotate(any, null, any));
    assertThrows(NullPointerException.class, () -> ANNOTATOR.annotate(any, CARDS, null));
    assertThrows(NullPointerException.class, () -> ANNOTATOR.annotate(any, CARDS, any, null));
  }

  // ---- (f) the copy's name --------------------------------------------------------------------

  @Test
  void theCopyIsNamedBesideTheWorkbookWithItsOwnExtension() {
    assertEquals(
        Path.of("in", "2024自评表.复核.xlsx"),
        WorkbookAnnotator.copyPath(Path.of("in", "2024自评表.xlsx")));
    assertEquals(Path.of("a.b.复核.xls"), WorkbookAnnotator.copyPath(Path.of("a.b.xls")));
    assertEquals(Path.of("宏.复核.xlsm"), WorkbookAnnotator.copyPath(Path.of("宏.xlsm")));
    assertEquals(Path.of("旧.复核.XLS"), WorkbookAnnotator.copyPath(Path.of("旧.XLS")));
  }

  @Test
  void theCopyIsNamedIntoADirectory() {
    assertEquals(
        Path.of("out", "a.复核.xlsm"),
        WorkbookAnnotator.copyPath(Path.of("in", "a.xlsm"), Path.of("out")));
    assertThrows(
        NullPointerException.class, () -> WorkbookAnnotator.copyPath(Path.of("a.xlsx"), null));
  }

  @Test
  void aNameThatIsNoWorkbooksIsRefused() {
    for (String name : List.of("form.json", "xlsx", ".xlsx", "a.", "a.xlsb")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> WorkbookAnnotator.copyPath(Path.of(name)));
      assertTrue(e.getMessage().contains(name), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> WorkbookAnnotator.copyPath(Path.of("/")));
  }
}
