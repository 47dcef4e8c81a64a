package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.FundingUnit;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The computed execution row: 分值, 执行率 and 得分, with the unit the form's amounts are in.
 *
 * @param unit the unit the form prints for its amounts, echoed from it; empty where it prints none
 *     (万元). The rate and the score are ratios and do not depend on it
 * @param weight the weight of the execution row
 * @param executionRate 全年执行数 ÷ 全年预算数 in percent, rounded and not capped (109.09 where 180 of 165
 *     was spent); empty when there is no adjusted budget
 * @param score weight × min(rate, 1), rounded once from the unrounded rate; 0 when there is no
 *     adjusted budget
 */
public record FundingScore(
    Optional<FundingUnit> unit,
    BigDecimal weight,
    Optional<BigDecimal> executionRate,
    BigDecimal score) {

  /**
   * Checks the arguments.
   *
   * @param unit the unit the form prints for its amounts, echoed from it; empty where it prints
   *     none (万元)
   * @param weight the weight of the execution row
   * @param executionRate 全年执行数 ÷ 全年预算数 in percent, rounded and not capped (109.09 where 180 of 165
   *     was spent); empty when there is no adjusted budget
   * @param score weight × min(rate, 1), rounded once from the unrounded rate; 0 when there is no
   *     adjusted budget
   * @throws NullPointerException if an argument is null
   */
  public FundingScore {
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(weight, "weight must not be null");
    Objects.requireNonNull(executionRate, "executionRate must not be null");
    Objects.requireNonNull(score, "score must not be null");
  }

  /**
   * The execution row of a form that prints no unit.
   *
   * @param weight the weight of the execution row
   * @param executionRate 全年执行数 ÷ 全年预算数 in percent; empty when there is no adjusted budget
   * @param score weight × min(rate, 1); 0 when there is no adjusted budget
   * @throws NullPointerException if an argument is null
   */
  public FundingScore(BigDecimal weight, Optional<BigDecimal> executionRate, BigDecimal score) {
    this(Optional.empty(), weight, executionRate, score);
  }
}
