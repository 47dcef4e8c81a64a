package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormLabelsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "年 度 资 金 总 额：|年度资金总额",
        "项目资金（万元）|项目资金(万元)",
        "\u3000其中：当年财政拨款\u00a0|其中:当年财政拨款",
        "产出指标|产出指标",
        "执行率:|执行率"
      })
  void aLabelIsComparedWithoutSpaceWithAsciiPunctuationAndNoTrailingColon(
      String raw, String compact) {
    assertEquals(compact, FormLabels.compact(raw));
  }

  @Test
  void aTrailingWeightIsTakenOffAndKept() {
    assertEquals(
        new FormLabels.Label("产出指标", Optional.of(new BigDecimal("50"))),
        FormLabels.label("产出指标（50分）"));
    assertEquals(
        new FormLabels.Label("效益指标", Optional.of(new BigDecimal("12.5"))),
        FormLabels.label("效益指标：(12.5 分)"));
    assertEquals(
        new FormLabels.Label("成本指标", Optional.of(new BigDecimal("-5"))),
        FormLabels.label("成本指标(-5分)"));
    assertEquals(
        new FormLabels.Label("产出指标", Optional.of(new BigDecimal("37.5"))),
        FormLabels.label("产出 指标 (37.5分)："));
    assertEquals(new FormLabels.Label("项目资金(万元)", Optional.empty()), FormLabels.label("项目资金(万元)"));
    assertEquals(new FormLabels.Label("得分", Optional.empty()), FormLabels.label("得分"));
    assertEquals(new FormLabels.Label("(分)", Optional.empty()), FormLabels.label("（分）"));
    assertEquals("满意度指标", FormLabels.normalize("满意度指标 （10分）"));
  }

  @Test
  void aWeightIsPrintedAfterTheLabelInFullWidthBrackets() {
    assertEquals("产出指标（50分）", FormLabels.withWeight("产出指标", new BigDecimal("50")));
    assertEquals("（{0}分）", FormLabels.weight("{0}"));
    assertEquals(
        "产出指标（12.5分）", FormLabels.withWeight("产出指标", new BigDecimal("12.50").stripTrailingZeros()));
    assertEquals(
        FormLabels.label(FormLabels.withWeight("效益指标", BigDecimal.TEN)),
        new FormLabels.Label("效益指标", Optional.of(BigDecimal.TEN)));
  }

  @Test
  void fullWidthFormsAreHalfWidthWithTheirSpacesKept() {
    assertEquals("12.5% ", FormLabels.halfWidth("１２．５％ "));
    assertEquals("a b", FormLabels.halfWidth("a b"));
  }

  @Test
  void aNameLosesTheNumberingInFrontOfIt() {
    assertEquals("线索核查率", FormLabels.withoutNumbering("指标1: 线索核查率"));
    assertEquals("线索核查率", FormLabels.withoutNumbering(" 指标 十二 ：线索核查率"));
    assertEquals("指标 线索", FormLabels.withoutNumbering("指标 线索"));
    assertEquals("核查指标1:率", FormLabels.withoutNumbering("核查指标1:率"));
  }
}
