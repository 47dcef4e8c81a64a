package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.model.PrintedLabel.Group;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cases of the workbook reader's vocabulary, which core's now is. */
class PrintedFormVocabularyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // as typed | as compared
        "年 度 资 金 总 额： | 年度资金总额",
        "年　度　资　金　总　额 | 年度资金总额",
        "'主管部门\u00a0' | 主管部门",
        "项目资金（万元） | 项目资金(万元)",
        "其中：当年财政拨款 | 其中:当年财政拨款",
        "总 分 | 总分",
        "'偏差原因分析\n及改进措施' | 偏差原因分析及改进措施",
      })
  void labelsAreComparedWithoutWhiteSpaceAndWithAsciiPunctuation(String typed, String compared) {
    assertEquals(compared, FormLabels.normalize(typed));
  }

  @Test
  void theFullWidthFormsFromExclamationMarkToTildeAreAscii() {
    // U+FF01 ！ and U+FF5E ～ are the first and last of the full-width forms; U+FF5F is not one.
    assertEquals("!~\uFF5F", FormLabels.compact("！ ～ \uFF5F"));
    assertEquals("! ~ \uFF5F", FormLabels.halfWidth("！ ～ \uFF5F"));
    // The last character before them stays as it is.
    assertEquals("\uFF00", FormLabels.halfWidth("\uFF00"));
  }

  @Test
  void levelsAndCategoriesAreNamedAsCoreNamesThem() {
    // The vocabulary itself is core's (Level.named, Category.named), tested there.
    assertEquals(Optional.of(Level.OUTPUT), Level.named("产出"));
    assertEquals(Optional.empty(), Level.named("投入指标"));
    assertEquals(Optional.of(Category.SUSTAINABILITY), Category.named("可持续发展"));
    // A free label is none of them: the reader keeps it as written.
    assertEquals(Optional.empty(), Category.named("校园用户满意度"));
  }

  @Test
  void fundingRowsAndColumnsHaveTheirVariants() {
    assertEquals(Optional.of(FundingLine.TOTAL), PrintedLabel.fundingLine("年度资金总额"));
    assertEquals(Optional.of(FundingLine.APPROPRIATION), PrintedLabel.fundingLine("其中:当年财政拨款"));
    assertEquals(Optional.of(FundingLine.APPROPRIATION), PrintedLabel.fundingLine("其中:财政拨款"));
    assertEquals(Optional.of(FundingLine.CARRYOVER), PrintedLabel.fundingLine("上年结转"));
    assertEquals(Optional.of(FundingLine.OTHER), PrintedLabel.fundingLine("其他资金"));
    assertEquals(Optional.empty(), PrintedLabel.fundingLine("中期资金总额"));
    assertEquals(Optional.of(PrintedLabel.FUNDING), PrintedLabel.named(Group.BLOCK, "项目资金"));
    assertEquals(Optional.of(PrintedLabel.FUNDING), PrintedLabel.named(Group.BLOCK, "项目资金(万元)"));
    // Revision 3: a block in 元 is a funding block too (docs/workbooks.md §2.1); so is one in
    // another unit of amounts, for its unit to be refused at its cell; a bracket of no unit is not.
    assertEquals(Optional.of(PrintedLabel.FUNDING), PrintedLabel.named(Group.BLOCK, "项目资金(元)"));
    assertEquals(Optional.of(PrintedLabel.FUNDING), PrintedLabel.named(Group.BLOCK, "项目资金(千元)"));
    assertEquals(Optional.of(PrintedLabel.FUNDING), PrintedLabel.named(Group.BLOCK, "预算执行情况(亿元)"));
    assertEquals(Optional.empty(), PrintedLabel.named(Group.BLOCK, "项目资金(说明)"));
    assertEquals(Optional.empty(), PrintedLabel.named(Group.BLOCK, "项目资金(元)合计"));
    assertEquals(Optional.empty(), PrintedLabel.named(Group.BLOCK, "其他项目资金(千元)"));
    assertEquals(
        Optional.of(PrintedLabel.FUNDING_ROWS),
        PrintedLabel.named(Group.FUNDING_HEADING, "年度预算数(千元)"));
    assertEquals(Optional.empty(), PrintedLabel.named(Group.FUNDING_HEADING, "年度预算数(说明)"));
    assertEquals(
        Optional.of(PrintedLabel.ADJUSTED_BUDGET),
        PrintedLabel.named(Group.FUNDING_HEADING, "全年预算数(A)"));
    assertEquals(
        Optional.of(PrintedLabel.EXECUTION_RATE),
        PrintedLabel.named(Group.FUNDING_HEADING, "执行率(B/A)"));
    assertEquals(
        Optional.of(PrintedLabel.FUNDING_SCORE), PrintedLabel.named(Group.FUNDING_HEADING, "得分"));
    assertEquals(Optional.empty(), PrintedLabel.named(Group.FUNDING_HEADING, "1-7月执行数"));
  }

  @Test
  void indicatorAndHeaderLabelsHaveTheirVariants() {
    assertEquals(
        Optional.of(PrintedLabel.TARGET), PrintedLabel.named(Group.INDICATOR_HEADING, "指标值"));
    assertEquals(
        Optional.of(PrintedLabel.WEIGHT), PrintedLabel.named(Group.INDICATOR_HEADING, "权重"));
    assertEquals(
        Optional.of(PrintedLabel.DEVIATION), PrintedLabel.named(Group.INDICATOR_HEADING, "偏差原因"));
    assertEquals(
        Optional.of(PrintedLabel.DEVIATION),
        PrintedLabel.named(Group.INDICATOR_HEADING, "偏差原因分析及改进措施"));
    assertEquals(Optional.empty(), PrintedLabel.named(Group.INDICATOR_HEADING, "备注"));
    assertEquals(
        Optional.of(PrintedLabel.COMPETENT_DEPARTMENT),
        PrintedLabel.named(Group.HEADER, "主管部门及代码"));
    assertTrue(PrintedLabel.isLabel("实施单位"));
    assertTrue(PrintedLabel.isLabel("绩效指标"));
    assertTrue(PrintedLabel.isLabel("实际完成情况"));
    assertFalse(PrintedLabel.isLabel("自治区财政厅"));
    assertEquals(Optional.of(PrintedLabel.TITLE), PrintedLabel.named(Group.BLOCK, "自治区项目支出绩效自评表"));
    assertEquals(Optional.of(PrintedLabel.TITLE), PrintedLabel.named(Group.BLOCK, "项目支出绩效自评表"));
    assertEquals(Optional.empty(), PrintedLabel.named(Group.HEADER, "项目支出绩效自评表"));
    assertEquals(Optional.empty(), PrintedLabel.named(Group.BLOCK, "项目支出绩效目标申报表"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "指标1: 全区核查垄断线索 | 全区核查垄断线索",
        "指标2：营造公平竞争的市场秩序 | 营造公平竞争的市场秩序",
        " 指标 3 ： 线索核查率 | 线索核查率",
        "指标一：群众满意度 | 群众满意度",
        "指标１：群众满意度 | 群众满意度",
        "指标1:无 | 无",
        "全区核查垄断线索 | 全区核查垄断线索",
        "指标1 | 指标1",
        "指标数量：5 | 指标数量：5",
      })
  void theNumberingInFrontOfANameIsNoPartOfIt(String typed, String name) {
    assertEquals(name, FormLabels.withoutNumbering(typed));
  }
}
