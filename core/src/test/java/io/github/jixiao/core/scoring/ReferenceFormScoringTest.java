package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.ReferenceForms;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules applied to reference forms of shared/reference/2024-self-evaluation-forms.txt. Every
 * figure is worked out by hand from the form; the arithmetic is in the comments.
 */
class ReferenceFormScoringTest {

  /** §1 alone: the suggested scores of §2 and their INFO findings are pinned elsewhere. */
  private static Scorecard score(Project project) {
    return ProjectScorer.withPolicy(ARITHMETIC).score(project);
  }

  static final ScoringPolicy ARITHMETIC =
      ScoringPolicy.DEFAULT.withSuggestions(SuggestionPolicy.DEFAULT.withEnabled(false));

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static void assertLevels(Scorecard card, String... weightsAndScores) {
    List<String> actual =
        card.levels().stream()
            .map(
                l -> l.level() + " " + l.weight().toPlainString() + " " + l.score().toPlainString())
            .toList();
    assertEquals(List.of(weightsAndScores), actual);
  }

  @Test
  void antitrustFormScoresAsItReports() {
    Scorecard card = score(ReferenceForms.antitrust());

    // 14.28 ÷ 100 = 14.28%; 10 × 0.1428 = 1.428 → 1.43.
    assertEquals(Optional.of(d("14.28")), card.funding().executionRate());
    assertEquals(d("1.43"), card.funding().score());
    assertEquals(d("10"), card.funding().weight());
    // 产出: 12.5 × 3 + 1.79 = 39.29.
    assertLevels(card, "OUTPUT 50 39.29", "BENEFIT 30 30", "SATISFACTION 10 10");
    assertEquals(d("79.29"), card.indicatorScore());
    // 79.29 + 1.43 = 80.72, 良 (80 ≤ 80.72 < 90).
    assertEquals(d("80.72"), card.total());
    assertEquals(Grade.GOOD, card.grade());
    // The one deduction (1.79 of 12.5) gives its reason: 项目正在推进中.
    assertEquals(List.of(), FindingLines.withNumbers(card));
    assertEquals("市场监管厅2024年中央反垄断专项", card.projectName());
  }

  @Test
  void qualityFoundationFormReports100WhereItsFiguresGive9903() {
    Scorecard card = score(ReferenceForms.qualityFoundation());

    // 191.28 ÷ 211.77 = 0.90324… → 90.32%; 10 × 0.90324… = 9.0324… → 9.03.
    assertEquals(Optional.of(d("90.32")), card.funding().executionRate());
    assertEquals(d("9.03"), card.funding().score());
    assertLevels(card, "OUTPUT 50 50", "BENEFIT 30 30", "SATISFACTION 10 10");
    // 90 + 9.03 = 99.03, against 100 written on the form.
    assertEquals(d("99.03"), card.total());
    assertEquals(Grade.EXCELLENT, card.grade());
    assertEquals(
        List.of("TOTAL_SCORE_MISMATCH $.reportedTotal 99.03 100"), FindingLines.withNumbers(card));
  }

  @Test
  void itOperationsFormWeighsItsLevels50And20And20() {
    Scorecard card = score(ReferenceForms.itOperations());

    // 999.76 ÷ 1142.66 = 0.87494… → 87.49%; 8.7494… → 8.75.
    assertEquals(Optional.of(d("87.49")), card.funding().executionRate());
    assertEquals(d("8.75"), card.funding().score());
    // 效益: 10 + 10 = 20 under a 30-point header; 满意度: 10 + 10 = 20 under a 10-point header.
    assertLevels(card, "OUTPUT 50 50", "BENEFIT 20 20", "SATISFACTION 20 20");
    // 50 + 20 + 20 + 10 = 100: the weights still add up, so no WEIGHT_TOTAL_MISMATCH.
    assertEquals(d("98.75"), card.total());
    assertEquals(
        List.of(
            "LEVEL_WEIGHT_MISMATCH $.levels[1].weight 30 20",
            "LEVEL_WEIGHT_MISMATCH $.levels[2].weight 10 20"),
        FindingLines.withNumbers(card));
  }

  @Test
  void intellectualPropertyFormsExecutionColumnDoesNotAddUp() {
    Scorecard card = score(ReferenceForms.intellectualProperty());

    // 1359.88 ÷ 1462.55 = 0.92980… → 92.98%; 9.2980… → 9.30.
    assertEquals(Optional.of(d("92.98")), card.funding().executionRate());
    assertEquals(d("9.3"), card.funding().score());
    // 产出: 8 × 6.25 = 50, of which 7 × 6.25 = 43.75 scored.
    assertLevels(card, "OUTPUT 50 43.75", "BENEFIT 30 30", "SATISFACTION 10 10");
    // 43.75 + 30 + 10 + 9.30 = 93.05, as reported.
    assertEquals(d("93.05"), card.total());
    assertEquals(Grade.EXCELLENT, card.grade());
    // 1097.28 + 262.55 = 1359.83, but the total row says 1359.88.
    assertEquals(
        List.of("FUNDING_BREAKDOWN_MISMATCH $.funding.total.executed 1359.83 1359.88"),
        FindingLines.withNumbers(card));
  }

  @Test
  void basicAccountCarryoverFormLeavesItsComponentsBlankWhereTheTotalIs5414() {
    Scorecard card = score(ReferenceForms.basicAccountCarryover());

    // 54.14 ÷ 54.14 = 100%, the full 10 points.
    assertEquals(Optional.of(d("100")), card.funding().executionRate());
    assertEquals(d("10"), card.funding().score());
    assertEquals(d("100"), card.total());
    // 年初预算数: 300 = 300 (上年结转资金). The other two columns have no component: 0 ≠ 54.14.
    assertEquals(
        List.of(
            "FUNDING_BREAKDOWN_MISMATCH $.funding.total.adjustedBudget 0 54.14",
            "FUNDING_BREAKDOWN_MISMATCH $.funding.total.executed 0 54.14"),
        FindingLines.withNumbers(card));
  }

  @Test
  void centralTransferFormDeductsFromItsSecondCostIndicatorWithoutAReason() {
    Scorecard card = score(ReferenceForms.centralTransfer());

    // 431.15 ÷ 675 = 0.63874… → 63.87%; 6.3874… → 6.39.
    assertEquals(Optional.of(d("63.87")), card.funding().executionRate());
    assertEquals(d("6.39"), card.funding().score());
    // 产出: 6.25 + 6.25 + 12.5 + 10 + 6.25 + 5.25 = 46.5.
    assertLevels(card, "OUTPUT 50 46.5", "BENEFIT 30 30", "SATISFACTION 10 10");
    // 46.5 + 30 + 10 + 6.39 = 92.89, as reported.
    assertEquals(d("92.89"), card.total());
    // 5.25 of 6.25, with a blank 偏差原因; the 时效 deduction (10 of 12.5) gives its reason.
    assertEquals(
        List.of("DEDUCTION_WITHOUT_REASON $.levels[0].categories[3].indicators[1].deviation - -"),
        FindingLines.withNumbers(card));
    assertEquals(Level.OUTPUT, card.levels().get(0).level());
  }
}
