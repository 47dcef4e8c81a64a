package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FundingComponentTest {

  private static FundingComponent labelled(String label) {
    return FundingComponent.of(label, null, null, null);
  }

  @ParameterizedTest
  @CsvSource({
    "当年财政拨款, APPROPRIATION",
    "其中：当年财政拨款, APPROPRIATION",
    "本年财政拨款, APPROPRIATION",
    "财政拨款, APPROPRIATION",
    "上年结转资金, CARRYOVER",
    "上年结转, CARRYOVER",
    "其他资金, OTHER",
    "'其 他 资 金：', OTHER",
    "年度资金总额, TOTAL",
    "总额, TOTAL",
    "年度财政资金总额, TOTAL"
  })
  void aStandardLabelStandsForItsRow(String label, FundingLine line) {
    // docs/form-json.md §1.1: labels compared after normalising, 其中: and a trailing colon dropped.
    assertEquals(Optional.of(line), labelled(label).line());
    assertFalse(labelled(label).isFree());
  }

  @ParameterizedTest
  // 四川 2023's rows: 财政资金 is not the 当年财政拨款 of 附件5.
  @ValueSource(strings = {"财政资金", "其中:财政资金", "财政专户管理资金", "单位资金", "中期资金总额"})
  void anyOtherLabelIsAFreeRow(String label) {
    assertEquals(Optional.empty(), labelled(label).line());
    assertTrue(labelled(label).isFree());
  }

  @Test
  void aLabelIsComparedNormalisedWithoutItsOfWhich() {
    assertEquals("财政资金", labelled("其中：财政资金").comparedLabel());
    assertEquals("财政资金", labelled(" 财政 资金：").comparedLabel());
    assertEquals("单位资金(自筹)", labelled("单位资金（自筹）").comparedLabel());
    // Kept as written, whatever it is compared as.
    assertEquals("其中：财政资金", labelled("其中：财政资金").label());
  }

  @Test
  void twoRowsAreTheSameRowByTheirStandardLineOrTheirComparedLabel() {
    assertTrue(labelled("财政拨款").sameRowAs(labelled("其中：当年财政拨款")));
    assertTrue(labelled("其中:单位资金").sameRowAs(labelled("单位资金")));
    assertFalse(labelled("单位资金").sameRowAs(labelled("财政资金")));
    assertFalse(labelled("上年结转").sameRowAs(labelled("其他资金")));
    // A free label is never the same as a standard one, whichever way round.
    assertFalse(labelled("财政资金").sameRowAs(labelled("财政拨款")));
    assertFalse(labelled("财政拨款").sameRowAs(labelled("财政资金")));
    // A blank label is the blank's own problem, never a repetition.
    assertFalse(labelled(" ").sameRowAs(labelled(" ")));
    assertFalse(labelled("单位资金").sameRowAs(labelled("")));
  }

  @Test
  void theCellsAreARowAndKeepOneScale() {
    FundingComponent own = FundingComponent.of("财政资金", "112.00", "118.5", null);
    assertEquals(FundingRow.of("112", "118.50", null), own.row());
    assertEquals(Optional.of(new BigDecimal("112")), own.initialBudget());
    assertEquals(Optional.empty(), own.executed());
    assertEquals(own, new FundingComponent("财政资金", FundingRow.of("112", "118.5", null)));
  }

  @Test
  void nullsAreProgrammerErrorsAndAnAmountMustBeADecimal() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> FundingComponent.of(null, "1", "1", "1"));
    assertEquals("label must not be null", e.getMessage());
    assertThrows(
        NullPointerException.class,
        () -> new FundingComponent("单位资金", Optional.empty(), null, Optional.empty()));
    IllegalArgumentException wrong =
        assertThrows(
            IllegalArgumentException.class, () -> FundingComponent.of("单位资金", "八", null, null));
    assertEquals("initialBudget is not a decimal number: 八", wrong.getMessage());
  }
}
