package io.github.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-indicator rules a rule profile may add to the national method (rule-profiles §2.4–§2.13),
 * each off or at its national value in {@link #DEFAULT}. The qualitative bands, the at-most formula
 * and the far-above factor are in {@link SuggestionPolicy}; these are the rest.
 *
 * @param bandSeverity the severity of {@code QUALITATIVE_SCORE_OUTSIDE_BAND}: WARNING, or ERROR
 *     where the province's system refuses to save a score outside its band
 * @param remarkRequired whether a stated qualitative band needs a description after it or a
 *     deviation text (§2.4, 广西)
 * @param remarkFactor where present, an actual at or above this factor times a quantitative target
 *     needs a deviation text (§2.6, 广西 1.3)
 * @param remarkAtZeroTarget where present, the actual of a zero target at or above which a
 *     deviation text is needed (§2.6, 广西 30)
 * @param overAchievementDeduction where present, the points an at-least suggestion loses when the
 *     actual reaches a factor of the year-start target (§2.6, the 一体化 manual)
 * @param deviationFlags whether an actual that departs from an at-most or exact target is flagged
 *     for a person (§2.7, 河北)
 * @param deductions whether the 扣减分数 column is applied (§2.9, 广西)
 * @param defaultCostRow where present, the target of the cost row the province's system adds and
 *     its highest score (§2.10, 山西)
 * @param droppedTargets whether an indicator with a year-start target and no annual one must score
 *     0 and is otherwise unchecked (§2.11, 山西)
 * @param positiveWeights whether every indicator that is not a placeholder must be weighted above 0
 *     (§2.12)
 * @param textLimits the longest texts allowed (§2.13, 四川)
 */
public record IndicatorRules(
    Severity bandSeverity,
    boolean remarkRequired,
    Optional<BigDecimal> remarkFactor,
    Optional<BigDecimal> remarkAtZeroTarget,
    Optional<OverAchievementDeduction> overAchievementDeduction,
    boolean deviationFlags,
    boolean deductions,
    Optional<DefaultCostRow> defaultCostRow,
    boolean droppedTargets,
    boolean positiveWeights,
    TextLimits textLimits) {

  /** The national method's: bands a WARNING, every other rule off. */
  public static final IndicatorRules DEFAULT =
      new IndicatorRules(
          Severity.WARNING,
          false,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false,
          false,
          Optional.empty(),
          false,
          false,
          TextLimits.NONE);

  /**
   * Checks the arguments.
   *
   * @param bandSeverity the severity of {@code QUALITATIVE_SCORE_OUTSIDE_BAND}
   * @param remarkRequired whether a stated qualitative band needs a description
   * @param remarkFactor the factor from which a far-above actual needs a reason, or empty
   * @param remarkAtZeroTarget the actual of a zero target from which a reason is needed, or empty
   * @param overAchievementDeduction the over-achievement deduction, or empty
   * @param deviationFlags whether deviations from at-most and exact targets are flagged
   * @param deductions whether the 扣减分数 column is applied
   * @param defaultCostRow the default cost row's target and highest score, or empty
   * @param droppedTargets whether dropped targets must score 0
   * @param positiveWeights whether every indicator must be weighted above 0
   * @param textLimits the longest texts allowed
   * @throws IllegalArgumentException if the severity is INFO, {@code remarkFactor} is below 1 or
   *     {@code remarkAtZeroTarget} is not above 0
   * @throws NullPointerException if an argument is null
   */
  public IndicatorRules {
    Objects.requireNonNull(bandSeverity, "bandSeverity must not be null");
    if (bandSeverity == Severity.INFO) {
      throw new IllegalArgumentException("bandSeverity must be WARNING or ERROR");
    }
    Objects.requireNonNull(remarkFactor, "remarkFactor must not be null");
    remarkFactor.ifPresent(
        factor -> {
          if (factor.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("remarkFactor must be at least 1: " + factor);
          }
        });
    Objects.requireNonNull(remarkAtZeroTarget, "remarkAtZeroTarget must not be null");
    remarkAtZeroTarget.ifPresent(
        value -> {
          if (value.signum() <= 0) {
            throw new IllegalArgumentException("remarkAtZeroTarget must be above 0: " + value);
          }
        });
    Objects.requireNonNull(overAchievementDeduction, "overAchievementDeduction must not be null");
    Objects.requireNonNull(defaultCostRow, "defaultCostRow must not be null");
    Objects.requireNonNull(textLimits, "textLimits must not be null");
  }

  /**
   * These rules with a score outside its qualitative band at another severity.
   *
   * @param bandSeverity the severity of {@code QUALITATIVE_SCORE_OUTSIDE_BAND}: WARNING or ERROR
   * @return new rules
   * @throws IllegalArgumentException if the severity is INFO
   * @throws NullPointerException if the argument is null
   */
  public IndicatorRules withBandSeverity(Severity bandSeverity) {
    return new IndicatorRules(
        bandSeverity,
        remarkRequired,
        remarkFactor,
        remarkAtZeroTarget,
        overAchievementDeduction,
        deviationFlags,
        deductions,
        defaultCostRow,
        droppedTargets,
        positiveWeights,
        textLimits);
  }

  /**
   * These rules with a description required, or not, after a stated band (§2.4).
   *
   * @param remarkRequired whether a stated qualitative band needs a description after it or a
   *     deviation text
   * @return new rules
   */
  public IndicatorRules withRemarkRequired(boolean remarkRequired) {
    return new IndicatorRules(
        bandSeverity,
        remarkRequired,
        remarkFactor,
        remarkAtZeroTarget,
        overAchievementDeduction,
        deviationFlags,
        deductions,
        defaultCostRow,
        droppedTargets,
        positiveWeights,
        textLimits);
  }

  /**
   * These rules with a reason required from a factor of the target (§2.6).
   *
   * @param remarkFactor the factor of a quantitative target from which an actual needs a deviation
   *     text: at least 1
   * @return new rules
   * @throws IllegalArgumentException if the factor is below 1
   * @throws NullPointerException if the argument is null
   */
  public IndicatorRules withRemarkFactor(BigDecimal remarkFactor) {
    return new IndicatorRules(
        bandSeverity,
        remarkRequired,
        Optional.of(remarkFactor),
        remarkAtZeroTarget,
        overAchievementDeduction,
        deviationFlags,
        deductions,
        defaultCostRow,
        droppedTargets,
        positiveWeights,
        textLimits);
  }

  /**
   * These rules with a reason required from an actual of a zero target (§2.6).
   *
   * @param remarkAtZeroTarget the actual of a zero target from which a deviation text is needed:
   *     above 0
   * @return new rules
   * @throws IllegalArgumentException if the actual is not above 0
   * @throws NullPointerException if the argument is null
   */
  public IndicatorRules withRemarkAtZeroTarget(BigDecimal remarkAtZeroTarget) {
    return new IndicatorRules(
        bandSeverity,
        remarkRequired,
        remarkFactor,
        Optional.of(remarkAtZeroTarget),
        overAchievementDeduction,
        deviationFlags,
        deductions,
        defaultCostRow,
        droppedTargets,
        positiveWeights,
        textLimits);
  }

  /**
   * These rules with the over-achievement deduction (§2.6).
   *
   * @param overAchievementDeduction the points lost and the factor of the year-start target from
   *     which they are
   * @return new rules
   * @throws NullPointerException if the argument is null
   */
  public IndicatorRules withOverAchievementDeduction(
      OverAchievementDeduction overAchievementDeduction) {
    return new IndicatorRules(
        bandSeverity,
        remarkRequired,
        remarkFactor,
        remarkAtZeroTarget,
        Optional.of(overAchievementDeduction),
        deviationFlags,
        deductions,
        defaultCostRow,
        droppedTargets,
        positiveWeights,
        textLimits);
  }

  /**
   * These rules with deviations flagged, or not (§2.7).
   *
   * @param deviationFlags whether an actual that departs from an at-most or exact target is flagged
   * @return new rules
   */
  public IndicatorRules withDeviationFlags(boolean deviationFlags) {
    return new IndicatorRules(
        bandSeverity,
        remarkRequired,
        remarkFactor,
        remarkAtZeroTarget,
        overAchievementDeduction,
        deviationFlags,
        deductions,
        defaultCostRow,
        droppedTargets,
        positiveWeights,
        textLimits);
  }

  /**
   * These rules with the 扣减分数 column applied, or not (§2.9).
   *
   * @param deductions whether the 扣减分数 column is applied
   * @return new rules
   */
  public IndicatorRules withDeductions(boolean deductions) {
    return new IndicatorRules(
        bandSeverity,
        remarkRequired,
        remarkFactor,
        remarkAtZeroTarget,
        overAchievementDeduction,
        deviationFlags,
        deductions,
        defaultCostRow,
        droppedTargets,
        positiveWeights,
        textLimits);
  }

  /**
   * These rules with the default cost row (§2.10).
   *
   * @param defaultCostRow the target of the cost row the system adds, and its highest score
   * @return new rules
   * @throws NullPointerException if the argument is null
   */
  public IndicatorRules withDefaultCostRow(DefaultCostRow defaultCostRow) {
    return new IndicatorRules(
        bandSeverity,
        remarkRequired,
        remarkFactor,
        remarkAtZeroTarget,
        overAchievementDeduction,
        deviationFlags,
        deductions,
        Optional.of(defaultCostRow),
        droppedTargets,
        positiveWeights,
        textLimits);
  }

  /**
   * These rules with dropped targets checked, or not (§2.11).
   *
   * @param droppedTargets whether an indicator with a year-start target and no annual one must
   *     score 0
   * @return new rules
   */
  public IndicatorRules withDroppedTargets(boolean droppedTargets) {
    return new IndicatorRules(
        bandSeverity,
        remarkRequired,
        remarkFactor,
        remarkAtZeroTarget,
        overAchievementDeduction,
        deviationFlags,
        deductions,
        defaultCostRow,
        droppedTargets,
        positiveWeights,
        textLimits);
  }

  /**
   * These rules with positive weights required, or not (§2.12).
   *
   * @param positiveWeights whether every indicator that is not a placeholder must be weighted above
   *     0
   * @return new rules
   */
  public IndicatorRules withPositiveWeights(boolean positiveWeights) {
    return new IndicatorRules(
        bandSeverity,
        remarkRequired,
        remarkFactor,
        remarkAtZeroTarget,
        overAchievementDeduction,
        deviationFlags,
        deductions,
        defaultCostRow,
        droppedTargets,
        positiveWeights,
        textLimits);
  }

  /**
   * These rules with other text limits (§2.13).
   *
   * @param textLimits the longest texts allowed
   * @return new rules
   * @throws NullPointerException if the argument is null
   */
  public IndicatorRules withTextLimits(TextLimits textLimits) {
    return new IndicatorRules(
        bandSeverity,
        remarkRequired,
        remarkFactor,
        remarkAtZeroTarget,
        overAchievementDeduction,
        deviationFlags,
        deductions,
        defaultCostRow,
        droppedTargets,
        positiveWeights,
        textLimits);
  }

  /**
   * The over-achievement deduction of §2.6: an at-least suggestion loses {@code points} where the
   * actual reaches {@code factor} times the year-start target.
   *
   * @param factor the factor of the year-start target: at least 1
   * @param points the points lost: above 0
   */
  public record OverAchievementDeduction(BigDecimal factor, BigDecimal points) {
    /**
     * Checks the bounds.
     *
     * @param factor the factor of the year-start target: at least 1
     * @param points the points lost: above 0
     * @throws IllegalArgumentException if a bound is out of range
     * @throws NullPointerException if an argument is null
     */
    public OverAchievementDeduction {
      Objects.requireNonNull(factor, "factor must not be null");
      Objects.requireNonNull(points, "points must not be null");
      if (factor.compareTo(BigDecimal.ONE) < 0) {
        throw new IllegalArgumentException("factor must be at least 1: " + factor);
      }
      if (points.signum() <= 0) {
        throw new IllegalArgumentException("points must be above 0: " + points);
      }
    }
  }

  /**
   * The cost row a province's system adds to a project that filled in none (§2.10, 山西): its target
   * as written, and the highest score it may take.
   *
   * @param target the target the system writes, {@code 未填报}
   * @param maxScore the highest score: not negative
   */
  public record DefaultCostRow(String target, BigDecimal maxScore) {
    /**
     * Checks the arguments.
     *
     * @param target the target the system writes: not blank
     * @param maxScore the highest score: not negative
     * @throws IllegalArgumentException if the target is blank or the score negative
     * @throws NullPointerException if an argument is null
     */
    public DefaultCostRow {
      Objects.requireNonNull(target, "target must not be null");
      Objects.requireNonNull(maxScore, "maxScore must not be null");
      if (target.isBlank()) {
        throw new IllegalArgumentException("target must not be blank");
      }
      if (maxScore.signum() < 0) {
        throw new IllegalArgumentException("maxScore must not be negative: " + maxScore);
      }
    }
  }

  /**
   * The longest texts allowed, in Unicode code points after trimming (§2.13); empty where there is
   * no limit.
   *
   * @param goalsExpected the limit of 年度总体目标's 预期目标
   * @param goalsAchieved the limit of its 实际完成情况 (四川: 100)
   * @param deviation the limit of every indicator's 偏差原因分析及改进措施
   */
  public record TextLimits(
      Optional<Integer> goalsExpected,
      Optional<Integer> goalsAchieved,
      Optional<Integer> deviation) {

    /** No limits. */
    public static final TextLimits NONE =
        new TextLimits(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks that every limit is at least 1.
     *
     * @param goalsExpected the limit of 预期目标, or empty
     * @param goalsAchieved the limit of 实际完成情况, or empty
     * @param deviation the limit of every deviation text, or empty
     * @throws IllegalArgumentException if a limit is below 1
     * @throws NullPointerException if an argument is null
     */
    public TextLimits {
      requireAtLeastOne(goalsExpected, "goalsExpected");
      requireAtLeastOne(goalsAchieved, "goalsAchieved");
      requireAtLeastOne(deviation, "deviation");
    }

    private static void requireAtLeastOne(Optional<Integer> limit, String name) {
      Objects.requireNonNull(limit, () -> name + " must not be null");
      limit.ifPresent(
          value -> {
            if (value < 1) {
              throw new IllegalArgumentException(name + " must be at least 1: " + value);
            }
          });
    }
  }
}
