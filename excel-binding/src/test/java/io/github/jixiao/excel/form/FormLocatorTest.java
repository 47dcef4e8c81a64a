package io.github.jixiao.excel.form;

import static io.github.jixiao.excel.testing.TestSheets.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.ReferenceForms;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.SheetGrid;
import io.github.jixiao.excel.layout.FormLayout;
import io.github.jixiao.excel.testing.AsPrinted;
import io.github.jixiao.excel.testing.PrintedForm;
import io.github.jixiao.excel.testing.TestSheets;
import io.github.jixiao.excel.testing.UsermodelGrids;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Finding the forms of a sheet by their labels: where each starts and ends, and what is none. */
class FormLocatorTest {
  private static final String SELF_EVALUATION = "项目支出绩效自评表";
  private static final String FOOTBALL = "2019年210青少年校园足球扶持资金";

  /** The forms of every sheet, in order. */
  private static List<ReadResult> forms(List<SheetGrid> sheets) {
    List<ReadResult> forms = new ArrayList<>();
    sheets.forEach(sheet -> forms.addAll(FormLocator.forms(sheet)));
    return forms;
  }

  private static Project read(ReadResult result) {
    assertTrue(result.isSuccess(), result.problems()::toString);
    return result.project().orElseThrow();
  }

  // ---- the central budget system's export, built to resemble shared/reference/excel ----

  /**
   * A workbook laid out as the central system exports it (shared/reference/excel, read with POI):
   * eleven sheets, the 自评表 the eighth; every cell text under an {@code @} format; 11 columns, the
   * funding header's 项目资金（万元） over A6:B7, 执行率 over I:J, 三级指标 over D:E, 偏差原因 over J:K; scores typed
   * as the text 0.0. Unlike the real export (whose funding row has no label and whose 总分 is a #REF!
   * formula), this one fills its funding row and types a 总分 of 23.
   */
  static Workbook centralExport() {
    Workbook workbook = new HSSFWorkbook();
    Sheet info = workbook.createSheet("项目基本信息");
    TestSheets.put(
        info,
        "A2",
        new Object[] {"项目基本信息"},
        new Object[] {},
        new Object[] {"项目基本信息"},
        new Object[] {"所属一级项目", "[10530009]学生综合素质提升专项经费", "科目代码", "[2059999]其他教育支出"},
        new Object[] {"项目单位", "[105210]北京大学", "项目代码", "105210000000180112"},
        new Object[] {"项目名称", FOOTBALL});
    for (String name : List.of("项目支出立项依据", "项目支出实施方案", "项目支出计划", "项目支出明细")) {
      TestSheets.put(workbook.createSheet(name), "B2", new Object[] {name});
    }
    Sheet goals = workbook.createSheet("项目支出绩效目标申报表");
    TestSheets.put(
        goals,
        "A2",
        new Object[] {FOOTBALL + "绩效目标表"},
        new Object[] {"( 2020年度)"},
        new Object[] {},
        new Object[] {"项目名称", null, null, FOOTBALL},
        new Object[] {"主管部门及代码", null, null, "[105]教育部", null, "实施单位", null, "北京大学"},
        new Object[] {},
        new Object[] {"项目资金（万元）", null, null, "中期资金总额：", "0.00", "年度资金总额：", null, "0.00"});
    TestSheets.put(
        goals,
        "A14",
        new Object[] {"绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", null, "指标值"});
    Sheet monitoring = workbook.createSheet("项目支出绩效目标执行监控");
    TestSheets.put(
        monitoring,
        "A2",
        new Object[] {"项目支出绩效目标执行监控表"},
        new Object[] {"( 2019年度)"},
        new Object[] {},
        new Object[] {"项目名称", null, null, FOOTBALL},
        new Object[] {},
        new Object[] {"项目资金（万元）", null, null, null, null, null, null, "年初预算数"},
        new Object[] {null, null, null, "  年度资金总额：", null, null, null, "190.00"});
    TestSheets.put(
        monitoring,
        "B20",
        new Object[] {"一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行数", "全年预计执行数", "偏差原因分析"},
        new Object[] {},
        new Object[] {"产出指标", "成本指标", "成本节约率", "≥0", "一般", "100%"});

    Sheet form = workbook.createSheet(SELF_EVALUATION);
    TestSheets.put(
        form,
        "A1",
        new Object[] {SELF_EVALUATION},
        new Object[] {"(2019年度)"},
        new Object[] {},
        new Object[] {"项目名称", "", FOOTBALL, "", "", "", "", "", "", "", ""},
        new Object[] {"主管部门", "", "教育部", "", "", "实施单位", "北京大学", "", "", "", ""},
        new Object[] {"项目资金（万元）", "", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "", "得分"},
        new Object[] {"", "", "年度资金总额", "", "190", "190", "171", "10", "90.00%", "", "9.0"},
        new Object[] {"年度总体目标", "预期目标", "", "", "", "", "实际完成情况", "", "", "", ""},
        new Object[] {"", "完成校园足球运动技术动画20集的设计制作与播出", "", "", "", "", "完成20集", "", "", "", ""},
        new Object[] {
          "", "一级指标", "二级指标", "三级指标", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", ""
        },
        new Object[] {"绩效指标", "产出指标", "成本指标", "成本节约率", "", "≥0", "", "0.0", "0.0", "", ""},
        new Object[] {"", "效益指标", "可持续影响指标", "在校园普及足球运动技术", "", "作用明显", "", "0.0", "0.0", "", ""},
        new Object[] {"", "满意度指标", "校园用户满意度", "媒体播出满意度", "", "很满意", "", "0.0", "0.0", "", ""},
        new Object[] {"总分", "", "", "", "", "", "", "0", "23", "", ""});
    TestSheets.merge(
        form, "A1:K1", "A2:K2", "A4:B4", "C4:K4", "A5:B5", "C5:E5", "G5:K5", "C6:D6", "I6:J6",
        "C7:D7", "I7:J7", "B8:F8", "G8:K8", "B9:F9", "G9:K9", "D10:E10", "J10:K10", "D11:E11",
        "J11:K11", "D12:E12", "J12:K12", "D13:E13", "J13:K13", "A14:G14", "J14:K14", "A8:A9",
        "A11:A13", "A6:B7");
    for (String name : List.of("部门评审报告", "财政评审报告", "监管局审核意见报告")) {
      TestSheets.put(
          workbook.createSheet(name),
          "B2",
          new Object[] {name},
          new Object[] {"( 2020年度)"},
          new Object[] {},
          new Object[] {"项目名称", "项目名称", FOOTBALL, FOOTBALL});
    }
    return workbook;
  }

  @Test
  void theCentralExportsFormIsFoundInTheEighthOfElevenSheets() throws IOException {
    List<SheetGrid> sheets;
    try (Workbook workbook = centralExport()) {
      sheets = UsermodelGrids.saved(workbook);
    }
    assertEquals(11, sheets.size());
    // 项目基本信息, 绩效目标申报表, 执行监控表 and the 评审报告 print 项目名称, some a funding header and
    // an indicator header too, but no 得分 column: none is a 自评表.
    for (int i = 0; i < sheets.size(); i++) {
      assertEquals(i == 7 ? 1 : 0, FormLocator.forms(sheets.get(i)).size(), sheets.get(i).name());
    }
    ReadResult result = FormLocator.forms(sheets.get(7)).get(0);
    Indicator zero = Indicator.of("成本节约率", "≥0", null, "0", "0");
    Project expected =
        new Project(
            Optional.of(Year.of(2019)),
            FOOTBALL,
            Optional.of("教育部"),
            Optional.of("北京大学"),
            FundingBreakdown.builder()
                .weight("10")
                .total("190", "190", "171")
                .reportedExecutionRate("90.00")
                .reportedScore("9.0")
                .build(),
            Goals.of("完成校园足球运动技术动画20集的设计制作与播出", "完成20集"),
            List.of(
                new LevelSection(
                    Level.OUTPUT,
                    Optional.empty(),
                    List.of(CategorySection.of(Category.COST, zero))),
                new LevelSection(
                    Level.BENEFIT,
                    Optional.empty(),
                    List.of(
                        CategorySection.of(
                            Category.SUSTAINABILITY,
                            Indicator.of("在校园普及足球运动技术", "作用明显", null, "0", "0")))),
                new LevelSection(
                    Level.SATISFACTION,
                    Optional.empty(),
                    List.of(
                        CategorySection.of(
                            Level.SATISFACTION,
                            "校园用户满意度",
                            Indicator.of("媒体播出满意度", "很满意", null, "0", "0"))))),
            Optional.of(new BigDecimal("23")));
    assertEquals(AsPrinted.inWanYuan(expected), read(result));
    // The rate typed in I7 (merged I7:J7) under 执行率 (I6:J6); 三级指标 typed in D of D11:E11.
    assertEquals(
        Optional.of(at(SELF_EVALUATION, "I7")),
        result.sourceMap().exactly(FormPath.REPORTED_EXECUTION_RATE));
    assertEquals(
        Optional.of(at(SELF_EVALUATION, "D11")),
        result.sourceMap().exactly(FormPath.indicator(0, 0, 0).cell(IndicatorCell.NAME)));
    assertEquals(
        Optional.of(at(SELF_EVALUATION, "I14")),
        result.sourceMap().exactly(FormPath.REPORTED_TOTAL));
  }

  // ---- several forms ----

  @Test
  void formsStackedDownOneSheetAreReadTopToBottom() throws IOException {
    List<Project> projects =
        List.of(
            ReferenceForms.antitrust(),
            ReferenceForms.qualityFoundation(),
            ReferenceForms.centralTransfer());
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("2024年度");
      FormLayout layout = new FormLayout(workbook);
      int row = 0;
      List<Integer> titles = new ArrayList<>();
      for (Project project : projects) {
        titles.add(row + 1);
        // Each form after the one above, with two blank rows between them.
        row = layout.write(sheet, row, 0, project) + 2;
      }
      List<ReadResult> forms = FormLocator.forms(UsermodelGrids.saved(workbook).get(0));
      assertEquals(
          AsPrinted.inWanYuan(projects), forms.stream().map(FormLocatorTest::read).toList());
      for (int i = 0; i < titles.size(); i++) {
        assertEquals(
            Optional.of(new CellAddress("2024年度", titles.get(i) + 1, 1)),
            forms.get(i).sourceMap().exactly(FormPath.ROOT));
      }
    }
  }

  @Test
  void oneFormPerSheetIsReadSheetBySheetAndACoverPageIsSkipped() throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      TestSheets.put(
          workbook.createSheet("封面"),
          "C3",
          new Object[] {"2024年度项目支出绩效自评材料"},
          new Object[] {"自治区市场监管厅"});
      FormLayout layout = new FormLayout(workbook);
      layout.write(workbook.createSheet("反垄断"), 0, 0, ReferenceForms.antitrust());
      layout.write(workbook.createSheet("信息化运维"), 4, 2, ReferenceForms.itOperations());
      workbook.createSheet("空白");
      List<SheetGrid> sheets = UsermodelGrids.saved(workbook);
      assertEquals(List.of(), FormLocator.forms(sheets.get(0)));
      assertEquals(List.of(), FormLocator.forms(sheets.get(3)));
      assertEquals(
          AsPrinted.inWanYuan(List.of(ReferenceForms.antitrust(), ReferenceForms.itOperations())),
          forms(sheets).stream().map(FormLocatorTest::read).toList());
    }
  }

  @Test
  void anIndicatorNamingTheFormIsNoTitleOfAFormOfItsOwn() {
    PrintedForm form = PrintedForm.antitrust().set("D16", "按时报送项目支出绩效自评表");
    List<ReadResult> forms = FormLocator.forms(form.grid());
    assertEquals(1, forms.size());
    assertEquals(
        "按时报送项目支出绩效自评表",
        read(forms.get(0)).levels().get(0).categories().get(2).indicators().get(0).name());
  }

  @Test
  void aTitleOnlyMentionedIsNoForm() {
    SheetGrid grid = new SheetGrid("目录");
    grid.put(0, 0, GridCell.text("目录", 0, 0));
    grid.put(1, 0, GridCell.text("八、项目支出绩效自评表", 1, 0));
    grid.put(2, 0, GridCell.text("九、部门评审报告", 2, 0));
    assertEquals(List.of(), FormLocator.forms(grid));
  }

  @Test
  void aFormWithoutATitleStartsAtItsProjectName() {
    PrintedForm form = PrintedForm.antitrust().set("A2", null).set("A3", null).set("A1", null);
    Project untitled = read(FormLocator.forms(form.grid()).get(0));
    assertEquals(Optional.empty(), untitled.year(), "no title rows, so no year");
    assertEquals(PrintedForm.project().levels(), untitled.levels());
  }

  @Test
  void regionsEndWhereTheNextFormStarts() {
    SheetGrid grid = new SheetGrid("s");
    String[] column = {
      "附件5", "项目支出绩效自评表", "项目名称", "项目资金", "三级指标", "总分", "附件5", "项目支出绩效自评表", "项目名称", "项目名称"
    };
    for (int r = 0; r < column.length; r++) {
      grid.put(r, 0, GridCell.text(column[r], r, 0));
    }
    List<FormRegion> regions = FormLocator.regions(grid);
    // The title at row 2 starts the first; the title at row 8 the second (its 附件5 line belongs to
    // the first's tail); a second 项目名称 with its form already named starts a third, untitled.
    assertEquals(List.of(1, 7, 9), regions.stream().map(FormRegion::top).toList());
    assertEquals(List.of(6, 8, 9), regions.stream().map(FormRegion::bottom).toList());
    assertEquals(List.of(true, true, false), regions.stream().map(FormRegion::titled).toList());
  }

  /** A sheet of labels down column A, one a row; null leaves a row blank. */
  private static SheetGrid column(String... labels) {
    SheetGrid grid = new SheetGrid("s");
    for (int r = 0; r < labels.length; r++) {
      if (labels[r] != null) {
        grid.put(r, 0, GridCell.text(labels[r], r, 0));
      }
    }
    return grid;
  }

  private static List<Integer> tops(SheetGrid grid) {
    return FormLocator.regions(grid).stream().map(FormRegion::top).toList();
  }

  @Test
  void aFormWithoutItsProjectNameStillEndsAtTheNextTitle() {
    // The first form has no 项目名称, but its funding header (or its indicator header) makes it a
    // form, so the title at row 5 starts the second; its 项目名称 is the sheet's last row.
    assertEquals(
        List.of(0, 4),
        tops(column(SELF_EVALUATION, "项目资金（万元）", "总分", null, SELF_EVALUATION, "项目名称")));
    assertEquals(
        List.of(0, 3), tops(column(SELF_EVALUATION, "三级指标", "总分", SELF_EVALUATION, "项目名称")));
  }

  @Test
  void aTitleStartsAFormWhereItsHeaderIsWithinTheSixRowsThatFollowIt() {
    // The second title (row 5) is followed by five rows (a subtitle, the unit, the date…) and
    // blank ones, then 项目名称: the sixth row holding anything.
    assertEquals(
        List.of(0, 4), afterAFormATitleAnd("（2024年度）", null, "填报单位", "填报日期", null, "单位：万元", "联系人"));
    // With a seventh row before it, 项目名称 starts a form of its own, untitled (row 12): the
    // title, too far above, is no part of it.
    assertEquals(
        List.of(0, 11), afterAFormATitleAnd("（2024年度）", "填报单位", "填报日期", "单位：万元", "联系人", "电话"));
  }

  /** The tops of a column of a form, then a title, those rows and the 项目名称 of a second form. */
  private static List<Integer> afterAFormATitleAnd(String... rows) {
    List<String> labels =
        new ArrayList<>(List.of(SELF_EVALUATION, "项目名称", "三级指标", "总分", SELF_EVALUATION));
    labels.addAll(Arrays.asList(rows));
    labels.add("项目名称");
    return tops(column(labels.toArray(String[]::new)));
  }

  @Test
  void anIndicatorNamingTheFormLooksOnlySixRowsAheadForAHeader() {
    // 按时报送绩效自评表 (row 4) names the 自评表 inside the first form; the next form's 项目名称 (row
    // 14) is ten rows below it, too far for it to be that form's title.
    assertEquals(
        List.of(0, 12),
        tops(
            column(
                SELF_EVALUATION,
                "项目名称",
                "三级指标",
                "按时报送绩效自评表",
                "指标2",
                "指标3",
                "指标4",
                "指标5",
                "指标6",
                "指标7",
                "指标8",
                "总分",
                SELF_EVALUATION,
                "项目名称")));
  }

  @Test
  void aNullSheetIsAProgrammersError() {
    assertThrows(NullPointerException.class, () -> FormLocator.forms(null));
  }

  // ---- the searched bounds ----

  /** The fixture's cells put in a grid from a row on. */
  private static SheetGrid gridFrom(int top, SheetGrid source, String name) {
    SheetGrid grid = new SheetGrid(name);
    for (int r = 0; r <= source.lastRow(); r++) {
      for (int c = 0; c <= source.lastColumn(); c++) {
        GridCell cell = source.cell(r, c);
        if (!cell.isBlank()) {
          grid.put(top + r, c, cell.typedIn(top + cell.row(), cell.column()));
        }
      }
    }
    return grid;
  }

  @Test
  void aFormCutByTheLastRowSearchedIsRefused() {
    // The form from row 9,990: its indicator rows run past row 10,000, where the grid stops.
    SheetGrid grid = gridFrom(SheetGrid.MAX_ROWS - 10, PrintedForm.antitrust().grid(), "大表");
    assertTrue(grid.isCut());
    List<ReadResult> forms = FormLocator.forms(grid);
    assertEquals(1, forms.size());
    List<Problem> problems = forms.get(0).problems();
    assertEquals(1, problems.size());
    assertEquals(ProblemCode.FORM_OUT_OF_BOUNDS, problems.get(0).code());
    assertEquals(FormPath.ROOT, problems.get(0).path());
    assertEquals(Optional.of(new CellAddress("大表", 10_000, 1)), problems.get(0).location());
  }

  @Test
  void aCompleteFormBesideDataPastTheBoundsIsRead() {
    SheetGrid grid = PrintedForm.antitrust().grid();
    // A data column far below the form, beyond the rows searched.
    grid.put(150_000, 3, GridCell.text("数据", 150_000, 3));
    assertTrue(grid.isCut());
    assertEquals(PrintedForm.project(), read(FormLocator.forms(grid).get(0)));
  }

  @Test
  void aHeaderReachingTheLastColumnSearchedIsRefused() {
    SheetGrid grid = PrintedForm.antitrust().grid();
    int last = SheetGrid.MAX_COLUMNS - 1;
    // The indicator header (row 13) goes on to the last column and past it.
    grid.put(12, last, GridCell.text("备注", 12, last));
    grid.put(12, last + 1, GridCell.text("备注2", 12, last + 1));
    Problem problem = FormLocator.forms(grid).get(0).problems().get(0);
    assertEquals(ProblemCode.FORM_OUT_OF_BOUNDS, problem.code());
    assertEquals(Optional.of(new CellAddress(PrintedForm.SHEET, 13, 256)), problem.location());

    // So does the funding header (row 6).
    SheetGrid funding = PrintedForm.antitrust().grid();
    funding.put(5, last, GridCell.text("备注", 5, last));
    funding.put(5, last + 1, GridCell.text("备注2", 5, last + 1));
    Problem wide = FormLocator.forms(funding).get(0).problems().get(0);
    assertEquals(ProblemCode.FORM_OUT_OF_BOUNDS, wide.code());
    assertEquals(Optional.of(new CellAddress(PrintedForm.SHEET, 6, 256)), wide.location());
  }

  // ---- the printed text ----

  @Test
  void thePrintedTextOfTheMarketOrderFormReadsAsItsJsonForm() throws IOException {
    Path text =
        Path.of(System.getProperty("jixiao.shared", "../../shared"))
            .resolve("reference/2024-self-evaluation-forms.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(text), "shared/ is not beside the repository: " + text);
    // The third form of the text as the PDF extraction gives it: a row a line, a cell a tab,
    // nothing merged, every cell text.
    String[] forms = Files.readString(text, StandardCharsets.UTF_8).split("附件5");
    SheetGrid grid = new SheetGrid("市场秩序");
    String[] lines = forms[3].split("\n");
    for (int r = 0; r < lines.length; r++) {
      String[] cells = lines[r].split("\t", -1);
      for (int c = 0; c < cells.length; c++) {
        grid.put(r, c, GridCell.text(cells[c], r, c));
      }
    }
    Project read = read(FormLocator.forms(grid).get(0));
    Project json = FormJson.create().readForm(Path.of("../examples/forms/03-market-order.json"));
    // The extraction ran 实施单位 into its value ("实施单位 自治区市场监管厅" in one cell), so that
    // label is not found; everything else reads as the JSON form has it, placeholder rows left out.
    assertEquals(Optional.empty(), read.implementingUnit());
    assertEquals(
        AsPrinted.inWanYuan(json),
        new Project(
            read.year(),
            read.projectName(),
            read.competentDepartment(),
            json.implementingUnit(),
            read.funding(),
            read.goals(),
            read.levels(),
            read.reportedTotal()));
  }
}
