package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.model.PrintedLabel.Group;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedLabelTest {

  @ParameterizedTest
  @CsvSource({
    "FUNDING_HEADING, 年初预算数, INITIAL_BUDGET",
    "FUNDING_HEADING, 全年预算数(A), ADJUSTED_BUDGET",
    "FUNDING_HEADING, 执行率(B/A), EXECUTION_RATE",
    "FUNDING_HEADING, 分值, FUNDING_WEIGHT",
    "FUNDING_HEADING, 得分, FUNDING_SCORE",
    "FUNDING_ROW, 年度资金总额, TOTAL_FUNDS",
    "FUNDING_ROW, 其中:当年财政拨款, APPROPRIATION",
    "FUNDING_ROW, 财政拨款, APPROPRIATION",
    "FUNDING_ROW, 上年结转, CARRYOVER",
    "FUNDING_ROW, 其中:其他资金, OTHER_FUNDS",
    "INDICATOR_HEADING, 权重, WEIGHT",
    "INDICATOR_HEADING, 指标值, TARGET",
    "INDICATOR_HEADING, 偏差原因, DEVIATION",
    "INDICATOR_HEADING, 偏差原因分析及改进措施, DEVIATION",
    "HEADER, 主管部门及代码, COMPETENT_DEPARTMENT",
    "BLOCK, 项目资金(万元), FUNDING",
    "BLOCK, 项目资金, FUNDING",
    "BLOCK, 总分, TOTAL",
    // Revision 3 (docs/workbooks.md §2.1): the layouts of 云南, 四川 and 湖北.
    "FUNDING_HEADING, 权重, FUNDING_WEIGHT",
    "FUNDING_HEADING, 执行率(B*A), EXECUTION_RATE",
    "FUNDING_HEADING, 得分(20分*执行率), FUNDING_SCORE",
    "FUNDING_HEADING, 预算数(A), ADJUSTED_BUDGET",
    "FUNDING_HEADING, 调整后预算数, ADJUSTED_BUDGET",
    "FUNDING_HEADING, 执行数(B), EXECUTED",
    "FUNDING_HEADING, 预算执行数, EXECUTED",
    "FUNDING_HEADING, 年初预算, INITIAL_BUDGET",
    "FUNDING_HEADING, 预算执行率, EXECUTION_RATE",
    "FUNDING_HEADING, 年度预算数(万元), FUNDING_ROWS",
    "INDICATOR_HEADING, 年初目标值(A), INITIAL_TARGET",
    "INDICATOR_HEADING, 指标性质, TARGET_KIND",
    "INDICATOR_HEADING, 度量单位, TARGET_UNIT",
    "INDICATOR_HEADING, 调整后指标值, TARGET",
    "INDICATOR_HEADING, 完成值, ACTUAL",
    "INDICATOR_HEADING, 扣减分数, DEDUCTION",
    "INDICATOR_HEADING, 未完成原因分析, DEVIATION",
    "HEADER, 实施单位(盖章), IMPLEMENTING_UNIT",
    "HEADER, 项目实施单位, IMPLEMENTING_UNIT",
    "BLOCK, 项目资金(元), FUNDING",
    "BLOCK, 预算执行情况(万元), FUNDING",
    "BLOCK, 项目年度目标, EXPECTED_GOAL",
    "BLOCK, 年度目标完成情况, ACHIEVED_GOAL",
    "BLOCK, 年度绩效目标, INDICATORS",
    "BLOCK, 合计, TOTAL",
    "BLOCK, 自评结论, GRADE"
  })
  void aTextNamesTheLabelOfItsGroup(Group group, String text, PrintedLabel label) {
    assertEquals(Optional.of(label), PrintedLabel.named(group, text));
  }

  @ParameterizedTest
  @CsvSource({
    "FUNDING_HEADING, 执行率()",
    "FUNDING_HEADING, (A)",
    "FUNDING_HEADING, 执行率(万元)",
    "INDICATOR_HEADING, 全年预算数(A)",
    "INDICATOR_HEADING, 执行率",
    "FUNDING_ROW, 其中:",
    "HEADER, 年度资金总额"
  })
  void aTextOfAnotherGroupOrShapeNamesNone(Group group, String text) {
    assertEquals(Optional.empty(), PrintedLabel.named(group, text));
  }

  @Test
  void eachLabelIsPrintedAsTheFormPrintsItAndComparedNormalised() {
    assertEquals("项目资金（万元）", PrintedLabel.FUNDING.printed());
    assertEquals("项目资金(万元)", PrintedLabel.FUNDING.text());
    assertEquals("其中：当年财政拨款", PrintedLabel.APPROPRIATION.printed());
    assertEquals("当年财政拨款", PrintedLabel.APPROPRIATION.text());
    assertEquals("年度资金总额：", PrintedLabel.TOTAL_FUNDS.printed());
    assertEquals(List.of("分值", "权重"), PrintedLabel.WEIGHT.texts());
    assertEquals(Group.INDICATOR_HEADING, PrintedLabel.WEIGHT.group());
    for (PrintedLabel label : PrintedLabel.values()) {
      if (label != PrintedLabel.TITLE && label != PrintedLabel.NOTE) {
        assertEquals(
            Optional.of(label),
            PrintedLabel.named(label.group(), FormLabels.normalize(label.printed()))
                .filter(l -> l == label || l.text().equals(label.text())),
            label.name());
      }
    }
  }

  @Test
  void theFundingRowsAreTheFundingLines() {
    for (FundingLine line : FundingLine.values()) {
      assertEquals(Optional.of(line), PrintedLabel.fundingLine(PrintedLabel.of(line).text()));
      assertEquals(line.label(), PrintedLabel.of(line).text());
    }
    assertEquals(Optional.empty(), PrintedLabel.fundingLine("单位资金"));
    // The variants real forms print (docs/form-json.md §1.1).
    assertEquals(Optional.of(FundingLine.TOTAL), PrintedLabel.fundingLine("总额"));
    assertEquals(Optional.of(FundingLine.TOTAL), PrintedLabel.fundingLine("年度财政资金总额"));
    assertEquals(Optional.of(FundingLine.APPROPRIATION), PrintedLabel.fundingLine("本年财政拨款"));
    assertEquals(Optional.empty(), PrintedLabel.fundingLine("财政资金"));
  }

  @Test
  void blocksHeadersAndHeadingsAreLabelsAndRowsTitlesAndNotesAreNot() {
    for (String label :
        new String[] {
          "项目名称", "项目资金", "年度总体目标", "预期目标", "实际完成情况", "绩效指标", "总分", "执行率(B/A)", "偏差原因", "权重"
        }) {
      assertTrue(PrintedLabel.isLabel(label), label);
    }
    for (String value : new String[] {"年度资金总额", "项目支出绩效自评表", "注意事项", "线索核查数", ""}) {
      assertFalse(PrintedLabel.isLabel(value), value);
    }
  }
}
