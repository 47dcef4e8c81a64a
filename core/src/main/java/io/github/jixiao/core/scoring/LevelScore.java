package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.Level;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The computed sums of one level.
 *
 * @param level the 一级 level whose indicators these sums are of
 * @param weight the sum of its indicators' weights, rounded
 * @param score the sum of its indicators' scores, a blank score counting 0, rounded
 */
public record LevelScore(Level level, BigDecimal weight, BigDecimal score) {

  /**
   * Checks the arguments.
   *
   * @param level the 一级 level whose indicators these sums are of
   * @param weight the sum of its indicators' weights, rounded
   * @param score the sum of its indicators' scores, a blank score counting 0, rounded
   * @throws NullPointerException if an argument is null
   */
  public LevelScore {
    Objects.requireNonNull(level, "level must not be null");
    Objects.requireNonNull(weight, "weight must not be null");
    Objects.requireNonNull(score, "score must not be null");
  }
}
