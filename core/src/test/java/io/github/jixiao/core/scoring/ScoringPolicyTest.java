package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.Project;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringPolicyTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void defaultsAreTheNationalMethods() {
    ScoringPolicy policy = ScoringPolicy.DEFAULT;
    assertEquals(d("10"), policy.fundingWeight());
    assertEquals(d("50"), policy.levelWeight(Level.OUTPUT));
    assertEquals(d("30"), policy.levelWeight(Level.BENEFIT));
    assertEquals(d("10"), policy.levelWeight(Level.SATISFACTION));
    assertEquals(d("100"), policy.fullMarks());
    assertEquals(new Rounding(2, RoundingMode.HALF_UP), policy.rounding());
    assertEquals(GradeBands.DEFAULT, policy.gradeBands());
    assertEquals(BigDecimal.ZERO, policy.tolerance());
  }

  @Test
  void withersChangeOneChoiceOnly() {
    ScoringPolicy policy =
        ScoringPolicy.DEFAULT
            .withFullMarks(d("120"))
            .withRounding(new Rounding(1, RoundingMode.DOWN))
            .withGradeBands(new GradeBands(d("95"), d("85"), d("70")));
    assertEquals(d("120"), policy.fullMarks());
    assertEquals(1, policy.rounding().scale());
    assertEquals(d("95"), policy.gradeBands().excellent());
    assertEquals(ScoringPolicy.DEFAULT.levelWeights(), policy.levelWeights());
  }

  @Test
  void comparisonRoundsBothSidesThenAppliesTheTolerance() {
    ScoringPolicy policy = ScoringPolicy.DEFAULT;
    // 1.785 rounds to 1.79: equal on the 2-decimal values.
    assertEquals(0, policy.compare(d("1.785"), d("1.79")));
    assertEquals(-1, policy.compare(d("99.03"), d("100")));
    assertEquals(1, policy.compare(d("100"), d("99.03")));
    assertEquals(0, policy.withTolerance(d("0.97")).compare(d("99.03"), d("100")));
  }

  @Test
  void levelWeightsChangeOnlyTheLevelsGiven() {
    // A province weighting 产出 60 and 效益 20 keeps 满意度's 10 and 成本's 0.
    ScoringPolicy province =
        ScoringPolicy.DEFAULT.withLevelWeights(
            Map.of(Level.OUTPUT, d("60"), Level.BENEFIT, d("20")));
    assertEquals(d("60"), province.levelWeight(Level.OUTPUT));
    assertEquals(d("20"), province.levelWeight(Level.BENEFIT));
    assertEquals(d("10"), province.levelWeight(Level.SATISFACTION));
    assertEquals(d("0"), province.levelWeight(Level.COST));
    assertEquals(d("50"), ScoringPolicy.DEFAULT.levelWeight(Level.OUTPUT));
    assertTrue(province.costSharesOutput());
    assertFalse(province.withCostSharingOutput(false).costSharesOutput());
  }

  @Test
  void invalidPoliciesAreRejectedWithTheFieldsName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ScoringPolicy.DEFAULT.withTolerance(d("-1")));
    assertEquals("tolerance must not be negative: -1", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringPolicy.DEFAULT.withLevelWeights(Map.of(Level.OUTPUT, d("-50"))));
    assertEquals("levelWeights[OUTPUT] must not be negative: -50", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ScoringPolicy(
                    d("10"),
                    Map.of(Level.OUTPUT, d("50")),
                    true,
                    d("100"),
                    Rounding.DEFAULT,
                    GradeBands.DEFAULT,
                    d("0"),
                    SuggestionPolicy.DEFAULT,
                    FundingFormula.LINEAR,
                    List.of(),
                    LevelStandard.PER_LEVEL,
                    d("90"),
                    List.of(),
                    IndicatorRules.DEFAULT));
    assertEquals("levelWeights has no weight for BENEFIT", e.getMessage());
    NullPointerException npe =
        assertThrows(
            NullPointerException.class, () -> ScoringPolicy.DEFAULT.withFundingWeight(null));
    assertEquals("fundingWeight must not be null", npe.getMessage());
  }

  @Test
  void aProvinceWeightingOutputSixtyAndBenefitTwentyConfiguresItOnce() {
    // README's example: the same policy judges a 60 / 20 / 10 form standard, a 50 / 30 / 10 one
    // not.
    ScoringPolicy province =
        ScoringPolicy.DEFAULT.withLevelWeights(
            Map.of(Level.OUTPUT, new BigDecimal("60"), Level.BENEFIT, new BigDecimal("20")));
    ProjectScorer scorer = ProjectScorer.withPolicy(province);
    assertEquals(
        List.of(),
        scorer.score(form("60", "20")).findings().stream()
            .filter(f -> f.severity() != Severity.INFO)
            .toList());
    assertEquals(
        List.of(
            "NONSTANDARD_LEVEL_WEIGHT $.levels[0].weight 60 50",
            "NONSTANDARD_LEVEL_WEIGHT $.levels[1].weight 20 30"),
        scorer.score(form("50", "30")).findings().stream()
            .filter(f -> f.severity() != Severity.INFO)
            .map(f -> f.code() + " " + f.path() + " " + f.expected().get() + " " + f.actual().get())
            .toList());
  }

  private static Project form(String output, String benefit) {
    return Project.builder("项目")
        .funding(FundingBreakdown.builder().total("1", "1", "1").build())
        .level(SmallForms.fullMarks(Level.OUTPUT, Category.QUANTITY, "产出", output))
        .level(SmallForms.fullMarks(Level.BENEFIT, Category.SOCIAL, "效益", benefit))
        .level(SmallForms.satisfaction())
        .build();
  }

  @Test
  void aToleranceForgivesDifferencesUpToItselfAndKeepsTheDirectionOfLargerOnes() {
    ScoringPolicy lenient = ReferenceFormScoringTest.ARITHMETIC.withTolerance(d("0.01"));
    // 510.54 ÷ 802 = 63.66%; 63.68 is 0.02 away, beyond the tolerance.
    FundingBreakdown funding =
        FundingBreakdown.builder()
            .total("802", "802", "510.54")
            .reportedExecutionRate("63.68")
            .build();
    // Of 10 points each: 10.02 exceeds the weight, 9.98 is a deduction (no reason given); 10.01
    // and 9.99 are within 0.01 of it, so neither.
    Project project =
        Project.builder("项目")
            .funding(funding)
            .level(
                Level.OUTPUT,
                "50",
                CategorySection.of(
                    Category.QUANTITY,
                    Indicator.of("a", null, null, "10", "10.02"),
                    Indicator.of("b", null, null, "10", "9.98"),
                    Indicator.of("c", null, null, "10", "10.01"),
                    Indicator.of("d", null, null, "10", "9.99"),
                    Indicator.of("e", null, null, "10", "10")))
            .build();
    List<String> found =
        FindingLines.withNumbers(ProjectScorer.withPolicy(lenient).score(project)).stream()
            .filter(line -> !line.contains(" $.levels "))
            .toList();
    String indicators = "$.levels[0].categories[0].indicators";
    assertEquals(
        List.of(
            "FUNDING_RATE_MISMATCH $.funding.reportedExecutionRate 63.66 63.68",
            "SCORE_EXCEEDS_WEIGHT " + indicators + "[0].score 10 10.02",
            "DEDUCTION_WITHOUT_REASON " + indicators + "[1].deviation - -"),
        found);
  }
}
