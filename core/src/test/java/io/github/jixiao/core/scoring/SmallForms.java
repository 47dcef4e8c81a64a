package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;

/** The parts of the small forms the scoring tests score: levels at full marks, funding tables. */
final class SmallForms {
  private SmallForms() {}

  /**
   * A level of one indicator scored its full weight, which is the level's.
   *
   * @param level the level
   * @param category the indicator's category
   * @param name the indicator's name
   * @param weight the level's weight, the indicator's and its score
   * @return the level
   */
  static LevelSection fullMarks(Level level, Category category, String name, String weight) {
    return LevelSection.of(
        level,
        weight,
        CategorySection.of(category, Indicator.of(name, null, null, weight, weight)));
  }

  /** 产出 at its standard weight, 50 of 50. */
  static LevelSection output() {
    return fullMarks(Level.OUTPUT, Category.QUANTITY, "产出", "50");
  }

  /** 效益 at its standard weight, 30 of 30. */
  static LevelSection benefit() {
    return fullMarks(Level.BENEFIT, Category.SOCIAL, "效益", "30");
  }

  /** 满意度 at its standard weight, 10 of 10. */
  static LevelSection satisfaction() {
    return fullMarks(Level.SATISFACTION, Category.SERVICE_RECIPIENT, "满意度", "10");
  }

  /**
   * A funding table of its total row alone, its budget unchanged through the year.
   *
   * @param budget 年初预算数 and 全年预算数
   * @param executed 全年执行数
   * @return the table
   */
  static FundingBreakdown spent(String budget, String executed) {
    return FundingBreakdown.builder().total(budget, budget, executed).build();
  }

  /**
   * As {@link #spent}, with the rate and the score the unit reported.
   *
   * @param budget 年初预算数 and 全年预算数
   * @param executed 全年执行数
   * @param rate 执行率 as reported
   * @param score 得分 as reported
   * @return the table
   */
  static FundingBreakdown reported(String budget, String executed, String rate, String score) {
    return FundingBreakdown.builder()
        .total(budget, budget, executed)
        .reportedExecutionRate(rate)
        .reportedScore(score)
        .build();
  }
}
