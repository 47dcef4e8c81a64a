package io.github.jixiao.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A third-level indicator (三级指标): one row of the form's indicator table.
 *
 * <pre>{@code
 * Indicator lines = Indicator.of("全区核查垄断线索", "不少于3条", "9", "12.5", "12.5");
 * Indicator cost = Indicator.of("反垄断专项执法经费", "100万元", "14.28", "12.5", "1.79")
 *     .withDeviation("项目正在推进中");
 * Indicator dropped = Indicator.of("送戏下乡演出场次", null, null, "5", "0")
 *     .withInitialTarget("≥20场");            // a target dropped at the mid-year adjustment
 * Indicator deducted = Indicator.of("监督抽检批次", "≥120批次", "96批次", "10", "6")
 *     .withDeduction("2");                    // 扣减分数, where the form prints one
 * }</pre>
 *
 * @param name 三级指标, the indicator's name; required
 * @param initialTarget 年初指标值, the year-start target as written (free text), where the form prints
 *     one beside the adjusted {@code target}; empty when blank. The national rules do not score
 *     against it
 * @param target 年度指标值 (调整后指标值), the annual target as written (free text); empty when blank
 * @param actual 实际完成值, the actual value as written (free text); empty when blank
 * @param weight 分值, the points the indicator is worth; 0 for a placeholder row ({@code 无})
 * @param score 得分, the points the unit gave itself (after any deduction); empty when blank
 * @param deduction 扣减分数, the points deducted, where the form prints such a column; empty when blank
 *     (blank is not zero). The national rules do not use it
 * @param deviation 偏差原因分析及改进措施, the reason for a deduction; empty when blank
 * @param notApplicable whether the form marks the indicator 不适用; also true where its target or
 *     actual reads {@code 不适用}. It is summed as written, but takes no part in suggested scores and
 *     needs no reason for a deduction
 */
public record Indicator(
    @NotBlank(message = "{io.github.jixiao.core.model.required.message}") String name,
    Optional<String> initialTarget,
    Optional<String> target,
    Optional<String> actual,
    @NotNull @FormNumber BigDecimal weight,
    Optional<@FormNumber BigDecimal> score,
    Optional<@FormNumber BigDecimal> deduction,
    Optional<String> deviation,
    boolean notApplicable) {

  /** What a target or actual cell reads when the indicator does not apply. */
  private static final String NOT_APPLICABLE = "不适用";

  /**
   * Normalizes the cells: numbers to one scale, white-space-only text to blank, and an indicator
   * whose target or actual reads {@code 不适用} marked so.
   *
   * @param name 三级指标, the indicator's name; required
   * @param initialTarget 年初指标值, the year-start target as written (free text), where the form prints
   *     one beside the adjusted {@code target}; empty when blank
   * @param target 年度指标值 (调整后指标值), the annual target as written (free text); empty when blank
   * @param actual 实际完成值, the actual value as written (free text); empty when blank
   * @param weight 分值, the points the indicator is worth; 0 for a placeholder row ({@code 无})
   * @param score 得分, the points the unit gave itself (after any deduction); empty when blank
   * @param deduction 扣减分数, the points deducted, where the form prints such a column; empty when
   *     blank
   * @param deviation 偏差原因分析及改进措施, the reason for a deduction; empty when blank
   * @param notApplicable whether the form marks the indicator 不适用; also true where its target or
   *     actual reads {@code 不适用}. It is summed as written, but takes no part in suggested scores
   *     and needs no reason for a deduction
   * @throws NullPointerException if an argument is null (blank cells are {@code Optional.empty()})
   */
  public Indicator {
    Objects.requireNonNull(name, "name must not be null");
    initialTarget = Cells.text(initialTarget, "initialTarget");
    target = Cells.text(target, "target");
    actual = Cells.text(actual, "actual");
    weight = Cells.number(weight, "weight");
    score = Cells.number(score, "score");
    deduction = Cells.number(deduction, "deduction");
    deviation = Cells.text(deviation, "deviation");
    notApplicable =
        notApplicable
            || target.filter(t -> t.strip().equals(NOT_APPLICABLE)).isPresent()
            || actual.filter(a -> a.strip().equals(NOT_APPLICABLE)).isPresent();
  }

  /**
   * An indicator of a form with no 年初指标值 and no 扣减分数: a revision-2 row.
   *
   * @param name 三级指标; required
   * @param target 年度指标值; empty when blank
   * @param actual 实际完成值; empty when blank
   * @param weight 分值
   * @param score 得分; empty when blank
   * @param deviation 偏差原因分析及改进措施; empty when blank
   * @param notApplicable whether the form marks the indicator 不适用
   * @throws NullPointerException if an argument is null
   */
  public Indicator(
      String name,
      Optional<String> target,
      Optional<String> actual,
      BigDecimal weight,
      Optional<BigDecimal> score,
      Optional<String> deviation,
      boolean notApplicable) {
    this(
        name,
        Optional.empty(),
        target,
        actual,
        weight,
        score,
        Optional.empty(),
        deviation,
        notApplicable);
  }

  /**
   * An indicator that the form does not mark 不适用 (unless its target or actual reads so).
   *
   * @param name 三级指标; required
   * @param target 年度指标值; empty when blank
   * @param actual 实际完成值; empty when blank
   * @param weight 分值
   * @param score 得分; empty when blank
   * @param deviation 偏差原因分析及改进措施; empty when blank
   * @throws NullPointerException if an argument is null
   */
  public Indicator(
      String name,
      Optional<String> target,
      Optional<String> actual,
      BigDecimal weight,
      Optional<BigDecimal> score,
      Optional<String> deviation) {
    this(name, target, actual, weight, score, deviation, false);
  }

  /**
   * An indicator as written on the form, with no deviation text.
   *
   * @param name 三级指标; required
   * @param target 年度指标值, or null when blank
   * @param actual 实际完成值, or null when blank
   * @param weight 分值 as a decimal string, such as {@code "12.5"}; required
   * @param score 得分 as a decimal string, or null when blank
   * @return the indicator
   * @throws IllegalArgumentException if a number is not a decimal string
   * @throws NullPointerException if name or weight is null
   */
  public static Indicator of(
      String name, String target, String actual, String weight, String score) {
    return new Indicator(
        name,
        Optional.ofNullable(target),
        Optional.ofNullable(actual),
        Cells.parseRequired(weight, "weight"),
        Cells.parse(score, "score"),
        Optional.empty());
  }

  /**
   * This indicator with the given 偏差原因分析及改进措施.
   *
   * @param deviation the text, or null for blank
   * @return a copy with the deviation replaced
   */
  public Indicator withDeviation(String deviation) {
    return new Indicator(
        name,
        initialTarget,
        target,
        actual,
        weight,
        score,
        deduction,
        Optional.ofNullable(deviation),
        notApplicable);
  }

  /**
   * This indicator with the given 年初指标值.
   *
   * @param initialTarget the year-start target as written, or null for blank
   * @return a copy with the year-start target replaced
   */
  public Indicator withInitialTarget(String initialTarget) {
    return new Indicator(
        name,
        Optional.ofNullable(initialTarget),
        target,
        actual,
        weight,
        score,
        deduction,
        deviation,
        notApplicable);
  }

  /**
   * This indicator with the given 扣减分数.
   *
   * @param deduction the points deducted as a decimal string, or null for blank
   * @return a copy with the deduction replaced
   * @throws IllegalArgumentException if the deduction is not a decimal string
   */
  public Indicator withDeduction(String deduction) {
    return new Indicator(
        name,
        initialTarget,
        target,
        actual,
        weight,
        score,
        Cells.parse(deduction, "deduction"),
        deviation,
        notApplicable);
  }

  /**
   * Whether the target was dropped at the mid-year adjustment: a year-start target is given and the
   * adjusted one is blank (docs/scoring-rules.md §2.2). Such an indicator is summed as written and
   * gets no suggested score, nor any advice.
   *
   * @return true where {@code initialTarget} is given and {@code target} is blank
   */
  public boolean targetDropped() {
    return initialTarget.isPresent() && target.isEmpty();
  }

  /**
   * This indicator, marked 不适用 or not.
   *
   * @param notApplicable whether the form marks it 不适用
   * @return a copy with the mark replaced (a target or actual reading {@code 不适用} keeps it)
   */
  public Indicator withNotApplicable(boolean notApplicable) {
    return new Indicator(
        name, initialTarget, target, actual, weight, score, deduction, deviation, notApplicable);
  }

  /**
   * This indicator with another 得分.
   *
   * @param score the new score, or empty for blank
   * @return a copy with the score replaced
   */
  public Indicator withScore(Optional<BigDecimal> score) {
    return new Indicator(
        name, initialTarget, target, actual, weight, score, deduction, deviation, notApplicable);
  }
}
