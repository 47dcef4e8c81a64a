package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.scoring.IndicatorRules.DefaultCostRow;
import io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction;
import io.github.jixiao.core.scoring.IndicatorRules.TextLimits;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorRulesTest {
  private static final OverAchievementDeduction MINUS_2_AT_130 =
      new OverAchievementDeduction(new BigDecimal("1.3"), new BigDecimal("2"));
  private static final DefaultCostRow SHANXI_COST_ROW =
      new DefaultCostRow("未填报", new BigDecimal("5"));
  private static final TextLimits SICHUAN_TEXTS =
      new TextLimits(Optional.empty(), Optional.of(100), Optional.empty());

  @Test
  void eachWithChangesItsOwnRuleAndKeepsTheOthers() {
    IndicatorRules all =
        IndicatorRules.DEFAULT
            .withBandSeverity(Severity.ERROR)
            .withRemarkRequired(true)
            .withRemarkFactor(new BigDecimal("1.3"))
            .withRemarkAtZeroTarget(new BigDecimal("30"))
            .withOverAchievementDeduction(MINUS_2_AT_130)
            .withDeviationFlags(true)
            .withDeductions(true)
            .withDefaultCostRow(SHANXI_COST_ROW)
            .withDroppedTargets(true)
            .withPositiveWeights(true)
            .withTextLimits(SICHUAN_TEXTS);
    assertEquals(
        new IndicatorRules(
            Severity.ERROR,
            true,
            Optional.of(new BigDecimal("1.3")),
            Optional.of(new BigDecimal("30")),
            Optional.of(MINUS_2_AT_130),
            true,
            true,
            Optional.of(SHANXI_COST_ROW),
            true,
            true,
            SICHUAN_TEXTS),
        all);
    // And back, each on its own: the booleans and the severity turned off again give the default
    // but for the rules that have no off value here.
    IndicatorRules back =
        all.withBandSeverity(Severity.WARNING)
            .withRemarkRequired(false)
            .withDeviationFlags(false)
            .withDeductions(false)
            .withDroppedTargets(false)
            .withPositiveWeights(false)
            .withTextLimits(TextLimits.NONE);
    assertEquals(
        new IndicatorRules(
            Severity.WARNING,
            false,
            Optional.of(new BigDecimal("1.3")),
            Optional.of(new BigDecimal("30")),
            Optional.of(MINUS_2_AT_130),
            false,
            false,
            Optional.of(SHANXI_COST_ROW),
            false,
            false,
            TextLimits.NONE),
        back);
  }

  @Test
  void aWithIsCheckedAsTheConstructorChecks() {
    IndicatorRules d = IndicatorRules.DEFAULT;
    assertThrows(IllegalArgumentException.class, () -> d.withBandSeverity(Severity.INFO));
    assertThrows(IllegalArgumentException.class, () -> d.withRemarkFactor(new BigDecimal("0.99")));
    assertThrows(IllegalArgumentException.class, () -> d.withRemarkAtZeroTarget(BigDecimal.ZERO));
    assertThrows(NullPointerException.class, () -> d.withBandSeverity(null));
    assertThrows(NullPointerException.class, () -> d.withRemarkFactor(null));
    assertThrows(NullPointerException.class, () -> d.withRemarkAtZeroTarget(null));
    assertThrows(NullPointerException.class, () -> d.withOverAchievementDeduction(null));
    assertThrows(NullPointerException.class, () -> d.withDefaultCostRow(null));
    assertThrows(NullPointerException.class, () -> d.withTextLimits(null));
  }
}
