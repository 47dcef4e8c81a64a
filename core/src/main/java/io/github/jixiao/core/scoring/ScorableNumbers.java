package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The scorer's guard on its input: every number a form can hold (below 10^12, 6 places, as {@code
 * FormValidator} checks) is far inside it; a number such as {@code 1E+999999999} in a model built
 * in code would make exact arithmetic expand it to a billion digits, so it is refused at once,
 * naming its cell.
 */
final class ScorableNumbers {
  /** Digits before and after the point beyond which a number is no form's. */
  private static final int LIMIT = 40;

  private ScorableNumbers() {}

  static void require(Project project) {
    var funding = project.funding();
    check(funding.weight(), FormPath.FUNDING_WEIGHT);
    for (FundingLine line : FundingLine.values()) {
      for (FundingColumn column : FundingColumn.values()) {
        Optional<BigDecimal> cell = funding.row(line).get(column);
        if (isBeyond(cell)) {
          throw beyond(FormPath.funding(line, column), cell);
        }
      }
    }
    for (int i = 0; i < funding.components().size(); i++) {
      FundingRow row = funding.components().get(i).row();
      for (FundingColumn column : FundingColumn.values()) {
        Optional<BigDecimal> cell = row.get(column);
        if (isBeyond(cell)) {
          throw beyond(FormPath.fundingComponent(i, column), cell);
        }
      }
    }
    check(funding.reportedExecutionRate(), FormPath.REPORTED_EXECUTION_RATE);
    check(funding.reportedScore(), FormPath.REPORTED_FUNDING_SCORE);
    for (int i = 0; i < project.levels().size(); i++) {
      LevelSection level = project.levels().get(i);
      check(level.weight(), FormPath.levelWeight(i));
      for (int j = 0; j < level.categories().size(); j++) {
        CategorySection category = level.categories().get(j);
        for (int k = 0; k < category.indicators().size(); k++) {
          // The path is written only for a number that fails: this runs for every indicator.
          Optional<BigDecimal> weight = Optional.of(category.indicators().get(k).weight());
          if (isBeyond(weight)) {
            throw beyond(FormPath.indicator(i, j, k).cell(IndicatorCell.WEIGHT), weight);
          }
          Optional<BigDecimal> score = category.indicators().get(k).score();
          if (isBeyond(score)) {
            throw beyond(FormPath.indicator(i, j, k).cell(IndicatorCell.SCORE), score);
          }
        }
      }
    }
    check(project.reportedTotal(), FormPath.REPORTED_TOTAL);
  }

  private static void check(Optional<BigDecimal> value, FormPath path) {
    if (isBeyond(value)) {
      throw beyond(path, value);
    }
  }

  private static boolean isBeyond(Optional<BigDecimal> value) {
    if (value.isEmpty() || value.get().signum() == 0) {
      return false;
    }
    BigDecimal v = value.get();
    return v.precision() - v.scale() > LIMIT || v.scale() > LIMIT;
  }

  private static IllegalArgumentException beyond(FormPath path, Optional<BigDecimal> value) {
    return new IllegalArgumentException(
        path + " is beyond any number a form can hold (validate the form first): " + value.get());
  }
}
