package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.model.FundingBreakdown;
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
}
