package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingScorerTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void rateAndScoreComeFromTheTotalRowRoundedOnce() {
    // 510.54 ÷ 802 = 0.636583… → 63.66%; 10 × 0.636583… = 6.3658… → 6.37.
    FundingBreakdown funding = SmallForms.reported("802", "510.54", "63.66", "6.37");
    WithFindings<FundingScore> scored = FundingScorer.DEFAULT.score(funding);
    assertEquals(new FundingScore(d("10"), Optional.of(d("63.66")), d("6.37")), scored.value());
    assertEquals(List.of(), scored.findings());
  }

  @Test
  void thePolicysFundingWeightAppliesWhereTheFormGivesNone() {
    // A region weighting the execution row 20: 20 × 510.54 ÷ 802 = 12.7316… → 12.73.
    FundingScorer scorer = new FundingScorer(ScoringPolicy.DEFAULT.withFundingWeight(d("20")));
    FundingBreakdown funding = SmallForms.spent("802", "510.54");
    assertEquals(d("12.73"), scorer.score(funding).value().score());
    assertEquals(d("20"), scorer.score(funding).value().weight());
    // The form's own weight, where it prints one, wins: 5 × 0.636583… = 3.18.
    FundingBreakdown weighted =
        FundingBreakdown.builder().weight("5").total("802", "802", "510.54").build();
    assertEquals(d("3.18"), scorer.score(weighted).value().score());
  }

  @Test
  void reportedFiguresThatDisagreeAreFoundAtTheirCells() {
    // 14.2 at one place is not 14.28 rounded to one place (14.3): still a mismatch.
    FundingBreakdown funding = SmallForms.reported("100", "14.28", "14.2", "1.5");
    List<String> findings =
        FundingScorer.DEFAULT.score(funding).findings().stream()
            .map(f -> f.code() + " " + f.path() + " " + f.expected().get() + " " + f.actual().get())
            .toList();
    // 14.28 ÷ 100 = 14.28%; 10 × 0.1428 = 1.428 → 1.43.
    assertEquals(
        List.of(
            "FUNDING_RATE_MISMATCH $.funding.reportedExecutionRate 14.28 14.2",
            "FUNDING_SCORE_MISMATCH $.funding.reportedScore 1.43 1.5"),
        findings);
  }

  private static List<String> lines(WithFindings<FundingScore> scored) {
    return scored.findings().stream()
        .map(f -> f.code() + " " + f.path() + " " + f.expected().get() + " " + f.actual().get())
        .toList();
  }

  /** The 四川 2023 template's table (docs/form-json.md §1.1), its 单位资金 executed as given. */
  private static FundingBreakdown sichuan(String ownExecuted) {
    return FundingBreakdown.builder()
        .total("120", "126.5", "118.2")
        .component("财政资金", "112", "118.5", "110.2")
        .component("财政专户管理资金", "0", "0", "0")
        .component("单位资金", "8", "8", ownExecuted)
        .component("其他资金", null, null, null)
        .reportedExecutionRate("93.44")
        .reportedScore("9.34")
        .build();
  }

  @Test
  void freeComponentRowsAreSummedIntoTheBreakdown() {
    // 112 + 0 + 8 = 120, 118.5 + 0 + 8 = 126.5, 110.2 + 0 + 8 = 118.2: the rows add up, and
    // 118.2 ÷ 126.5 = 93.438…% → 93.44, 10 × 0.93438… = 9.3438… → 9.34.
    WithFindings<FundingScore> agrees = FundingScorer.DEFAULT.score(sichuan("8"));
    assertEquals(new FundingScore(d("10"), Optional.of(d("93.44")), d("9.34")), agrees.value());
    assertEquals(List.of(), agrees.findings());
    // 单位资金 executed 7: 110.2 + 0 + 7 = 117.2 against 118.2; one finding, in that column.
    assertEquals(
        List.of("FUNDING_BREAKDOWN_MISMATCH $.funding.total.executed 117.2 118.2"),
        lines(FundingScorer.DEFAULT.score(sichuan("7"))));
  }

  @Test
  void standardRowsListedOrGivenByTheirFieldsScoreTheSame() {
    FundingBreakdown fields =
        FundingBreakdown.builder()
            .total("300", "300", "280")
            .appropriation("200", "200", "190")
            .carryover("100", "100", "80")
            .build();
    FundingBreakdown listed =
        FundingBreakdown.builder()
            .total("300", "300", "280")
            .component("上年结转", "100", "100", "80")
            .component("其中：本年财政拨款", "200", "200", "190")
            .build();
    assertEquals(FundingScorer.DEFAULT.score(fields), FundingScorer.DEFAULT.score(listed));
    // And a cell that breaks the sum breaks it either way: 190 + 79 = 269 against 280.
    FundingBreakdown off =
        FundingBreakdown.builder()
            .total("300", "300", "280")
            .component("上年结转", "100", "100", "79")
            .component("其中：本年财政拨款", "200", "200", "190")
            .build();
    assertEquals(
        List.of("FUNDING_BREAKDOWN_MISMATCH $.funding.total.executed 269 280"),
        lines(FundingScorer.DEFAULT.score(off)));
  }

  @Test
  void listedRowsWithNoCellFilledInAreNotChecked() {
    // docs/scoring-rules.md §1.4: checked wherever the form fills in any component cell.
    FundingBreakdown blank =
        FundingBreakdown.builder()
            .total("120", "126.5", "118.2")
            .component("单位资金", null, null, null)
            .component("其他资金", null, null, null)
            .build();
    assertEquals(List.of(), FundingScorer.DEFAULT.score(blank).findings());
  }

  @Test
  void aTableIn元ScoresAsTheSameTableIn万元() {
    // 109 万元 is 1,090,000 元: rate and score are ratios, and the breakdown the same sum.
    FundingBreakdown wan =
        FundingBreakdown.builder()
            .total("109", "100", "14.28")
            .appropriation("109", "100", "14.27")
            .reportedExecutionRate("14.28")
            .reportedScore("1.43")
            .build();
    FundingBreakdown yuan =
        FundingBreakdown.builder()
            .unit(FundingUnit.YUAN)
            .total("1090000", "1000000", "142800")
            .appropriation("1090000", "1000000", "142700")
            .reportedExecutionRate("14.28")
            .reportedScore("1.43")
            .build();
    WithFindings<FundingScore> inWan = FundingScorer.DEFAULT.score(wan);
    WithFindings<FundingScore> inYuan = FundingScorer.DEFAULT.score(yuan);
    // 14.28 ÷ 100 = 142800 ÷ 1000000 = 14.28%; 10 × 0.1428 = 1.428 → 1.43.
    assertEquals(new FundingScore(d("10"), Optional.of(d("14.28")), d("1.43")), inWan.value());
    assertEquals(
        new FundingScore(
            Optional.of(FundingUnit.YUAN), d("10"), Optional.of(d("14.28")), d("1.43")),
        inYuan.value());
    // The same finding, each in its form's own amounts.
    assertEquals(
        List.of("FUNDING_BREAKDOWN_MISMATCH $.funding.total.executed 14.27 14.28"), lines(inWan));
    assertEquals(
        List.of("FUNDING_BREAKDOWN_MISMATCH $.funding.total.executed 142700 142800"),
        lines(inYuan));
    // A unit printed 万元 is echoed as written; an absent one is not.
    FundingBreakdown saysWan = FundingBreakdown.builder().unit(FundingUnit.WAN_YUAN).build();
    assertEquals(
        Optional.of(FundingUnit.WAN_YUAN), FundingScorer.DEFAULT.score(saysWan).value().unit());
    assertEquals(Optional.empty(), inWan.value().unit());
  }
}
