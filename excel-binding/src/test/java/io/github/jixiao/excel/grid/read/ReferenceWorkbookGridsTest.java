package io.github.jixiao.excel.grid.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jixiao.excel.grid.CellValues;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.Grids;
import io.github.jixiao.excel.grid.SheetGrid;
import io.github.jixiao.excel.testing.SharedFiles;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two real exports of the central budget system (2019, BIFF8 saved by WPS), in {@code
 * shared/reference/excel/}. The expected cells were read by hand from HSSF's usermodel, a reader
 * independent of the event API read here, and agree with the folder's README: eleven sheets, the
 * 自评表 the eighth, 11 columns, 三级指标 over two merged columns, scores stored as text.
 */
class ReferenceWorkbookGridsTest {
  private static final List<String> SHEETS =
      List.of(
          "项目基本信息",
          "项目支出立项依据",
          "项目支出实施方案",
          "项目支出计划",
          "项目支出明细",
          "项目支出绩效目标申报表",
          "项目支出绩效目标执行监控",
          "项目支出绩效自评表",
          "部门评审报告",
          "财政评审报告",
          "监管局审核意见报告");

  private static Grids read(String name) throws IOException {
    Grids grids = WorkbookGrids.read(SharedFiles.referenceWorkbook(name));
    assertEquals(List.of(), grids.problems());
    assertEquals(SHEETS, grids.sheets().stream().map(SheetGrid::name).toList());
    return grids;
  }

  @Test
  void theFilledExportHasItsFormOnTheEighthSheet() throws IOException {
    SheetGrid form = read("central-export-2019-filled.xls").sheets().get(7);
    // A1:K1 is merged: the title stands in K1 too, typed in A1.
    assertEquals("项目支出绩效自评表", form.cell(0, 10).text());
    assertEquals(0, form.cell(0, 10).column());
    assertEquals("(2019年度)", form.cell(1, 0).text());
    assertEquals("项目名称", form.cell(3, 0).text());
    // C4:K4 holds the project's name.
    assertEquals("2019年210青少年校园足球扶持资金", form.cell(3, 2).text());
    assertEquals("2019年210青少年校园足球扶持资金", form.cell(3, 10).text());
    assertEquals("教育部", form.cell(4, 2).text());
    assertEquals("实施单位", form.cell(4, 5).text());
    assertEquals("项目资金（万元）", form.cell(5, 0).text());
    assertEquals("年初预算数", form.cell(5, 4).text());
    assertEquals("执行率", form.cell(5, 9).text());
    // 年度总体目标 is merged down A8:A9.
    assertEquals("年度总体目标", form.cell(8, 0).text());
    assertEquals("一级指标", form.cell(9, 1).text());
    // 三级指标 over D and E.
    assertEquals("三级指标", form.cell(9, 4).text());
    assertEquals("偏差原因分析及改进措施", form.cell(9, 10).text());
    assertEquals("成本节约率", form.cell(10, 4).text());
    // 0.0 stored as text in a text (@) format: text, as stored.
    assertEquals(GridCell.text("0.0", 10, 7), form.cell(10, 7));
    assertEquals("校园用户满意度", form.cell(12, 2).text());
    assertEquals("总分", form.cell(13, 6).text());
    // The 总分 cells H14 and I14 are formulas whose cached value is #REF!.
    assertEquals(CellValues.error("#REF!", 13, 7), form.cell(13, 7));
    assertEquals(CellValues.error("#REF!", 13, 8), form.cell(13, 8));
    assertFalse(form.isCut());
  }

  @Test
  void theTemplateExportHasTheFormWithoutRows() throws IOException {
    SheetGrid form = read("central-export-2019-template.xls").sheets().get(7);
    assertEquals("项目支出绩效自评表", form.cell(0, 0).text());
    assertEquals("年度总体目标", form.cell(7, 0).text());
    assertEquals("一级指标", form.cell(8, 1).text());
    assertEquals("总分", form.cell(9, 0).text());
    // Its 总分 cells hold the text 0.
    assertEquals(GridCell.text("0", 9, 7), form.cell(9, 7));
    assertEquals(GridCell.text("0", 9, 8), form.cell(9, 8));
  }
}
