package io.github.jixiao.excel.form;

import static io.github.jixiao.excel.testing.PrintedForm.SHEET;
import static io.github.jixiao.excel.testing.TestSheets.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.excel.testing.PrintedForm;
import io.github.jixiao.excel.testing.TestSheets;
import io.github.jixiao.excel.testing.UsermodelGrids;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading one form's blocks and cells, and every problem at its form path and cell. */
class FormReaderTest {

  /** The one form of the fixture's grid. */
  private static ReadResult read(PrintedForm form) {
    return only(FormLocator.forms(form.grid()));
  }

  private static ReadResult only(List<ReadResult> forms) {
    assertEquals(1, forms.size(), forms::toString);
    return forms.get(0);
  }

  private static Project project(PrintedForm form) {
    ReadResult read = read(form);
    assertTrue(read.isSuccess(), read.problems()::toString);
    return read.project().orElseThrow();
  }

  /** The single problem of a refused form, checked for code, path, cell and arguments. */
  private static void assertProblem(
      ReadResult read, ProblemCode code, FormPath path, String cell, String... arguments) {
    assertFalse(read.isSuccess());
    assertEquals(1, read.problems().size(), read.problems()::toString);
    Problem problem = read.problems().get(0);
    assertEquals(code, problem.code(), problem::toString);
    assertEquals(path, problem.path(), problem::toString);
    assertEquals(Optional.<SourceLocation>of(at(SHEET, cell)), problem.location());
    assertEquals(List.of(arguments), problem.arguments());
  }

  private static Optional<SourceLocation> located(ReadResult read, FormPath path) {
    return read.sourceMap().exactly(path);
  }

  // ---- the printed layout ----

  @Test
  void thePrintedFormReadsAsTheReferenceForm() {
    // Placeholder rows (经济效益 and 生态效益: 指标1：无, 无, 0) are no indicators, and their
    // categories, holding nothing else, are left out as the JSON form leaves them out.
    assertEquals(PrintedForm.project(), project(PrintedForm.antitrust()));
  }

  @Test
  void everyValueIsLocatedWhereItWasTyped() {
    ReadResult read = read(PrintedForm.antitrust());
    assertEquals(Optional.of(at(SHEET, "A2")), located(read, FormPath.ROOT));
    assertEquals(Optional.of(at(SHEET, "A3")), located(read, FormPath.YEAR));
    assertEquals(Optional.of(at(SHEET, "C4")), located(read, FormPath.PROJECT_NAME));
    assertEquals(Optional.of(at(SHEET, "G5")), located(read, FormPath.IMPLEMENTING_UNIT));
    assertEquals(Optional.of(at(SHEET, "A6")), located(read, FormPath.FUNDING));
    assertEquals(Optional.of(at(SHEET, "F7")), located(read, FormPath.FUNDING_WEIGHT));
    assertEquals(Optional.of(at(SHEET, "G7")), located(read, FormPath.REPORTED_EXECUTION_RATE));
    // 得分 spans H:I; the value was typed in H.
    assertEquals(Optional.of(at(SHEET, "H7")), located(read, FormPath.REPORTED_FUNDING_SCORE));
    assertEquals(
        Optional.of(at(SHEET, "E8")),
        located(read, FormPath.funding(FundingLine.APPROPRIATION, FundingColumn.EXECUTED)));
    assertEquals(
        Optional.of(at(SHEET, "B9")), located(read, FormPath.fundingRow(FundingLine.CARRYOVER)));
    assertEquals(Optional.of(at(SHEET, "B12")), located(read, FormPath.EXPECTED_GOAL));
    assertEquals(Optional.of(at(SHEET, "E12")), located(read, FormPath.ACHIEVED_GOAL));
    assertEquals(Optional.of(at(SHEET, "B13")), located(read, FormPath.LEVELS));
    assertEquals(Optional.of(at(SHEET, "B18")), located(read, FormPath.level(1)));
    assertEquals(Optional.of(at(SHEET, "B18")), located(read, FormPath.levelWeight(1)));
    // 效益's categories as the form keeps them: 社会效益 (C19) is the first, 可持续影响 (C22) the second.
    assertEquals(Optional.of(at(SHEET, "C19")), located(read, FormPath.categoryLabel(1, 0)));
    assertEquals(Optional.of(at(SHEET, "C22")), located(read, FormPath.category(1, 1)));
    FormPath second = FormPath.indicator(1, 0, 1);
    assertEquals(Optional.of(at(SHEET, "D20")), located(read, second.cell(IndicatorCell.NAME)));
    assertEquals(Optional.of(at(SHEET, "H20")), located(read, second.cell(IndicatorCell.SCORE)));
    assertEquals(
        Optional.of(at(SHEET, "I17")),
        located(read, FormPath.indicator(0, 3, 0).cell(IndicatorCell.DEVIATION)));
    assertEquals(Optional.of(at(SHEET, "H24")), located(read, FormPath.REPORTED_TOTAL));
  }

  @Test
  void levelAndCategoryLabelsWrittenOnceReadAsMergedOnes() {
    // The printed text's way: 产出指标 on its first row only, blank below, nothing merged.
    PrintedForm once = PrintedForm.antitrust().unmerge("B14:B17", "B18:B22", "C19:C20");
    assertEquals(PrintedForm.project(), project(once));
  }

  @Test
  void levelAndCategoryLabelsWrittenOnEveryRowReadAsMergedOnes() {
    PrintedForm everyRow = PrintedForm.antitrust().unmerge("B14:B17", "B18:B22", "C19:C20");
    for (String cell : List.of("B15", "B16", "B17")) {
      everyRow.set(cell, "产出指标（50分）");
    }
    for (String cell : List.of("B19", "B20", "B21", "B22")) {
      everyRow.set(cell, "效益指标");
    }
    everyRow.set("C20", "社会效益指标");
    assertEquals(PrintedForm.project(), project(everyRow));
  }

  @Test
  void justifiedLabelsFullWidthPunctuationAndBlankRowsAndColumnsAreTolerated() {
    PrintedForm untidy =
        PrintedForm.antitrust()
            .set("A4", "项 目 名 称：")
            .set("A5", "主管部门\u00a0")
            .set("E5", "实　施　单　位")
            .set("A6", "项目资金(万元)")
            .set("B7", "年 度 资 金 总 额:")
            .set("B8", "其中:当年财政拨款")
            .set("B9", "上年结转")
            .set("B14", "产出指标 (50分)")
            .set("B18", "效 益 指 标（30分）")
            .set("C22", "可持续发展指标")
            .set("C23", "服务对象满意度")
            .set("A24", "总　　分")
            .blankRowBefore(11)
            .blankRowBefore(6)
            .blankColumnBefore("C");
    Workbook workbook = new XSSFWorkbook();
    // The form from C4 of its sheet, under two blank rows and beside two blank columns.
    Sheet sheet = untidy.putIn(workbook, SHEET, "C3");
    assertEquals(
        PrintedForm.project(),
        only(FormLocator.forms(UsermodelGrids.of(sheet))).project().orElseThrow());
  }

  @Test
  void numbersStoredAsTextReadWithTheNumericStringGrammar() {
    PrintedForm text =
        PrintedForm.antitrust()
            .set("C7", "109")
            .set("D7", " 100 ")
            .set("E7", "14.28")
            .set("G7", "14.28%")
            .set("H7", "1.43")
            .set("G14", "１２．５")
            .set("H24", "80.72");
    assertEquals(PrintedForm.project(), project(text));
    Project thousands = project(PrintedForm.antitrust().set("C8", "1,274.77"));
    assertEquals(
        Optional.of(new BigDecimal("1274.77")),
        thousands.funding().appropriation().initialBudget());
  }

  @Test
  void aPercentFormattedRateIsReadInPercentToThePlacesItShows() {
    // 0.9032 formatted 0.00% shows 90.32%: the rate is 90.32, two places.
    Project rate = project(PrintedForm.antitrust().set("G7", 0.9032));
    assertEquals(Optional.of(new BigDecimal("90.32")), rate.funding().reportedExecutionRate());
    // Formatted 0.0% it shows 90.3%: the unit reported 90.3.
    Project shown = project(PrintedForm.antitrust().set("G7", 0.9032).format("G7", "0.0%"));
    assertEquals(Optional.of(new BigDecimal("90.3")), shown.funding().reportedExecutionRate());
  }

  @Test
  void reportedFiguresKeepThePlacesTheirCellsShow() {
    // 9.3 formatted 0.00 shows 9.30: two places, as the unit printed it.
    Project twoPlaces = project(PrintedForm.antitrust().set("H7", 9.3).format("H7", "0.00"));
    assertEquals("9.30", twoPlaces.funding().reportedScore().orElseThrow().toPlainString());
    // General shows the value's own places: 9.3.
    Project general = project(PrintedForm.antitrust().set("H7", 9.3));
    assertEquals("9.3", general.funding().reportedScore().orElseThrow().toPlainString());
    // Text keeps the places typed: "100.00".
    Project typed = project(PrintedForm.antitrust().set("H24", "100.00"));
    assertEquals("100.00", typed.reportedTotal().orElseThrow().toPlainString());
    // 80.716 formatted 0.00 shows 80.72, which is what the form reports.
    Project rounded = project(PrintedForm.antitrust().set("H24", 80.716).format("H24", "0.00"));
    assertEquals("80.72", rounded.reportedTotal().orElseThrow().toPlainString());
    // Amounts are read at full precision whatever they show: 14.284 formatted 0.00 is 14.284.
    Project amount = project(PrintedForm.antitrust().set("E8", 14.284).format("E8", "0.00"));
    assertEquals(
        Optional.of(new BigDecimal("14.284")), amount.funding().appropriation().executed());
  }

  @Test
  void targetsAndActualsAreTextAsShownAndADateIsWrittenOut() throws IOException {
    PrintedForm form = PrintedForm.antitrust().set("F15", 1).format("F15", "0%");
    Workbook workbook = new XSSFWorkbook();
    Sheet sheet = form.putIn(workbook, SHEET, "A1");
    Cell deadline = TestSheets.cell(sheet, "E16");
    deadline.setCellValue(LocalDate.of(2024, 12, 31));
    CellStyle date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    deadline.setCellStyle(date);
    TestSheets.cell(sheet, "F16").setCellValue(true);
    Project project = only(FormLocator.forms(UsermodelGrids.of(sheet))).project().orElseThrow();
    Indicator quality = project.levels().get(0).categories().get(1).indicators().get(0);
    Indicator timeliness = project.levels().get(0).categories().get(2).indicators().get(0);
    assertEquals(Optional.of("100%"), quality.actual());
    assertEquals(Optional.of("2024年12月31日"), timeliness.target());
    assertEquals(Optional.of("TRUE"), timeliness.actual());
    workbook.close();
  }

  @Test
  void notApplicableIsReadFromTargetActualOrDeviation() {
    PrintedForm form =
        PrintedForm.antitrust()
            .set("E14", "不适用")
            .set("F15", " 不适用 ")
            .set("I16", "不适用")
            .set("I17", "不适用：本年度未安排经费");
    List<Indicator> output = project(form).levels().get(0).indicators().toList();
    assertTrue(output.get(0).notApplicable());
    assertEquals(Optional.of("不适用"), output.get(0).target());
    assertTrue(output.get(1).notApplicable());
    // In 偏差原因 the mark is not the reason: 不适用 alone leaves none, 不适用： gives its reason.
    assertTrue(output.get(2).notApplicable());
    assertEquals(Optional.empty(), output.get(2).deviation());
    assertTrue(output.get(3).notApplicable());
    assertEquals(Optional.of("本年度未安排经费"), output.get(3).deviation());
    ReadResult read = read(form);
    assertEquals(
        Optional.of(at(SHEET, "E14")),
        located(read, FormPath.indicator(0, 0, 0).cell(IndicatorCell.NOT_APPLICABLE)));
    assertEquals(
        Optional.of(at(SHEET, "F15")),
        located(read, FormPath.indicator(0, 1, 0).cell(IndicatorCell.NOT_APPLICABLE)));
    assertEquals(
        Optional.of(at(SHEET, "I17")),
        located(read, FormPath.indicator(0, 3, 0).cell(IndicatorCell.NOT_APPLICABLE)));
    // 社会效益's first indicator says 不适用 nowhere: its mark is located nowhere.
    assertEquals(
        Optional.empty(),
        located(read, FormPath.indicator(1, 0, 0).cell(IndicatorCell.NOT_APPLICABLE)));
  }

  @Test
  void aCostLevelAndFreeCategoryLabelsAreRead() {
    // A form since 财预〔2021〕101号: 成本指标 a level of its own; 效率指标 and 校园用户满意度 no standard
    // 二级 labels, kept as written.
    PrintedForm form =
        PrintedForm.antitrust()
            .set("B14", "产出指标（37.5分）")
            .unmerge("B14:B17")
            .merge("B14:B16")
            .set("B17", "成本指标（12.5分）")
            .set("C17", "经济成本指标")
            .set("C16", "效率指标")
            .set("C23", "校园用户满意度");
    Project project = project(form);
    LevelSection output = project.levels().get(0);
    assertEquals(Optional.of(new BigDecimal("37.5")), output.weight());
    assertEquals(Category.OTHER_OUTPUT, output.categories().get(2).category());
    assertEquals("效率指标", output.categories().get(2).label());
    LevelSection cost = project.levels().get(1);
    assertEquals(Level.COST, cost.level());
    assertEquals(Category.ECONOMIC_COST, cost.categories().get(0).category());
    assertEquals(
        CategorySection.of(
            Level.SATISFACTION,
            "校园用户满意度",
            Indicator.of("群众对反垄断工作满意度", "80%以上", "广泛凝聚公平竞争共识", "10", "10")),
        project.levels().get(3).categories().get(0));
  }

  @Test
  void headingVariantsOfOtherFormsAreRead() {
    PrintedForm form =
        PrintedForm.antitrust()
            .set("D6", "全年预算数（A）")
            .set("E6", "全年执行数（B）")
            .set("G6", "执行率（B/A）")
            .set("E13", "指标值")
            .set("G13", "权重")
            .set("I13", "偏差原因");
    assertEquals(PrintedForm.project(), project(form));
  }

  @Test
  void goalsBesideTheirLabelsAndAGoalWithoutSubheadingsAreRead() {
    PrintedForm beside =
        PrintedForm.antitrust()
            .unmerge("B11:D11", "E11:I11", "B12:D12", "E12:I12")
            .set("C11", PrintedForm.project().goals().expected().orElseThrow())
            .set("E11", null)
            .set("B12", "实际完成情况")
            .set("C12", PrintedForm.project().goals().achieved().orElseThrow())
            .set("E12", null);
    assertEquals(PrintedForm.project().goals(), project(beside).goals());

    PrintedForm alone =
        PrintedForm.antitrust()
            .unmerge("B11:D11", "E11:I11")
            .set("B11", "完成年度目标")
            .set("E11", null)
            .set("B12", null)
            .set("E12", null);
    assertEquals(Optional.of("完成年度目标"), project(alone).goals().expected());
    assertEquals(Optional.empty(), project(alone).goals().achieved());
  }

  @Test
  void aHeaderValueLeftBlankIsNotTheNextLabel() {
    Project project = project(PrintedForm.antitrust().set("C5", null));
    assertEquals(Optional.empty(), project.competentDepartment());
    assertEquals(Optional.of("自治区市场监管厅"), project.implementingUnit());
  }

  @Test
  void goalsAboveTheFundingBlockDoNotEndIt() throws IOException {
    // Another region's order: the goals between the header and the funding block.
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(SHEET);
      TestSheets.put(
          sheet,
          "A1",
          new Object[] {"项目支出绩效自评表"},
          new Object[] {"项目名称", "示例项目"},
          new Object[] {"年度总体目标", "预期目标", null, null, "实际完成情况"},
          new Object[] {null, "完成核查", null, null, "已完成"},
          new Object[] {"项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
          new Object[] {null, "年度资金总额", 100, 100, 90, 10, "90%", 9},
          new Object[] {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
          new Object[] {null, "产出指标", "数量指标", "核查线索", "3条", "3条", 90, 90},
          new Object[] {"总分", null, null, null, null, null, 100, 99});
      Project project = only(FormLocator.forms(UsermodelGrids.of(sheet))).project().orElseThrow();
      assertEquals(Optional.of("完成核查"), project.goals().expected());
      assertEquals(Optional.of("已完成"), project.goals().achieved());
      assertEquals(Optional.of(new BigDecimal("90")), project.funding().total().executed());
      assertEquals(Optional.of(new BigDecimal("90")), project.funding().reportedExecutionRate());
      assertEquals(Optional.of(new BigDecimal("99")), project.reportedTotal());
    }
  }

  @Test
  void aHeaderValueMayStandInTheSheetsLastColumn() {
    // 实施单位's value typed in I5 alone, the last column anything is in, not merged over G5:I5.
    PrintedForm form =
        PrintedForm.antitrust().unmerge("G5:I5").set("G5", null).set("I5", "自治区市场监管厅");
    ReadResult read = read(form);
    assertEquals(Optional.of("自治区市场监管厅"), project(form).implementingUnit());
    assertEquals(Optional.of(at(SHEET, "I5")), located(read, FormPath.IMPLEMENTING_UNIT));
  }

  @Test
  void theYearIsReadFromTheTitleRowsOnly() {
    // No year under the title; a (2023年度) right of the 项目名称 row is no part of the title.
    Project project = project(PrintedForm.antitrust().set("A3", null).set("J4", "(2023年度)"));
    assertEquals(Optional.empty(), project.year());
  }

  @Test
  void dashesInAmountCellsAreBlankAndARepeatedHeaderIsSkipped() {
    PrintedForm form =
        PrintedForm.antitrust().set("C9", "—").set("D9", "-").set("E9", "／").blankRowBefore(19);
    // After a page break: the indicator header printed again before 社会效益's rows.
    form.set("B19", null);
    form.set("D19", "三级指标").set("C19", "二级指标").set("G19", "分值");
    assertEquals(PrintedForm.project(), project(form));
  }

  @Test
  void aLabelRowWithNoIndicatorsIsAnEmptyCategoryAndUnfilledRowsAreSkipped() {
    // The template's rows: a 二级 label, nothing else.
    PrintedForm form = PrintedForm.antitrust().set("D18", null).set("E18", null).set("G18", null);
    LevelSection benefit = project(form).levels().get(1);
    assertEquals(CategorySection.of(Category.ECONOMIC), benefit.categories().get(0));
    assertEquals(3, benefit.categories().size());
  }

  @Test
  void aPlaceholderWithAWeightIsAnIndicator() {
    Project project = project(PrintedForm.antitrust().set("G18", 5).set("H18", 5));
    Indicator none = project.levels().get(1).categories().get(0).indicators().get(0);
    assertEquals(Indicator.of("无", "无", null, "5", "5"), none);
    // The same with the weight and score typed as text.
    Project typed = project(PrintedForm.antitrust().set("G18", "5").set("H18", " 5 "));
    assertEquals(none, typed.levels().get(1).categories().get(0).indicators().get(0));
  }

  @Test
  void aFormMayLackItsOptionalColumnsAndItsGoals() {
    PrintedForm sparse =
        PrintedForm.antitrust()
            .set("A1", "自治区")
            .set("A2", "项目支出绩效自评表")
            .set("G6", null)
            .set("E13", null)
            .set("F13", null)
            .set("H13", null)
            .set("I13", null)
            .set("A11", null)
            .set("B11", null)
            .set("E11", null);
    Project project = project(sparse);
    // No 执行率 column: no reported rate; no 得分 column: no scores and no reported total.
    assertEquals(Optional.empty(), project.funding().reportedExecutionRate());
    assertEquals(Optional.of(new BigDecimal("1.43")), project.funding().reportedScore());
    Indicator first = project.levels().get(0).indicators().findFirst().orElseThrow();
    assertEquals(Indicator.of("全区核查垄断线索", null, null, "12.5", null), first);
    assertEquals(io.github.jixiao.core.model.Goals.BLANK, project.goals());
    assertEquals(Optional.empty(), project.reportedTotal());
  }

  @Test
  void withoutATotalTheIndicatorsEndAtTheNote() {
    PrintedForm noTotal =
        PrintedForm.antitrust()
            .unmerge("A24:F24")
            .set("A24", null)
            .set("G24", null)
            .set("H24", null);
    Project project = project(noTotal);
    assertEquals(PrintedForm.project().levels(), project.levels());
    assertEquals(Optional.empty(), project.reportedTotal());
  }

  @Test
  void aGoalLabelOverTwoRowsHasItsTextBelowThem() {
    PrintedForm tall =
        PrintedForm.antitrust()
            .unmerge("B11:D11", "E11:I11")
            .blankRowBefore(12)
            .merge("B11:D12", "E11:I12");
    assertEquals(PrintedForm.project(), project(tall));
  }

  @Test
  void aPlaceholderRowMayWriteItsNothingAsTextOrADash() {
    PrintedForm form =
        PrintedForm.antitrust().set("G18", "0").set("H18", "—").set("G21", "无").set("H21", "0.0");
    assertEquals(PrintedForm.project(), project(form));
  }

  // ---- problems ----

  @Test
  void aFormWithoutAFundingBlockIsRefusedAtItsTitle() {
    PrintedForm form = PrintedForm.antitrust().set("A6", "资金情况");
    assertProblem(read(form), ProblemCode.MISSING_BLOCK, FormPath.FUNDING, "A2", "项目资金");
  }

  @Test
  void aFormWithoutAnIndicatorHeaderIsRefusedAtItsTitle() {
    PrintedForm form = PrintedForm.antitrust().set("D13", "指标名称");
    assertProblem(read(form), ProblemCode.MISSING_BLOCK, FormPath.LEVELS, "A2", "一级指标");
  }

  @Test
  void aFundingHeaderWithoutAnAmountColumnIsRefused() {
    PrintedForm form = PrintedForm.antitrust().set("D6", "调整后预算");
    assertProblem(read(form), ProblemCode.MISSING_BLOCK, FormPath.FUNDING, "A6", "全年预算数");
  }

  @Test
  void anIndicatorHeaderWithoutAWeightColumnIsRefused() {
    PrintedForm form = PrintedForm.antitrust().set("G13", "满分");
    assertProblem(read(form), ProblemCode.MISSING_BLOCK, FormPath.LEVELS, "D13", "分值");
  }

  @Test
  void twoTotalRowsAreRefusedAtTheSecond() {
    PrintedForm form =
        PrintedForm.antitrust().set("A25", "总分").set("G25", 100).set("H25", 90).unmerge("A25:I25");
    assertProblem(
        read(form),
        ProblemCode.DUPLICATE_TOTAL,
        FormPath.REPORTED_TOTAL,
        "H25",
        "'自评表'!H24",
        "'自评表'!H25");
  }

  @Test
  void textThatIsNoNumberIsRefusedAtItsCell() {
    assertProblem(
        read(PrintedForm.antitrust().set("G14", "十二点五")),
        ProblemCode.NOT_A_NUMBER,
        FormPath.indicator(0, 0, 0).cell(IndicatorCell.WEIGHT),
        "G14",
        "十二点五");
    // A separator stands only between groups of three digits: 12,5 is neither 125 nor 12.5.
    assertProblem(
        read(PrintedForm.antitrust().set("H7", "1,43")),
        ProblemCode.NOT_A_NUMBER,
        FormPath.REPORTED_FUNDING_SCORE,
        "H7",
        "1,43");
    assertProblem(
        read(PrintedForm.antitrust().set("H15", true)),
        ProblemCode.NOT_A_NUMBER,
        FormPath.indicator(0, 1, 0).cell(IndicatorCell.SCORE),
        "H15",
        "TRUE");
  }

  @Test
  void negativeAndOutOfRangeNumbersAreRefusedAtTheirCells() {
    assertProblem(
        read(PrintedForm.antitrust().set("H15", -1)),
        ProblemCode.NEGATIVE,
        FormPath.indicator(0, 1, 0).cell(IndicatorCell.SCORE),
        "H15",
        "-1");
    assertProblem(
        read(PrintedForm.antitrust().set("E7", 1e12)),
        ProblemCode.OUT_OF_RANGE,
        FormPath.funding(FundingLine.TOTAL, FundingColumn.EXECUTED),
        "E7",
        "1000000000000");
    assertProblem(
        read(PrintedForm.antitrust().set("B14", "产出指标（50.1234567分）")),
        ProblemCode.OUT_OF_RANGE,
        FormPath.levelWeight(0),
        "B14",
        "50.1234567");
  }

  @Test
  void anErrorValueInANeededCellIsRefusedAtThatCell() throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = PrintedForm.antitrust().putIn(workbook, SHEET, "A1");
      TestSheets.cell(sheet, "G7").setCellErrorValue(FormulaError.DIV0.getCode());
      ReadResult read = only(FormLocator.forms(UsermodelGrids.of(sheet)));
      assertProblem(
          read, ProblemCode.CELL_ERROR, FormPath.REPORTED_EXECUTION_RATE, "G7", "#DIV/0!");
    }
  }

  @Test
  void anErrorValueInALabelOrNameIsRefusedAtThatCell() throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = PrintedForm.antitrust().putIn(workbook, SHEET, "A1");
      TestSheets.cell(sheet, "D15").setCellErrorValue(FormulaError.NA.getCode());
      TestSheets.cell(sheet, "C16").setCellErrorValue(FormulaError.REF.getCode());
      TestSheets.cell(sheet, "E19").setCellErrorValue(FormulaError.VALUE.getCode());
      List<Problem> problems = only(FormLocator.forms(UsermodelGrids.of(sheet))).problems();
      assertEquals(
          List.of(
              FormPath.indicator(0, 1, 0).cell(IndicatorCell.NAME),
              FormPath.categoryLabel(0, 2),
              FormPath.indicator(1, 0, 0).cell(IndicatorCell.TARGET)),
          problems.stream().map(Problem::path).toList());
      assertTrue(problems.stream().allMatch(p -> p.code() == ProblemCode.CELL_ERROR));
    }
  }

  @Test
  void aLevelLabelThatIsAnErrorIsRefusedAtThatCell() throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = PrintedForm.antitrust().putIn(workbook, SHEET, "A1");
      TestSheets.cell(sheet, "B18").setCellErrorValue(FormulaError.NAME.getCode());
      assertProblem(
          only(FormLocator.forms(UsermodelGrids.of(sheet))),
          ProblemCode.CELL_ERROR,
          FormPath.levelLabel(1),
          "B18",
          "#NAME?");
    }
  }

  @Test
  void problemsOfOneRowAreInColumnOrder() {
    ReadResult read = read(PrintedForm.antitrust().set("H14", "y").set("G14", "x"));
    assertEquals(
        List.of(at(SHEET, "G14"), at(SHEET, "H14")),
        read.problems().stream().map(p -> p.location().orElseThrow()).toList());
    // A negative weight is found by the model's constraints, after the score that is no number
    // was found in reading; the weight's column comes first all the same.
    ReadResult late = read(PrintedForm.antitrust().set("G14", -5).set("H14", "abc"));
    assertEquals(
        List.of(ProblemCode.NEGATIVE, ProblemCode.NOT_A_NUMBER),
        late.problems().stream().map(Problem::code).toList());
    assertEquals(
        List.of(at(SHEET, "G14"), at(SHEET, "H14")),
        late.problems().stream().map(p -> p.location().orElseThrow()).toList());
  }

  @Test
  void afterARefusedLevelNoConstraintIsReportedAtAnotherLevelsCell() {
    // 投入指标, on a row of its own, is refused, and the levels below it move up one place in the
    // form: 效益, the sheet's third level, is the form's second. A constraint checked on the form
    // would name another level's path and cell, so a negative weight of 社会效益 (G20) is not
    // reported: the form is refused for its level alone.
    PrintedForm form = PrintedForm.antitrust().blankRowBefore(18).set("B18", "投入指标");
    assertProblem(
        read(form.set("G20", -10)),
        ProblemCode.UNKNOWN_LEVEL,
        FormPath.levelLabel(1),
        "B18",
        "投入指标");
  }

  @Test
  void aRefusedCategoryKeepsItsPlaceSoAConstraintIsReportedAtItsOwnCell() {
    // 数量指标 under 效益 is refused, and a stand-in keeps 效益's categories at their places: the
    // negative weight of 满意度's indicator (G23) is reported at its own path and cell.
    ReadResult read = read(PrintedForm.antitrust().set("C19", "数量指标").set("G23", -10));
    assertEquals(
        List.of(
            "$.levels[1].categories[0].category ('自评表'!C19): 数量指标 belongs to 产出指标, not to"
                + " 效益指标",
            "$.levels[2].categories[0].indicators[0].weight ('自评表'!G23): must not be negative: -10"),
        read.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void anUnknownLevelIsRefusedAtItsLabel() {
    assertProblem(
        read(PrintedForm.antitrust().set("B18", "投入指标")),
        ProblemCode.UNKNOWN_LEVEL,
        FormPath.levelLabel(1),
        "B18",
        "投入指标");
  }

  @Test
  void aStandardCategoryUnderAnotherLevelIsRefusedAtItsLabel() {
    assertProblem(
        read(PrintedForm.antitrust().set("C19", "数量指标")),
        ProblemCode.CATEGORY_UNDER_WRONG_LEVEL,
        FormPath.categoryLabel(1, 0),
        "C19",
        "数量指标",
        "产出指标",
        "效益指标");
  }

  @Test
  void aLevelPrintedTwiceIsRefusedAtItsSecondLabelAndItsCategoriesCheckedAgainstIt() {
    // As a document's: the repeated 产出 is left out, and its 服务对象满意度指标 is still no category
    // of 产出.
    assertEquals(
        List.of(
            "$.levels[2].level ('自评表'!B23): repeats level OUTPUT, already given at $.levels[0]",
            "$.levels[2].categories[0].category ('自评表'!C23): 服务对象满意度指标 belongs to 满意度指标, not"
                + " to 产出指标"),
        read(PrintedForm.antitrust().set("B23", "产出指标")).problems().stream()
            .map(Problem::toString)
            .toList());
  }

  @Test
  void aFundingRowPrintedTwiceIsRefusedAtItsSecondLabel() {
    assertProblem(
        read(PrintedForm.antitrust().set("B10", "上年结转资金")),
        ProblemCode.DUPLICATE_FIELD,
        FormPath.fundingRow(FundingLine.CARRYOVER),
        "B10");
  }

  @Test
  void aBlankWeightIsRequired() {
    assertProblem(
        read(PrintedForm.antitrust().set("G19", null)),
        ProblemCode.REQUIRED,
        FormPath.indicator(1, 0, 0).cell(IndicatorCell.WEIGHT),
        "G19");
    // A dash in a weight cell says nothing either.
    assertProblem(
        read(PrintedForm.antitrust().set("G19", "—")),
        ProblemCode.REQUIRED,
        FormPath.indicator(1, 0, 0).cell(IndicatorCell.WEIGHT),
        "G19");
  }

  @Test
  void anIndicatorWithoutACategoryOrLevelIsRefused() {
    // 效益's first two rows have no 二级 label: one problem, at the first.
    assertProblem(
        read(
            PrintedForm.antitrust()
                .unmerge("C19:C20")
                .set("C18", null)
                .set("D18", "指标1：新增指标")
                .set("G18", 5)
                .set("C19", null)),
        ProblemCode.REQUIRED,
        FormPath.categoryLabel(1, 0),
        "C18");
    PrintedForm noCategory =
        PrintedForm.antitrust().unmerge("B14:B17").set("B14", null).set("C14", null);
    assertProblem(read(noCategory), ProblemCode.REQUIRED, FormPath.levelLabel(0), "B14");
    PrintedForm noLevel = PrintedForm.antitrust().unmerge("B14:B17").set("B14", null);
    List<Problem> problems = read(noLevel).problems();
    assertEquals(ProblemCode.REQUIRED, problems.get(0).code());
    assertEquals(FormPath.levelLabel(0), problems.get(0).path());
    assertEquals(Optional.of(at(SHEET, "C14")), problems.get(0).location());
  }

  @Test
  void aBlankProjectNameIsRefusedAtItsLabel() {
    assertProblem(
        read(PrintedForm.antitrust().set("C4", null)),
        ProblemCode.BLANK,
        FormPath.PROJECT_NAME,
        "A4");
  }

  @Test
  void everyProblemIsFoundInOneResultInTheSheetsOrder() {
    PrintedForm form =
        PrintedForm.antitrust().set("H23", -10).set("G14", "abc").set("E7", "x").set("C4", null);
    ReadResult read = read(form);
    assertEquals(Optional.empty(), read.project());
    assertEquals(
        List.of(
            ProblemCode.BLANK,
            ProblemCode.NOT_A_NUMBER,
            ProblemCode.NOT_A_NUMBER,
            ProblemCode.NEGATIVE),
        read.problems().stream().map(Problem::code).toList());
    assertEquals(
        List.of(at(SHEET, "A4"), at(SHEET, "E7"), at(SHEET, "G14"), at(SHEET, "H23")),
        read.problems().stream().map(p -> p.location().orElseThrow()).toList());
  }

  @Test
  void aYearOfZeroIsNoYear() {
    assertProblem(
        read(PrintedForm.antitrust().set("A3", "(0000年度)")),
        ProblemCode.EXPECTED_YEAR,
        FormPath.YEAR,
        "A3");
  }

  @Test
  void theYearMayStandInTheTitle() {
    Project project = project(PrintedForm.antitrust().set("A2", "2023年度项目支出绩效自评表").set("A3", null));
    assertEquals(Optional.of(java.time.Year.of(2023)), project.year());
    assertEquals(Optional.empty(), project(PrintedForm.antitrust().set("A3", "(    年度)")).year());
  }
}
