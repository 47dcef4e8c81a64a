package io.github.jixiao.excel.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.scoring.CappedTotal;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.FundingScore;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.ProfileStamp;
import io.github.jixiao.core.scoring.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The sheet 复核结果: its name beside the workbook's sheets, its fonts and its column widths. */
class ReviewSheetTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  /** A total that disagrees, at C24 of the form's sheet. */
  private static final Finding TOTAL =
      new Finding(
          FindingCode.TOTAL_SCORE_MISMATCH,
          FormPath.REPORTED_TOTAL,
          Optional.of(new BigDecimal("100")),
          Optional.of(new BigDecimal("99.03")),
          Optional.empty(),
          Optional.of(CellAddress.parse("'自评表'!C24")));

  /** A form of the three levels of the printed form, with the one finding. */
  private static final Scorecard CARD =
      new Scorecard(
          "质量基础专项",
          new FundingScore(
              BigDecimal.TEN, Optional.of(new BigDecimal("90.32")), new BigDecimal("9.03")),
          List.of(
              new LevelScore(Level.OUTPUT, new BigDecimal("50"), new BigDecimal("50")),
              new LevelScore(Level.BENEFIT, new BigDecimal("30"), new BigDecimal("30")),
              new LevelScore(Level.SATISFACTION, new BigDecimal("10"), new BigDecimal("10"))),
          new BigDecimal("90"),
          new BigDecimal("99.03"),
          Optional.of(new BigDecimal("100")),
          Grade.EXCELLENT,
          List.of(TOTAL),
          List.of());

  @Test
  void theSheetIsAddedLastAndReturned() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet added = ReviewSheet.add(book, List.of(CARD), ZH);
      assertSame(book.getSheetAt(1), added);
      assertEquals("复核结果", added.getSheetName());
    }
  }

  @Test
  void aNameTakenAlreadyIsNumberedFromTwo() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      // 复核结果 as the first sheet, at index 0, is taken as much as anywhere else.
      book.createSheet("复核结果");
      assertEquals("复核结果(2)", ReviewSheet.freeName(book));
      book.createSheet("复核结果(2)");
      assertEquals("复核结果(3)", ReviewSheet.freeName(book));
    }
  }

  @Test
  void headersAndLinksAreInTheWorkbooksOwnFont() throws IOException {
    // A workbook saved by Chinese WPS: its default font is 宋体 12, which the sheet keeps.
    try (Workbook book = new HSSFWorkbook()) {
      Font base = book.getFontAt(0);
      base.setFontName("宋体");
      base.setFontHeightInPoints((short) 12);
      book.createSheet("自评表").createRow(23).createCell(2).setCellValue(100);
      Sheet review = ReviewSheet.add(book, List.of(CARD), ZH);

      Font header = fontOf(book, review.getRow(1).getCell(0));
      assertEquals("宋体", header.getFontName());
      assertEquals(12, header.getFontHeightInPoints());
      assertTrue(header.getBold());

      // The finding's cell, D3, links to C24: underlined in blue, as a link shows.
      Cell link = review.getRow(2).getCell(3);
      assertEquals("'自评表'!C24", link.getStringCellValue());
      Font linkFont = fontOf(book, link);
      assertEquals("宋体", linkFont.getFontName());
      assertEquals(12, linkFont.getFontHeightInPoints());
      assertEquals(Font.U_SINGLE, linkFont.getUnderline());
      assertEquals(IndexedColors.BLUE.getIndex(), linkFont.getColor());
      // At the top of its row, beside the message that wraps.
      assertEquals(VerticalAlignment.TOP, link.getCellStyle().getVerticalAlignment());
    }
  }

  @Test
  void theColumnsAreWideEnoughForTheirTextAndTheFiguresEndAtTheGrade() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet review = ReviewSheet.add(book, List.of(CARD), ZH);
      int defaultWidth = review.getColumnWidth(20);
      // 表, 严重程度, 代码, 单元格/路径, 说明 in 30, 10, 30, 18 and 60 characters (of 256 units each):
      // 148 in all, which a landscape A4 page holds one wide.
      int[] widths = {30, 10, 30, 18, 60};
      for (int column = 0; column < widths.length; column++) {
        assertEquals(widths[column] * 256, review.getColumnWidth(column), "column " + column);
      }
      // The figures: 表, 执行率, 资金得分, three levels, 总分, 填报总分, 等级 in columns A to I; F to I
      // are 12 wide, and J, right of the grade, keeps the sheet's default.
      assertEquals("等级", review.getRow(4).getCell(8).getStringCellValue());
      for (int column = 5; column <= 8; column++) {
        assertEquals(12 * 256, review.getColumnWidth(column), "column " + column);
      }
      assertEquals(defaultWidth, review.getColumnWidth(9));
      assertTrue(defaultWidth != 12 * 256, "the default width is not the figures' own");
    }
  }

  @Test
  void withNoFormTheColumnsPastTheMessageKeepTheirWidth() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet review = ReviewSheet.add(book, List.of(), ZH);
      // No levels: the figures' header (row 4, below the profile, the findings' header and a blank
      // row) is 表, 执行率(%), 资金得分, 总分, 填报总分, 等级, six columns A to F.
      assertEquals(6, review.getRow(3).getLastCellNum());
      assertEquals(60 * 256, review.getColumnWidth(4));
      assertEquals(12 * 256, review.getColumnWidth(5));
      assertEquals(review.getColumnWidth(20), review.getColumnWidth(6));
    }
  }

  private static Font fontOf(Workbook book, Cell cell) {
    return book.getFontAt(cell.getCellStyle().getFontIndex());
  }

  /** The grade the form prints, 良, at H24 beside its 总分, where 99.03 gives 优. */
  private static final Finding GRADE =
      Finding.ofGrades(
              FindingCode.GRADE_MISMATCH,
              FormPath.REPORTED_GRADE,
              Grade.EXCELLENT,
              Grade.GOOD,
              "99.03")
          .withLocation(Optional.of(CellAddress.parse("'自评表'!H24")));

  /** {@link #CARD}'s figures, of a form that prints 良 beside its 总分. */
  private static final Scorecard GRADED =
      new Scorecard(
          "质量基础专项（填报等级）",
          CARD.funding(),
          CARD.levels(),
          CARD.indicatorScore(),
          CARD.total(),
          CARD.reportedTotal(),
          Grade.EXCELLENT,
          Optional.of(Grade.GOOD),
          List.of(GRADE),
          List.of(),
          Optional.empty());

  @Test
  void theGradeAFormPrintsStandsRightOfTheComputedOneWhereItPrintsOne() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet review = ReviewSheet.add(book, List.of(CARD, GRADED), ZH);
      // Row 1 the profile, row 2 the header, rows 3 and 4 the findings (two errors, in the forms'
      // order), row 5 blank, row 6 the figures' header, then a row per form.
      assertEquals("TOTAL_SCORE_MISMATCH", review.getRow(2).getCell(2).getStringCellValue());
      Cell link = review.getRow(3).getCell(3);
      assertEquals("GRADE_MISMATCH", review.getRow(3).getCell(2).getStringCellValue());
      assertEquals("'自评表'!H24", link.getStringCellValue());
      assertEquals("'自评表'!H24", link.getHyperlink().getAddress());
      assertEquals("填报等级为“良”，按计算总分 99.03 应为“优”。", review.getRow(3).getCell(4).getStringCellValue());
      assertEquals(
          List.of("表", "执行率(%)", "资金得分", "产出指标", "效益指标", "满意度指标", "总分", "填报总分", "等级", "填报等级"),
          texts(review, 5));
      // 质量基础专项 prints no grade: its row ends at 等级.
      assertEquals("优", review.getRow(6).getCell(8).getStringCellValue());
      assertNull(review.getRow(6).getCell(9));
      assertEquals("优", review.getRow(7).getCell(8).getStringCellValue());
      assertEquals("良", review.getRow(7).getCell(9).getStringCellValue());
      assertEquals(12 * 256, review.getColumnWidth(9));
    }
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet review = ReviewSheet.add(book, List.of(GRADED), Locale.ENGLISH);
      assertEquals("Reported grade", review.getRow(4).getCell(9).getStringCellValue());
      assertEquals("EXCELLENT", review.getRow(5).getCell(8).getStringCellValue());
      assertEquals("GOOD", review.getRow(5).getCell(9).getStringCellValue());
    }
  }

  @Test
  void withNoFormThatPrintsAGradeTheFiguresEndAtTheComputedGrade() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet review = ReviewSheet.add(book, List.of(CARD), ZH);
      assertEquals(
          List.of("表", "执行率(%)", "资金得分", "产出指标", "效益指标", "满意度指标", "总分", "填报总分", "等级"),
          texts(review, 4));
      assertEquals(9, review.getRow(5).getLastCellNum());
    }
  }

  @Test
  void aGradeMismatchMarksTheGradeCellItNames() throws IOException {
    // The reader does not read the grade cell yet: the finding is located at it by hand.
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("自评表").createRow(23).createCell(7).setCellValue("良");
      Annotations.mark(book, List.of(GRADED), ZH);
      Cell grade = book.getSheet("自评表").getRow(23).getCell(7);
      assertEquals("良", grade.getStringCellValue());
      assertEquals(FillPatternType.SOLID_FOREGROUND, grade.getCellStyle().getFillPattern());
      assertEquals(
          "FFFFC7CE",
          ((XSSFColor) grade.getCellStyle().getFillForegroundColorColor()).getARGBHex());
      assertEquals(
          "[错误] 填报等级为“良”，按计算总分 99.03 应为“优”。", grade.getCellComment().getString().getString());
      assertEquals("良", book.getSheet("复核结果").getRow(5).getCell(9).getStringCellValue());
    }
  }

  /** A finding of a code at a cell, or at none. */
  private static Finding at(FindingCode code, String cell) {
    return new Finding(
        code,
        FormPath.LEVELS,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(cell).map(CellAddress::parse));
  }

  /** A form of no levels with the findings, under a profile, its total capped or not. */
  private static Scorecard card(
      String name, List<Finding> findings, ProfileStamp profile, Optional<CappedTotal> cap) {
    return new Scorecard(
        name,
        new FundingScore(BigDecimal.TEN, Optional.of(new BigDecimal("79.99")), new BigDecimal("8")),
        List.of(),
        new BigDecimal("90"),
        cap.map(CappedTotal::cap).orElse(new BigDecimal("98")),
        Optional.of(new BigDecimal("98")),
        Grade.GOOD,
        Optional.empty(),
        findings,
        List.of(),
        Optional.empty(),
        profile,
        cap);
  }

  @Test
  void findingsAreListedBySeverityThenFormThenCellInSheetOrder() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      // 附表 comes before 自评表 in the workbook, though not by name.
      book.createSheet("附表");
      book.createSheet("自评表");
      // Severities of the codes: TOTAL_SCORE_MISMATCH and MISSING_SCORE errors,
      // DEDUCTION_WITHOUT_REASON a warning, ACTUAL_NOT_COMPARABLE advice.
      Finding c12 = at(FindingCode.ACTUAL_NOT_COMPARABLE, "'自评表'!C12");
      Finding c5 = at(FindingCode.ACTUAL_NOT_COMPARABLE, "'自评表'!C5");
      Finding nowhere = at(FindingCode.MISSING_SCORE, null);
      Finding a2 = at(FindingCode.MISSING_SCORE, "'自评表'!A2");
      Finding b1 = at(FindingCode.MISSING_SCORE, "'自评表'!B1");
      Finding other = at(FindingCode.MISSING_SCORE, "'附表'!Z9");
      Finding last = at(FindingCode.MISSING_SCORE, "'附表'!A1048576");
      Finding warning = at(FindingCode.DEDUCTION_WITHOUT_REASON, "'自评表'!A1");
      Finding total = at(FindingCode.TOTAL_SCORE_MISMATCH, "'自评表'!Z99");
      Scorecard first =
          card(
              "甲",
              List.of(c12, c5, nowhere, a2, last, b1, other, warning),
              ProfileStamp.NATIONAL_2020,
              Optional.empty());
      Scorecard second = card("乙", List.of(total), ProfileStamp.NATIONAL_2020, Optional.empty());
      Sheet review = ReviewSheet.add(book, List.of(first, second), ZH);
      // Errors: form 甲's on 附表 first (row 9, then the sheet's last row), then 自评表's B1 (row 1)
      // before A2 (row 2), then the one with no cell; then 乙's error; then 甲's warning; then 甲's
      // advice, C5 before C12.
      List<String> expected =
          List.of(
              "甲 '附表'!Z9",
              "甲 '附表'!A1048576",
              "甲 '自评表'!B1",
              "甲 '自评表'!A2",
              "甲 $.levels",
              "乙 '自评表'!Z99",
              "甲 '自评表'!A1",
              "甲 '自评表'!C5",
              "甲 '自评表'!C12");
      for (int i = 0; i < expected.size(); i++) {
        Row row = review.getRow(2 + i);
        assertEquals(
            expected.get(i),
            row.getCell(0).getStringCellValue() + " " + row.getCell(3).getStringCellValue(),
            "row " + (3 + i));
      }
      assertNull(review.getRow(2 + expected.size()));
    }
  }

  @Test
  void theFirstRowNamesTheProfileWithItsRevisionAndAPresetsTitle() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet review =
          ReviewSheet.add(
              book,
              List.of(card("甲", List.of(), Presets.HUBEI_2020.stamp(), Optional.empty())),
              ZH);
      assertEquals(
          "评分规则：HUBEI_2020（第 1 版）　" + Presets.HUBEI_2020.title(),
          review.getRow(0).getCell(0).getStringCellValue());
    }
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      // A profile of no preset, a preset's id at a revision it does not have, and the first again:
      // each named once, in the forms' order, with no title.
      Sheet review =
          ReviewSheet.add(
              book,
              List.of(
                  card("甲", List.of(), ProfileStamp.CUSTOM, Optional.empty()),
                  card("乙", List.of(), new ProfileStamp("HUBEI_2020", 2), Optional.empty()),
                  card("丙", List.of(), ProfileStamp.CUSTOM, Optional.empty())),
              Locale.ENGLISH);
      assertEquals(
          "Rule profile: CUSTOM revision 1; HUBEI_2020 revision 2",
          review.getRow(0).getCell(0).getStringCellValue());
    }
  }

  @Test
  void whereACapBitesTheSumBeforeItStandsLeftOfTheCappedTotal() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      // rule-profiles §2.8 (YITIHUA_2022): at 79.99 %, 90 + 8 = 98 is held to 89.
      Scorecard capped =
          card(
              "甲",
              List.of(),
              Presets.YITIHUA_2022.stamp(),
              Optional.of(new CappedTotal(new BigDecimal("89"), new BigDecimal("98"))));
      Scorecard free = card("乙", List.of(), Presets.YITIHUA_2022.stamp(), Optional.empty());
      Sheet review = ReviewSheet.add(book, List.of(capped, free), ZH);
      // Row 1 the profile, 2 the findings' header, 3 blank, 4 the figures' header.
      assertEquals(List.of("表", "执行率(%)", "资金得分", "封顶前合计", "总分", "填报总分", "等级"), texts(review, 3));
      Row first = review.getRow(4);
      assertEquals(79.99, first.getCell(1).getNumericCellValue());
      assertEquals(98, first.getCell(3).getNumericCellValue());
      assertEquals(89, first.getCell(4).getNumericCellValue());
      assertEquals(98, first.getCell(5).getNumericCellValue());
      Row second = review.getRow(5);
      assertEquals("BLANK", second.getCell(3).getCellType().name(), "no cap bites");
      assertEquals(98, second.getCell(4).getNumericCellValue());
    }
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet review =
          ReviewSheet.add(
              book,
              List.of(card("甲", List.of(), ProfileStamp.NATIONAL_2020, Optional.empty())),
              Locale.ENGLISH);
      // No cap bites on any form: no column for it.
      assertEquals(
          List.of(
              "Form", "Execution rate (%)", "Funding score", "Total", "Reported total", "Grade"),
          texts(review, 3));
    }
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet review =
          ReviewSheet.add(
              book,
              List.of(
                  card(
                      "甲",
                      List.of(),
                      ProfileStamp.NATIONAL_2020,
                      Optional.of(new CappedTotal(new BigDecimal("89"), new BigDecimal("98"))))),
              Locale.ENGLISH);
      assertEquals("Before the cap", review.getRow(3).getCell(3).getStringCellValue());
    }
  }

  @Test
  void anXlsKeepsItsPrintAreaAndNamesTheFilterOnTheReviewSheet() throws IOException {
    // (The workbook POI's own setAutoFilter breaks, whose external sheet table is shorter than its
    // sheets, is the central budget system's export: WorkbookAnnotatorTest.)
    try (HSSFWorkbook book = new HSSFWorkbook()) {
      book.createSheet("封面");
      book.createSheet("自评表");
      book.setPrintArea(1, "$A$1:$F$20");
      ReviewSheet.add(book, List.of(CARD), ZH);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      try (HSSFWorkbook back = new HSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
        List<String> names = new ArrayList<>();
        back.getAllNames()
            .forEach(n -> names.add(n.getNameName() + " = " + n.getRefersToFormula()));
        assertTrue(names.contains("Print_Area = 自评表!$A$1:$F$20"), names.toString());
        assertTrue(names.contains("_FilterDatabase = 复核结果!$A$2:$E$3"), names.toString());
      }
    }
  }

  private static List<String> texts(Sheet sheet, int row) {
    List<String> texts = new java.util.ArrayList<>();
    for (Cell cell : sheet.getRow(row)) {
      texts.add(cell.getStringCellValue());
    }
    return texts;
  }
}
