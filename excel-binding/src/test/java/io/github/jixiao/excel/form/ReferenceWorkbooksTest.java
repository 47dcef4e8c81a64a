package io.github.jixiao.excel.form;

import static io.github.jixiao.excel.testing.TestSheets.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.excel.grid.SheetGrid;
import io.github.jixiao.excel.testing.AsPrinted;
import io.github.jixiao.excel.testing.SharedFiles;
import io.github.jixiao.excel.testing.TestSheets;
import io.github.jixiao.excel.testing.UsermodelGrids;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The two real exports of the central budget system (shared/reference/excel), read through the
 * usermodel grids; skipped where shared/ is absent. What they hold was checked by hand, cell by
 * cell, with POI: the 自评表 is the eighth of eleven sheets, and no other sheet is one, though 项目基本信息,
 * 绩效目标申报表, 执行监控表 and the 评审报告 print 项目名称 too.
 */
class ReferenceWorkbooksTest {
  private static final String SHEET = "项目支出绩效自评表";
  private static final String NAME = "2019年210青少年校园足球扶持资金";
  private static final String GOAL = "完成校园足球运动技术动画20集的设计制作与播出";

  /** The forms of every sheet, in sheet order, with the sheet each came from. */
  private static List<String> formSheets(List<SheetGrid> sheets, List<ReadResult> forms) {
    List<String> names = new ArrayList<>();
    for (SheetGrid sheet : sheets) {
      List<ReadResult> found = FormLocator.forms(sheet);
      found.forEach(f -> names.add(sheet.name()));
      forms.addAll(found);
    }
    return names;
  }

  @Test
  void theTemplateExportHoldsOneBlankFormInItsEighthSheet() throws IOException {
    List<SheetGrid> sheets =
        UsermodelGrids.read(SharedFiles.referenceWorkbook("central-export-2019-template.xls"));
    List<ReadResult> forms = new ArrayList<>();
    assertEquals(11, sheets.size());
    assertEquals(List.of(SHEET), formSheets(sheets, forms));
    assertEquals(SHEET, sheets.get(7).name());

    ReadResult read = forms.get(0);
    // (2019年度) in A2; C4 the name, C5 教育部, nothing beside 实施单位 (F5); a funding header with no
    // rows under it; the goal under 预期目标 (B8); no indicator rows; 总分's cells hold the text 0.
    Project expected =
        new Project(
            Optional.of(java.time.Year.of(2019)),
            NAME,
            Optional.of("教育部"),
            Optional.empty(),
            FundingBreakdown.builder().build(),
            io.github.jixiao.core.model.Goals.of(GOAL, null),
            List.of(),
            Optional.of(BigDecimal.ZERO));
    assertEquals(AsPrinted.inWanYuan(expected), read.project().orElseThrow());
    assertEquals(Optional.of(at(SHEET, "A1")), read.sourceMap().exactly(FormPath.ROOT));
    assertEquals(Optional.of(at(SHEET, "A2")), read.sourceMap().exactly(FormPath.YEAR));
    assertEquals(Optional.of(at(SHEET, "C4")), read.sourceMap().exactly(FormPath.PROJECT_NAME));
    assertEquals(Optional.of(at(SHEET, "A6")), read.sourceMap().exactly(FormPath.FUNDING));
    assertEquals(Optional.of(at(SHEET, "B9")), read.sourceMap().exactly(FormPath.LEVELS));
    assertEquals(Optional.of(at(SHEET, "I10")), read.sourceMap().exactly(FormPath.REPORTED_TOTAL));
  }

  @Test
  void theFilledExportsTotalIsAReferenceErrorSoTheFormIsRefusedAtThatCell() throws IOException {
    List<SheetGrid> sheets =
        UsermodelGrids.read(SharedFiles.referenceWorkbook("central-export-2019-filled.xls"));
    List<ReadResult> forms = new ArrayList<>();
    assertEquals(List.of(SHEET), formSheets(sheets, forms));

    // H14 and I14 are formulas over deleted rows (=H11+#REF!+…); their cached value is the error
    // #REF!, whose code is 23. 总分's 得分 (I14) is the reported total: a problem at that cell.
    // 分值 (H14) is not read into the form, so it raises none.
    List<Problem> problems = forms.get(0).problems();
    assertEquals(1, problems.size(), problems::toString);
    Problem problem = problems.get(0);
    assertEquals(ProblemCode.CELL_ERROR, problem.code());
    assertEquals(FormPath.REPORTED_TOTAL, problem.path());
    assertEquals(Optional.of(at(SHEET, "I14")), problem.location());
    assertEquals(List.of("#REF!"), problem.arguments());
  }

  @Test
  void theFilledExportWithItsTotalClearedReadsItsThreeIndicators() throws IOException {
    Path file = SharedFiles.referenceWorkbook("central-export-2019-filled.xls");
    List<SheetGrid> sheets;
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      // In memory only: the #REF! total cleared, to see what the rest of the form holds.
      TestSheets.cell(workbook.getSheetAt(7), "I14").setBlank();
      sheets = UsermodelGrids.of(workbook);
    }
    ReadResult read = FormLocator.forms(sheets.get(7)).get(0);
    assertTrue(read.isSuccess(), read.problems()::toString);
    Project project = read.project().orElseThrow();

    // Row 7, under the funding header, has no label: no funding row is read. Each indicator's
    // 分值 and 得分 are the text 0.0 (stored as text under an @ format), read as 0; 三级指标 spans
    // D:E; 校园用户满意度 is no standard 二级 label, so it is kept as written under 满意度.
    assertEquals(FundingBreakdown.builder().unit(FundingUnit.WAN_YUAN).build(), project.funding());
    assertEquals(
        List.of(
            new LevelSection(
                Level.OUTPUT,
                Optional.empty(),
                List.of(CategorySection.of(Category.COST, indicator("成本节约率", "≥0")))),
            new LevelSection(
                Level.BENEFIT,
                Optional.empty(),
                List.of(
                    CategorySection.of(Category.SUSTAINABILITY, indicator("在校园普及足球运动技术", "作用明显")))),
            new LevelSection(
                Level.SATISFACTION,
                Optional.empty(),
                List.of(
                    CategorySection.of(
                        Level.SATISFACTION, "校园用户满意度", indicator("媒体播出满意度", "很满意"))))),
        project.levels());
    assertEquals(
        Category.OTHER_SATISFACTION, project.levels().get(2).categories().get(0).category());
    assertEquals(Optional.empty(), project.reportedTotal());
    assertEquals(
        Optional.of(at(SHEET, "D13")),
        read.sourceMap().exactly(FormPath.indicator(2, 0, 0).cell(IndicatorCell.NAME)));
    assertEquals(
        Optional.of(at(SHEET, "I11")),
        read.sourceMap().exactly(FormPath.indicator(0, 0, 0).cell(IndicatorCell.SCORE)));
    assertEquals(
        Optional.of(at(SHEET, "C13")), read.sourceMap().exactly(FormPath.categoryLabel(2, 0)));
  }

  private static Indicator indicator(String name, String target) {
    return Indicator.of(name, target, null, "0", "0");
  }
}
