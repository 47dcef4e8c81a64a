package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.ReferenceForms;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a form must be corrected: an ERROR finding, and nothing less, says so. */
class ScorecardTest {

  /** Full marks in every level (50 + 30 + 10), with this funding table (weight 10). */
  private static Project.Builder fullMarks(String budget, String executed) {
    return Project.builder("项目")
        .funding(SmallForms.spent(budget, executed))
        .level(SmallForms.output())
        .level(SmallForms.benefit())
        .level(SmallForms.satisfaction());
  }

  private static List<FindingCode> codes(Scorecard card) {
    return card.findings().stream().map(Finding::code).toList();
  }

  @Test
  void warningsAloneAreNoErrors() {
    // 120 spent of 100: the rate is capped, the score is the full 10, and it is only a WARNING.
    Scorecard card = ProjectScorer.DEFAULT.score(fullMarks("100", "120").build());
    assertEquals(List.of(FindingCode.EXECUTED_EXCEEDS_BUDGET), codes(card));
    assertFalse(card.hasErrors());
  }

  @Test
  void adviceAloneIsNoError() {
    // 反垄断 agrees with itself; all its findings are INFO (SuggestionsTest lists the four).
    Scorecard card = ProjectScorer.DEFAULT.score(ReferenceForms.antitrust());
    assertEquals(4, card.findings().size());
    assertEquals(card.findings(), card.findings(Severity.INFO));
    assertFalse(card.hasErrors());
  }

  @Test
  void oneErrorIsEnoughToHaveErrors() {
    // 90 + 10 × 100 ÷ 100 = 100, reported as 99: TOTAL_SCORE_MISMATCH and nothing else.
    Scorecard card =
        ProjectScorer.DEFAULT.score(fullMarks("100", "100").reportedTotal("99").build());
    assertEquals(List.of(FindingCode.TOTAL_SCORE_MISMATCH), codes(card));
    assertTrue(card.hasErrors());
  }
}
