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
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.testing.ReferenceForms;
import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.excel.testing.PrintedForm;
import io.github.jixiao.excel.testing.RegionalForms;
import io.github.jixiao.excel.testing.TestSheets;
import io.github.jixiao.excel.testing.TestWorkbooks;
import io.github.jixiao.excel.testing.UsermodelGrids;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layouts of revision 3 (shared/spec/excel-forms.md §2.1) read from .xlsx and .xls files as the
 * regions print them: each form read whole, every new value at its cell, and the spec's errors at
 * theirs.
 */
class RegionalLayoutsTest {
  @TempDir Path dir;

  /** The one form of a fixture, read from an .xlsx and from an .xls file. */
  private List<ReadResult> read(PrintedForm form) throws IOException {
    List<ReadResult> forms = new ArrayList<>();
    for (Path file :
        List.of(
            TestWorkbooks.xlsx(dir.resolve("form.xlsx"), w -> form.putIn(w, SHEET, "A1")),
            TestWorkbooks.xls(dir.resolve("form.xls"), w -> form.putIn(w, SHEET, "A1")))) {
      List<ReadResult> read = ExcelForms.DEFAULT.read(file);
      assertEquals(1, read.size(), read::toString);
      forms.add(read.get(0));
    }
    return forms;
  }

  /** The form of a fixture, read alike from both files. */
  private List<ReadResult> success(PrintedForm form) throws IOException {
    List<ReadResult> forms = read(form);
    for (ReadResult read : forms) {
      assertTrue(read.isSuccess(), () -> read.describeProblems(java.util.Locale.ROOT));
    }
    return forms;
  }

  private static Project project(ReadResult read) {
    return read.project().orElseThrow();
  }

  private static Optional<SourceLocation> cell(String reference) {
    return Optional.of(at(SHEET, reference));
  }

  /** The single problem of a form read from both files, by code, path and cell. */
  private void assertProblem(PrintedForm form, ProblemCode code, FormPath path, String cell)
      throws IOException {
    for (ReadResult read : read(form)) {
      assertFalse(read.isSuccess());
      assertEquals(1, read.problems().size(), read.problems()::toString);
      Problem problem = read.problems().get(0);
      assertEquals(code, problem.code(), problem::toString);
      assertEquals(path, problem.path(), problem::toString);
      assertEquals(cell(cell), problem.location(), problem::toString);
    }
  }

  /** A project with one indicator changed. */
  private static Project withIndicator(
      Project p, int level, int category, int indicator, UnaryOperator<Indicator> change) {
    List<LevelSection> levels = new ArrayList<>(p.levels());
    LevelSection l = levels.get(level);
    List<CategorySection> categories = new ArrayList<>(l.categories());
    CategorySection c = categories.get(category);
    List<Indicator> indicators = new ArrayList<>(c.indicators());
    indicators.set(indicator, change.apply(indicators.get(indicator)));
    categories.set(category, new CategorySection(c.category(), c.label(), indicators));
    levels.set(level, new LevelSection(l.level(), l.weight(), categories));
    return new Project(
        p.year(),
        p.projectName(),
        p.competentDepartment(),
        p.implementingUnit(),
        p.funding(),
        p.goals(),
        levels,
        p.reportedTotal(),
        p.reportedGrade());
  }

  // ---- 云南 公开14表 ----

  @Test
  void yunnansFormInYuanWithASplitTargetAndAGradeAfterTheTotalReadsWhole() throws IOException {
    for (ReadResult read : success(RegionalForms.yunnan())) {
      assertEquals(RegionalForms.yunnanProject(), project(read));
      // The unit in the corner (项目资金 with a line break before （元）); the grade right of 得分.
      assertEquals(cell("A6"), read.sourceMap().exactly(FormPath.FUNDING_UNIT));
      assertEquals(cell("J21"), read.sourceMap().exactly(FormPath.REPORTED_GRADE));
      assertEquals(cell("I21"), read.sourceMap().exactly(FormPath.REPORTED_TOTAL));
      // A split target stands at its 指标值 cell, the lower header row's column.
      FormPath first = FormPath.indicator(0, 0, 0);
      assertEquals(cell("E15"), read.sourceMap().exactly(first.cell(IndicatorCell.TARGET)));
      assertEquals(cell("G15"), read.sourceMap().exactly(first.cell(IndicatorCell.ACTUAL)));
      assertEquals(cell("I15"), read.sourceMap().exactly(first.cell(IndicatorCell.SCORE)));
      assertEquals(
          cell("E20"),
          read.sourceMap().exactly(FormPath.indicator(2, 0, 0).cell(IndicatorCell.TARGET)));
      assertEquals(cell("A13"), read.sourceMap().exactly(FormPath.LEVELS));
    }
  }

  @Test
  void aPrintedGradeTheTotalDoesNotEarnIsAFindingAtItsCell() throws IOException {
    // 96.5 earns 优 (90 and over); the form prints 良.
    for (ReadResult read : success(RegionalForms.yunnan().set("J21", "良"))) {
      assertEquals(Optional.of(Grade.GOOD), project(read).reportedGrade());
      Scorecard card = ProjectScorer.DEFAULT.score(project(read), read.sourceMap());
      List<Finding> mismatches =
          card.findings().stream().filter(f -> f.code() == FindingCode.GRADE_MISMATCH).toList();
      assertEquals(1, mismatches.size(), card.findings()::toString);
      assertEquals(cell("J21"), mismatches.get(0).location());
    }
  }

  @Test
  void theAnnotatorMarksAPrintedGradeTheTotalDoesNotEarnOnItsCell() throws IOException {
    // 9.5 + 20 + 20 + 10 + 18 + 10 + 9 = 96.5 earns 优; J21 prints 良. Both kinds of file.
    PrintedForm form = RegionalForms.yunnan().set("J21", "良");
    for (Path file :
        List.of(
            TestWorkbooks.xlsx(dir.resolve("graded.xlsx"), w -> form.putIn(w, SHEET, "A1")),
            TestWorkbooks.xls(dir.resolve("graded.xls"), w -> form.putIn(w, SHEET, "A1")))) {
      List<Scorecard> cards =
          ExcelForms.DEFAULT.read(file).stream()
              .map(r -> ProjectScorer.DEFAULT.score(r.project().orElseThrow(), r.sourceMap()))
              .toList();
      Path copy = io.github.jixiao.excel.WorkbookAnnotator.copyPath(file);
      assertEquals(
          List.of(),
          io.github.jixiao.excel.WorkbookAnnotator.DEFAULT.annotate(
              file, cards, copy, java.util.Locale.SIMPLIFIED_CHINESE));
      try (Workbook book = WorkbookFactory.create(copy.toFile())) {
        Cell grade = book.getSheet(SHEET).getRow(20).getCell(9);
        assertEquals("良", grade.getStringCellValue(), file.toString());
        assertEquals(FillPatternType.SOLID_FOREGROUND, grade.getCellStyle().getFillPattern());
        String comment = grade.getCellComment().getString().getString();
        assertTrue(comment.contains("填报等级为“良”") && comment.contains("应为“优”"), comment);
        // The cell beside it, 总分's 得分, agrees with the total and is left as it was.
        assertEquals(null, book.getSheet(SHEET).getRow(20).getCell(8).getCellComment());
      }
    }
  }

  @Test
  void anUnlabelledCellRightOfTheScoreThatReadsNoGradeIsNotRead() throws IOException {
    for (ReadResult read : success(RegionalForms.yunnan().set("J21", "良好"))) {
      assertEquals(Optional.empty(), project(read).reportedGrade());
      assertEquals(Optional.empty(), read.sourceMap().exactly(FormPath.REPORTED_GRADE));
    }
    // A grade is compared normalised: white space around and inside it is none of it.
    for (ReadResult read : success(RegionalForms.yunnan().set("J21", " 优\u3000"))) {
      assertEquals(Optional.of(Grade.EXCELLENT), project(read).reportedGrade());
    }
  }

  @Test
  void anErrorValueInAnyCellOfASplitTargetIsRefusedAtThatCell() throws IOException {
    // 指标性质, 指标值 and 度量单位 of three rows, each holding an error value: each the target's.
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = RegionalForms.yunnan().putIn(workbook, SHEET, "A1");
      TestSheets.cell(sheet, "D15").setCellErrorValue(FormulaError.NA.getCode());
      TestSheets.cell(sheet, "E16").setCellErrorValue(FormulaError.REF.getCode());
      TestSheets.cell(sheet, "F19").setCellErrorValue(FormulaError.VALUE.getCode());
      List<ReadResult> forms = FormLocator.forms(UsermodelGrids.of(sheet));
      assertEquals(1, forms.size());
      List<Problem> problems = forms.get(0).problems();
      assertEquals(
          List.of(
              FormPath.indicator(0, 0, 0).cell(IndicatorCell.TARGET),
              FormPath.indicator(0, 1, 0).cell(IndicatorCell.TARGET),
              FormPath.indicator(1, 1, 0).cell(IndicatorCell.TARGET)),
          problems.stream().map(Problem::path).toList());
      assertEquals(
          List.of(cell("D15"), cell("E16"), cell("F19")),
          problems.stream().map(Problem::location).toList());
      assertTrue(problems.stream().allMatch(p -> p.code() == ProblemCode.CELL_ERROR));
    }
  }

  // ---- 四川 2023 ----

  @ParameterizedTest
  @ValueSource(strings = {"其中:财政资金", " 其中：财政资金 ", "其中：\n财政资金", "财政\r\n资金"})
  void aFreeRowIsLabelledTrimmedWithoutLineBreaksOrItsOfWhich(String label) throws IOException {
    String typed = label.replace("\\r", "\r").replace("\\n", "\n");
    for (ReadResult read : success(RegionalForms.sichuan().set("B8", typed))) {
      assertEquals(RegionalForms.sichuanProject(), project(read));
    }
  }

  @Test
  void sichuansTemplateWithFreeRowsAndItsOwnLabelsReadsWhole() throws IOException {
    for (ReadResult read : success(RegionalForms.sichuan())) {
      assertEquals(RegionalForms.sichuanProject(), project(read));
      // The unit in the label column's heading; the weight in the total row's 权重 cell.
      assertEquals(cell("B6"), read.sourceMap().exactly(FormPath.FUNDING_UNIT));
      assertEquals(cell("F7"), read.sourceMap().exactly(FormPath.FUNDING_WEIGHT));
      assertEquals(cell("B7"), read.sourceMap().exactly(FormPath.fundingRow(FundingLine.TOTAL)));
      // Each listed row at its label, its label and amounts at their cells.
      assertEquals(cell("B8"), read.sourceMap().exactly(FormPath.fundingComponent(0)));
      assertEquals(cell("B9"), read.sourceMap().exactly(FormPath.componentLabel(1)));
      assertEquals(
          cell("E10"),
          read.sourceMap().exactly(FormPath.fundingComponent(2, FundingColumn.EXECUTED)));
      assertEquals(cell("B11"), read.sourceMap().exactly(FormPath.componentLabel(3)));
      assertEquals(cell("J20"), read.sourceMap().exactly(FormPath.REPORTED_TOTAL));
      assertEquals(Optional.empty(), read.sourceMap().exactly(FormPath.REPORTED_GRADE));
      assertEquals(cell("H4"), read.sourceMap().exactly(FormPath.IMPLEMENTING_UNIT));
      assertEquals(cell("B13"), read.sourceMap().exactly(FormPath.EXPECTED_GOAL));
      assertEquals(cell("F13"), read.sourceMap().exactly(FormPath.ACHIEVED_GOAL));
      FormPath first = FormPath.indicator(0, 0, 0);
      assertEquals(cell("F15"), read.sourceMap().exactly(first.cell(IndicatorCell.TARGET)));
      assertEquals(cell("H15"), read.sourceMap().exactly(first.cell(IndicatorCell.ACTUAL)));
      assertEquals(cell("I15"), read.sourceMap().exactly(first.cell(IndicatorCell.WEIGHT)));
      assertEquals(
          cell("K18"),
          read.sourceMap().exactly(FormPath.indicator(1, 0, 0).cell(IndicatorCell.DEVIATION)));
    }
  }

  @Test
  void aLabelCellHoldingNoTextOrALabelOrADashOrMergedFromAboveIsNoComponentRow()
      throws IOException {
    // In place of 其他资金 (B11): white space, a number, a dash, a heading; then 单位资金 merged down
    // over row 11. Each leaves three listed rows.
    Project three = sichuanWithoutOtherFunds();
    for (Object value : new Object[] {" ", 5, "—", "执行率"}) {
      for (ReadResult read : success(RegionalForms.sichuan().set("B11", value))) {
        assertEquals(three, project(read), String.valueOf(value));
      }
    }
    for (ReadResult read : success(RegionalForms.sichuan().set("B11", null).merge("B10:B11"))) {
      assertEquals(three, project(read));
    }
  }

  /** {@link RegionalForms#sichuanProject()} without its 其他资金 row. */
  private static Project sichuanWithoutOtherFunds() {
    Project p = RegionalForms.sichuanProject();
    FundingBreakdown f = p.funding();
    FundingBreakdown three =
        new FundingBreakdown(
            f.unit(),
            f.weight(),
            f.total(),
            f.appropriation(),
            f.carryover(),
            f.other(),
            f.components().subList(0, 3),
            f.reportedExecutionRate(),
            f.reportedScore());
    return new Project(
        p.year(),
        p.projectName(),
        p.competentDepartment(),
        p.implementingUnit(),
        three,
        p.goals(),
        p.levels(),
        p.reportedTotal(),
        p.reportedGrade());
  }

  @Test
  void theWeightCellWinsOverTheWeightInTheFundingHeader() throws IOException {
    // 预算执行情况（10分） and a 权重 of 12: the cell's.
    for (ReadResult read : success(RegionalForms.sichuan().set("F7", 12))) {
      assertEquals(Optional.of(new BigDecimal("12")), project(read).funding().weight());
      assertEquals(cell("F7"), read.sourceMap().exactly(FormPath.FUNDING_WEIGHT));
    }
  }

  @Test
  void aProblemOnAFreeRowNamesItsCell() throws IOException {
    assertProblem(
        RegionalForms.sichuan().set("C9", "五万"),
        ProblemCode.NOT_A_NUMBER,
        FormPath.fundingComponent(1, FundingColumn.INITIAL_BUDGET),
        "C9");
  }

  @Test
  void aFreeRowRepeatingAnotherIsRefusedAtItsLabel() throws IOException {
    assertProblem(
        RegionalForms.sichuan().set("B10", "财政资金"),
        ProblemCode.DUPLICATE_COMPONENT,
        FormPath.componentLabel(2),
        "B10");
  }

  @Test
  void aListedRowNamingTheTotalRowIsRefusedAtItsLabel() throws IOException {
    assertProblem(
        RegionalForms.sichuan().set("B9", "年度资金总额"),
        ProblemCode.TOTAL_ROW_AS_COMPONENT,
        FormPath.componentLabel(1),
        "B9");
  }

  @Test
  void twoSumRowsAreRefusedAsTwoTotalRowsAre() throws IOException {
    PrintedForm twice = RegionalForms.sichuan().set("A22", "合计").set("I22", 100).set("J22", 96.5);
    assertProblem(twice, ProblemCode.DUPLICATE_TOTAL, FormPath.REPORTED_TOTAL, "J22");
  }

  // ---- 湖北 20 + 80 ----

  @Test
  void hubeisTemplateWithAWeightInItsHeaderAndAYearStartTargetReadsWhole() throws IOException {
    for (ReadResult read : success(RegionalForms.hubei())) {
      assertEquals(RegionalForms.hubeiProject(), project(read));
      // 预算执行情况（万元）（20分）: the unit and, with no 分值 column, the weight.
      assertEquals(cell("A5"), read.sourceMap().exactly(FormPath.FUNDING_UNIT));
      assertEquals(cell("A5"), read.sourceMap().exactly(FormPath.FUNDING_WEIGHT));
      assertEquals(
          cell("C6"),
          read.sourceMap()
              .exactly(FormPath.funding(FundingLine.TOTAL, FundingColumn.ADJUSTED_BUDGET)));
      assertEquals(
          Optional.empty(),
          read.sourceMap()
              .exactly(FormPath.funding(FundingLine.TOTAL, FundingColumn.INITIAL_BUDGET)));
      // 年初目标值(A), the only target column, is the target.
      assertEquals(
          cell("E13"),
          read.sourceMap().exactly(FormPath.indicator(0, 0, 0).cell(IndicatorCell.TARGET)));
      assertEquals(cell("J17"), read.sourceMap().exactly(FormPath.REPORTED_GRADE));
      assertEquals(cell("H17"), read.sourceMap().exactly(FormPath.REPORTED_TOTAL));
    }
  }

  @Test
  void aLabelledGradeThatIsNoGradeIsAProblemAtItsCell() throws IOException {
    assertProblem(
        RegionalForms.hubei().set("J17", "优秀"),
        ProblemCode.UNKNOWN_GRADE,
        FormPath.REPORTED_GRADE,
        "J17");
    assertProblem(
        RegionalForms.hubei().set("J17", 90),
        ProblemCode.UNKNOWN_GRADE,
        FormPath.REPORTED_GRADE,
        "J17");
  }

  @Test
  void aGradeLabelWithNothingRightOfItGivesNoGrade() throws IOException {
    for (ReadResult read : success(RegionalForms.hubei().set("J17", null))) {
      assertEquals(Optional.empty(), project(read).reportedGrade());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"等级", "自评结论"})
  void eachGradeLabelLabelsTheGrade(String label) throws IOException {
    for (ReadResult read : success(RegionalForms.hubei().set("I17", label))) {
      assertEquals(Optional.of(Grade.GOOD), project(read).reportedGrade());
    }
  }

  @Test
  void aBlockWithoutItsAdjustedOrExecutedColumnIsStillMissingAndOneWithoutItsInitialIsNot()
      throws IOException {
    assertProblem(
        RegionalForms.hubei().set("C5", "资金来源"), ProblemCode.MISSING_BLOCK, FormPath.FUNDING, "A5");
    assertProblem(
        RegionalForms.hubei().set("D5", "资金来源"), ProblemCode.MISSING_BLOCK, FormPath.FUNDING, "A5");
    // No 年初 column: the form reads (hubeisTemplate…), each initialBudget blank.
    for (ReadResult read : success(RegionalForms.hubei())) {
      assertEquals(Optional.empty(), project(read).funding().total().initialBudget());
    }
  }

  // ---- 扣减分数 and 年初指标值 on the national form ----

  @Test
  void aDeductionColumnIsReadAsAWeightIs() throws IOException {
    // A 扣减分数 column before 得分 (H): 12.5 − 1.79 = 10.71 taken off 成本指标, 0 off 数量指标, a
    // dash on 质量指标 (blank).
    PrintedForm deducted =
        PrintedForm.antitrust()
            .blankColumnBefore("H")
            .set("H13", "扣减分数")
            .set("H14", 0)
            .set("H15", "—")
            .set("H17", 10.71);
    Project expected =
        withIndicator(
            withIndicator(PrintedForm.project(), 0, 0, 0, i -> i.withDeduction("0")),
            0,
            3,
            0,
            i -> i.withDeduction("10.71"));
    for (ReadResult read : success(deducted)) {
      assertEquals(expected, project(read));
      FormPath cost = FormPath.indicator(0, 3, 0);
      assertEquals(cell("H17"), read.sourceMap().exactly(cost.cell(IndicatorCell.DEDUCTION)));
      assertEquals(cell("I17"), read.sourceMap().exactly(cost.cell(IndicatorCell.SCORE)));
      assertEquals(
          cell("H15"),
          read.sourceMap().exactly(FormPath.indicator(0, 1, 0).cell(IndicatorCell.DEDUCTION)));
    }
  }

  @Test
  void aYearStartTargetBesideTheAnnualOneIsTheInitialTarget() throws IOException {
    // 年初指标值 before 年度指标值 (E): 不少于2条 then 不少于3条; 120万元 then 100万元; 提升 and then no
    // target at all (a dropped target, read like any other row).
    PrintedForm beside =
        PrintedForm.antitrust()
            .blankColumnBefore("E")
            .set("E13", "年初指标值")
            .set("E14", "不少于2条")
            .set("E17", "120万元")
            .set("E19", "提升")
            .set("F19", null);
    Project expected = PrintedForm.project();
    expected = withIndicator(expected, 0, 0, 0, i -> i.withInitialTarget("不少于2条"));
    expected = withIndicator(expected, 0, 3, 0, i -> i.withInitialTarget("120万元"));
    expected =
        withIndicator(
            expected,
            1,
            0,
            0,
            i ->
                new Indicator(
                    i.name(),
                    Optional.of("提升"),
                    Optional.empty(),
                    i.actual(),
                    i.weight(),
                    i.score(),
                    i.deduction(),
                    i.deviation(),
                    i.notApplicable()));
    for (ReadResult read : success(beside)) {
      assertEquals(expected, project(read));
      FormPath cost = FormPath.indicator(0, 3, 0);
      assertEquals(cell("E17"), read.sourceMap().exactly(cost.cell(IndicatorCell.INITIAL_TARGET)));
      assertEquals(cell("F17"), read.sourceMap().exactly(cost.cell(IndicatorCell.TARGET)));
    }
  }

  // ---- what the writer writes ----

  @Test
  void aFormOfRevisionThreeWrittenByTheWriterReadsBackTheSame() throws IOException {
    // In 元, two listed rows (800,000 + 200,000 = 1,000,000; 1,000,000 + 200,000 = 1,200,000;
    // 900,000 + 180,000 = 1,080,000), a year-start target, a deduction and the grade printed.
    Project written = RegionalForms.revisionThree();
    for (String name : List.of("written.xlsx", "written.xls")) {
      Path file = dir.resolve(name);
      io.github.jixiao.excel.WorkbookWriter.create().write(written, file);
      List<ReadResult> read = ExcelForms.DEFAULT.read(file);
      assertEquals(1, read.size());
      assertTrue(
          read.get(0).isSuccess(), () -> read.get(0).describeProblems(java.util.Locale.ROOT));
      assertEquals(written, project(read.get(0)), name);
    }
  }

  // ---- the unit in the corner ----

  @ParameterizedTest
  @ValueSource(strings = {"项目资金（元）", "项目资金(元)", "项目资金 (元)", "项目资金\n（元）", "项目资金 （ 元 ）"})
  void aCornerInYuanInAnyBracketsAndSpacingGivesTheUnit(String corner) throws IOException {
    for (ReadResult read : success(PrintedForm.antitrust().set("A6", corner))) {
      assertEquals(Optional.of(FundingUnit.YUAN), project(read).funding().unit());
      assertEquals(cell("A6"), read.sourceMap().exactly(FormPath.FUNDING_UNIT));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"项目资金（万元）", "项目资金(万元)", "项目资金 (万元)", "项目资金\n（万元）"})
  void theNationalCornerGivesTheUnitWanYuan(String corner) throws IOException {
    // 项目资金（万元） names its unit like 项目资金（元）: 万元, at the corner's cell (§2.1, §6).
    for (ReadResult read : success(PrintedForm.antitrust().set("A6", corner))) {
      assertEquals(PrintedForm.project(), project(read));
      assertEquals(Optional.of(FundingUnit.WAN_YUAN), project(read).funding().unit());
      assertEquals(cell("A6"), read.sourceMap().exactly(FormPath.FUNDING_UNIT));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"项目资金（千元）", "预算执行情况(亿元)"})
  void aCornerInAnotherUnitOfAmountsIsRefusedAtItsCell(String corner) throws IOException {
    // Read as the funding block, so that the unit, not the block, is what the reader names.
    assertProblem(
        PrintedForm.antitrust().set("A6", corner),
        ProblemCode.UNKNOWN_UNIT,
        FormPath.FUNDING_UNIT,
        "A6");
  }

  @Test
  void aLabelColumnHeadingInAnotherUnitIsRefusedAtItsCell() throws IOException {
    // 四川's unit is in B6, the label column's heading: 千元 there is refused like one in the corner.
    assertProblem(
        RegionalForms.sichuan().set("B6", "年度预算数（千元）"),
        ProblemCode.UNKNOWN_UNIT,
        FormPath.FUNDING_UNIT,
        "B6");
  }

  @Test
  void aCornerWithNoUnitGivesNone() throws IOException {
    // 项目资金 alone prints no unit: none, which means 万元, as a revision-2 form reads.
    for (ReadResult read : success(PrintedForm.antitrust().set("A6", "项目资金"))) {
      assertEquals(ReferenceForms.antitrust(), project(read));
      assertEquals(Optional.empty(), read.sourceMap().exactly(FormPath.FUNDING_UNIT));
    }
  }
}
