package io.github.jixiao.excel.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.ReferenceForms;
import io.github.jixiao.excel.testing.RegionalForms;
import io.github.jixiao.excel.testing.TestSheets;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The printed 附件5 layout: where each block goes, merged and bordered as on paper. */
class FormLayoutTest {

  private static Set<String> merged(Sheet sheet) {
    return sheet.getMergedRegions().stream()
        .map(CellRangeAddress::formatAsString)
        .collect(Collectors.toSet());
  }

  /** The texts of a row's first cells. */
  private static List<String> rowTexts(Sheet sheet, int row, int cells) {
    return java.util.stream.IntStream.range(0, cells)
        .mapToObj(c -> sheet.getRow(row).getCell(c).getStringCellValue())
        .toList();
  }

  private static String text(Sheet sheet, String reference) {
    return TestSheets.cell(sheet, reference).getStringCellValue();
  }

  @Test
  void theTemplateHasThePrintedBlocksInTheirPlaces() throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("t");
      int end = new FormLayout(workbook).template(sheet, 0, 0);
      assertEquals("附件5", text(sheet, "A1"));
      assertEquals("项目支出绩效自评表", text(sheet, "A2"));
      assertEquals("（    年度）", text(sheet, "A3"));
      assertEquals("项目名称", text(sheet, "A4"));
      assertEquals("实施单位", text(sheet, "E5"));
      assertEquals("项目资金（万元）", text(sheet, "A6"));
      assertEquals("年度资金总额：", text(sheet, "B7"));
      assertEquals(10, TestSheets.cell(sheet, "F7").getNumericCellValue());
      assertEquals("—", text(sheet, "G8"));
      // The lines under 年度资金总额 have no 分值, 执行率 or 得分 of their own.
      for (String dash : List.of("F8", "G8", "H8", "F10", "G10", "H10")) {
        assertEquals("—", text(sheet, dash), dash);
      }
      assertEquals("年度总体目标", text(sheet, "A11"));
      assertEquals("绩效指标", text(sheet, "A13"));
      assertEquals("偏差原因分析及改进措施", text(sheet, "I13"));
      assertEquals("产出指标（50分）", text(sheet, "B14"));
      // Four 产出 categories of two blank rows each: 效益 from row 22, 满意度 from row 30.
      assertEquals("成本指标", text(sheet, "C20"));
      assertEquals("效益指标（30分）", text(sheet, "B22"));
      assertEquals("可持续影响指标", text(sheet, "C28"));
      assertEquals("满意度指标（10分）", text(sheet, "B30"));
      assertEquals("服务对象满意度指标", text(sheet, "C30"));
      assertEquals("总分", text(sheet, "A32"));
      assertEquals(100, TestSheets.cell(sheet, "G32").getNumericCellValue());
      assertTrue(text(sheet, "A33").startsWith("注意事项"));
      assertEquals(33, end);
      assertTrue(
          merged(sheet)
              .containsAll(
                  List.of(
                      "A2:I2", "A3:I3", "A4:B4", "C4:I4", "A6:B6", "H6:I6", "A7:A10", "H7:I7",
                      "H8:I8", "H10:I10", "A11:A12", "B12:E12", "F12:I12", "A13:A31", "B14:B21",
                      "C14:C15", "B30:B31", "A32:F32", "A33:I33")),
          merged(sheet)::toString);
    }
  }

  @Test
  void everyCellOfTheTableIsBorderedAndTheNoteIsNot() throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("t");
      new FormLayout(workbook).template(sheet, 0, 0);
      for (int r = 3; r <= 31; r++) {
        for (int c = 0; c < FormLayout.WIDTH; c++) {
          Cell cell = sheet.getRow(r).getCell(c);
          assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderBottom(), cell::toString);
          assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderLeft(), cell::toString);
        }
      }
      assertEquals(
          BorderStyle.NONE, TestSheets.cell(sheet, "A33").getCellStyle().getBorderBottom());
    }
  }

  @Test
  void aFormCanBeLaidOutAnywhereInASheet() throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("t");
      FormLayout layout = new FormLayout(workbook);
      layout.page(sheet, 2);
      int end = layout.write(sheet, 5, 2, ReferenceForms.antitrust());
      assertEquals("项目支出绩效自评表", text(sheet, "C7"));
      assertEquals(ReferenceForms.antitrust().projectName(), text(sheet, "E9"));
      assertEquals(28 * 256, sheet.getColumnWidth(5));
      assertTrue(merged(sheet).contains("C7:K7"));
      assertEquals("总分", text(sheet, "C" + (end - 1)));
    }
  }

  @Test
  void figuresAreNumbersFormattedToThePlacesTheyCarry() throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("t");
      new FormLayout(workbook).write(sheet, 0, 0, ReferenceForms.intellectualProperty());
      // 9.30 of the funding score: 9.3 formatted 0.00; the rate 92.98% as 0.9298 formatted 0.00%.
      Cell score = TestSheets.cell(sheet, "H7");
      assertEquals(9.3, score.getNumericCellValue());
      assertEquals("0.00", score.getCellStyle().getDataFormatString());
      Cell rate = TestSheets.cell(sheet, "G7");
      assertEquals(0.9298, rate.getNumericCellValue());
      assertEquals("0.00%", rate.getCellStyle().getDataFormatString());
      Cell executed = TestSheets.cell(sheet, "E7");
      assertEquals(1359.88, executed.getNumericCellValue());
      assertEquals("0.00", executed.getCellStyle().getDataFormatString());
      assertEquals("0", TestSheets.cell(sheet, "F7").getCellStyle().getDataFormatString());
    }
  }

  @Test
  void aValueADoubleCannotHoldIsWrittenAsText() throws IOException {
    var project =
        io.github.jixiao.core.model.Project.builder("大额")
            .funding(
                io.github.jixiao.core.model.FundingBreakdown.builder()
                    .total("123456789012.123456", null, null)
                    .reportedExecutionRate("12.1234567890123456")
                    .reportedScore("1.2345678901234567")
                    .build())
            .build();
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("t");
      new FormLayout(workbook).write(sheet, 0, 0, project);
      assertEquals(CellType.STRING, TestSheets.cell(sheet, "C7").getCellType());
      assertEquals("123456789012.123456", text(sheet, "C7"));
      assertEquals("12.1234567890123456%", text(sheet, "G7"));
      assertEquals("1.2345678901234567", text(sheet, "H7"));
    }
  }

  @Test
  void theTitleYearAndNoteArePrintedInTheFontsOfThePaperForm() throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("t");
      new FormLayout(workbook).template(sheet, 0, 0);
      // 附件5 in 宋体 11, left as typed; the title in 宋体 18 bold, centred both ways on a row of 30
      // points; the year in 宋体 12, centred.
      assertFont(workbook, "A1", 11, false);
      CellStyle title = TestSheets.cell(sheet, "A2").getCellStyle();
      assertFont(workbook, "A2", 18, true);
      assertEquals(HorizontalAlignment.CENTER, title.getAlignment());
      assertEquals(VerticalAlignment.CENTER, title.getVerticalAlignment());
      assertEquals(30, sheet.getRow(1).getHeightInPoints());
      assertFont(workbook, "A3", 12, false);
      assertEquals(
          HorizontalAlignment.CENTER, TestSheets.cell(sheet, "A3").getCellStyle().getAlignment());
      // The note wraps within A:I, unbordered, in 宋体 11.
      assertFont(workbook, "A33", 11, false);
      assertTrue(TestSheets.cell(sheet, "A33").getCellStyle().getWrapText());
    }
  }

  @Test
  void labelsAreCentredAndValuesLeftAlignedWrappedInThinBordersAllRound() throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("t");
      new FormLayout(workbook).write(sheet, 0, 0, ReferenceForms.antitrust());
      // A4 项目名称 is a label, C4 its value; D14 a 三级 name, the longest text of a row.
      for (String reference : List.of("A4", "C4", "D14")) {
        CellStyle style = TestSheets.cell(sheet, reference).getCellStyle();
        assertEquals(VerticalAlignment.CENTER, style.getVerticalAlignment(), reference);
        assertTrue(style.getWrapText(), reference);
        assertEquals(BorderStyle.THIN, style.getBorderTop(), reference);
        assertEquals(BorderStyle.THIN, style.getBorderRight(), reference);
        assertEquals(BorderStyle.THIN, style.getBorderBottom(), reference);
        assertEquals(BorderStyle.THIN, style.getBorderLeft(), reference);
        assertFont(workbook, reference, 11, false);
      }
      assertEquals(
          HorizontalAlignment.CENTER, TestSheets.cell(sheet, "A4").getCellStyle().getAlignment());
      assertEquals(
          HorizontalAlignment.LEFT, TestSheets.cell(sheet, "C4").getCellStyle().getAlignment());
      // The goals' row is tall enough for a paragraph of text.
      assertEquals(90, sheet.getRow(11).getHeightInPoints());
    }
  }

  @Test
  void theTableEndsAtColumnI() throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("t");
      new FormLayout(workbook).template(sheet, 0, 0);
      // Rows 4 to 32 are the bordered table, blank 三级 rows included; column J is no part of it.
      for (int r = 3; r <= 31; r++) {
        assertNull(sheet.getRow(r).getCell(FormLayout.WIDTH), "row " + (r + 1));
      }
    }
  }

  @Test
  void aFormWithNoNameLeavesItsNameCellBlank() throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("t");
      new FormLayout(workbook).write(sheet, 0, 0, Project.builder("").build());
      // Blank, as Excel leaves a cell nobody typed in: not a text cell holding "".
      assertEquals(CellType.BLANK, TestSheets.cell(sheet, "C4").getCellType());
    }
  }

  @Test
  void fifteenPlacesAreTheMostANumberFormatIsMadeFor() throws IOException {
    // 1E-15 and 1E-17 are stored exactly by a double (their shortest decimals read back), so only
    // their places decide: 15 are shown by a format, a 16th would be written as text.
    Project project =
        Project.builder("小数")
            .funding(
                FundingBreakdown.builder()
                    .total("0.000000000000001", "0.0000000000000001", null)
                    .reportedExecutionRate("0.000000000000001")
                    .build())
            .build();
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("t");
      new FormLayout(workbook).write(sheet, 0, 0, project);
      Cell fifteen = TestSheets.cell(sheet, "C7");
      assertEquals(CellType.NUMERIC, fifteen.getCellType());
      assertEquals("0." + "0".repeat(15), fifteen.getCellStyle().getDataFormatString());
      assertEquals(CellType.STRING, TestSheets.cell(sheet, "D7").getCellType());
      assertEquals("0.0000000000000001", text(sheet, "D7"));
      // The rate 0.000000000000001% is the fraction 1E-17, formatted to the rate's 15 places.
      Cell rate = TestSheets.cell(sheet, "G7");
      assertEquals(CellType.NUMERIC, rate.getCellType());
      assertEquals(1e-17, rate.getNumericCellValue());
      assertEquals("0." + "0".repeat(15) + "%", rate.getCellStyle().getDataFormatString());
    }
  }

  private static void assertFont(Workbook workbook, String reference, int points, boolean bold) {
    Cell cell = TestSheets.cell(workbook.getSheetAt(0), reference);
    Font font = workbook.getFontAt(cell.getCellStyle().getFontIndex());
    assertEquals("宋体", font.getFontName(), reference);
    assertEquals(points, font.getFontHeightInPoints(), reference);
    assertEquals(bold, font.getBold(), reference);
  }

  @Test
  void notApplicableIsSaidInTheDeviationCellWhereTargetAndActualDoNotSayIt() {
    Indicator indicator = Indicator.of("线索核查率", "100%", "100%", "12.5", "12.5");
    assertEquals(Optional.empty(), FormLayout.deviation(indicator));
    assertEquals(Optional.of("不适用"), FormLayout.deviation(indicator.withNotApplicable(true)));
    assertEquals(
        Optional.of("不适用：政策调整"),
        FormLayout.deviation(indicator.withNotApplicable(true).withDeviation("政策调整")));
    Indicator saidInTarget = Indicator.of("线索核查率", "不适用", "100%", "12.5", "12.5");
    assertEquals(Optional.empty(), FormLayout.deviation(saidInTarget));
    Indicator saidInActual =
        Indicator.of("线索核查率", "100%", " 不适用", "12.5", "12.5").withDeviation("另有原因");
    assertEquals(Optional.of("另有原因"), FormLayout.deviation(saidInActual));
  }

  @Test
  void aTextTakesTheLinesItWrapsToInItsColumns() {
    // Column D (三级指标) is 28 characters wide.
    assertEquals(1, FormLayout.lines("", 3, 3));
    assertEquals(1, FormLayout.lines("0".repeat(28), 3, 3));
    assertEquals(2, FormLayout.lines("0".repeat(29), 3, 3));
    // A Chinese character takes two: 14 take 28, 14 and a digit 29.
    assertEquals(1, FormLayout.lines("长".repeat(14), 3, 3));
    assertEquals(2, FormLayout.lines("长".repeat(14) + "0", 3, 3));
    // 指标1： is 2 + 2 + 1 + 2 (a full-width colon) = 7; with 40 characters, 87: four lines.
    assertEquals(4, FormLayout.lines("指标1：" + "长".repeat(40), 3, 3));
    // Each line break starts a line; an empty line is a line.
    assertEquals(3, FormLayout.lines("一\n\n二", 3, 3));
    // Columns B to E (预期目标) are 14 + 14 + 28 + 14 = 70 wide: 35 characters, 36.
    assertEquals(1, FormLayout.lines("长".repeat(35), 1, 4));
    assertEquals(2, FormLayout.lines("长".repeat(36), 1, 4));
  }

  @Test
  void kanaHangulAndFullWidthFormsAreWideAndHalfWidthKanaIsNot() {
    // 15 wide characters take 30 of column D's 28: two lines; 15 narrow ones one.
    for (String wide : new String[] {"あ", "ア", "한", "，", "Ａ", "。", "￥"}) {
      assertEquals(2, FormLayout.lines(wide.repeat(15), 3, 3), wide);
    }
    for (String narrow : new String[] {"ｱ", "ﾡ", "a", "1", ","}) {
      assertEquals(1, FormLayout.lines(narrow.repeat(15), 3, 3), narrow);
    }
  }

  @Test
  void aFormOfRevisionThreePrintsItsUnitRowsAndColumnsAndGradeWhereTheNationalLayoutHasNone()
      throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("t");
      FormLayout layout = new FormLayout(workbook);
      layout.page(sheet, 0, RegionalForms.revisionThree());
      int end = layout.write(sheet, 0, 0, RegionalForms.revisionThree());
      assertEquals("项目资金（元）", text(sheet, "A6"));
      // The total, then the listed rows in their order, the first after 其中：.
      assertEquals("年度资金总额：", text(sheet, "B7"));
      assertEquals(1_200_000, TestSheets.cell(sheet, "D7").getNumericCellValue());
      assertEquals("其中：财政资金", text(sheet, "B8"));
      assertEquals(800_000, TestSheets.cell(sheet, "C8").getNumericCellValue());
      assertEquals("单位资金", text(sheet, "B9"));
      assertEquals(180_000, TestSheets.cell(sheet, "E9").getNumericCellValue());
      assertEquals("—", text(sheet, "H9"));
      assertEquals("年度总体目标", text(sheet, "A10"));
      // 年初指标值 before 年度指标值, 扣减分数 before 得分: eleven columns, A to K.
      assertEquals(
          List.of(
              "绩效指标",
              "一级指标",
              "二级指标",
              "三级指标",
              "年初指标值",
              "年度指标值",
              "实际完成值",
              "分值",
              "扣减分数",
              "得分",
              "偏差原因分析及改进措施"),
          sheet.getRow(11).getCell(0) == null ? List.of() : rowTexts(sheet, 11, 11));
      assertEquals("≥100家次", text(sheet, "E13"));
      assertEquals("≥110家次", text(sheet, "F13"));
      assertEquals(50, TestSheets.cell(sheet, "H13").getNumericCellValue());
      assertEquals(2, TestSheets.cell(sheet, "I13").getNumericCellValue());
      assertEquals(48, TestSheets.cell(sheet, "J13").getNumericCellValue());
      // 总分 over A:G; the weights' 10 + 50 under 分值, the total under 得分, the grade right of it.
      assertEquals("总分", text(sheet, "A14"));
      assertEquals(60, TestSheets.cell(sheet, "H14").getNumericCellValue());
      assertEquals(57, TestSheets.cell(sheet, "J14").getNumericCellValue());
      assertEquals("自评等级", text(sheet, "K14"));
      assertEquals("良", text(sheet, "L14"));
      assertTrue(text(sheet, "A15").startsWith("注意事项"));
      assertEquals(15, end);
      assertTrue(
          merged(sheet)
              .containsAll(
                  List.of(
                      "A2:K2", "C4:K4", "G5:K5", "H6:K6", "A7:A9", "H7:K7", "H8:K8", "H9:K9",
                      "F10:K10", "F11:K11", "A12:A13", "A14:G14", "A15:K15")),
          merged(sheet)::toString);
      // Each added column as wide as its like: 年初指标值 as 年度指标值, 扣减分数 and the grade as 分值.
      int[] widths = {6, 14, 14, 28, 14, 14, 14, 8, 8, 8, 24, 8};
      for (int c = 0; c < widths.length; c++) {
        assertEquals(widths[c] * 256, sheet.getColumnWidth(c), "column " + c);
      }
    }
  }

  @Test
  void aPrintedGradeAloneKeepsTheNineColumnsAndStandsRightOfTheTable() throws IOException {
    Project graded =
        Project.builder("企业服务")
            .funding(FundingBreakdown.builder().total("100", "100", "100").build())
            .level(
                Level.OUTPUT,
                "90",
                CategorySection.of(
                    Category.QUANTITY, Indicator.of("服务企业", "≥110家次", "112家次", "90", "90")))
            .reportedTotal("100")
            .reportedGrade(Grade.EXCELLENT)
            .build();
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("t");
      new FormLayout(workbook).write(sheet, 0, 0, graded);
      assertEquals("项目资金（万元）", text(sheet, "A6"));
      assertEquals("偏差原因分析及改进措施", text(sheet, "I13"));
      assertEquals("总分", text(sheet, "A15"));
      // No funding weight printed: the weights' sum is the indicator's 90.
      assertEquals(90, TestSheets.cell(sheet, "G15").getNumericCellValue());
      assertEquals(100, TestSheets.cell(sheet, "H15").getNumericCellValue());
      assertEquals("自评等级", text(sheet, "I15"));
      assertEquals("优", text(sheet, "J15"));
      assertTrue(merged(sheet).contains("A2:I2"), merged(sheet)::toString);
    }
  }
}
