package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.Project;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits of the suggested-score settings: each bound is itself allowed. */
class SuggestionPolicyTest {

  @Test
  void aFarAboveFactorOfOneNotesEveryFloorMetAtFullScoreWithoutAnalysis() {
    SuggestionPolicy one = SuggestionPolicy.DEFAULT.withFarAboveFactor(BigDecimal.ONE);
    // 3 条 against 不少于3条: 3 ≥ 1 × 3.
    Project project =
        Project.builder("项目")
            .level(
                Level.OUTPUT,
                "50",
                CategorySection.of(
                    Category.QUANTITY, Indicator.of("全区核查垄断线索", "不少于3条", "3条", "50", "50")))
            .build();
    Scorecard card =
        ProjectScorer.withPolicy(ScoringPolicy.DEFAULT.withSuggestions(one)).score(project);
    assertEquals(
        List.of(FindingCode.FAR_ABOVE_TARGET),
        card.findings(Severity.INFO).stream().map(Finding::code).toList());
  }

  @Test
  void aMarginOfZeroIsAllowed() {
    assertEquals(
        BigDecimal.ZERO,
        SuggestionPolicy.DEFAULT
            .withAheadOfSpendingMargin(BigDecimal.ZERO)
            .aheadOfSpendingMargin());
  }

  @Test
  void qualitativeBandsMayCloseUpFromTheWholeWeightDownToZero() {
    // 达成 only at 100%, 部分达成 from 0 up: all or nothing.
    SuggestionPolicy.QualitativeBands allOrNothing =
        new SuggestionPolicy.QualitativeBands(
            BigDecimal.valueOf(100), BigDecimal.valueOf(100), BigDecimal.ZERO);
    assertEquals(BigDecimal.valueOf(100), allOrNothing.achievedBottom());
    // No 部分达成 band: 60 to 60.
    SuggestionPolicy.QualitativeBands noPartly =
        new SuggestionPolicy.QualitativeBands(
            BigDecimal.valueOf(100), BigDecimal.valueOf(60), BigDecimal.valueOf(60));
    assertEquals(BigDecimal.valueOf(60), noPartly.partlyBottom());
  }
}
