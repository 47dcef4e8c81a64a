package io.github.jixiao.core.model;

import java.util.Optional;

/**
 * A cell of an indicator's row (三级指标): what a {@link FormPath} names inside an indicator, as {@code
 * ChronoField} names a field of a temporal.
 *
 * <pre>{@code
 * FormPath.indicator(0, 3, 0).cell(IndicatorCell.SCORE);  // $.levels[0].categories[3].indicators[0].score
 * path.indicatorCell();                                   // Optional[SCORE]
 * }</pre>
 */
public enum IndicatorCell {
  /** 三级指标, the indicator's name. */
  NAME,
  /** 年度指标值, the target. */
  TARGET,
  /** 实际完成值, the actual value. */
  ACTUAL,
  /** 分值, the weight. */
  WEIGHT,
  /** 得分, the score. */
  SCORE,
  /** 偏差原因分析及改进措施, the reason for a deduction. */
  DEVIATION,
  /** Whether the form marks the indicator 不适用. */
  NOT_APPLICABLE;

  private static final IndicatorCell[] CELLS = values();

  private final String fieldName = FieldNames.of(this);

  /**
   * The cell's field name in the form document and in {@link Indicator}.
   *
   * @return for example {@code "score"}
   */
  public String fieldName() {
    return fieldName;
  }

  /**
   * The cell a field name names.
   *
   * @param fieldName a field name of an indicator, such as {@code "score"}
   * @return the cell; empty where the name is no indicator cell's
   */
  public static Optional<IndicatorCell> ofFieldName(String fieldName) {
    return FieldNames.named(CELLS, IndicatorCell::fieldName, fieldName);
  }
}
