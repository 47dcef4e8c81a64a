package io.github.jixiao.examples;

import static io.github.jixiao.core.model.Category.COST;
import static io.github.jixiao.core.model.Category.QUALITY;
import static io.github.jixiao.core.model.Category.QUANTITY;
import static io.github.jixiao.core.model.Category.SERVICE_RECIPIENT;
import static io.github.jixiao.core.model.Category.SOCIAL;
import static io.github.jixiao.core.model.Category.SUSTAINABILITY;
import static io.github.jixiao.core.model.Category.TIMELINESS;
import static io.github.jixiao.core.model.Level.BENEFIT;
import static io.github.jixiao.core.model.Level.OUTPUT;
import static io.github.jixiao.core.model.Level.SATISFACTION;

import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Builds a form in code, scores it and prints its scorecard: the 质量基础 reference form, which reports
 * a total of 100 where its figures give 99.03.
 *
 * <pre>
 * java -jar examples/target/jixiao.jar [zh|en]
 * </pre>
 */
public final class ScoreFormBuiltInCode {
  private ScoreFormBuiltInCode() {}

  /**
   * Builds the 质量基础 form of the 2024 reference forms, cell by cell as printed, and scores it. The
   * lines between the markers are README's example; a test keeps the two the same.
   *
   * @return its scorecard
   */
  public static Scorecard scoreQualityFoundationForm() {
    // README:begin
    Project project =
        Project.builder("自治区市场监管厅质量基础专项")
            .year(2024)
            .funding(
                FundingBreakdown.builder()
                    .total("211.77", "211.77", "191.28") // 年初预算数, 全年预算数, 全年执行数 (万元)
                    .appropriation("192", "192", "171.51")
                    .carryover("19.77", "19.77", "19.77")
                    .reportedExecutionRate("90.32")
                    .reportedScore("9.03")
                    .build())
            .level(
                OUTPUT,
                "50",
                CategorySection.of(
                    QUANTITY, Indicator.of("支持我区仪器仪表制造业发展企业数", "2家", "2家", "12.5", "12.5")),
                CategorySection.of(
                    QUALITY, Indicator.of("申请仪器仪表类计量新产品形式评价合格率", "100%", "100%", "12.5", "12.5")),
                CategorySection.of(
                    TIMELINESS,
                    Indicator.of("企业取得计量新产品形式批准证书", "2024年11月底前", "2024年11月底前", "12.5", "12.5")),
                CategorySection.of(
                    COST, Indicator.of("2024年度质量基础工作支出控制数", "192万元", "171.51", "12.5", "12.5")))
            .level(
                BENEFIT,
                "30",
                CategorySection.of(SOCIAL, Indicator.of("全区仪器仪表行业竞争力", "提升", "提升", "15", "15")),
                CategorySection.of(
                    SUSTAINABILITY, Indicator.of("全社会质量发展意识", "提高", "提高", "15", "15")))
            .level(
                SATISFACTION,
                "10",
                CategorySection.of(
                    SERVICE_RECIPIENT, Indicator.of("服务满意度", "80%", "80%", "10", "10")))
            .reportedTotal("100")
            .build();

    Scorecard card = ProjectScorer.DEFAULT.score(project);
    card.funding().executionRate(); // Optional[90.32], in percent: 191.28 ÷ 211.77
    card.funding().score(); // 9.03
    card.total(); // 99.03 = 90 + 9.03, where the form reports 100
    card.grade(); // EXCELLENT (优)
    card.findings(Severity.ERROR).get(0).message(Locale.SIMPLIFIED_CHINESE);
    // "填报总分为 100，按各项得分合计应为 99.03。"
    // README:end
    return card;
  }

  /**
   * Prints a scorecard as text.
   *
   * @param card the scorecard
   * @param locale the language of labels and messages: Chinese for {@code zh}, else English
   * @param out where to print
   */
  public static void print(Scorecard card, Locale locale, PrintStream out) {
    boolean zh = "zh".equals(locale.getLanguage());
    out.println(card.projectName());
    out.printf(
        "  %s %s  %s %s%%  %s %s%n",
        zh ? "资金分值" : "funding weight",
        plain(card.funding().weight()),
        zh ? "执行率" : "execution rate",
        card.funding().executionRate().map(ScoreFormBuiltInCode::plain).orElse("—"),
        zh ? "得分" : "score",
        plain(card.funding().score()));
    for (LevelScore level : card.levels()) {
      out.printf(
          "  %s  %s %s  %s %s%n",
          level.level().displayName(locale),
          zh ? "分值" : "weight",
          plain(level.weight()),
          zh ? "得分" : "score",
          plain(level.score()));
    }
    out.printf(
        "  %s %s  (%s %s)  %s %s%n",
        zh ? "总分" : "total",
        plain(card.total()),
        zh ? "填报" : "reported",
        card.reportedTotal().map(ScoreFormBuiltInCode::plain).orElse("—"),
        zh ? "等级" : "grade",
        card.grade().displayName(locale));
    for (Finding finding : card.findings()) {
      out.printf("  [%s] %s %s%n", finding.severity(), finding.path(), finding.message(locale));
    }
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /**
   * Scores the form and prints its scorecard.
   *
   * @param args {@code zh} (the default) or {@code en}
   */
  public static void main(String[] args) {
    Locale locale = args.length > 0 && args[0].equals("en") ? Locale.ENGLISH : Locale.CHINA;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    print(scoreQualityFoundationForm(), locale, out);
  }
}
