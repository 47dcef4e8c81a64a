package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule of scoring-rules.md §1, on the smallest form that shows it. */
class ProjectScorerTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** A form at the standard weights whose 效益 and 满意度 levels score full marks. */
  private static Project.Builder standardForm(FundingBreakdown funding, Indicator... output) {
    return Project.builder("项目")
        .funding(funding)
        .level(Level.OUTPUT, "50", quantity(output))
        .level(
            Level.BENEFIT,
            "30",
            CategorySection.of(Category.SOCIAL, Indicator.of("效益", null, null, "30", "30")))
        .level(
            Level.SATISFACTION,
            "10",
            CategorySection.of(
                Category.SERVICE_RECIPIENT, Indicator.of("满意度", null, null, "10", "10")));
  }

  /** A form with full marks in every level: 50 + 30 + 10 + funding 10 = 100. */
  private static Project.Builder fullMarks(FundingBreakdown funding) {
    return standardForm(funding, Indicator.of("产出", null, null, "50", "50"));
  }

  private static CategorySection quantity(Indicator... indicators) {
    return CategorySection.of(Category.QUANTITY, indicators);
  }

  private static FundingBreakdown spent(String budget, String executed) {
    return FundingBreakdown.builder().total(budget, budget, executed).build();
  }

  /** §1 alone: the suggested scores of §2 and their INFO findings are pinned elsewhere. */
  private static Scorecard score(Project project) {
    return ProjectScorer.withPolicy(ReferenceFormScoringTest.ARITHMETIC).score(project);
  }

  @Test
  void fundingScoreIsRoundedOnceFromTheUnroundedRate() {
    // 食品安全 form: 510.54 ÷ 802 = 0.636583… → 63.66%; 10 × 0.636583… = 6.3658… → 6.37.
    Scorecard card = score(fullMarks(spent("802", "510.54")).build());
    assertEquals(Optional.of(d("63.66")), card.funding().executionRate());
    assertEquals(d("6.37"), card.funding().score());
    assertEquals(d("96.37"), card.total());
  }

  @Test
  void fundingScoreRoundsHalfUp() {
    // 12.5 × 14.28 ÷ 100 = 1.785 exactly: half-up gives 1.79 (half-even would give 1.78).
    FundingBreakdown funding =
        FundingBreakdown.builder().weight("12.5").total("100", "100", "14.28").build();
    assertEquals(
        d("1.79"), score(Project.builder("项目").funding(funding).build()).funding().score());
  }

  @Test
  void rateIsComputedFromTheAdjustedBudgetNotTheInitialOne() {
    // 反垄断 form: 年初 109, 全年 100, 执行 14.28 → 14.28 ÷ 100, not ÷ 109.
    FundingBreakdown funding = FundingBreakdown.builder().total("109", "100", "14.28").build();
    Scorecard card = score(fullMarks(funding).build());
    assertEquals(Optional.of(d("14.28")), card.funding().executionRate());
  }

  @Test
  void executionAboveTheBudgetScoresTheFullWeightAndIsWarned() {
    Scorecard card = score(fullMarks(spent("100", "120")).build());
    assertEquals(Optional.of(d("100")), card.funding().executionRate());
    assertEquals(d("10"), card.funding().score());
    Finding finding = card.findings().get(0);
    assertEquals(FindingCode.EXECUTED_EXCEEDS_BUDGET, finding.code());
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals("$.funding.total.executed", finding.path());
    assertEquals(Optional.of(d("100")), finding.expected());
    assertEquals(Optional.of(d("120")), finding.actual());
    assertEquals(1, card.findings().size());
  }

  @Test
  void blankAdjustedBudgetScoresZeroAndIsWarned() {
    FundingBreakdown funding = FundingBreakdown.builder().total("100", null, "50").build();
    Scorecard card = score(fullMarks(funding).build());
    assertEquals(Optional.empty(), card.funding().executionRate());
    assertEquals(d("0"), card.funding().score());
    assertEquals(
        List.of("NO_ADJUSTED_BUDGET $.funding.total.adjustedBudget"),
        FindingLines.codesAndPaths(card));
    assertEquals(Optional.empty(), card.findings().get(0).actual());
  }

  @Test
  void zeroAdjustedBudgetScoresZeroAndIsWarnedWithTheZero() {
    FundingBreakdown funding =
        FundingBreakdown.builder().total("100", "0", "50").reportedExecutionRate("50").build();
    Scorecard card = score(fullMarks(funding).build());
    assertEquals(d("0"), card.funding().score());
    // No rate can be computed, so the reported rate is not compared with anything.
    assertEquals(
        List.of("NO_ADJUSTED_BUDGET $.funding.total.adjustedBudget"),
        FindingLines.codesAndPaths(card));
    assertEquals(Optional.of(d("0")), card.findings().get(0).actual());
  }

  @Test
  void blankExecutionCountsAsNothingExecuted() {
    Scorecard card = score(fullMarks(spent("100", null)).build());
    assertEquals(Optional.of(d("0")), card.funding().executionRate());
    assertEquals(d("0"), card.funding().score());
  }

  @Test
  void reportedRateAndScoreAreComparedOnTheirTwoDecimalValues() {
    FundingBreakdown agreeing =
        FundingBreakdown.builder()
            .total("802", "802", "510.54")
            .reportedExecutionRate("63.66")
            .reportedScore("6.370")
            .build();
    assertEquals(List.of(), score(fullMarks(agreeing).build()).findings());

    FundingBreakdown disagreeing =
        FundingBreakdown.builder()
            .total("802", "802", "510.54")
            .reportedExecutionRate("63.67")
            .reportedScore("6.36")
            .build();
    Scorecard card = score(fullMarks(disagreeing).build());
    assertEquals(
        List.of(
            "FUNDING_RATE_MISMATCH $.funding.reportedExecutionRate",
            "FUNDING_SCORE_MISMATCH $.funding.reportedScore"),
        FindingLines.codesAndPaths(card));
    assertEquals(Optional.of(d("63.66")), card.findings().get(0).expected());
    assertEquals(Optional.of(d("63.67")), card.findings().get(0).actual());
    assertEquals(Optional.of(d("6.37")), card.findings().get(1).expected());
  }

  @Test
  void breakdownIsNotCheckedWhenNoComponentCellIsFilledIn() {
    assertEquals(List.of(), score(fullMarks(spent("100", "100")).build()).findings());
  }

  @Test
  void breakdownCountsBlankComponentCellsAsZeroInEveryColumn() {
    // 100 = 60 + 40 in 年初预算数; 全年预算数 100 against 60 + blank; 全年执行数 100 against 0.
    FundingBreakdown funding =
        FundingBreakdown.builder()
            .total("100", "100", "100")
            .appropriation("60", "60", null)
            .other("40", null, null)
            .build();
    Scorecard card = score(fullMarks(funding).build());
    assertEquals(
        List.of(
            "FUNDING_BREAKDOWN_MISMATCH $.funding.total.adjustedBudget",
            "FUNDING_BREAKDOWN_MISMATCH $.funding.total.executed"),
        FindingLines.codesAndPaths(card));
    assertEquals(Optional.of(d("60")), card.findings().get(0).expected());
    assertEquals(Optional.of(d("0")), card.findings().get(1).expected());
  }

  @Test
  void breakdownIsNotCheckedInAColumnWhoseTotalIsBlank() {
    FundingBreakdown funding =
        FundingBreakdown.builder()
            .total(null, "100", "100")
            .appropriation("5", "100", "100")
            .build();
    assertEquals(List.of(), score(fullMarks(funding).build()).findings());
  }

  @Test
  void levelWeightsAreComparedWithTheHeaderAndTheStandard() {
    Project project =
        Project.builder("项目")
            .funding(spent("1", "1"))
            .level(Level.OUTPUT, "60", quantity(Indicator.of("a", null, null, "50", "50")))
            .level(
                LevelSection.of(
                    Level.BENEFIT,
                    CategorySection.of(Category.SOCIAL, Indicator.of("b", null, null, "20", "20"))))
            .level(
                Level.SATISFACTION,
                "20",
                CategorySection.of(
                    Category.SERVICE_RECIPIENT, Indicator.of("c", null, null, "20", "20")))
            .build();
    Scorecard card = score(project);
    assertEquals(
        List.of(
            // 产出: header 60, weights 50; and 60 is not the standard 50.
            "LEVEL_WEIGHT_MISMATCH $.levels[0].weight 60 50",
            "NONSTANDARD_LEVEL_WEIGHT $.levels[0].weight 50 60",
            // 效益: no header weight, so the standard 30 against 20.
            "LEVEL_WEIGHT_MISMATCH $.levels[1].weight 30 20",
            // 满意度: header 20 matches its weights, but is not the standard 10.
            "NONSTANDARD_LEVEL_WEIGHT $.levels[2].weight 10 20"),
        FindingLines.withNumbers(card));
    // 50 + 20 + 20 + 10 = 100: no WEIGHT_TOTAL_MISMATCH.
  }

  @Test
  void anAbsentLevelIsAMismatchAgainstItsStandardWeight() {
    Project project =
        Project.builder("项目")
            .funding(spent("1", "1"))
            .level(Level.OUTPUT, "50", quantity(Indicator.of("a", null, null, "90", "90")))
            .build();
    Scorecard card = score(project);
    // 90 + funding 10 = 100, so the weights as a whole add up; each absent level is a finding.
    assertEquals(
        List.of(
            "LEVEL_WEIGHT_MISMATCH $.levels[0].weight",
            "LEVEL_WEIGHT_MISMATCH $.levels",
            "LEVEL_WEIGHT_MISMATCH $.levels"),
        FindingLines.codesAndPaths(card));
    assertEquals(Optional.of("效益指标"), card.findings().get(1).subject());
    assertEquals(Optional.of(d("30")), card.findings().get(1).expected());
    assertEquals(Optional.of(d("0")), card.findings().get(1).actual());
    assertEquals(Optional.of("满意度指标"), card.findings().get(2).subject());
    assertEquals(List.of(Level.OUTPUT), card.levels().stream().map(LevelScore::level).toList());
  }

  @Test
  void weightsMustAddUpToOneHundred() {
    // 50 + 30 + 10 + funding 12 = 102.
    Scorecard card =
        score(
            fullMarks(FundingBreakdown.builder().weight("12").total("1", "1", "1").build())
                .build());
    assertEquals(List.of("WEIGHT_TOTAL_MISMATCH $.levels"), FindingLines.codesAndPaths(card));
    assertEquals(Optional.of(d("100")), card.findings().get(0).expected());
    assertEquals(Optional.of(d("102")), card.findings().get(0).actual());
  }

  @Test
  void indicatorScoresAreCheckedAgainstTheirWeights() {
    Project project =
        standardForm(
                spent("1", "1"),
                Indicator.of("超出", null, null, "10", "10.01").withDeviation("多得"),
                Indicator.of("未填", null, null, "10", null),
                Indicator.of("扣分无原因", null, null, "10", "9"),
                Indicator.of("扣分有原因", null, null, "10", "9").withDeviation("进度滞后"),
                Indicator.of("占位", "无", null, "0", null),
                Indicator.of("满分", null, null, "10", "10"))
            .build();
    Scorecard card = score(project);
    String indicators = "$.levels[0].categories[0].indicators";
    assertEquals(
        List.of(
            "SCORE_EXCEEDS_WEIGHT " + indicators + "[0].score",
            "MISSING_SCORE " + indicators + "[1].score",
            "DEDUCTION_WITHOUT_REASON " + indicators + "[2].deviation"),
        FindingLines.codesAndPaths(card));
    assertEquals(Optional.of(d("10.01")), card.findings().get(0).actual());
    assertEquals(Optional.of("未填"), card.findings().get(1).subject());
    // A blank score counts 0: 10.01 + 0 + 9 + 9 + 0 + 10 = 38.01.
    assertEquals(d("38.01"), card.levels().get(0).score());
    assertTrue(card.hasErrors());
    assertEquals(1, card.findings(Severity.WARNING).size());
    assertEquals(List.of(), card.findings(Severity.INFO));
  }

  @Test
  void totalIsIndicatorScoresPlusFundingScoreAndIsComparedWithTheReportedOne() {
    Scorecard card = score(fullMarks(spent("100", "50")).reportedTotal("95.00").build());
    // 90 + 10 × 0.5 = 95.
    assertEquals(d("90"), card.indicatorScore());
    assertEquals(d("95"), card.total());
    assertEquals(Optional.of(d("95")), card.reportedTotal());
    assertFalse(card.hasErrors());

    Scorecard wrong = score(fullMarks(spent("100", "50")).reportedTotal("100").build());
    assertEquals(
        List.of("TOTAL_SCORE_MISMATCH $.reportedTotal"), FindingLines.codesAndPaths(wrong));
  }

  @Test
  void gradeFollowsTheTotal() {
    // 90 + 0 = 90 exactly: 优 starts at 90.
    assertEquals(Grade.EXCELLENT, score(fullMarks(spent("100", "0")).build()).grade());
    // An empty form scores 0: 差.
    assertEquals(Grade.POOR, score(Project.builder("空").build()).grade());
  }

  @Test
  void policyChangesTheRulesOutcome() {
    // With a tolerance of 0.01, 63.67 agrees with 63.66.
    FundingBreakdown funding =
        FundingBreakdown.builder()
            .total("802", "802", "510.54")
            .reportedExecutionRate("63.67")
            .build();
    ScoringPolicy lenient = ReferenceFormScoringTest.ARITHMETIC.withTolerance(d("0.01"));
    assertEquals(
        List.of(), ProjectScorer.withPolicy(lenient).score(fullMarks(funding).build()).findings());
    assertSame(lenient, ProjectScorer.withPolicy(lenient).policy());

    // A form without a funding weight takes the policy's: 20 × 0.5 = 10.
    ScoringPolicy heavy = ReferenceFormScoringTest.ARITHMETIC.withFundingWeight(d("20"));
    Scorecard card = ProjectScorer.withPolicy(heavy).score(fullMarks(spent("100", "50")).build());
    assertEquals(d("20"), card.funding().weight());
    assertEquals(d("10"), card.funding().score());
    assertEquals(List.of("WEIGHT_TOTAL_MISMATCH $.levels"), FindingLines.codesAndPaths(card));

    // Standard weights of 40 / 40 / 10 make the 50 / 30 headers nonstandard.
    ScoringPolicy other =
        ReferenceFormScoringTest.ARITHMETIC.withLevelWeights(
            Map.of(Level.OUTPUT, d("40"), Level.BENEFIT, d("40"), Level.SATISFACTION, d("10")));
    assertEquals(
        List.of(
            "NONSTANDARD_LEVEL_WEIGHT $.levels[0].weight",
            "NONSTANDARD_LEVEL_WEIGHT $.levels[1].weight"),
        FindingLines.codesAndPaths(
            ProjectScorer.withPolicy(other).score(fullMarks(spent("1", "1")).build())));
  }

  @Test
  void aNumberBeyondAnyFormIsRefusedAtOnceNamingItsCell() {
    // Exact arithmetic on 1E+999999999 would expand it to a billion digits: no hang, a clear error.
    Project huge = fullMarks(spent("100", "50")).reportedTotal("1e999999999").build();
    IllegalArgumentException e =
        assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(1),
            () -> assertThrows(IllegalArgumentException.class, () -> score(huge)));
    assertEquals(
        "$.reportedTotal is beyond any number a form can hold (validate the form first): 1E+999999999",
        e.getMessage());
    Project tiny =
        standardForm(spent("100", "50"), Indicator.of("产出", null, null, "50", "1e-999999999"))
            .build();
    e = assertThrows(IllegalArgumentException.class, () -> score(tiny));
    assertTrue(
        e.getMessage().startsWith("$.levels[0].categories[0].indicators[0].score is beyond"));
  }

  @Test
  void nullProjectIsAProgrammerError() {
    assertThrows(NullPointerException.class, () -> ProjectScorer.DEFAULT.score(null));
    assertThrows(NullPointerException.class, () -> ProjectScorer.withPolicy(null));
  }

  @Test
  void scoresExactlyTheMarginAheadOfSpendingAreNotNoted() {
    // 80 of 100 spent: rate 80%, and 5% of it above is 80 × 1.05 = 84.
    // 35.6 + 30 + 10 = 75.6 of 90 points: 75.6 × 100 ÷ 90 = 84, not more than 84.
    Indicator behind = Indicator.of("产出", null, null, "50", "35.6").withDeviation("进度滞后");
    Scorecard atTheMargin =
        ProjectScorer.DEFAULT.score(standardForm(spent("100", "80"), behind).build());
    assertEquals(List.of(), atTheMargin.findings(Severity.INFO));
    // 35.609 + 40 = 75.609: 7,560.9 ÷ 90 = 84.01, above 84.
    Indicator ahead = Indicator.of("产出", null, null, "50", "35.609").withDeviation("进度滞后");
    Scorecard card = ProjectScorer.DEFAULT.score(standardForm(spent("100", "80"), ahead).build());
    List<Finding> info = card.findings(Severity.INFO);
    assertEquals(1, info.size());
    assertEquals(FindingCode.SCORES_AHEAD_OF_SPENDING, info.get(0).code());
    assertEquals("$.levels", info.get(0).path().toString());
    assertEquals(Optional.of(d("80")), info.get(0).expected());
    assertEquals(Optional.of(d("84.01")), info.get(0).actual());
  }

  @Test
  void aLevelWhoseStandardWeightIsZeroMayBeLeftOut() {
    // Standard weights 60 / 30 / 0: a form of 产出 60 and 效益 30, with funding 10, is complete.
    ScoringPolicy noSatisfaction =
        ReferenceFormScoringTest.ARITHMETIC.withLevelWeights(
            Map.of(Level.OUTPUT, d("60"), Level.BENEFIT, d("30"), Level.SATISFACTION, d("0")));
    Project project =
        Project.builder("项目")
            .funding(spent("1", "1"))
            .level(Level.OUTPUT, "60", quantity(Indicator.of("a", null, null, "60", "60")))
            .level(
                Level.BENEFIT,
                "30",
                CategorySection.of(Category.SOCIAL, Indicator.of("b", null, null, "30", "30")))
            .build();
    assertEquals(List.of(), ProjectScorer.withPolicy(noSatisfaction).score(project).findings());
  }

  private static void assertRefusedNaming(String path, Project.Builder form) {
    Project project = form.build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> score(project));
    assertTrue(
        e.getMessage().startsWith(path + " is beyond any number a form can hold"), e.getMessage());
  }

  @Test
  void everyNumberCellOfTheFormIsGuardedNamingItsPath() {
    // 10^50: far beyond any form (below 10^12), yet quick to compute with if a guard were missing.
    String huge = "1e50";
    assertRefusedNaming(
        "$.funding.weight",
        fullMarks(FundingBreakdown.builder().weight(huge).total("100", "100", "50").build()));
    assertRefusedNaming("$.funding.total.executed", fullMarks(spent("100", huge)));
    assertRefusedNaming(
        "$.funding.carryover.initialBudget",
        fullMarks(
            FundingBreakdown.builder()
                .total("100", "100", "50")
                .carryover(huge, null, null)
                .build()));
    assertRefusedNaming(
        "$.funding.reportedExecutionRate",
        fullMarks(
            FundingBreakdown.builder()
                .total("100", "100", "50")
                .reportedExecutionRate(huge)
                .build()));
    assertRefusedNaming(
        "$.funding.reportedScore",
        fullMarks(
            FundingBreakdown.builder().total("100", "100", "50").reportedScore(huge).build()));
    assertRefusedNaming(
        "$.levels[0].weight",
        Project.builder("项目")
            .funding(spent("100", "50"))
            .level(Level.OUTPUT, huge, quantity(Indicator.of("产出", null, null, "50", "50"))));
    assertRefusedNaming(
        "$.levels[0].categories[0].indicators[1].weight",
        standardForm(
            spent("100", "50"),
            Indicator.of("产出", null, null, "25", "25"),
            Indicator.of("产出", null, null, huge, "25")));
  }
}
