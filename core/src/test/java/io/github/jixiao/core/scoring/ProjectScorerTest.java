package io.github.jixiao.core.scoring;

import static io.github.jixiao.core.scoring.SmallForms.reported;
import static io.github.jixiao.core.scoring.SmallForms.spent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.SourceMap;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule of docs/scoring-rules.md §1, on the smallest form that shows it. */
class ProjectScorerTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** A form at the standard weights whose 效益 and 满意度 levels score full marks. */
  private static Project.Builder standardForm(FundingBreakdown funding, Indicator... output) {
    return Project.builder("项目")
        .funding(funding)
        .level(Level.OUTPUT, "50", quantity(output))
        .level(SmallForms.benefit())
        .level(SmallForms.satisfaction());
  }

  /** A form with full marks in every level: 50 + 30 + 10 + funding 10 = 100. */
  private static Project.Builder fullMarks(FundingBreakdown funding) {
    return standardForm(funding, Indicator.of("产出", null, null, "50", "50"));
  }

  private static CategorySection quantity(Indicator... indicators) {
    return CategorySection.of(Category.QUANTITY, indicators);
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
    // docs/scoring-rules.md §1.2: the rate is a fact, 120 ÷ 100 = 120%; only the score is capped.
    Scorecard card = score(fullMarks(spent("100", "120")).build());
    assertEquals(Optional.of(d("120")), card.funding().executionRate());
    assertEquals(d("10"), card.funding().score());
    Finding finding = card.findings().get(0);
    assertEquals(FindingCode.EXECUTED_EXCEEDS_BUDGET, finding.code());
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals("$.funding.total.executed", finding.path().toString());
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
    FundingBreakdown agreeing = reported("802", "510.54", "63.66", "6.370");
    assertEquals(List.of(), score(fullMarks(agreeing).build()).findings());

    FundingBreakdown disagreeing = reported("802", "510.54", "63.67", "6.36");
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
            // 效益: no header weight, so no contradiction; its weights' 20 is not the standard 30.
            "NONSTANDARD_LEVEL_WEIGHT $.levels[1].weight 30 20",
            // 满意度: header 20 matches its weights, but is not the standard 10.
            "NONSTANDARD_LEVEL_WEIGHT $.levels[2].weight 10 20"),
        FindingLines.withNumbers(card));
    // 50 + 20 + 20 + 10 = 100: no WEIGHT_TOTAL_MISMATCH.
  }

  @Test
  void anAbsentLevelIsADepartureFromItsStandardWeight() {
    Project project =
        Project.builder("项目")
            .funding(spent("1", "1"))
            .level(Level.OUTPUT, "50", quantity(Indicator.of("a", null, null, "90", "90")))
            .build();
    Scorecard card = score(project);
    // 90 + funding 10 = 100, so the weights as a whole add up; each absent level is a warning,
    // the form departing from the method without contradicting itself.
    assertEquals(
        List.of(
            "LEVEL_WEIGHT_MISMATCH $.levels[0].weight",
            "NONSTANDARD_LEVEL_WEIGHT $.levels",
            "NONSTANDARD_LEVEL_WEIGHT $.levels"),
        FindingLines.codesAndPaths(card));
    assertEquals(Severity.WARNING, card.findings().get(1).severity());
    assertEquals(Optional.of("效益指标"), card.findings().get(1).subject());
    assertEquals(Optional.of(d("30")), card.findings().get(1).expected());
    assertEquals(Optional.of(d("0")), card.findings().get(1).actual());
    assertEquals(Optional.of("满意度指标"), card.findings().get(2).subject());
    // rule-profiles §2.1: the level the form lacks is part of each finding's id.
    assertEquals(Optional.of(Level.BENEFIT), card.findings().get(1).level());
    assertEquals(Optional.of(Level.SATISFACTION), card.findings().get(2).level());
    assertEquals("e0483cadf2efa15d", card.findings().get(2).id());
    assertEquals(List.of(Level.OUTPUT), card.levels().stream().map(LevelScore::level).toList());
  }

  @Test
  void weightsMustAddUpToOneHundred() {
    // 50 + 30 + 10 + funding 12 = 102; and 12 is not the standard funding weight 10.
    Scorecard card =
        score(
            fullMarks(FundingBreakdown.builder().weight("12").total("1", "1", "1").build())
                .build());
    assertEquals(
        List.of("NONSTANDARD_FUNDING_WEIGHT $.funding.weight", "WEIGHT_TOTAL_MISMATCH $.levels"),
        FindingLines.codesAndPaths(card));
    assertEquals(Optional.of(d("10")), card.findings().get(0).expected());
    assertEquals(Optional.of(d("12")), card.findings().get(0).actual());
    assertEquals(Optional.of(d("100")), card.findings().get(1).expected());
    assertEquals(Optional.of(d("102")), card.findings().get(1).actual());
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
    // The reported total as written, two places.
    assertEquals(Optional.of(d("95.00")), card.reportedTotal());
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
    assertThrows(NullPointerException.class, () -> ProjectScorer.DEFAULT.score((Project) null));
    assertThrows(NullPointerException.class, () -> ProjectScorer.DEFAULT.score((ReadResult) null));
    assertThrows(NullPointerException.class, () -> ProjectScorer.withPolicy(null));
  }

  @Test
  void findingsAreLocatedWhereTheirValuesWereRead() {
    // 质量基础 reports 100 where its figures give 99.03: the finding names the total's cell.
    SourceLocation total = new SourceLocation.TextPosition(68, 20);
    SourceLocation levels = new SourceLocation.TextPosition(19, 13);
    SourceMap sources =
        SourceMap.builder()
            .put(FormPath.REPORTED_TOTAL, total)
            .put(FormPath.LEVELS, levels)
            .build();
    Scorecard card =
        ProjectScorer.DEFAULT.score(
            io.github.jixiao.core.testing.ReferenceForms.qualityFoundation(), sources);
    Finding mismatch =
        card.findings().stream()
            .filter(f -> f.code() == FindingCode.TOTAL_SCORE_MISMATCH)
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of(total), mismatch.location());
    // Every finding is located: at its own cell, or at $.levels, the nearest place read.
    assertTrue(card.findings().stream().allMatch(f -> f.location().isPresent()));
    // A workbook's map names its file and sheet, and the scorecard carries them.
    assertEquals(Optional.empty(), card.source());
    io.github.jixiao.core.input.FormSource sheet =
        new io.github.jixiao.core.input.FormSource("质量基础.xlsx", Optional.of("自评表"));
    assertEquals(
        Optional.of(sheet),
        ProjectScorer.DEFAULT
            .score(
                io.github.jixiao.core.testing.ReferenceForms.qualityFoundation(),
                SourceMap.builder().source(sheet).build())
            .source());
    // Without a source map the same findings have none.
    Scorecard unlocated =
        ProjectScorer.DEFAULT.score(
            io.github.jixiao.core.testing.ReferenceForms.qualityFoundation());
    assertTrue(unlocated.findings().stream().allMatch(f -> f.location().isEmpty()));
    assertEquals(
        card.findings().stream().map(f -> f.withLocation(Optional.empty())).toList(),
        unlocated.findings());
  }

  @Test
  void aReadFormIsScoredWithItsSourceMapAndARefusedOneIsNot() {
    // 质量基础 as a workbook reader gives it: its 总分 read at H30 of sheet 自评表 of 质量基础.xlsx.
    SourceLocation total = new SourceLocation.CellAddress("自评表", 30, 8);
    FormSource sheet = new FormSource("质量基础.xlsx", Optional.of("自评表"));
    SourceMap sources =
        SourceMap.builder().put(FormPath.REPORTED_TOTAL, total).source(sheet).build();
    Project form = io.github.jixiao.core.testing.ReferenceForms.qualityFoundation();

    Scorecard card = ProjectScorer.DEFAULT.score(ReadResult.success(form, sources)).orElseThrow();

    // The same scorecard as the form and its map scored by hand: 90 + 9.03 = 99.03, reported 100.
    assertEquals(ProjectScorer.DEFAULT.score(form, sources), card);
    assertEquals(d("99.03"), card.total());
    assertEquals(Optional.of(sheet), card.source());
    assertEquals(
        Optional.of(total),
        card.findings().stream()
            .filter(f -> f.code() == FindingCode.TOTAL_SCORE_MISMATCH)
            .findFirst()
            .orElseThrow()
            .location());
    // A refused read has no form, so no scorecard: its problems stay with the ReadResult.
    ReadResult refused =
        ReadResult.failure(List.of(Problem.of(ProblemCode.BLANK, FormPath.PROJECT_NAME)));
    assertEquals(Optional.empty(), ProjectScorer.DEFAULT.score(refused));
  }

  @Test
  void theScorerComposesTheCalculatorsItIsGiven() {
    // A funding scorer weighting the execution row 20 and a reconciler with a province's
    // standard of 产出 60.
    ScoringPolicy province =
        ScoringPolicy.DEFAULT.withLevelWeights(
            Map.of(
                Level.OUTPUT, new BigDecimal("60"),
                Level.BENEFIT, new BigDecimal("20"),
                Level.SATISFACTION, new BigDecimal("10")));
    ProjectScorer scorer =
        new ProjectScorer(
            ScoringPolicy.DEFAULT,
            new FundingScorer(ScoringPolicy.DEFAULT.withFundingWeight(new BigDecimal("20"))),
            new LevelReconciler(province),
            IndicatorChecks.DEFAULT,
            Suggestions.DEFAULT);
    // The form as printed weights its execution row 10; with the cell blank, the scorer's 20
    // applies.
    Project form = io.github.jixiao.core.testing.ReferenceForms.qualityFoundation();
    FundingBreakdown printed = form.funding();
    FundingBreakdown unweighted =
        new FundingBreakdown(
            Optional.empty(),
            printed.total(),
            printed.appropriation(),
            printed.carryover(),
            printed.other(),
            printed.reportedExecutionRate(),
            printed.reportedScore());
    Scorecard card =
        scorer.score(
            io.github.jixiao.core.testing.Forms.withFunding(
                form, unweighted, form.reportedTotal()));
    // 191.28 ÷ 211.77 = 0.903244… × 20 = 18.0649 → 18.06; 90 + 18.06 = 108.06.
    assertEquals(new BigDecimal("18.06"), card.funding().score());
    assertEquals(new BigDecimal("108.06"), card.total());
    assertTrue(
        card.findings().stream()
            .anyMatch(
                f ->
                    f.code() == FindingCode.NONSTANDARD_LEVEL_WEIGHT
                        && f.path().equals(FormPath.levelWeight(0))
                        && f.expected().orElseThrow().equals(new BigDecimal("60"))));
  }

  // --- revision 2: forms as other regions and years write them ---

  private static FundingBreakdown reported(
      String budget, String executed, String rate, String score) {
    return FundingBreakdown.builder()
        .total(budget, budget, executed)
        .reportedExecutionRate(rate)
        .reportedScore(score)
        .build();
  }

  @Test
  void theRateIsNotCappedOnlyTheScoreIs() {
    // 180 spent of 165: 180 ÷ 165 = 1.090909… → 109.09%, reported as such; the score is the weight.
    Scorecard card = score(fullMarks(reported("165", "180", "109.09", "10")).build());
    assertEquals(Optional.of(d("109.09")), card.funding().executionRate());
    assertEquals(d("10"), card.funding().score());
    assertEquals(
        List.of("EXECUTED_EXCEEDS_BUDGET $.funding.total.executed"),
        FindingLines.codesAndPaths(card));
  }

  @Test
  void figuresReportedToFewerPlacesThatAgreeThereAreWarnedAbout() {
    // 28.92 ÷ 100 = 28.92%, printed 28.9; 10 × 0.2892 = 2.892 → 2.89, printed 2.9; 90 + 2.89 =
    // 92.89, printed 93 (no place at all).
    Scorecard card =
        score(fullMarks(reported("100", "28.92", "28.9", "2.9")).reportedTotal("93").build());
    assertEquals(
        List.of(
            "REPORTED_AT_LOWER_PRECISION $.funding.reportedExecutionRate 28.92 28.9",
            "REPORTED_AT_LOWER_PRECISION $.funding.reportedScore 2.89 2.9",
            "REPORTED_AT_LOWER_PRECISION $.reportedTotal 92.89 93"),
        FindingLines.withNumbers(card));
    assertFalse(card.hasErrors());
    // At its own places a figure that does not agree stays an error: 2.8 is not 2.89 at one place.
    Scorecard wrong = score(fullMarks(reported("100", "28.92", "28.92", "2.8")).build());
    assertEquals(
        List.of("FUNDING_SCORE_MISMATCH $.funding.reportedScore 2.89 2.8"),
        FindingLines.withNumbers(wrong));
    // Two places written as 2.90 are two places: 2.90 is not 2.89.
    Scorecard written = score(fullMarks(reported("100", "28.92", "28.92", "2.90")).build());
    assertEquals(
        List.of("FUNDING_SCORE_MISMATCH $.funding.reportedScore 2.89 2.9"),
        FindingLines.withNumbers(written));
  }

  @Test
  void aRateWrittenAsAFractionIsAMismatchThatSaysSo() {
    Scorecard card = score(fullMarks(reported("100", "14.46", "0.1446", "1.45")).build());
    Finding rate = card.findings().get(0);
    assertEquals(FindingCode.FUNDING_RATE_MISMATCH, rate.code());
    assertTrue(
        rate.message(java.util.Locale.ENGLISH)
            .endsWith("0.1446 looks like the rate written as a fraction, not in percent."),
        rate.message(java.util.Locale.ENGLISH));
    assertTrue(rate.message(java.util.Locale.CHINA).contains("似为小数形式"));
    // 0.14 is 14.46% too, to the places it keeps; 0.15 is not, and says nothing of fractions.
    assertTrue(
        score(fullMarks(reported("100", "14.46", "0.14", "1.45")).build())
            .findings()
            .get(0)
            .message(java.util.Locale.ENGLISH)
            .contains("fraction"));
    assertFalse(
        score(fullMarks(reported("100", "14.46", "0.15", "1.45")).build())
            .findings()
            .get(0)
            .message(java.util.Locale.ENGLISH)
            .contains("fraction"));
  }

  @Test
  void aNotApplicableIndicatorNeedsNoReasonAndGetsNoAdvice() {
    Indicator na =
        new Indicator(
            "不适用指标",
            Optional.of("≥100家"),
            Optional.of("不适用"),
            d("10"),
            Optional.of(d("0")),
            Optional.empty());
    assertTrue(na.notApplicable());
    Project project =
        standardForm(spent("1", "1"), Indicator.of("产出", null, null, "40", "40"), na).build();
    // Summed as written: 40 + 0 + 30 + 10 = 80 of indicators.
    Scorecard withAdvice = ProjectScorer.DEFAULT.score(project);
    assertEquals(d("80"), withAdvice.indicatorScore());
    assertTrue(
        withAdvice.findings().stream()
            .noneMatch(f -> f.path().startsWith(FormPath.indicator(0, 0, 1))),
        withAdvice.findings().toString());
    assertEquals(Optional.empty(), withAdvice.indicators().get(1).suggestedScore());
  }

  @Test
  void aNonstandardCategoryIsWarnedAboutBeforeItsIndicators() {
    Project project =
        Project.builder("项目")
            .funding(spent("1", "1"))
            .level(SmallForms.output())
            .level(
                Level.BENEFIT,
                "30",
                CategorySection.of(
                    Level.BENEFIT, "效率指标", Indicator.of("效率", null, null, "30", "20")))
            .level(
                Level.SATISFACTION,
                "10",
                CategorySection.of(
                    Level.SATISFACTION, "校园用户满意度", Indicator.of("满意度", null, null, "10", "10")))
            .build();
    Scorecard card = score(project);
    assertEquals(
        List.of(
            "NONSTANDARD_CATEGORY $.levels[1].categories[0].category",
            "DEDUCTION_WITHOUT_REASON $.levels[1].categories[0].indicators[0].deviation",
            "NONSTANDARD_CATEGORY $.levels[2].categories[0].category"),
        FindingLines.codesAndPaths(card));
    assertEquals(Optional.of("校园用户满意度"), card.findings().get(2).subject());
    assertEquals(d("90"), card.total());
  }

  @Test
  void aFormWithACostLevelIsScoredWithOutputAndCostTogether() {
    // 财预〔2021〕101号: 产出 40, 成本 10, 效益 30, 满意度 10, funding 10 = 100.
    Project project =
        Project.builder("项目")
            .funding(spent("1", "1"))
            .level(Level.OUTPUT, "40", quantity(Indicator.of("产出", null, null, "40", "40")))
            .level(
                Level.COST,
                "10",
                CategorySection.of(
                    Category.ECONOMIC_COST, Indicator.of("成本", "≤100万元", "90万元", "10", "10")))
            .level(SmallForms.benefit())
            .level(SmallForms.satisfaction())
            .build();
    Scorecard card = ProjectScorer.DEFAULT.score(project);
    assertEquals(List.of(), card.findings());
    assertEquals(
        List.of(Level.OUTPUT, Level.COST, Level.BENEFIT, Level.SATISFACTION),
        card.levels().stream().map(LevelScore::level).toList());
    assertEquals(d("100"), card.total());
    // 成本's bare cap is read as a cap: 90万元 within 100万元 earns the full 10.
    assertEquals(Optional.of(d("10")), card.indicators().get(1).suggestedScore());
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
        "$.funding.components[1].executed",
        fullMarks(
            FundingBreakdown.builder()
                .total("100", "100", "50")
                .component("单位资金", "1", "1", "1")
                .component("财政资金", null, null, huge)
                .build()));
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

  // --- revision 3: the grade the form prints ---

  /** 产出 scoring {@code output} of 50 (with a reason where points are lost): total output + 50. */
  private static Project.Builder totalling(String output) {
    Indicator indicator = Indicator.of("产出", null, null, "50", output);
    return standardForm(
        spent("100", "100"),
        new BigDecimal(output).compareTo(d("50")) < 0
            ? indicator.withDeviation("进度滞后")
            : indicator);
  }

  private static List<String> gradeFindings(Scorecard card) {
    return card.findings().stream()
        .filter(f -> f.code() == FindingCode.GRADE_MISMATCH)
        .map(
            f ->
                f.path()
                    + " "
                    + f.expectedGrade().orElseThrow()
                    + " "
                    + f.actualGrade().orElseThrow()
                    + " "
                    + f.subject().orElseThrow())
        .toList();
  }

  @Test
  void aPrintedGradeEqualToTheComputedOneRaisesNothing() {
    // 40 + 30 + 10 + 10 = 90.00, 优 at its lowest; 39.99 + 50 = 89.99, 良 at its highest.
    Scorecard excellent = score(totalling("40").reportedGrade(Grade.EXCELLENT).build());
    assertEquals(d("90"), excellent.total());
    assertEquals(Grade.EXCELLENT, excellent.grade());
    assertEquals(Optional.of(Grade.EXCELLENT), excellent.reportedGrade());
    assertEquals(List.of(), excellent.findings());
    Scorecard good = score(totalling("39.99").reportedGrade(Grade.GOOD).build());
    assertEquals(Grade.GOOD, good.grade());
    assertEquals(List.of(), good.findings());
    assertEquals(List.of(), score(totalling("20").reportedGrade(Grade.FAIR).build()).findings());
    assertEquals(List.of(), score(totalling("9.99").reportedGrade(Grade.POOR).build()).findings());
  }

  @Test
  void aPrintedGradeOtherThanTheComputedOneIsAnErrorAtTheReportedGrade() {
    // Either side of 90: 89.99 printed 优, 90 printed 良.
    Scorecard above = score(totalling("39.99").reportedGrade(Grade.EXCELLENT).build());
    assertEquals(List.of("$.reportedGrade GOOD EXCELLENT 89.99"), gradeFindings(above));
    assertTrue(above.hasErrors());
    assertEquals(Severity.ERROR, above.findings().get(0).severity());
    // The finding compares grades, not numbers.
    assertEquals(Optional.empty(), above.findings().get(0).expected());
    assertEquals(Optional.empty(), above.findings().get(0).actual());
    Scorecard below = score(totalling("40").reportedGrade(Grade.GOOD).build());
    assertEquals(List.of("$.reportedGrade EXCELLENT GOOD 90.00"), gradeFindings(below));
    // Either side of 60: 59.99 printed 中, 60 printed 差.
    assertEquals(
        List.of("$.reportedGrade POOR FAIR 59.99"),
        gradeFindings(score(totalling("9.99").reportedGrade(Grade.FAIR).build())));
    assertEquals(
        List.of("$.reportedGrade FAIR POOR 60.00"),
        gradeFindings(score(totalling("10").reportedGrade(Grade.POOR).build())));
  }

  @Test
  void aFormThatPrintsNoGradeRaisesNoGradeFinding() {
    Scorecard card = score(totalling("39.99").build());
    assertEquals(Optional.empty(), card.reportedGrade());
    assertEquals(Grade.GOOD, card.grade());
    assertEquals(List.of(), card.findings());
  }

  @Test
  void theGradeIsCheckedApartFromTheReportedTotalAndAfterIt() {
    // docs/scoring-rules.md §1.8: 优 beside a total of 88.60 that the figures do give.
    Scorecard wrongGrade =
        score(totalling("38.6").reportedTotal("88.6").reportedGrade(Grade.EXCELLENT).build());
    assertEquals(List.of("GRADE_MISMATCH $.reportedGrade"), FindingLines.codesAndPaths(wrongGrade));
    assertEquals(
        "填报等级为“优”，按计算总分 88.60 应为“良”。",
        wrongGrade.findings().get(0).message(java.util.Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        "The form reports the grade 优 (EXCELLENT), but the computed total 88.60 gives 良 (GOOD).",
        wrongGrade.findings().get(0).message(java.util.Locale.ENGLISH));
    // A wrong total and the grade of that wrong total: both, the total first.
    Scorecard both =
        score(totalling("38.6").reportedTotal("90").reportedGrade(Grade.EXCELLENT).build());
    assertEquals(
        List.of("TOTAL_SCORE_MISMATCH $.reportedTotal", "GRADE_MISMATCH $.reportedGrade"),
        FindingLines.codesAndPaths(both));
    // A wrong total beside the right grade: the total alone.
    Scorecard wrongTotal =
        score(totalling("38.6").reportedTotal("88.5").reportedGrade(Grade.GOOD).build());
    assertEquals(
        List.of("TOTAL_SCORE_MISMATCH $.reportedTotal"), FindingLines.codesAndPaths(wrongTotal));
  }

  @Test
  void theGradeIsThePolicysAndItsTotalIsWrittenToThePolicysPlaces() {
    // A region grading 优 from 85: 88.6 is 优 there.
    ScoringPolicy region =
        ReferenceFormScoringTest.ARITHMETIC.withGradeBands(
            new GradeBands(d("85"), d("75"), d("60")));
    Project printedGood = totalling("38.6").reportedGrade(Grade.GOOD).build();
    Scorecard card = ProjectScorer.withPolicy(region).score(printedGood);
    assertEquals(List.of("$.reportedGrade EXCELLENT GOOD 88.60"), gradeFindings(card));
    // One place, half-up: 38.64 + 50 = 88.6 at one place.
    ScoringPolicy onePlace =
        ReferenceFormScoringTest.ARITHMETIC.withRounding(
            new Rounding(1, java.math.RoundingMode.HALF_UP));
    Scorecard rounded =
        ProjectScorer.withPolicy(onePlace)
            .score(totalling("38.64").reportedGrade(Grade.EXCELLENT).build());
    assertEquals(List.of("$.reportedGrade GOOD EXCELLENT 88.6"), gradeFindings(rounded));
  }

  // --- revision 3: what changes no figure ---

  @Test
  void aYearStartTargetADeductionAndAUnitChangeNoFigureAndRaiseNoFinding() {
    Indicator lost = Indicator.of("监督抽检批次", "≥120批次", "96批次", "50", "40").withDeviation("车辆故障");
    Project plain = standardForm(spent("100", "100"), lost).build();
    Project revisionThree =
        standardForm(
                FundingBreakdown.builder()
                    .unit(FundingUnit.YUAN)
                    .total("100", "100", "100")
                    .build(),
                lost.withInitialTarget("≥100批次").withDeduction("10"))
            .build();
    Scorecard expected = ProjectScorer.DEFAULT.score(plain);
    Scorecard actual = ProjectScorer.DEFAULT.score(revisionThree);
    assertEquals(Optional.of(FundingUnit.YUAN), actual.funding().unit());
    // Echoed, and nothing else differs: the suggestion is worked out from the adjusted target.
    assertEquals(
        expected,
        new Scorecard(
            actual.projectName(),
            new FundingScore(
                actual.funding().weight(),
                actual.funding().executionRate(),
                actual.funding().score()),
            actual.levels(),
            actual.indicatorScore(),
            actual.total(),
            actual.reportedTotal(),
            actual.grade(),
            actual.findings(),
            actual.indicators()));
  }

  @Test
  void aDroppedTargetIsSummedAsWrittenWithNoAdviceButStillNeedsAScoreAndAReason() {
    // docs/scoring-rules.md §2.2: 送戏下乡演出场次, ≥20场 at the start of the year, none after.
    Indicator dropped = Indicator.of("送戏下乡演出场次", null, "18场", "5", "0").withInitialTarget("≥20场");
    Indicator rest = Indicator.of("产出", null, null, "45", "45");
    Scorecard card =
        ProjectScorer.DEFAULT.score(standardForm(spent("100", "100"), dropped, rest).build());
    // 0 + 45 + 30 + 10 + 10 = 95: summed as written.
    assertEquals(d("95"), card.total());
    assertEquals(Optional.empty(), card.indicators().get(0).suggestedScore());
    // Not exempt as 不适用 is: the points lost want a reason; and no advice (INFO) at all.
    assertEquals(
        List.of("DEDUCTION_WITHOUT_REASON $.levels[0].categories[0].indicators[0].deviation"),
        FindingLines.codesAndPaths(card));
    Scorecard blank =
        ProjectScorer.DEFAULT.score(
            standardForm(spent("100", "100"), dropped.withScore(Optional.empty()), rest).build());
    assertEquals(
        List.of("MISSING_SCORE $.levels[0].categories[0].indicators[0].score"),
        FindingLines.codesAndPaths(blank));
    // The year-start target is not scored against; the adjusted one is: 5 × 18 ÷ 20 = 4.5.
    Indicator kept = Indicator.of("送戏下乡演出场次", "≥20场", "18场", "5", "0").withDeviation("天气原因");
    Scorecard adjusted =
        ProjectScorer.DEFAULT.score(
            standardForm(spent("100", "100"), kept.withInitialTarget("≥30场"), rest).build());
    assertEquals(Optional.of(d("4.5")), adjusted.indicators().get(0).suggestedScore());
    assertEquals(
        List.of("SUGGESTED_SCORE_DIFFERS $.levels[0].categories[0].indicators[0].score 4.5 0"),
        FindingLines.withNumbers(adjusted));
  }
}
