package io.github.jixiao.excel.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.excel.form.SheetLabels.FundingHeading;
import io.github.jixiao.excel.form.SheetLabels.HeaderField;
import io.github.jixiao.excel.form.SheetLabels.IndicatorHeading;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetLabelsTest {

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
    assertEquals(compared, SheetLabels.normalize(typed));
  }

  @Test
  void theFullWidthFormsFromExclamationMarkToTildeAreAscii() {
    // U+FF01 ！ and U+FF5E ～ are the first and last of the full-width forms; U+FF5F is not one.
    assertEquals("!~\uFF5F", SheetLabels.compact("！ ～ \uFF5F"));
    assertEquals("! ~ \uFF5F", SheetLabels.halfWidth("！ ～ \uFF5F"));
    // The last character before them stays as it is.
    assertEquals("\uFF00", SheetLabels.halfWidth("\uFF00"));
  }

  @Test
  void aTrailingWeightIsTakenOffAndKept() {
    assertEquals(
        new SheetLabels.Label("产出指标", Optional.of(new BigDecimal("50"))),
        SheetLabels.label("产出指标（50分）"));
    assertEquals(
        new SheetLabels.Label("产出指标", Optional.of(new BigDecimal("37.5"))),
        SheetLabels.label("产出 指标 (37.5分)："));
    assertEquals(
        new SheetLabels.Label("产出指标", Optional.of(new BigDecimal("-5"))),
        SheetLabels.label("产出指标(-5分)"));
    assertEquals(
        new SheetLabels.Label("项目资金(万元)", Optional.empty()), SheetLabels.label("项目资金(万元)"));
  }

  @Test
  void levelsAndCategoriesAreNamedAsCoreNamesThem() {
    // The vocabulary itself is core's (Level.named, Category.named), tested there.
    assertEquals(Optional.of(Level.OUTPUT), SheetLabels.level("产出"));
    assertEquals(Optional.empty(), SheetLabels.level("投入指标"));
    assertEquals(Optional.of(Category.SUSTAINABILITY), SheetLabels.category("可持续发展"));
    // A free label is none of them: the reader keeps it as written.
    assertEquals(Optional.empty(), SheetLabels.category("校园用户满意度"));
  }

  @Test
  void fundingRowsAndColumnsHaveTheirVariants() {
    assertEquals(Optional.of(FundingLine.TOTAL), SheetLabels.fundingLine("年度资金总额"));
    assertEquals(Optional.of(FundingLine.APPROPRIATION), SheetLabels.fundingLine("其中:当年财政拨款"));
    assertEquals(Optional.of(FundingLine.APPROPRIATION), SheetLabels.fundingLine("其中:财政拨款"));
    assertEquals(Optional.of(FundingLine.CARRYOVER), SheetLabels.fundingLine("上年结转"));
    assertEquals(Optional.of(FundingLine.OTHER), SheetLabels.fundingLine("其他资金"));
    assertEquals(Optional.empty(), SheetLabels.fundingLine("中期资金总额"));
    assertTrue(SheetLabels.isFundingHeader("项目资金"));
    assertTrue(SheetLabels.isFundingHeader("项目资金(万元)"));
    assertFalse(SheetLabels.isFundingHeader("项目资金(元)"));
    assertEquals(
        Optional.of(FundingHeading.ADJUSTED_BUDGET), SheetLabels.fundingHeading("全年预算数(A)"));
    assertEquals(Optional.of(FundingHeading.RATE), SheetLabels.fundingHeading("执行率(B/A)"));
    assertEquals(Optional.of(FundingHeading.SCORE), SheetLabels.fundingHeading("得分"));
    assertEquals(Optional.empty(), SheetLabels.fundingHeading("1-7月执行数"));
  }

  @Test
  void indicatorAndHeaderLabelsHaveTheirVariants() {
    assertEquals(Optional.of(IndicatorHeading.TARGET), SheetLabels.indicatorHeading("指标值"));
    assertEquals(Optional.of(IndicatorHeading.WEIGHT), SheetLabels.indicatorHeading("权重"));
    assertEquals(Optional.of(IndicatorHeading.DEVIATION), SheetLabels.indicatorHeading("偏差原因"));
    assertEquals(
        Optional.of(IndicatorHeading.DEVIATION), SheetLabels.indicatorHeading("偏差原因分析及改进措施"));
    assertEquals(Optional.empty(), SheetLabels.indicatorHeading("备注"));
    assertEquals(Optional.of(HeaderField.COMPETENT_DEPARTMENT), SheetLabels.headerField("主管部门及代码"));
    assertTrue(SheetLabels.isFormLabel("实施单位"));
    assertTrue(SheetLabels.isFormLabel("绩效指标"));
    assertTrue(SheetLabels.isFormLabel("实际完成情况"));
    assertFalse(SheetLabels.isFormLabel("自治区财政厅"));
    assertTrue(SheetLabels.isTitle("自治区项目支出绩效自评表"));
    assertFalse(SheetLabels.isTitle("项目支出绩效目标申报表"));
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
    assertEquals(name, SheetLabels.withoutNumbering(typed));
  }
}
