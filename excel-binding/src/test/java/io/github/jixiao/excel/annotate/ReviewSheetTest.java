package io.github.jixiao.excel.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.FundingScore;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.Scorecard;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
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

      Font header = fontOf(book, review.getRow(0).getCell(0));
      assertEquals("宋体", header.getFontName());
      assertEquals(12, header.getFontHeightInPoints());
      assertTrue(header.getBold());

      // The finding's cell, D2, links to C24: underlined in blue, as a link shows.
      Cell link = review.getRow(1).getCell(3);
      assertEquals("'自评表'!C24", link.getStringCellValue());
      Font linkFont = fontOf(book, link);
      assertEquals("宋体", linkFont.getFontName());
      assertEquals(12, linkFont.getFontHeightInPoints());
      assertEquals(Font.U_SINGLE, linkFont.getUnderline());
      assertEquals(IndexedColors.BLUE.getIndex(), linkFont.getColor());
    }
  }

  @Test
  void theColumnsAreWideEnoughForTheirTextAndTheFiguresEndAtTheGrade() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet review = ReviewSheet.add(book, List.of(CARD), ZH);
      int defaultWidth = review.getColumnWidth(20);
      // 表, 严重程度, 代码, 单元格/路径, 说明 in 30, 10, 30, 18 and 100 characters (of 256 units each).
      int[] widths = {30, 10, 30, 18, 100};
      for (int column = 0; column < widths.length; column++) {
        assertEquals(widths[column] * 256, review.getColumnWidth(column), "column " + column);
      }
      // The figures: 表, 执行率, 资金得分, three levels, 总分, 等级 in columns A to H; F to H are 12
      // wide, and I, right of the grade, keeps the sheet's default.
      assertEquals("等级", review.getRow(3).getCell(7).getStringCellValue());
      for (int column = 5; column <= 7; column++) {
        assertEquals(12 * 256, review.getColumnWidth(column), "column " + column);
      }
      assertEquals(defaultWidth, review.getColumnWidth(8));
      assertTrue(defaultWidth != 12 * 256, "the default width is not the figures' own");
    }
  }

  @Test
  void withNoFormTheColumnsPastTheMessageKeepTheirWidth() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet review = ReviewSheet.add(book, List.of(), ZH);
      // No levels: the figures' header is 表, 执行率(%), 资金得分, 总分, 等级, five columns A to E.
      assertEquals(5, review.getRow(2).getLastCellNum());
      assertEquals(100 * 256, review.getColumnWidth(4));
      assertEquals(review.getColumnWidth(20), review.getColumnWidth(5));
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
      // Rows 1 and 2 the findings, row 3 blank, row 4 the figures' header, then a row per form.
      Cell link = review.getRow(2).getCell(3);
      assertEquals("GRADE_MISMATCH", review.getRow(2).getCell(2).getStringCellValue());
      assertEquals("'自评表'!H24", link.getStringCellValue());
      assertEquals("'自评表'!H24", link.getHyperlink().getAddress());
      assertEquals("填报等级为“良”，按计算总分 99.03 应为“优”。", review.getRow(2).getCell(4).getStringCellValue());
      assertEquals(
          List.of("表", "执行率(%)", "资金得分", "产出指标", "效益指标", "满意度指标", "总分", "等级", "填报等级"),
          texts(review, 4));
      // 质量基础专项 prints no grade: its row ends at 等级.
      assertEquals("优", review.getRow(5).getCell(7).getStringCellValue());
      assertNull(review.getRow(5).getCell(8));
      assertEquals("优", review.getRow(6).getCell(7).getStringCellValue());
      assertEquals("良", review.getRow(6).getCell(8).getStringCellValue());
      assertEquals(12 * 256, review.getColumnWidth(8));
    }
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet review = ReviewSheet.add(book, List.of(GRADED), Locale.ENGLISH);
      assertEquals("Reported grade", review.getRow(3).getCell(8).getStringCellValue());
      assertEquals("EXCELLENT", review.getRow(4).getCell(7).getStringCellValue());
      assertEquals("GOOD", review.getRow(4).getCell(8).getStringCellValue());
    }
  }

  @Test
  void withNoFormThatPrintsAGradeTheFiguresEndAtTheComputedGrade() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      book.createSheet("自评表");
      Sheet review = ReviewSheet.add(book, List.of(CARD), ZH);
      assertEquals(
          List.of("表", "执行率(%)", "资金得分", "产出指标", "效益指标", "满意度指标", "总分", "等级"), texts(review, 3));
      assertEquals(8, review.getRow(4).getLastCellNum());
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
      assertEquals("良", book.getSheet("复核结果").getRow(4).getCell(8).getStringCellValue());
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
