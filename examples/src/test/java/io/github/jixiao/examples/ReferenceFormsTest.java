package io.github.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The twelve forms of {@code examples/forms}, scored. Every expected figure is worked out by hand
 * from shared/reference/2024-self-evaluation-forms.txt, with the arithmetic in the comments; the
 * findings are the exact list of ERROR and WARNING findings.
 *
 * <p>Reading the forms found nothing beyond the five known facts (信息化运维's 50 / 20 / 20, 知识产权's
 * execution column, 质量基础's total, 中央一般性转移支付's unexplained deduction, 基本户结转资金's blank components):
 * every other total, rate and score agrees with its form.
 */
class ReferenceFormsTest {
  private static final FormJson JSON = FormJson.create();
  private static final Path FORMS = Path.of("forms");

  private static Scorecard score(String file) throws IOException {
    return ProjectScorer.DEFAULT.score(JSON.readForm(FORMS.resolve(file)));
  }

  /**
   * Asserts a scorecard's figures.
   *
   * @param levels the three levels as {@code weight/score}
   * @param findings each ERROR and WARNING finding as {@code CODE path}
   */
  private static void assertCard(
      Scorecard card,
      String rate,
      String fundingScore,
      List<String> levels,
      String total,
      Grade grade,
      List<String> findings) {
    assertEquals(new BigDecimal(rate), card.funding().executionRate().orElseThrow(), "rate");
    assertEquals(new BigDecimal(fundingScore), card.funding().score(), "funding score");
    assertEquals(
        levels,
        card.levels().stream()
            .map(l -> l.weight().toPlainString() + "/" + l.score().toPlainString())
            .toList(),
        "levels");
    assertEquals(new BigDecimal(total), card.total(), "total");
    assertEquals(grade, card.grade());
    assertEquals(
        findings,
        card.findings().stream()
            .filter(f -> f.severity() != Severity.INFO)
            .map(f -> f.code() + " " + f.path())
            .toList());
  }

  @Test
  void antitrust() throws IOException {
    // 14.28 ÷ 100 = 14.28%; 10 × 0.1428 = 1.428 → 1.43. 产出 12.5 × 3 + 1.79 = 39.29.
    // 39.29 + 30 + 10 + 1.43 = 80.72 (良), as reported.
    assertCard(
        score("01-antitrust.json"),
        "14.28",
        "1.43",
        List.of("50/39.29", "30/30", "10/10"),
        "80.72",
        Grade.GOOD,
        List.of());
  }

  @Test
  void foodSafety() throws IOException {
    // 510.54 ÷ 802 = 0.636583… → 63.66%, 6.3658… → 6.37. 产出 25 indicators × 2 = 50.
    // 50 + 30 + 10 + 6.37 = 96.37, as reported.
    assertCard(
        score("02-food-safety.json"),
        "63.66",
        "6.37",
        List.of("50/50", "30/30", "10/10"),
        "96.37",
        Grade.EXCELLENT,
        List.of());
  }

  @Test
  void marketOrder() throws IOException {
    // 165 ÷ 165 = 100%, the full 10. 90 + 10 = 100, as reported.
    assertCard(
        score("03-market-order.json"),
        "100",
        "10",
        List.of("50/50", "30/30", "10/10"),
        "100",
        Grade.EXCELLENT,
        List.of());
  }

  @Test
  void marketEntity() throws IOException {
    // 69.67 ÷ 91.25 = 0.763506… → 76.35%; 10 × 0.763506… = 7.63506… → 7.64.
    // 产出 5 × 10, 效益 4 × 7.5; 90 + 7.64 = 97.64, as reported.
    assertCard(
        score("04-market-entity.json"),
        "76.35",
        "7.64",
        List.of("50/50", "30/30", "10/10"),
        "97.64",
        Grade.EXCELLENT,
        List.of());
  }

  @Test
  void xinchuang() throws IOException {
    // 887.92 ÷ 1211 = 0.733212… → 73.32%, 7.33. 产出 12.5 + 11 + 11 + 12.5 = 47, both
    // deductions with their reason. 47 + 30 + 10 + 7.33 = 94.33, as reported.
    assertCard(
        score("05-xinchuang.json"),
        "73.32",
        "7.33",
        List.of("50/47", "30/30", "10/10"),
        "94.33",
        Grade.EXCELLENT,
        List.of());
  }

  @Test
  void itOperationsWeighsItsLevels50And20And20() throws IOException {
    // 999.76 ÷ 1142.66 = 0.874941… → 87.49%, 8.75. 效益 10 + 10 = 20 under a 30 header;
    // 满意度 10 + 10 = 20 under a 10 header. 50 + 20 + 20 + 8.75 = 98.75, as reported.
    assertCard(
        score("06-it-operations.json"),
        "87.49",
        "8.75",
        List.of("50/50", "20/20", "20/20"),
        "98.75",
        Grade.EXCELLENT,
        List.of(
            "LEVEL_WEIGHT_MISMATCH $.levels[1].weight",
            "LEVEL_WEIGHT_MISMATCH $.levels[2].weight"));
  }

  @Test
  void intellectualPropertysExecutionColumnDoesNotAddUp() throws IOException {
    // 1359.88 ÷ 1462.55 = 0.929800… → 92.98%, 9.30. 产出 7 × 6.25 = 43.75 of 8 × 6.25 = 50.
    // 43.75 + 30 + 10 + 9.30 = 93.05, as reported; but 1097.28 + 262.55 = 1359.83 ≠ 1359.88.
    assertCard(
        score("07-intellectual-property.json"),
        "92.98",
        "9.3",
        List.of("50/43.75", "30/30", "10/10"),
        "93.05",
        Grade.EXCELLENT,
        List.of("FUNDING_BREAKDOWN_MISMATCH $.funding.total.executed"));
  }

  @Test
  void qualitySafety() throws IOException {
    // 470 ÷ 470 = 100%, 10. 产出 6.25 × 4 + 12.5 × 2 = 50. 90 + 10 = 100, as reported.
    assertCard(
        score("08-quality-safety.json"),
        "100",
        "10",
        List.of("50/50", "30/30", "10/10"),
        "100",
        Grade.EXCELLENT,
        List.of());
  }

  @Test
  void qualityFoundationReports100WhereItsFiguresGive9903() throws IOException {
    // 191.28 ÷ 211.77 = 0.903244… → 90.32%, 9.03. 90 + 9.03 = 99.03, not the 100 reported.
    assertCard(
        score("09-quality-foundation.json"),
        "90.32",
        "9.03",
        List.of("50/50", "30/30", "10/10"),
        "99.03",
        Grade.EXCELLENT,
        List.of("TOTAL_SCORE_MISMATCH $.reportedTotal"));
  }

  @Test
  void centralTransferDeductsWithoutAReason() throws IOException {
    // 431.15 ÷ 675 = 0.638740… → 63.87%, 6.39. 产出 6.25 + 6.25 + 12.5 + 10 + 6.25 + 5.25 = 46.5.
    // 46.5 + 30 + 10 + 6.39 = 92.89, as reported. 5.25 of 6.25 has no 偏差原因.
    assertCard(
        score("10-central-transfer.json"),
        "63.87",
        "6.39",
        List.of("50/46.5", "30/30", "10/10"),
        "92.89",
        Grade.EXCELLENT,
        List.of("DEDUCTION_WITHOUT_REASON $.levels[0].categories[3].indicators[1].deviation"));
  }

  @Test
  void generalAdministrationRatesTheAdjustedBudget() throws IOException {
    // 913.4 ÷ 1048.27 (全年预算数, not 年初 1030.29) = 0.871340… → 87.13%, 8.71.
    // 90 + 8.71 = 98.71, as reported.
    assertCard(
        score("11-general-administration.json"),
        "87.13",
        "8.71",
        List.of("50/50", "30/30", "10/10"),
        "98.71",
        Grade.EXCELLENT,
        List.of());
  }

  @Test
  void basicAccountCarryoverLeavesItsComponentsBlankWhereTheTotalIs5414() throws IOException {
    // 54.14 ÷ 54.14 = 100%, 10; 90 + 10 = 100, as reported. 年初预算数 300 = 300 (上年结转);
    // the other two columns have no component at all: 0 against 54.14.
    assertCard(
        score("12-basic-account-carryover.json"),
        "100",
        "10",
        List.of("50/50", "30/30", "10/10"),
        "100",
        Grade.EXCELLENT,
        List.of(
            "FUNDING_BREAKDOWN_MISMATCH $.funding.total.adjustedBudget",
            "FUNDING_BREAKDOWN_MISMATCH $.funding.total.executed"));
  }

  @Test
  void elevenOfTheTwelveTotalsAgreeWithTheirForms() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      List<String> disagreeing = new java.util.ArrayList<>();
      List<Path> forms = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertEquals(12, forms.size());
      for (Path form : forms) {
        Scorecard card = ProjectScorer.DEFAULT.score(JSON.readForm(form));
        if (card.total().compareTo(card.reportedTotal().orElseThrow()) != 0) {
          disagreeing.add(
              form.getFileName() + " " + card.total() + " " + card.reportedTotal().get());
        }
      }
      assertEquals(List.of("09-quality-foundation.json 99.03 100"), disagreeing);
    }
  }

  @Test
  void theAntitrustFormIsTheSpecsExample() throws IOException {
    Path example =
        Path.of(
            System.getProperty("jixiao.shared", "../../shared"),
            "spec/examples/antitrust-2024.json");
    assumeTrue(Files.isRegularFile(example), "shared/ is not beside the repository: " + example);
    assertEquals(JSON.readForm(example), JSON.readForm(FORMS.resolve("01-antitrust.json")));
  }

  @Test
  void levelScoresAreInTheFormsOrder() throws IOException {
    assertEquals(
        List.of("OUTPUT", "BENEFIT", "SATISFACTION"),
        score("02-food-safety.json").levels().stream()
            .map(LevelScore::level)
            .map(Enum::name)
            .toList());
  }
}
