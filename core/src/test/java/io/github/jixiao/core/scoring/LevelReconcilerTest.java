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

  /** A form of the given levels alone. */
  private static Project form(LevelSection... levels) {
    Project.Builder form = Project.builder("项目");
    for (LevelSection level : levels) {
      form.level(level);
    }
    return form.build();
  }

  private static LevelSection output(String header, String... weights) {
    CategorySection quantity =
        new CategorySection(
            Category.QUANTITY,
            java.util.Arrays.stream(weights.length == 0 ? new String[] {header} : weights)
                .map(w -> Indicator.of("指标", null, null, w, w))
                .toList());
    return header == null
        ? LevelSection.of(Level.OUTPUT, quantity)
        : LevelSection.of(Level.OUTPUT, header, quantity);
  }

  private static LevelSection cost(String header, String... weights) {
    CategorySection economic =
        new CategorySection(
            Category.ECONOMIC_COST,
            java.util.Arrays.stream(weights)
                .map(w -> Indicator.of("成本", "≤10万元", "9万元", w, w))
                .toList());
    return header == null
        ? LevelSection.of(Level.COST, economic)
        : LevelSection.of(Level.COST, header, economic);
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.code() + " " + f.path() + " " + f.expected().get() + " " + f.actual().get())
        .toList();
  }

  @Test
  void weightsThatDoNotAddUpToTheHeaderAreAContradiction() {
    // 20 + 5 = 25 under a header of 30.
    WithFindings<LevelScore> level =
        LevelReconciler.DEFAULT.reconcile(form(output("50"), benefit("30", "20", "5")), 1);
    assertEquals(new LevelScore(Level.BENEFIT, d("25"), d("25")), level.value());
    assertEquals(
        List.of("LEVEL_WEIGHT_MISMATCH $.levels[1].weight 30 25"), lines(level.findings()));
  }

  @Test
  void aConsistentHeaderOtherThanTheStandardIsADeparture() {
    WithFindings<LevelScore> level =
        LevelReconciler.DEFAULT.reconcile(form(benefit("20", "20")), 0);
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
    assertEquals(List.of(), province.reconcile(form(benefit("20", "20")), 0).findings());
    assertEquals(
        List.of("NONSTANDARD_LEVEL_WEIGHT $.levels[0].weight 20 30"),
        lines(province.reconcile(form(benefit("30", "30")), 0).findings()));
  }

  @Test
  void anAbsentStandardLevelIsADepartureAndTheWeightsAddUpToFullMarks() {
    Project noSatisfaction =
        Project.builder("项目")
            .funding(FundingBreakdown.builder().total("1", "1", "1").build())
            .level(
                Level.OUTPUT,
                "50",
                CategorySection.of(Category.QUANTITY, Indicator.of("指标", null, null, "50", "50")))
            .level(benefit("30", "30"))
            .build();
    // 50 + 30 + 10 of funding = 90, and 满意度 (standard 10) is absent: a departure, no
    // contradiction.
    assertEquals(
        List.of("NONSTANDARD_LEVEL_WEIGHT $.levels 10 0", "WEIGHT_TOTAL_MISMATCH $.levels 100 90"),
        lines(LevelReconciler.DEFAULT.reconcileAll(noSatisfaction, d("10"))));
    // With a funding weight of 20 the weights add up: only the missing level remains.
    assertEquals(
        List.of("NONSTANDARD_LEVEL_WEIGHT $.levels 10 0"),
        lines(LevelReconciler.DEFAULT.reconcileAll(noSatisfaction, d("20"))));
  }

  @Test
  void aBlankHeaderIsNoContradictionItsSumIsHeldAgainstTheStandard() {
    // 效益 prints no weight; its indicators give 30, the standard: nothing to say.
    assertEquals(
        List.of(),
        LevelReconciler.DEFAULT.reconcile(form(benefit(null, "20", "10")), 0).findings());
    // Weighted 40 / 30 / 20 with no headers: a departure from 50, not a contradiction.
    assertEquals(
        List.of("NONSTANDARD_LEVEL_WEIGHT $.levels[0].weight 50 40"),
        lines(LevelReconciler.DEFAULT.reconcile(form(output(null, "40")), 0).findings()));
  }

  @Test
  void outputAndCostTogetherAreHeldAgainstTheStandardOfOutput() {
    // 财预〔2021〕101号: 产出 40 + 成本 10 = 50, the standard of 产出; 成本 has no standard alone.
    Project split = form(output("40"), cost("10", "10"), benefit("30", "30"));
    assertEquals(List.of(), LevelReconciler.DEFAULT.reconcile(split, 0).findings());
    assertEquals(List.of(), LevelReconciler.DEFAULT.reconcile(split, 1).findings());
    // 产出 45 + 成本 10 = 55: raised at 产出, naming both.
    Project over = form(output("45"), cost("10", "10"));
    Finding finding = LevelReconciler.DEFAULT.reconcile(over, 0).findings().get(0);
    assertEquals(
        "NONSTANDARD_LEVEL_WEIGHT $.levels[0].weight 50 55", lines(List.of(finding)).get(0));
    assertEquals(java.util.Optional.of("产出指标+成本指标"), finding.subject());
    // Where 成本 does not share 产出's standard, each level is held against its own: 40 is not 50,
    // and 成本's own standard is 0 unless the policy gives one.
    LevelReconciler own = new LevelReconciler(ScoringPolicy.DEFAULT.withCostSharingOutput(false));
    assertEquals(
        List.of("NONSTANDARD_LEVEL_WEIGHT $.levels[0].weight 50 40"),
        lines(own.reconcile(split, 0).findings()));
    assertEquals(
        List.of("NONSTANDARD_LEVEL_WEIGHT $.levels[1].weight 0 10"),
        lines(own.reconcile(split, 1).findings()));
  }

  @Test
  void aCostLevelWithABlankHeaderCountsTowardsOutputWithItsIndicatorsWeights() {
    // 产出 40 + 成本 (no header; 6 + 4) = 50: standard.
    assertEquals(
        List.of(),
        LevelReconciler.DEFAULT.reconcile(form(output("40"), cost(null, "6", "4")), 0).findings());
    // 产出 40 + 成本 (no header; 15) = 55.
    assertEquals(
        List.of("NONSTANDARD_LEVEL_WEIGHT $.levels[0].weight 50 55"),
        lines(
            LevelReconciler.DEFAULT.reconcile(form(output("40"), cost(null, "15")), 0).findings()));
    // No 产出 at all: 成本's 10, from its indicators, is all of 产出's share of 50 there is.
    assertEquals(
        "NONSTANDARD_LEVEL_WEIGHT $.levels 50 10",
        lines(LevelReconciler.DEFAULT.reconcileAll(form(cost(null, "10")), d("10"))).get(0));
  }

  @Test
  void aNonstandardCategoryIsKeptAndWarnedAbout() {
    CategorySection campus =
        CategorySection.of(
            Level.SATISFACTION, "校园用户满意度", Indicator.of("满意度", "≥90%", "95%", "10", "10"));
    Finding finding = LevelReconciler.DEFAULT.checkCategory(2, 0, campus).orElseThrow();
    assertEquals(FindingCode.NONSTANDARD_CATEGORY, finding.code());
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals("$.levels[2].categories[0].category", finding.path().toString());
    assertEquals(java.util.Optional.of("校园用户满意度"), finding.subject());
    assertEquals(
        java.util.Optional.empty(),
        LevelReconciler.DEFAULT.checkCategory(
            0, 0, CategorySection.of(Category.QUANTITY, Indicator.of("a", null, null, "1", "1"))));
  }
}
