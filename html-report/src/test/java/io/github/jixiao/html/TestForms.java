package io.github.jixiao.html;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
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
   * A form with every field of revision 3 of the form document: amounts in 元, the 四川 template's
   * listed component rows, a year-start target, a deduction and a printed grade that the total does
   * not give.
   *
   * <p>118.2 of 126.5 spent: 118.2 ÷ 126.5 = 0.93438… → 93.44%, and 10 × 0.93438… = 9.34 of the
   * funding weight 10. The rows 112 + 8 + blank = 120, 118.5 + 8 = 126.5 and 110.2 + 8 = 118.2 add
   * up to the total row. The indicators score 20 + 24 + 30 + 10 = 84 of 20 + 30 + 30 + 10 = 90; the
   * total 84 + 9.34 = 93.34 is 优, the form prints 良: its one finding is GRADE_MISMATCH. 监督抽检批次 did
   * 96 of its 120 and scores 96 ÷ 120 × 30 = 24, as the rules suggest; 送戏下乡演出场次's target was
   * dropped, so it gets no suggestion.
   *
   * @return the form
   */
  public static Project revision3() {
    return Project.builder("四川式项目")
        .year(2024)
        .funding(
            FundingBreakdown.builder()
                .unit(FundingUnit.YUAN)
                .weight("10")
                .total("120", "126.5", "118.2")
                .component("财政资金", "112", "118.5", "110.2")
                .component("单位资金", "8", "8", "8")
                .component("其他资金", null, null, null)
                .reportedExecutionRate("93.44")
                .reportedScore("9.34")
                .build())
        .level(
            LevelSection.of(
                Level.OUTPUT,
                "50",
                CategorySection.of(
                    Category.QUANTITY,
                    Indicator.of("送戏下乡演出场次", null, null, "20", "20").withInitialTarget("≥20场"),
                    Indicator.of("监督抽检批次", "≥120批次", "96批次", "30", "24")
                        .withDeduction("6")
                        .withDeviation("抽检车辆故障"))))
        .level(
            Level.BENEFIT,
            "30",
            CategorySection.of(Category.SOCIAL, Indicator.of("竞争力", "提升", "提升", "30", "30")))
        .level(satisfied("80%"))
        .reportedTotal("93.34")
        .reportedGrade(Grade.GOOD)
        .build();
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
