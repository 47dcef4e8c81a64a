package io.github.jixiao.examples;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import java.util.Locale;

/**
 * The example of README.md, compiled here so that README never shows code that does not build; a
 * test checks that README holds the lines between the markers.
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /**
   * Builds the 反垄断 reference form and scores it.
   *
   * @return its scorecard
   */
  public static Scorecard scoreAntitrustForm() {
    // README:begin
    Project project =
        Project.builder("市场监管厅2024年中央反垄断专项")
            .year(2024)
            .funding(
                FundingBreakdown.builder()
                    .total("109", "100", "14.28") // 年初预算数, 全年预算数, 全年执行数 (万元)
                    .appropriation("109", "100", "14.28")
                    .reportedExecutionRate("14.28")
                    .reportedScore("1.43")
                    .build())
            .level(
                Level.OUTPUT,
                "50",
                CategorySection.of(
                    Category.QUANTITY, Indicator.of("全区核查垄断线索", "不少于3条", "9", "12.5", "12.5")),
                CategorySection.of(
                    Category.QUALITY, Indicator.of("线索核查率", "100%", "100%", "12.5", "12.5")),
                CategorySection.of(
                    Category.TIMELINESS,
                    Indicator.of("计划按期完成率", "2024年11月前完成核查", "完成", "12.5", "12.5")),
                CategorySection.of(
                    Category.COST,
                    Indicator.of("反垄断专项执法经费", "100万元", "14.28", "12.5", "1.79")
                        .withDeviation("项目正在推进中")))
            .level(
                Level.BENEFIT,
                "30",
                CategorySection.of(
                    Category.SOCIAL,
                    Indicator.of("经营者法律意识", "提升", "经营者法律意识明显增强", "10", "10"),
                    Indicator.of("营造公平竞争的市场秩序", "提升", "市场竞争环境持续向好", "10", "10")),
                CategorySection.of(
                    Category.SUSTAINABILITY,
                    Indicator.of("良好的营商环境及消费环境", "提升", "维护公平竞争市场秩序, 营造良好营商环境", "10", "10")))
            .level(
                Level.SATISFACTION,
                "10",
                CategorySection.of(
                    Category.SERVICE_RECIPIENT,
                    Indicator.of("群众对反垄断工作满意度", "80%以上", "广泛凝聚公平竞争共识", "10", "10")))
            .reportedTotal("80.72")
            .build();

    Scorecard card = ProjectScorer.DEFAULT.score(project);
    System.out.println(card.funding().executionRate().orElseThrow()); // 14.28 (%)
    System.out.println(card.funding().score()); // 1.43
    System.out.println(card.total() + " " + card.grade().label()); // 80.72 良
    for (Finding finding : card.findings()) {
      System.out.println(finding.message(Locale.SIMPLIFIED_CHINESE)); // none on this form
    }
    // README:end
    return card;
  }
}
