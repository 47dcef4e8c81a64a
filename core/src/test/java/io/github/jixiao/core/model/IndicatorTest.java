package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorTest {

  @Test
  void aTargetOrActualThatReadsNotApplicableMarksTheIndicator() {
    // docs/form-json.md §1.2: exactly 不适用 after trimming.
    assertTrue(Indicator.of("时长", " 不适用 ", null, "15", "15").notApplicable());
    assertTrue(Indicator.of("时长", "≤2小时", "不适用", "15", "15").notApplicable());
    assertFalse(Indicator.of("时长", "不适用的除外", "1小时", "15", "15").notApplicable());
    assertFalse(Indicator.of("时长", "≤2小时", "1小时", "15", "15").notApplicable());
  }

  @Test
  void theMarkIsSetAndClearedButATargetThatReadsNotApplicableKeepsIt() {
    Indicator plain = Indicator.of("时长", "≤2小时", "1小时", "15", "15");
    assertTrue(plain.withNotApplicable(true).notApplicable());
    assertFalse(plain.withNotApplicable(true).withNotApplicable(false).notApplicable());
    Indicator written = Indicator.of("时长", "不适用", null, "15", "15");
    assertTrue(written.withNotApplicable(false).notApplicable());
  }

  @Test
  void aYearStartTargetAndADeductionAreBlankUntilGivenAndBlankIsNotZero() {
    Indicator plain = Indicator.of("监督抽检批次", "≥120批次", "96批次", "10", "6");
    assertEquals(Optional.empty(), plain.initialTarget());
    assertEquals(Optional.empty(), plain.deduction());
    Indicator both = plain.withInitialTarget("≥100批次").withDeduction("2.0");
    assertEquals(Optional.of("≥100批次"), both.initialTarget());
    assertEquals(Optional.of(new BigDecimal("2")), both.deduction());
    assertEquals(Optional.of(BigDecimal.ZERO), plain.withDeduction("0").deduction());
    assertEquals(plain, both.withInitialTarget(null).withDeduction(null));
    // White space only is a blank cell, as for every text of the row.
    assertEquals(Optional.empty(), plain.withInitialTarget(" \u3000").initialTarget());
    assertThrows(IllegalArgumentException.class, () -> plain.withDeduction("两分"));
  }

  @Test
  void everyWitherKeepsTheRevisionThreeCells() {
    Indicator both =
        Indicator.of("监督抽检批次", "≥120批次", "96批次", "10", "6")
            .withInitialTarget("≥100批次")
            .withDeduction("2");
    for (Indicator copy :
        new Indicator[] {
          both.withDeviation("抽检车辆故障"),
          both.withNotApplicable(true),
          both.withScore(Optional.of(BigDecimal.ONE))
        }) {
      assertEquals(Optional.of("≥100批次"), copy.initialTarget());
      assertEquals(Optional.of(new BigDecimal("2")), copy.deduction());
    }
  }

  @Test
  void aTargetIsDroppedWhereOnlyTheYearStartOneIsGiven() {
    // docs/form-json.md §1.2: 送戏下乡演出场次, ≥20场 at the start of the year and no target after.
    Indicator dropped = Indicator.of("送戏下乡演出场次", null, null, "5", "0").withInitialTarget("≥20场");
    assertTrue(dropped.targetDropped());
    assertFalse(dropped.withInitialTarget(null).targetDropped());
    assertFalse(
        Indicator.of("场次", "≥18场", null, "5", "0").withInitialTarget("≥20场").targetDropped());
    assertFalse(Indicator.of("场次", "≥18场", null, "5", "0").targetDropped());
  }
}
