package io.github.jixiao.core.input.written;

import io.github.jixiao.core.input.NumericString;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormLabels;
import io.github.jixiao.core.model.IndicatorCell;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's row (三级指标) as written: one {@link Written} per {@link IndicatorCell}.
 *
 * @param at where the row stands (a document's object, a sheet's name cell)
 * @param name 三级指标
 * @param initialTarget 年初指标值, where the source has one beside the adjusted target
 * @param target 年度指标值 (调整后指标值)
 * @param actual 实际完成值
 * @param weight 分值
 * @param score 得分
 * @param deduction 扣减分数, where the source has one
 * @param deviation 偏差原因分析及改进措施
 * @param notApplicable a flag that marks it 不适用, where the source has one
 */
public record WrittenIndicator(
    Optional<SourceLocation> at,
    Written name,
    Written initialTarget,
    Written target,
    Written actual,
    Written weight,
    Written score,
    Written deduction,
    Written deviation,
    Written notApplicable) {

  /**
   * Checks the parts.
   *
   * @param at where the row stands (a document's object, a sheet's name cell)
   * @param name 三级指标
   * @param initialTarget 年初指标值, where the source has one beside the adjusted target
   * @param target 年度指标值 (调整后指标值)
   * @param actual 实际完成值
   * @param weight 分值
   * @param score 得分
   * @param deduction 扣减分数, where the source has one
   * @param deviation 偏差原因分析及改进措施
   * @param notApplicable a flag that marks it 不适用, where the source has one
   * @throws NullPointerException if an argument is null
   */
  public WrittenIndicator {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(initialTarget, "initialTarget must not be null");
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(actual, "actual must not be null");
    Objects.requireNonNull(weight, "weight must not be null");
    Objects.requireNonNull(score, "score must not be null");
    Objects.requireNonNull(deduction, "deduction must not be null");
    Objects.requireNonNull(deviation, "deviation must not be null");
    Objects.requireNonNull(notApplicable, "notApplicable must not be null");
  }

  /**
   * What was written in one cell.
   *
   * @param cell the cell
   * @return what the source wrote there
   */
  public Written cell(IndicatorCell cell) {
    return switch (cell) {
      case NAME -> name;
      case INITIAL_TARGET -> initialTarget;
      case TARGET -> target;
      case ACTUAL -> actual;
      case WEIGHT -> weight;
      case SCORE -> score;
      case DEDUCTION -> deduction;
      case DEVIATION -> deviation;
      case NOT_APPLICABLE -> notApplicable;
    };
  }

  /**
   * Whether the row says nothing: a printed form's unfilled row, its name at most a numbering
   * ({@code 指标2：}).
   *
   * @return true where every cell is missing, blank or white space
   */
  public boolean isUnfilled() {
    return saysNothing(name, true)
        && saysNothing(initialTarget, false)
        && saysNothing(target, false)
        && saysNothing(actual, false)
        && saysNothing(weight, false)
        && saysNothing(score, false)
        && saysNothing(deduction, false)
        && saysNothing(deviation, false);
  }

  private static boolean saysNothing(Written cell, boolean name) {
    if (cell instanceof Written.Text text) {
      return name ? FormLabels.withoutNumbering(text.text()).isBlank() : text.text().isBlank();
    }
    return cell instanceof Written.Blank || cell instanceof Written.Missing;
  }

  /**
   * Whether the row is a printed form's placeholder: {@code 指标1:无} with no weight and no score,
   * which is no indicator (docs/form-json.md §1.2).
   *
   * @return true for a placeholder row
   */
  public boolean isPlaceholder() {
    return name instanceof Written.Text text
        && FormLabels.withoutNumbering(text.text()).strip().equals(FormLabels.PLACEHOLDER)
        && isNil(weight)
        && isNil(score);
  }

  /** Whether a placeholder row's weight or score cell says nothing: blank, 0 or 无. */
  private static boolean isNil(Written cell) {
    if (cell instanceof Written.Number n) {
      return n.value().signum() == 0;
    }
    if (cell instanceof Written.Text t) {
      String text = t.text().strip();
      return text.isEmpty()
          || text.equals(FormLabels.PLACEHOLDER)
          || NumericString.parse(FormLabels.halfWidth(text))
              .filter(v -> v.signum() == 0)
              .isPresent();
    }
    return cell instanceof Written.Blank || cell instanceof Written.Missing;
  }
}
