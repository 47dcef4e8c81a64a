package io.github.jixiao.html;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.Scorecard;
import java.util.List;

/** The parts of the forms the report tests build whose figures agree, and their scorecards. */
public final class TestForms {
  private TestForms() {}

  /**
   * A funding table whose figures agree: 100 of 100 spent, reported as 100% and 10 of its 10.
   *
   * @return the table
   */
  public static FundingBreakdown fullySpent() {
    return FundingBreakdown.builder()
        .weight("10")
        .total("100", "100", "100")
        .reportedExecutionRate("100")
        .reportedScore("10")
        .build();
  }

  /**
   * 满意度 of one indicator, named 满意度, whose target is 80%, scored its full 10.
   *
   * @param actual what it achieved
   * @return the level
   */
  public static LevelSection satisfied(String actual) {
    return LevelSection.of(
        Level.SATISFACTION,
        "10",
        CategorySection.of(
            Category.SERVICE_RECIPIENT, Indicator.of("满意度", "80%", actual, "10", "10")));
  }

  /**
   * A scorecard with other findings in the place of its own, and no source named.
   *
   * @param card the scorecard
   * @param findings its new findings
   * @return the scorecard
   */
  public static Scorecard withFindings(Scorecard card, List<Finding> findings) {
    return new Scorecard(
        card.projectName(),
        card.funding(),
        card.levels(),
        card.indicatorScore(),
        card.total(),
        card.reportedTotal(),
        card.grade(),
        findings,
        card.indicators());
  }
}
