package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.reading.Reading;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How one indicator's target and actual value were read, and the score the national method suggests
 * from them.
 *
 * @param path the indicator's place in the form, {@code $.levels[i].categories[j].indicators[k]}
 * @param target the reading of 年度指标值
 * @param actual the reading of 实际完成值
 * @param suggestedScore the suggested 得分; empty where the rules leave the score to judgement
 */
public record IndicatorAssessment(
    FormPath path, Reading target, Reading actual, Optional<BigDecimal> suggestedScore) {

  /**
   * Checks the arguments.
   *
   * @param path the indicator's place in the form, {@code $.levels[i].categories[j].indicators[k]}
   * @param target the reading of 年度指标值
   * @param actual the reading of 实际完成值
   * @param suggestedScore the suggested 得分; empty where the rules leave the score to judgement
   * @throws NullPointerException if an argument is null
   */
  public IndicatorAssessment {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(actual, "actual must not be null");
    Objects.requireNonNull(suggestedScore, "suggestedScore must not be null");
  }
}
