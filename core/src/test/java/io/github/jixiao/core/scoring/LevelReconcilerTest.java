package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LevelReconcilerTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static LevelSection benefit(String header, String... weights) {
    CategorySection social =
        new CategorySection(
            Category.SOCIAL,
            java.util.Arrays.stream(weights)
                .map(w -> Indicator.of("指标", null, null, w, w))
                .toList());
    return header == null
        ? LevelSection.of(Level.BENEFIT, social)
        : LevelSection.of(Level.BENEFIT, header, social);
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.code() + " " + f.path() + " " + f.expected().get() + " " + f.actual().get())
        .toList();
  }

  @Test
  void weightsThatDoNotAddUpToTheHeaderAreAContradiction() {
    // 20 + 5 = 25 under a header of 30.
    WithFindings<LevelScore> level = LevelReconciler.DEFAULT.reconcile(1, benefit("30", "20", "5"));
    assertEquals(new LevelScore(Level.BENEFIT, d("25"), d("25")), level.value());
    assertEquals(
        List.of("LEVEL_WEIGHT_MISMATCH $.levels[1].weight 30 25"), lines(level.findings()));
  }

  @Test
  void aConsistentHeaderOtherThanTheStandardIsADeparture() {
    WithFindings<LevelScore> level = LevelReconciler.DEFAULT.reconcile(0, benefit("20", "20"));
    assertEquals(
        List.of("NONSTANDARD_LEVEL_WEIGHT $.levels[0].weight 30 20"), lines(level.findings()));
  }

  @Test
  void theStandardWeightsAreThePolicys() {
    // A province weighting 效益 20: a header of 20 is its standard, 30 departs from it.
    LevelReconciler province =
        new LevelReconciler(
            ScoringPolicy.DEFAULT.withLevelWeights(
                Map.of(
                    Level.OUTPUT, d("60"), Level.BENEFIT, d("20"), Level.SATISFACTION, d("10"))));
    assertEquals(List.of(), province.reconcile(0, benefit("20", "20")).findings());
    assertEquals(
        List.of("NONSTANDARD_LEVEL_WEIGHT $.levels[0].weight 20 30"),
        lines(province.reconcile(0, benefit("30", "30")).findings()));
  }

  @Test
  void theHierarchyAsAWholeLacksNoLevelAndAddsUpToFullMarks() {
    Project noSatisfaction =
        Project.builder("项目")
            .funding(FundingBreakdown.builder().total("1", "1", "1").build())
            .level(
                Level.OUTPUT,
                "50",
                CategorySection.of(Category.QUANTITY, Indicator.of("指标", null, null, "50", "50")))
            .level(benefit("30", "30"))
            .build();
    // 50 + 30 + 10 of funding = 90, and 满意度 (standard 10) is absent.
    assertEquals(
        List.of("LEVEL_WEIGHT_MISMATCH $.levels 10 0", "WEIGHT_TOTAL_MISMATCH $.levels 100 90"),
        lines(LevelReconciler.DEFAULT.reconcileAll(noSatisfaction, d("10"))));
    // With a funding weight of 20 the weights add up: only the missing level remains.
    assertEquals(
        List.of("LEVEL_WEIGHT_MISMATCH $.levels 10 0"),
        lines(LevelReconciler.DEFAULT.reconcileAll(noSatisfaction, d("20"))));
  }
}
