package io.github.jixiao.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.IndicatorAssessment;
import io.github.jixiao.core.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The per-indicator deltas of each preset (rule-profiles §3 over §2.4–§2.13) at their boundaries,
 * through the preset itself: one indicator under test in 产出, the rest of the form as it should be.
 */
class PresetIndicatorRulesTest {

  private static final Set<FindingCode> PROFILE_CODES =
      Set.of(
          FindingCode.QUALITATIVE_SCORE_OUTSIDE_BAND,
          FindingCode.QUALITATIVE_WITHOUT_REMARK,
          FindingCode.FAR_ABOVE_TARGET_WITHOUT_REASON,
          FindingCode.DEVIATION_FLAGGED,
          FindingCode.SCORE_ABOVE_DEDUCTED_WEIGHT,
          FindingCode.DEFAULT_COST_SCORE_ABOVE_LIMIT,
          FindingCode.DROPPED_TARGET_SCORED,
          FindingCode.WEIGHT_NOT_POSITIVE,
          FindingCode.TEXT_TOO_LONG);

  private static Project form(Category category, Indicator indicator) {
    return Project.builder("项目")
        .funding(FundingBreakdown.builder().total("100", "100", "100").build())
        .level(LevelSection.of(Level.OUTPUT, CategorySection.of(category, indicator)))
        .build();
  }

  private static Project form(Indicator indicator) {
    return form(Category.QUANTITY, indicator);
  }

  /** The profile findings: code, severity, expected, actual. */
  private static List<String> found(RuleProfile profile, Project project) {
    return profile.scorer().score(project).findings().stream()
        .filter(f -> PROFILE_CODES.contains(f.code()))
        .map(
            f ->
                f.code()
                    + " "
                    + f.severity()
                    + " "
                    + f.expected().map(BigDecimal::toPlainString).or(f::expectedText).orElse("-")
                    + " "
                    + f.actual().map(BigDecimal::toPlainString).orElse("-"))
        .toList();
  }

  private static Indicator qualitative(String actual, String weight, String score) {
    return Indicator.of("宣传", "达成年度指标", actual, weight, score).withDeviation("说明");
  }

  @Test
  void strictPresetsRefuseAScoreOutsideItsBand() {
    // w 10, 部分达成 under 80/60: [6.00, 8.00); 5.99 is below it.
    Project below = form(qualitative("部分达成", "10", "5.99"));
    assertEquals(
        List.of("QUALITATIVE_SCORE_OUTSIDE_BAND WARNING [6.00, 8.00) 5.99"),
        found(Presets.NATIONAL_2020, below));
    for (RuleProfile strict :
        List.of(Presets.JIANGXI, Presets.GUANGXI, Presets.SHANXI, Presets.HEBEI_2024)) {
      assertEquals(
          List.of("QUALITATIVE_SCORE_OUTSIDE_BAND ERROR [6.00, 8.00) 5.99"),
          found(strict, below),
          strict.id());
      // At the band's lower bound: in band.
      assertEquals(List.of(), found(strict, form(qualitative("部分达成", "10", "6.00"))), strict.id());
    }
  }

  @Test
  void hubeiBandsAreEightyFifty() {
    // w 10, 部分达成 under 80/50: [5.00, 8.00): 5.00 in band (a finding nationally), 4.99 not.
    Project atBound = form(qualitative("部分达成", "10", "5.00"));
    assertEquals(List.of(), found(Presets.HUBEI_2020, atBound));
    assertEquals(
        List.of("QUALITATIVE_SCORE_OUTSIDE_BAND WARNING [6.00, 8.00) 5"),
        found(Presets.NATIONAL_2020, atBound));
    assertEquals(
        List.of("QUALITATIVE_SCORE_OUTSIDE_BAND WARNING [5.00, 8.00) 4.99"),
        found(Presets.HUBEI_2020, form(qualitative("部分达成", "10", "4.99"))));
  }

  @Test
  void guangxiHoldsAScoreToItsWeightLessTheDeduction() {
    // w 10, d 2.5: at most 7.50.
    Indicator deducted = Indicator.of("培训", "≥10场", "10场", "10", "7.50").withDeduction("2.5");
    assertEquals(List.of(), found(Presets.GUANGXI, form(deducted.withDeviation("扣减"))));
    assertEquals(
        List.of("SCORE_ABOVE_DEDUCTED_WEIGHT ERROR 7.5 7.51"),
        found(
            Presets.GUANGXI,
            form(
                Indicator.of("培训", "≥10场", "10场", "10", "7.51")
                    .withDeduction("2.5")
                    .withDeviation("扣减"))));
    // A deduction larger than the weight: at most 0. The national method ignores 扣减分数.
    Indicator over =
        Indicator.of("培训", "≥10场", "10场", "10", "0.5").withDeduction("12").withDeviation("扣减");
    assertEquals(
        List.of("SCORE_ABOVE_DEDUCTED_WEIGHT ERROR 0 0.5"), found(Presets.GUANGXI, form(over)));
    assertEquals(List.of(), found(Presets.NATIONAL_2020, form(over)));
  }

  @Test
  void guangxiWantsAReasonFromThirteenTenthsOfTheTarget() {
    // 1.3 × 110 = 143.
    assertEquals(
        List.of("FAR_ABOVE_TARGET_WITHOUT_REASON WARNING 143 143"),
        found(Presets.GUANGXI, form(Indicator.of("服务", "≥110家次", "143家次", "10", "10"))));
    assertEquals(
        List.of(),
        found(Presets.GUANGXI, form(Indicator.of("服务", "≥110家次", "142.9家次", "10", "10"))));
    assertEquals(
        List.of(),
        found(Presets.NATIONAL_2020, form(Indicator.of("服务", "≥110家次", "143家次", "10", "10"))));
  }

  @Test
  void guangxiWantsARemarkOnAQualitativeRow() {
    Indicator bare = Indicator.of("宣传", "达成年度指标", "达成", "10", "10");
    assertEquals(
        List.of("QUALITATIVE_WITHOUT_REMARK WARNING - -"), found(Presets.GUANGXI, form(bare)));
    assertEquals(List.of(), found(Presets.GUANGXI, form(bare.withDeviation("说明"))));
    assertEquals(List.of(), found(Presets.NATIONAL_2020, form(bare)));
  }

  @Test
  void shanxiCapsTheDefaultCostRowAtFive() {
    assertEquals(
        List.of(),
        found(
            Presets.SHANXI,
            form(Category.COST, Indicator.of("成本", "未填报", null, "10", "5").withDeviation("无"))));
    Project above =
        form(Category.COST, Indicator.of("成本", "未填报", null, "10", "5.01").withDeviation("无"));
    assertEquals(
        List.of("DEFAULT_COST_SCORE_ABOVE_LIMIT ERROR 5 5.01"), found(Presets.SHANXI, above));
    assertEquals(List.of(), found(Presets.NATIONAL_2020, above));
  }

  @Test
  void shanxiScoresADroppedTargetZero() {
    Indicator dropped = Indicator.of("培训", null, null, "5", "5").withInitialTarget("≥20场");
    assertEquals(List.of("DROPPED_TARGET_SCORED ERROR 0 5"), found(Presets.SHANXI, form(dropped)));
    assertEquals(
        List.of(),
        found(
            Presets.SHANXI,
            form(Indicator.of("培训", null, null, "5", "0").withInitialTarget("≥20场"))));
  }

  @Test
  void theProvincialSystemsRefuseAWeightOfZero() {
    Project zero = form(Indicator.of("培训", "≥10场", "10场", "0", "0"));
    for (RuleProfile strict :
        List.of(Presets.JIANGXI, Presets.GUANGXI, Presets.SHANXI, Presets.HEBEI_2024)) {
      assertEquals(List.of("WEIGHT_NOT_POSITIVE ERROR - 0"), found(strict, zero), strict.id());
    }
    assertEquals(List.of(), found(Presets.NATIONAL_2020, zero));
  }

  @Test
  void hebeiFlagsAnActualAboveAnAtMostTarget() {
    assertEquals(
        List.of("DEVIATION_FLAGGED INFO 1650 1651"),
        found(
            Presets.HEBEI_2024,
            form(Indicator.of("成本", "≤1650元/批次", "1651元/批次", "10", "10").withDeviation("超支"))));
    assertEquals(
        List.of(),
        found(Presets.HEBEI_2024, form(Indicator.of("成本", "≤1650元/批次", "1650元/批次", "10", "10"))));
  }

  @Test
  void sichuanLimitsTheGoalsAchievedToAHundredCharacters() {
    Project.Builder builder =
        Project.builder("项目")
            .funding(FundingBreakdown.builder().total("100", "100", "100").build())
            .level(
                LevelSection.of(
                    Level.OUTPUT,
                    CategorySection.of(
                        Category.QUANTITY, Indicator.of("培训", "≥10场", "10场", "10", "10"))));
    Project hundred = builder.goals("目标", "字".repeat(100)).build();
    assertEquals(List.of(), found(Presets.SICHUAN_2023, hundred));
    Project hundredAndOne = builder.goals("目标", "字".repeat(101)).build();
    assertEquals(
        List.of("TEXT_TOO_LONG WARNING 100 101"), found(Presets.SICHUAN_2023, hundredAndOne));
    assertEquals(List.of(), found(Presets.NATIONAL_2020, hundredAndOne));
  }

  @Test
  void yitihuaTakesTwoPointsFromThirtyPercentAboveTheTarget() {
    // w 10, ≥100: B 130 → 10 − 2 = 8; B 129.99 → 10; w 1.5, B 200 → max(0, 1.5 − 2) = 0.
    assertEquals(Optional.of("8"), suggested(Indicator.of("培训", "≥100", "130", "10", "10")));
    assertEquals(Optional.of("10"), suggested(Indicator.of("培训", "≥100", "129.99", "10", "10")));
    assertEquals(Optional.of("0"), suggested(Indicator.of("培训", "≥100", "200", "1.5", "1.5")));
  }

  private static Optional<String> suggested(Indicator indicator) {
    Scorecard card = Presets.YITIHUA_2022.scorer().score(form(indicator));
    return card.indicators().stream()
        .findFirst()
        .flatMap(IndicatorAssessment::suggestedScore)
        .map(s -> s.stripTrailingZeros().toPlainString());
  }
}
