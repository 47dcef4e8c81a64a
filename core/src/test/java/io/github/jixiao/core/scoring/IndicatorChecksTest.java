package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.reading.ValueReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorChecksTest {
  private static final FormPath AT = FormPath.indicator(0, 2, 1);
  private static final IndicatorChecks NO_ADVICE =
      new IndicatorChecks(
          ScoringPolicy.DEFAULT.withSuggestions(SuggestionPolicy.DEFAULT.withEnabled(false)),
          Suggestions.DEFAULT);

  private static List<String> lines(WithFindings<?> checked) {
    return checked.findings().stream().map(f -> f.code() + " " + f.path()).toList();
  }

  @Test
  void aScoreAboveItsWeightIsFoundAtTheScore() {
    WithFindings<Optional<IndicatorAssessment>> checked =
        NO_ADVICE.check(AT, Category.QUANTITY, Indicator.of("指标", null, null, "10", "12"));
    assertEquals(
        List.of("SCORE_EXCEEDS_WEIGHT $.levels[0].categories[2].indicators[1].score"),
        lines(checked));
    assertEquals(Optional.empty(), checked.value());
  }

  @Test
  void aWeightedIndicatorWithNoScoreIsFoundAndAPlaceholderIsNot() {
    assertEquals(
        List.of("MISSING_SCORE $.levels[0].categories[2].indicators[1].score"),
        lines(NO_ADVICE.check(AT, Category.QUANTITY, Indicator.of("指标", null, null, "10", null))));
    assertEquals(
        List.of(),
        lines(NO_ADVICE.check(AT, Category.QUANTITY, Indicator.of("无", null, null, "0", null))));
  }

  @Test
  void aDeductionNeedsAReason() {
    Indicator deducted = Indicator.of("指标", null, null, "10", "9");
    assertEquals(
        List.of("DEDUCTION_WITHOUT_REASON $.levels[0].categories[2].indicators[1].deviation"),
        lines(NO_ADVICE.check(AT, Category.QUANTITY, deducted)));
    assertEquals(
        List.of(), lines(NO_ADVICE.check(AT, Category.QUANTITY, deducted.withDeviation("进度滞后"))));
  }

  @Test
  void theSuggestionsCollaboratorGivesTheAdvice() {
    // 100万元 under COST is a cap; 150 is above it. The ratio rule gives 12.5 × 100 ÷ 150 = 8.33;
    // the linear rule 12.5 × (2 × 100 − 150) ÷ 100 = 6.25. The checks take whichever they are
    // given.
    Indicator over = Indicator.of("经费", "100万元", "150", "12.5", "12.5");
    Suggestions linear =
        new Suggestions(
            ScoringPolicy.DEFAULT.withSuggestions(
                SuggestionPolicy.DEFAULT.withAtMostFormula(SuggestionPolicy.AtMostFormula.LINEAR)),
            ValueReader.DEFAULT);
    assertEquals(
        Optional.of(new BigDecimal("8.33")),
        IndicatorChecks.DEFAULT
            .check(AT, Category.COST, over)
            .value()
            .orElseThrow()
            .suggestedScore());
    WithFindings<Optional<IndicatorAssessment>> checked =
        new IndicatorChecks(ScoringPolicy.DEFAULT, linear).check(AT, Category.COST, over);
    assertEquals(
        Optional.of(new BigDecimal("6.25")), checked.value().orElseThrow().suggestedScore());
    assertEquals(AT, checked.value().orElseThrow().path());
    // 150 above the cap of 100, at full score and with no deviation: rule-profiles §1.3.
    assertEquals(
        List.of(
            "SUGGESTED_SCORE_DIFFERS $.levels[0].categories[2].indicators[1].score",
            "MISSED_TARGET_WITHOUT_REASON $.levels[0].categories[2].indicators[1].deviation"),
        lines(checked));
  }
}
