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
  NAME("name"),
  /** 年度指标值, the target. */
  TARGET("target"),
  /** 实际完成值, the actual value. */
  ACTUAL("actual"),
  /** 分值, the weight. */
  WEIGHT("weight"),
  /** 得分, the score. */
  SCORE("score"),
  /** 偏差原因分析及改进措施, the reason for a deduction. */
  DEVIATION("deviation"),
  /** Whether the form marks the indicator 不适用. */
  NOT_APPLICABLE("notApplicable");

  private static final IndicatorCell[] CELLS = values();

  private final String fieldName;

  IndicatorCell(String fieldName) {
    this.fieldName = fieldName;
  }

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
    for (IndicatorCell cell : CELLS) {
      if (cell.fieldName.equals(fieldName)) {
        return Optional.of(cell);
      }
    }
    return Optional.empty();
  }
}
