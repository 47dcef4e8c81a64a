package io.github.jixiao.excel.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.FundingScore;
import io.github.jixiao.core.scoring.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What an annotation records of its marks, and how annotating again takes them away. */
class OwnMarksTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  enum Format {
    XLSX(XSSFWorkbook::new),
    XLS(HSSFWorkbook::new);

    final Supplier<Workbook> create;

    Format(Supplier<Workbook> create) {
      this.create = create;
    }
  }

  // ---- the record's text ---------------------------------------------------------------------

  @Test
  void aRecordReadsBackAsTheMarksItWasWrittenFrom() {
    // A name with the record's own separators and 汉字 in it, and a second sheet.
    List<OwnMarks.Mark> marks =
        List.of(
            new OwnMarks.Mark("自评表,;=S", 4, 1, 7, 21, -1),
            new OwnMarks.Mark("自评表,;=S", 6, 0, 0, 22, 12),
            new OwnMarks.Mark("附表", 0, 255, 3, -1, 0));
    String text = OwnMarks.encode(marks);
    assertEquals(
        "S=%E8%87%AA%E8%AF%84%E8%A1%A8%2C%3B%3DS;4,1,7,21,-1;6,0,0,22,12;"
            + "S=%E9%99%84%E8%A1%A8;0,255,3,-1,0;",
        text);
    assertEquals(Optional.of(marks), OwnMarks.decode(text));
    assertEquals(Optional.of(List.of()), OwnMarks.decode(""));
  }

  @Test
  void aRecordThatDoesNotParseAsAWholeIsNone() {
    for (String bad :
        List.of(
            "1,2,3,4,5;",
            "S=a;1,2,x,4,5;",
            "S=a;1,2,3,4;",
            "S=a;1,2,3,4,5,6;",
            "S=a;-1,2,3,4,5;",
            "S=a;1,-2,3,4,5;",
            "S=a;1,2,-3,4,5;",
            "S=%zz;1,2,3,4,5;")) {
      assertEquals(Optional.empty(), OwnMarks.decode(bad), bad);
    }
    // The last two numbers may be -1: no marked style, no comment of the cell's own.
    assertEquals(
        Optional.of(List.of(new OwnMarks.Mark("a", 1, 2, 3, -1, -1))),
        OwnMarks.decode("S=a;1,2,3,-1,-1;"));
  }

  @Test
  void theChunksAreJoinedInTheirOrderUpToTheFirstMissing() {
    assertEquals(
        "abc",
        OwnMarks.joined(
            Map.of(
                "jixiao.marks.2",
                "c",
                "jixiao.marks.1",
                "ab",
                "jixiao.marks.4",
                "lost",
                "x",
                "y")));
    assertEquals("", OwnMarks.joined(Map.of("jixiao.marks.2", "c")));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aLongRecordIsKeptInPropertiesOf255CharactersThatExcelKeepsWhole(Format format)
      throws IOException {
    List<OwnMarks.Mark> marks = new ArrayList<>();
    for (int row = 0; row < 40; row++) {
      marks.add(new OwnMarks.Mark("自评表", row, 4, 15, 30, -1));
    }
    String text = OwnMarks.encode(marks);
    assertTrue(text.length() > 2 * 255 && text.length() < 3 * 255, "three chunks");
    try (Workbook book = written(format, b -> OwnMarks.record(b, marks, "复核结果"))) {
      Map<String, String> properties = properties(book);
      assertEquals(255, properties.get("jixiao.marks.1").length());
      assertEquals(255, properties.get("jixiao.marks.2").length());
      assertEquals(text.length() - 510, properties.get("jixiao.marks.3").length());
      assertEquals(4, properties.size(), properties.keySet().toString());
      assertEquals(text, OwnMarks.joined(properties));
      assertEquals("%E5%A4%8D%E6%A0%B8%E7%BB%93%E6%9E%9C", properties.get("jixiao.review"));
    }
  }

  // ---- marking, then marking again -------------------------------------------------------------

  private static Finding finding(FindingCode code, String cell) {
    return new Finding(
        code,
        FormPath.REPORTED_TOTAL,
        Optional.of(new BigDecimal("100")),
        Optional.of(new BigDecimal("99.03")),
        Optional.empty(),
        Optional.of(CellAddress.parse("'自评表'!" + cell)));
  }

  private static Scorecard card(Finding... findings) {
    return new Scorecard(
        "质量基础专项",
        new FundingScore(BigDecimal.TEN, Optional.empty(), BigDecimal.ZERO),
        List.of(),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        Optional.empty(),
        Grade.POOR,
        List.of(findings),
        List.of());
  }

  private static final Finding TOTAL_B2 = finding(FindingCode.TOTAL_SCORE_MISMATCH, "B2");
  private static final Finding TOTAL_C3 = finding(FindingCode.TOTAL_SCORE_MISMATCH, "C3");

  /** A form sheet with B2 and C3 in a bordered style, and a comment of the unit's on C3. */
  private static Workbook form(Format format) {
    Workbook book = format.create.get();
    Sheet sheet = book.createSheet("自评表");
    CellStyle bordered = book.createCellStyle();
    bordered.setBorderTop(org.apache.poi.ss.usermodel.BorderStyle.THIN);
    sheet.createRow(1).createCell(1).setCellValue(100);
    sheet.getRow(1).getCell(1).setCellStyle(bordered);
    Cell c3 = sheet.createRow(2).createCell(2);
    c3.setCellValue("原因");
    c3.setCellStyle(bordered);
    comment(book, sheet, c3, "单位", "请补充");
    return book;
  }

  private static void comment(Workbook book, Sheet sheet, Cell cell, String author, String text) {
    ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setRow1(cell.getRowIndex());
    anchor.setCol2(cell.getColumnIndex() + 3);
    anchor.setRow2(cell.getRowIndex() + 2);
    Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
    comment.setString(book.getCreationHelper().createRichTextString(text));
    comment.setAuthor(author);
    cell.setCellComment(comment);
  }

  /** The workbook changed as given, written and read back. */
  private static Workbook written(Format format, java.util.function.Consumer<Workbook> change)
      throws IOException {
    return written(format.create.get(), change);
  }

  private static Workbook written(Workbook book, java.util.function.Consumer<Workbook> change)
      throws IOException {
    change.accept(book);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    book.close();
    return WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()));
  }

  private static Map<String, String> properties(Workbook book) {
    Map<String, String> found = new java.util.TreeMap<>();
    if (book instanceof XSSFWorkbook xssf) {
      xssf.getProperties()
          .getCustomProperties()
          .getUnderlyingProperties()
          .getPropertyList()
          .forEach(p -> found.put(p.getName(), p.getLpwstr()));
    } else {
      HSSFWorkbook hssf = (HSSFWorkbook) book;
      if (hssf.getDocumentSummaryInformation() != null
          && hssf.getDocumentSummaryInformation().getCustomProperties() != null) {
        hssf.getDocumentSummaryInformation()
            .getCustomProperties()
            .forEach((name, value) -> found.put(name, String.valueOf(value)));
      }
    }
    return found;
  }

  private static Cell cell(Workbook book, int row, int column) {
    return book.getSheet("自评表").getRow(row).getCell(column);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void markingAgainWithTheSameFindingsGivesTheSameCopy(Format format) throws IOException {
    Scorecard card = card(TOTAL_B2, TOTAL_C3);
    try (Workbook once = written(form(format), b -> Annotations.mark(b, List.of(card), ZH));
        Workbook twice = written(once, b -> Annotations.mark(b, List.of(card), ZH))) {
      // Read back twice, from what the first annotation wrote.
      assertEquals(2, twice.getNumberOfSheets());
      assertEquals("复核结果", twice.getSheetName(1));
      for (int[] at : new int[][] {{1, 1}, {2, 2}}) {
        Cell cell = cell(twice, at[0], at[1]);
        assertEquals(FillPatternType.SOLID_FOREGROUND, cell.getCellStyle().getFillPattern());
      }
      assertEquals(
          "[错误] " + TOTAL_B2.message(ZH),
          cell(twice, 1, 1).getCellComment().getString().getString());
      assertEquals(
          "请补充\n[错误] " + TOTAL_C3.message(ZH),
          cell(twice, 2, 2).getCellComment().getString().getString());
      assertEquals("单位", cell(twice, 2, 2).getCellComment().getAuthor());
      // The record is of the second annotation alone: the same two cells.
      List<OwnMarks.Mark> marks = OwnMarks.decode(OwnMarks.joined(properties(twice))).orElseThrow();
      assertEquals(2, marks.size());
      assertEquals(List.of(1, 2), marks.stream().map(OwnMarks.Mark::row).toList());
      assertEquals(3, marks.get(1).ownComment(), "请补充 is three characters");
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void whatTheUnitChangedOfAMarkedCellStaysWhenTheMarkGoes(Format format) throws IOException {
    try (Workbook once =
            written(form(format), b -> Annotations.mark(b, List.of(card(TOTAL_B2, TOTAL_C3)), ZH));
        Workbook edited =
            written(
                once,
                b -> {
                  // B2: the unit makes the marked cell bold, keeping jixiao's fill.
                  Cell b2 = cell(b, 1, 1);
                  Font bold = b.createFont();
                  bold.setBold(true);
                  CellStyle boldStyle = b.createCellStyle();
                  boldStyle.cloneStyleFrom(b2.getCellStyle());
                  boldStyle.setFont(bold);
                  b2.setCellStyle(boldStyle);
                  // B2's comment: the unit takes it over as its own.
                  b2.getCellComment().setAuthor("单位");
                  // C3's comment: the unit rewrites its own text above the findings.
                  Comment c3 = cell(b, 2, 2).getCellComment();
                  c3.setString(b.getCreationHelper().createRichTextString("已补充说明，见附件"));
                });
        Workbook again = written(edited, b -> Annotations.mark(b, List.of(), ZH))) {
      Cell b2 = cell(again, 1, 1);
      CellStyle style = b2.getCellStyle();
      assertTrue(again.getFontAt(style.getFontIndex()).getBold(), "the unit's bold stays");
      assertEquals(FillPatternType.NO_FILL, style.getFillPattern(), "jixiao's fill goes");
      assertEquals(
          org.apache.poi.ss.usermodel.BorderStyle.THIN, style.getBorderTop(), "the border stays");
      assertEquals("单位", b2.getCellComment().getAuthor(), "a comment the unit took over stays");
      assertEquals("已补充说明，见附件", cell(again, 2, 2).getCellComment().getString().getString());
      // C3 is back in its original style: nothing of it was changed but jixiao's fill.
      assertEquals(FillPatternType.NO_FILL, cell(again, 2, 2).getCellStyle().getFillPattern());
      // One review sheet, of no finding, in place of the first.
      assertEquals(List.of("自评表", "复核结果"), List.of(again.getSheetName(0), again.getSheetName(1)));
      assertEquals(2, again.getNumberOfSheets());
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aCellTheUnitFilledItselfOrEmptiedKeepsWhatItHas(Format format) throws IOException {
    try (Workbook once =
            written(form(format), b -> Annotations.mark(b, List.of(card(TOTAL_B2, TOTAL_C3)), ZH));
        Workbook edited =
            written(
                once,
                b -> {
                  CellStyle green = b.createCellStyle();
                  green.cloneStyleFrom(cell(b, 1, 1).getCellStyle());
                  green.setFillForegroundColor(IndexedColors.BRIGHT_GREEN.getIndex());
                  cell(b, 1, 1).setCellStyle(green);
                  cell(b, 1, 1).removeCellComment();
                  cell(b, 2, 2).removeCellComment();
                });
        Workbook again = written(edited, b -> Annotations.mark(b, List.of(), ZH))) {
      CellStyle b2 = cell(again, 1, 1).getCellStyle();
      assertEquals(FillPatternType.SOLID_FOREGROUND, b2.getFillPattern());
      assertEquals(
          Optional.empty(), CellMarks.severityOf(again, b2), "green is no colour of a mark");
      assertNull(cell(again, 2, 2).getCellComment());
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theUnitsOwnPropertiesStayAndOnlyTheRecordIsReplaced(Format format) throws IOException {
    Workbook book = form(format);
    if (book instanceof XSSFWorkbook xssf) {
      xssf.getProperties().getCustomProperties().addProperty("单位编码", "110000");
    } else {
      HSSFWorkbook hssf = (HSSFWorkbook) book;
      hssf.createInformationProperties();
      org.apache.poi.hpsf.CustomProperties custom = new org.apache.poi.hpsf.CustomProperties();
      custom.put("单位编码", "110000");
      hssf.getDocumentSummaryInformation().setCustomProperties(custom);
    }
    try (Workbook once = written(book, b -> Annotations.mark(b, List.of(card(TOTAL_B2)), ZH));
        Workbook twice = written(once, b -> Annotations.mark(b, List.of(card(TOTAL_C3)), ZH))) {
      Map<String, String> properties = properties(twice);
      assertEquals("110000", properties.get("单位编码"));
      List<OwnMarks.Mark> marks = OwnMarks.decode(OwnMarks.joined(properties)).orElseThrow();
      assertEquals(1, marks.size());
      assertEquals(2, marks.get(0).row(), "C3, of the second annotation");
      assertEquals(3, properties.size(), properties.keySet().toString());
      // B2 no longer marked; C3 marked.
      assertEquals(FillPatternType.NO_FILL, cell(twice, 1, 1).getCellStyle().getFillPattern());
      assertNull(cell(twice, 1, 1).getCellComment());
      assertNotEquals(FillPatternType.NO_FILL, cell(twice, 2, 2).getCellStyle().getFillPattern());
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aRecordOfCellsSheetsOrStylesNoLongerThereTakesNothingAway(Format format) throws IOException {
    Workbook book = form(format);
    Annotations.mark(book, List.of(card(TOTAL_B2)), ZH);
    Cell b2 = cell(book, 1, 1);
    int marked = b2.getCellStyle().getIndex();
    int styles = book.getNumCellStyles();
    OwnMarks.record(
        book,
        List.of(
            new OwnMarks.Mark("没有的表", 1, 1, 0, marked, -1),
            new OwnMarks.Mark("自评表", 50, 1, 0, marked, -1),
            new OwnMarks.Mark("自评表", 1, 50, 0, marked, -1),
            // B2 itself, but with an original style the workbook does not have: one past its last.
            new OwnMarks.Mark("自评表", 1, 1, styles, marked, -1)),
        "没有的表");
    OwnMarks.remove(book);
    assertEquals(marked, cell(book, 1, 1).getCellStyle().getIndex());
    assertEquals(2, book.getNumberOfSheets());
    assertEquals(Map.of(), properties(book), "the record itself goes");
    book.close();
  }

  @Test
  void aRecordOfNoMarksIsTheReviewSheetsNameAlone() throws IOException {
    try (Workbook book = written(Format.XLSX, b -> OwnMarks.record(b, List.of(), "复核结果"))) {
      assertEquals(List.of("jixiao.review"), List.copyOf(properties(book).keySet()));
    }
  }

  @Test
  void theReviewSheetIsTakenAwayWhereverItIs() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("复核结果");
      book.createSheet("自评表");
      OwnMarks.record(book, List.of(), "复核结果");
      OwnMarks.remove(book);
      assertEquals(1, book.getNumberOfSheets());
      assertEquals("自评表", book.getSheetName(0));
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aRecordThatDoesNotParseTakesNothingAwayAndGoes(Format format) throws IOException {
    try (Workbook book = form(format)) {
      Annotations.mark(book, List.of(card(TOTAL_B2)), ZH);
      int marked = cell(book, 1, 1).getCellStyle().getIndex();
      OwnMarks.record(book, List.of(), "复核结果");
      // A record damaged by hand: a row that is no number.
      if (book instanceof XSSFWorkbook xssf) {
        xssf.getProperties().getCustomProperties().addProperty("jixiao.marks.1", "S=x;a,1,1,1,1;");
      } else {
        org.apache.poi.hpsf.CustomProperties custom =
            ((HSSFWorkbook) book).getDocumentSummaryInformation().getCustomProperties();
        custom.put("jixiao.marks.1", "S=x;a,1,1,1,1;");
        ((HSSFWorkbook) book).getDocumentSummaryInformation().setCustomProperties(custom);
      }
      assertEquals(Map.of(), OwnMarks.remove(book));
      assertEquals(marked, cell(book, 1, 1).getCellStyle().getIndex(), "the mark stays");
      assertEquals(2, book.getNumberOfSheets(), "and so does 复核结果");
      assertEquals(Map.of(), properties(book));
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aUnitsCommentWithNoTextOrWithTheFindingsDeletedIsLeftWithTheUnitsText(Format format)
      throws IOException {
    Workbook book = form(format);
    Cell b2 = cell(book, 1, 1);
    comment(book, book.getSheet("自评表"), b2, "单位", "");
    try (Workbook once =
            written(book, b -> Annotations.mark(b, List.of(card(TOTAL_B2, TOTAL_C3)), ZH));
        Workbook edited =
            written(
                once,
                b -> {
                  // The unit deletes the findings below its own comment on C3 itself.
                  Comment c3 = cell(b, 2, 2).getCellComment();
                  c3.setString(b.getCreationHelper().createRichTextString("请补充"));
                });
        Workbook again = written(edited, b -> Annotations.mark(b, List.of(), ZH))) {
      // The findings below the unit's empty comment, after its empty first line.
      assertEquals(
          "\n[错误] " + TOTAL_B2.message(ZH),
          once.getSheet("自评表").getRow(1).getCell(1).getCellComment().getString().getString());
      Comment b2Again = cell(again, 1, 1).getCellComment();
      assertEquals("", b2Again.getString().getString(), "the unit's empty comment, empty again");
      assertEquals("单位", b2Again.getAuthor());
      assertEquals("请补充", cell(again, 2, 2).getCellComment().getString().getString());
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aCellOfTheUnitsOwnFillGetsItBackWithTheUnitsLaterChange(Format format) throws IOException {
    Workbook book = form(format);
    CellStyle yellow = book.createCellStyle();
    yellow.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
    yellow.setFillBackgroundColor(IndexedColors.RED.getIndex());
    yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    Cell d4 = book.getSheet("自评表").createRow(3).createCell(3);
    d4.setCellValue(5);
    d4.setCellStyle(yellow);
    try (Workbook once =
            written(
                book,
                b ->
                    Annotations.mark(
                        b, List.of(card(finding(FindingCode.TOTAL_SCORE_MISMATCH, "D4"))), ZH));
        Workbook edited =
            written(
                once,
                b -> {
                  Cell cell = cell(b, 3, 3);
                  CellStyle right = b.createCellStyle();
                  right.cloneStyleFrom(cell.getCellStyle());
                  right.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
                  cell.setCellStyle(right);
                });
        Workbook again = written(edited, b -> Annotations.mark(b, List.of(), ZH))) {
      CellStyle style = cell(again, 3, 3).getCellStyle();
      assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT, style.getAlignment());
      assertEquals(FillPatternType.SOLID_FOREGROUND, style.getFillPattern());
      assertEquals(IndexedColors.YELLOW.getIndex(), style.getFillForegroundColor());
      assertEquals(IndexedColors.RED.getIndex(), style.getFillBackgroundColor());
      if (style instanceof org.apache.poi.xssf.usermodel.XSSFCellStyle xssf) {
        CellStyle original = cell(once, 3, 3).getCellStyle();
        assertTrue(xssf.getCoreXf().getApplyFill());
        assertNotEquals(
            ((org.apache.poi.xssf.usermodel.XSSFCellStyle) original).getCoreXf().getFillId(),
            xssf.getCoreXf().getFillId(),
            "the copy's fill is no longer the mark's");
      }
    }
  }

  @Test
  void anXlsxCellWhoseOriginalStyleNamesNoApplyFillGetsNone() throws IOException {
    // B2's bordered style, made by POI, says nothing of applyFill; the mark's says true.
    try (Workbook once =
            written(form(Format.XLSX), b -> Annotations.mark(b, List.of(card(TOTAL_B2)), ZH));
        Workbook edited =
            written(
                once,
                b -> {
                  Cell cell = cell(b, 1, 1);
                  CellStyle right = b.createCellStyle();
                  right.cloneStyleFrom(cell.getCellStyle());
                  right.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
                  cell.setCellStyle(right);
                });
        Workbook again = written(edited, b -> Annotations.mark(b, List.of(), ZH))) {
      org.apache.poi.xssf.usermodel.XSSFCellStyle marked =
          (org.apache.poi.xssf.usermodel.XSSFCellStyle) cell(once, 1, 1).getCellStyle();
      assertTrue(marked.getCoreXf().isSetApplyFill());
      org.apache.poi.xssf.usermodel.XSSFCellStyle style =
          (org.apache.poi.xssf.usermodel.XSSFCellStyle) cell(again, 1, 1).getCellStyle();
      assertFalse(style.getCoreXf().isSetApplyFill());
      assertEquals(0, style.getCoreXf().getFillId());
    }
  }

  @Test
  void aMarkedCellTheUnitChangedKeepsItsMarkWhereTheWorkbookHasNoRoomForAStyle()
      throws IOException {
    try (Workbook once =
            written(form(Format.XLS), b -> Annotations.mark(b, List.of(card(TOTAL_B2)), ZH));
        Workbook edited =
            written(
                once,
                b -> {
                  Cell cell = cell(b, 1, 1);
                  CellStyle right = b.createCellStyle();
                  right.cloneStyleFrom(cell.getCellStyle());
                  right.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
                  cell.setCellStyle(right);
                  while (b.getNumCellStyles() < 4000) {
                    b.createCellStyle();
                  }
                })) {
      int index = cell(edited, 1, 1).getCellStyle().getIndex();
      Annotations.mark(edited, List.of(), ZH);
      assertEquals(index, cell(edited, 1, 1).getCellStyle().getIndex());
      assertEquals(4000, edited.getNumCellStyles());
    }
  }

  @Test
  void theReviewSheetIsKeptWhereItIsTheWorkbooksOnlySheet() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("复核结果");
      OwnMarks.record(book, List.of(), "复核结果");
      OwnMarks.remove(book);
      assertEquals(1, book.getNumberOfSheets());
    }
  }

  @Test
  void aWorkbookWithNoRecordHasNothingTakenAway() throws IOException {
    try (Workbook book = form(Format.XLS)) {
      book.createSheet("复核结果");
      assertEquals(Map.of(), OwnMarks.remove(book));
      assertEquals(2, book.getNumberOfSheets(), "a sheet of the name, but not recorded: kept");
      assertFalse(properties(book).containsKey("jixiao.review"));
    }
  }
}
