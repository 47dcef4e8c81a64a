package io.github.jixiao.html.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.html.TestForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormViewsTest {
  private static final FormViews CHINESE = new FormViews(new Words(Locale.SIMPLIFIED_CHINESE));
  private static final FormViews ENGLISH = new FormViews(new Words(Locale.ENGLISH));

  /**
   * A form whose indicator table has every shape: 产出 with two categories, the first of two
   * indicators and the second of none; 效益 with no category at all; 满意度 with one indicator.
   */
  private static final Project LAYOUT = layout(Indicator.of("企业数", "≥10家", "10家", "30", "30"));

  private static final FormPath FIRST = FormPath.indicator(0, 0, 0);
  private static final FormPath SECOND = FormPath.indicator(0, 0, 1);

  /** The layout form with the given indicator first under 数量指标. */
  private static Project layout(Indicator first) {
    return Project.builder("布局")
        .year(2024)
        .competentDepartment("财政局")
        .implementingUnit("信息中心")
        .goals("建成", "已建成")
        .funding(TestForms.fullySpent())
        .level(
            LevelSection.of(
                Level.OUTPUT,
                "50",
                CategorySection.of(
                    Category.QUANTITY, first, Indicator.of("培训人次", "≥100人次", "100人次", "20", "20")),
                CategorySection.of(Category.QUALITY)))
        .level(LevelSection.of(Level.BENEFIT, "30"))
        .level(TestForms.satisfied("80%"))
        .reportedTotal("100")
        .build();
  }

  /** The form's scorecard with the given findings (their codes do not matter here) in place. */
  private static FormView view(FormViews views, Project project, FormPath... paths) {
    List<Finding> findings = new ArrayList<>();
    for (FormPath path : paths) {
      findings.add(finding(FindingCode.TOTAL_SCORE_MISMATCH, path));
    }
    return view(views, project, findings);
  }

  private static Finding finding(FindingCode code, FormPath path) {
    return new Finding(code, path, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static FormView view(FormViews views, Project project, List<Finding> findings) {
    Scorecard card = ProjectScorer.DEFAULT.score(project);
    Scorecard withFindings = TestForms.withFindings(card, findings);
    return views.view("form-1", Optional.empty(), project, withFindings);
  }

  /** Every cell of the form, in the order a reader meets them. */
  private static List<Cell> cells(FormView view) {
    List<Cell> cells =
        new ArrayList<>(List.of(view.year(), view.name(), view.department(), view.unit()));
    cells.add(view.fundingHeader());
    for (FundingLineView row : view.funding()) {
      cells.add(row.label());
      cells.addAll(row.cells());
    }
    cells.add(view.expected());
    cells.add(view.achieved());
    for (IndicatorLine line : view.indicators()) {
      line.level().ifPresent(cells::add);
      line.category().ifPresent(cells::add);
      cells.addAll(line.cells());
    }
    cells.addAll(List.of(view.weightSum(), view.total(), view.reportedTotal()));
    view.reportedGrade().ifPresent(cells::add);
    return cells;
  }

  private static List<String> markedCells(FormView view) {
    return cells(view).stream().filter(c -> !c.marks().isEmpty()).map(Cell::path).toList();
  }

  private static List<Integer> numbers(List<Mark> marks) {
    return marks.stream().map(Mark::number).toList();
  }

  static Stream<Arguments> pathsAndTheCellsThatShowThem() {
    FormPath level1 = FormPath.level(1);
    FormPath quality = FormPath.category(0, 1);
    FormPath appropriation = FormPath.fundingRow(FundingLine.APPROPRIATION);
    FormPath executed = FormPath.funding(FundingLine.CARRYOVER, FundingColumn.EXECUTED);
    FormPath goals = FormPath.GOALS;
    List<Arguments> cases =
        new ArrayList<>(
            List.of(
                // A path a cell shows marks that cell.
                Arguments.of(FormPath.PROJECT_NAME, FormPath.PROJECT_NAME),
                Arguments.of(FormPath.YEAR, FormPath.YEAR),
                Arguments.of(FormPath.COMPETENT_DEPARTMENT, null),
                Arguments.of(FormPath.IMPLEMENTING_UNIT, null),
                Arguments.of(FormPath.FUNDING, FormPath.FUNDING),
                Arguments.of(appropriation, appropriation),
                Arguments.of(executed, executed),
                Arguments.of(FormPath.FUNDING_WEIGHT, FormPath.FUNDING_WEIGHT),
                Arguments.of(FormPath.REPORTED_EXECUTION_RATE, FormPath.REPORTED_EXECUTION_RATE),
                Arguments.of(FormPath.REPORTED_FUNDING_SCORE, FormPath.REPORTED_FUNDING_SCORE),
                Arguments.of(FormPath.EXPECTED_GOAL, null),
                Arguments.of(FormPath.ACHIEVED_GOAL, null),
                Arguments.of(FormPath.LEVELS, FormPath.LEVELS),
                Arguments.of(level1, level1),
                Arguments.of(quality, quality),
                Arguments.of(SECOND, SECOND),
                Arguments.of(FormPath.REPORTED_TOTAL, FormPath.REPORTED_TOTAL),
                // A path no cell shows marks the cell that stands for it.
                Arguments.of(FormPath.ROOT, FormPath.PROJECT_NAME),
                Arguments.of(goals, FormPath.EXPECTED_GOAL),
                Arguments.of(FormPath.levelWeight(1), level1),
                Arguments.of(FormPath.levelLabel(1), level1),
                Arguments.of(FormPath.categoryLabel(0, 1), quality),
                Arguments.of(SECOND.cell(IndicatorCell.NAME), SECOND),
                Arguments.of(SECOND.cell(IndicatorCell.NOT_APPLICABLE), SECOND),
                // A path past the form's last indicator, or below a cell, climbs to its holder.
                Arguments.of(FormPath.indicator(0, 0, 2), FormPath.category(0, 0)),
                Arguments.of(FormPath.indicator(2, 0, 1), FormPath.category(2, 0)),
                Arguments.of(FormPath.category(0, 2), FormPath.level(0)),
                Arguments.of(FormPath.level(3), FormPath.LEVELS)));
    for (String field : List.of("target", "actual", "weight", "score", "deviation")) {
      cases.add(Arguments.of(SECOND.field(field), null));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathsAndTheCellsThatShowThem")
  void aFindingMarksTheCellThatShowsItsPathAndNoOther(FormPath path, FormPath cell) {
    FormPath expected = cell == null ? path : cell;
    assertEquals(List.of(expected.toString()), markedCells(view(CHINESE, LAYOUT, path)));
  }

  @Test
  void theIndicatorTableHasARowPerIndicatorOrEmptyCategoryAndOneForALevelWithNone() {
    // Each line: 一级 cell (and its rowspan), 二级 cell (and its rowspan), how many cells, the note
    // columns. 产出 spans its three rows; 数量指标 its two indicators; 质量指标 its empty row.
    // A row under a 二级 cell leaves 7 columns to its notes; a level with no category 8.
    assertEquals(
        List.of(
            "产出指标（50分） 3 | 数量指标 2 | 7 cells | 7",
            "- | - | 7 cells | 7",
            "- | 质量指标 1 | 0 cells | 7",
            "效益指标（30分） 1 | - | 0 cells | 8",
            "满意度指标（10分） 1 | 服务对象满意度指标 1 | 7 cells | 7"),
        lines(view(CHINESE, LAYOUT)));
  }

  @Test
  void aRowWithNotesAddsARowToTheSpansOverIt() {
    // A note under 培训人次 (row 2 of 产出, row 2 of 数量指标), one under the empty 质量指标 and one
    // on the 效益 level's weight: 产出 spans 1 + 2 + 2 = 5 rows, 数量指标 1 + 2 = 3, 质量指标 2,
    // 效益 2.
    FormView view =
        view(
            CHINESE,
            LAYOUT,
            SECOND.cell(IndicatorCell.DEVIATION),
            FormPath.category(0, 1),
            FormPath.levelWeight(1));
    assertEquals(
        List.of(
            "产出指标（50分） 5 | 数量指标 3 | 7 cells | 7",
            "- | - | 7 cells | 7",
            "- | 质量指标 2 | 0 cells | 7",
            "效益指标（30分） 2 | - | 0 cells | 8",
            "满意度指标（10分） 1 | 服务对象满意度指标 1 | 7 cells | 7"),
        lines(view));
    assertEquals(
        List.of(List.of(), List.of(1), List.of(2), List.of(3), List.of()),
        view.indicators().stream().map(l -> numbers(l.notes())).toList());
  }

  @Test
  void aFindingOnALevelOrCategoryIsNotedUnderItsFirstRow() {
    FormView view = view(CHINESE, LAYOUT, FormPath.levelWeight(0), FormPath.category(0, 0));
    // 产出 and 数量指标 both start on the first row: their notes go under it.
    assertEquals(
        List.of(List.of(1, 2), List.of(), List.of(), List.of(), List.of()),
        view.indicators().stream().map(l -> numbers(l.notes())).toList());
    // Row 1 with its notes, then rows 2 and 3: 产出 spans 2 + 1 + 1 = 4, 数量指标 2 + 1 = 3.
    assertEquals(4, view.indicators().get(0).levelRows());
    assertEquals(3, view.indicators().get(0).categoryRows());
  }

  @Test
  void notesAreInTheFormsOrderWhateverTheCellsOrder() {
    // The deviation is the row's last cell and the name its first; finding 1 is on the deviation.
    FormView view =
        view(CHINESE, LAYOUT, FIRST.cell(IndicatorCell.DEVIATION), FIRST.cell(IndicatorCell.NAME));
    assertEquals(List.of(1, 2), numbers(view.indicators().get(0).notes()));
    assertEquals(List.of(1, 2), numbers(view.findings()));
  }

  @Test
  void aFindingOnTheFundingTableIsNotedUnderItsTotalRow() {
    FormView view = view(CHINESE, LAYOUT, FormPath.FUNDING, FormPath.fundingRow(FundingLine.OTHER));
    assertEquals(
        List.of(List.of(1), List.of(), List.of(), List.of(2)),
        view.funding().stream().map(r -> numbers(r.notes())).toList());
  }

  @Test
  void theTotalRowShowsTheComputedAndTheReportedRateAndScore() {
    // 100 of 100 spent: 100%, and the whole funding weight 10.
    FormView view = view(CHINESE, LAYOUT);
    assertEquals(
        List.of("100", "100", "100", "10", "100%", "100%", "10", "10"),
        view.funding().get(0).cells().stream().map(Cell::text).toList());
    assertEquals(
        List.of("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"),
        view.funding().stream().map(r -> r.label().text()).toList());
  }

  /** 企业数: target ≥10家, actual 10家 met in full, so the suggested score is its weight 30. */
  private static FormView withFirstIndicator(FormViews views, Indicator indicator) {
    return view(views, layout(indicator));
  }

  private static List<String> firstRow(FormView view) {
    return view.indicators().get(0).cells().stream().map(Cell::text).toList();
  }

  @Test
  void theSuggestedScoreIsShownOnlyWhereItDiffersFromTheReportedOne() {
    Indicator met = Indicator.of("企业数", "≥10家", "10家", "30", "30");
    assertEquals(
        List.of("企业数", "≥10家", "10家", "30", "30", "", ""),
        firstRow(withFirstIndicator(CHINESE, met)));
    Indicator underScored = Indicator.of("企业数", "≥10家", "10家", "30", "25");
    assertEquals(
        List.of("企业数", "≥10家", "10家", "30", "25", "30", ""),
        firstRow(withFirstIndicator(CHINESE, underScored)));
    Indicator unscored = met.withScore(Optional.empty());
    assertEquals(
        List.of("企业数", "≥10家", "10家", "30", "", "30", ""),
        firstRow(withFirstIndicator(CHINESE, unscored)));
  }

  @Test
  void anIndicatorThatDoesNotApplySaysSoInTheReportsLanguage() {
    Indicator notApplicable =
        Indicator.of("企业数", "≥10家", "10家", "30", "30").withNotApplicable(true);
    assertEquals("企业数（不适用）", firstRow(withFirstIndicator(CHINESE, notApplicable)).get(0));
    assertEquals("企业数 (n/a)", firstRow(withFirstIndicator(ENGLISH, notApplicable)).get(0));
  }

  private static List<String> lines(FormView view) {
    return view.indicators().stream()
        .map(
            l ->
                l.level().map(c -> c.text() + " " + l.levelRows()).orElse("-")
                    + " | "
                    + l.category().map(c -> c.text() + " " + l.categoryRows()).orElse("-")
                    + " | "
                    + l.cells().size()
                    + " cells | "
                    + l.noteColumns())
        .toList();
  }

  @Test
  void aFormsStatusIsItsWorstFinding() {
    Finding error = finding(FindingCode.TOTAL_SCORE_MISMATCH, FormPath.REPORTED_TOTAL);
    Finding warning =
        finding(FindingCode.DEDUCTION_WITHOUT_REASON, FIRST.cell(IndicatorCell.DEVIATION));
    Finding info = finding(FindingCode.FAR_ABOVE_TARGET, FIRST.cell(IndicatorCell.ACTUAL));

    FormView all = view(CHINESE, LAYOUT, List.of(info, warning, error, info));
    assertEquals("error", all.status());
    assertEquals(List.of(1, 1, 2), List.of(all.errors(), all.warnings(), all.infos()));
    assertEquals("warning", view(CHINESE, LAYOUT, List.of(info, warning)).status());
    assertEquals("info", view(CHINESE, LAYOUT, List.of(info)).status());
    assertEquals("clean", view(CHINESE, LAYOUT, List.of()).status());
  }

  /** The revision-3 form scored, with its own findings. */
  private static FormView revision3(FormViews views) {
    Project project = TestForms.revision3();
    return views.view("form-1", Optional.empty(), project, ProjectScorer.DEFAULT.score(project));
  }

  private static List<String> texts(List<Cell> cells) {
    return cells.stream().map(Cell::text).toList();
  }

  @Test
  void aFormInYuanSaysSoInTheFundingCorner() {
    assertEquals("项目资金（元）", revision3(CHINESE).fundingHeader().text());
    assertEquals("Funding (yuan)", revision3(ENGLISH).fundingHeader().text());
    // A form that prints 万元, or no unit, keeps the 附件5 corner.
    assertEquals("项目资金（万元）", view(CHINESE, LAYOUT).fundingHeader().text());
    assertEquals("Funding (10,000 yuan)", view(ENGLISH, LAYOUT).fundingHeader().text());
  }

  @Test
  void listedComponentRowsTakeThePlaceOfTheStandardOnesInTheirOrder() {
    FormView view = revision3(CHINESE);
    // The free rows as the form prints them, 其他资金 a standard row in the report's words.
    assertEquals(
        List.of("年度资金总额", "财政资金", "单位资金", "其他资金"),
        view.funding().stream().map(r -> r.label().text()).toList());
    assertEquals(
        List.of(
            "$.funding.total",
            "$.funding.components[0]",
            "$.funding.components[1]",
            "$.funding.components[2]"),
        view.funding().stream().map(r -> r.label().path()).toList());
    assertEquals(List.of("112", "118.5", "110.2"), texts(view.funding().get(1).cells()));
    assertEquals(List.of("8", "8", "8"), texts(view.funding().get(2).cells()));
    assertEquals(List.of("", "", ""), texts(view.funding().get(3).cells()));
    assertEquals("$.funding.components[1].executed", view.funding().get(2).cells().get(2).path());
    // 118.2 of 126.5 spent: 93.44%, and 9.34 of the weight 10, as reported.
    assertEquals(
        List.of("120", "126.5", "118.2", "10", "93.44%", "93.44%", "9.34", "9.34"),
        texts(view.funding().get(0).cells()));
    // In English a standard row is named in English, a free row as printed.
    assertEquals(
        List.of("Total funds", "财政资金", "单位资金", "Other funds"),
        revision3(ENGLISH).funding().stream().map(r -> r.label().text()).toList());
  }

  @Test
  void aFindingOnAListedRowMarksItsCellAndIsNotedUnderItsRow() {
    Project project = TestForms.revision3();
    FormView view =
        view(
            CHINESE,
            project,
            FormPath.componentLabel(0),
            FormPath.fundingComponent(1, FundingColumn.ADJUSTED_BUDGET),
            FormPath.fundingComponent(3));
    assertEquals(
        List.of("$.funding", "$.funding.components[0]", "$.funding.components[1].adjustedBudget"),
        markedCells(view));
    // components[3] is past the form's last row: it climbs to the table, noted under the total.
    assertEquals(
        List.of(List.of(3), List.of(1), List.of(2), List.of()),
        view.funding().stream().map(r -> numbers(r.notes())).toList());
  }

  @Test
  void aFormWithYearStartTargetsOrDeductionsHasTheirColumnsAndNoOtherHas() {
    FormView view = revision3(CHINESE);
    assertEquals(true, view.initialTargets());
    assertEquals(true, view.deductions());
    // 三级指标, 年初指标值, 年度指标值, 实际完成值, 分值, 扣减分数, 得分, 建议得分, 偏差原因: no suggestion
    // for the dropped target, and 24 for 96 of 120 is the score reported.
    assertEquals(
        List.of("送戏下乡演出场次", "≥20场", "", "", "20", "", "20", "", ""),
        texts(view.indicators().get(0).cells()));
    assertEquals(
        List.of("监督抽检批次", "", "≥120批次", "96批次", "30", "6", "24", "", "抽检车辆故障"),
        texts(view.indicators().get(1).cells()));
    assertEquals(
        "$.levels[0].categories[0].indicators[1].initialTarget",
        view.indicators().get(1).cells().get(1).path());
    assertEquals(
        "$.levels[0].categories[0].indicators[1].deduction",
        view.indicators().get(1).cells().get(5).path());
    // 7 columns under a 二级 cell, one more for each column the form adds; 8 + 2 without one.
    assertEquals(
        List.of(9, 9, 9, 9), view.indicators().stream().map(IndicatorLine::noteColumns).toList());
    // 分值, pushed out of the last four columns the stylesheet aligns, is aligned as a figure.
    assertEquals("num", view.indicators().get(0).cells().get(4).cssClass());
    assertEquals("", view.indicators().get(0).cells().get(5).cssClass());

    FormView plain = view(CHINESE, LAYOUT);
    assertEquals(false, plain.initialTargets());
    assertEquals(false, plain.deductions());
    assertEquals("", plain.indicators().get(0).cells().get(3).cssClass());
  }

  @Test
  void eachAddedColumnIsShownOnItsOwn() {
    FormView initial =
        view(
            CHINESE,
            layout(Indicator.of("企业数", "≥10家", "10家", "30", "30").withInitialTarget("≥8家")));
    assertEquals(List.of(true, false), List.of(initial.initialTargets(), initial.deductions()));
    assertEquals(List.of("企业数", "≥8家", "≥10家", "10家", "30", "30", "", ""), firstRow(initial));
    assertEquals(8, initial.indicators().get(0).noteColumns());
    // 效益, with no category, spans the 二级 column too: 8 + 1.
    assertEquals(9, initial.indicators().get(3).noteColumns());

    FormView deducted =
        view(CHINESE, layout(Indicator.of("企业数", "≥10家", "10家", "30", "30").withDeduction("0")));
    assertEquals(List.of(false, true), List.of(deducted.initialTargets(), deducted.deductions()));
    assertEquals(List.of("企业数", "≥10家", "10家", "30", "0", "30", "", ""), firstRow(deducted));
    assertEquals(8, deducted.indicators().get(0).noteColumns());
  }

  @Test
  void aFindingOnAColumnTheTableDoesNotShowMarksTheIndicatorsName() {
    FormPath deduction = FIRST.cell(IndicatorCell.DEDUCTION);
    FormPath initialTarget = FIRST.cell(IndicatorCell.INITIAL_TARGET);
    assertEquals(List.of(FIRST.toString()), markedCells(view(CHINESE, LAYOUT, deduction)));
    assertEquals(List.of(FIRST.toString()), markedCells(view(CHINESE, LAYOUT, initialTarget)));
    Project both = TestForms.revision3();
    assertEquals(List.of(deduction.toString()), markedCells(view(CHINESE, both, deduction)));
    assertEquals(
        List.of(initialTarget.toString()), markedCells(view(CHINESE, both, initialTarget)));
  }

  @Test
  void thePrintedGradeStandsBesideTheComputedOneAndGradeMismatchMarksIt() {
    FormView view = revision3(CHINESE);
    // 93.34 is 优; the form prints 良.
    assertEquals("优", view.grade());
    Cell printed = view.reportedGrade().orElseThrow();
    assertEquals("良", printed.text());
    assertEquals("$.reportedGrade", printed.path());
    assertEquals("mark-error", printed.markClass());
    assertEquals(List.of("GRADE_MISMATCH"), view.totalNotes().stream().map(Mark::code).toList());
    assertEquals("错1", view.totalNotes().get(0).marker());
    assertEquals("填报等级为“良”，按计算总分 93.34 应为“优”。", view.totalNotes().get(0).message());
    assertEquals(11, view.totalColumns());

    FormView english = revision3(ENGLISH);
    assertEquals("EXCELLENT", english.grade());
    assertEquals("GOOD", english.reportedGrade().orElseThrow().text());
    assertEquals(
        "The form reports the grade 良 (GOOD), but the computed total 93.34 gives 优 (EXCELLENT).",
        english.totalNotes().get(0).message());

    FormView none = view(CHINESE, LAYOUT, FormPath.REPORTED_GRADE);
    assertEquals(Optional.empty(), none.reportedGrade());
    assertEquals(9, none.totalColumns());
    // A form that prints no grade has no cell for it: the path climbs to the form's name.
    assertEquals(List.of("$.projectName"), markedCells(none));
  }
}
