package io.github.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The choices of the suggested-score rules (docs/scoring-rules.md §2.5), with the national method's
 * values as defaults.
 *
 * <pre>{@code
 * ScoringPolicy linear = ScoringPolicy.DEFAULT.withSuggestions(
 *     SuggestionPolicy.DEFAULT.withAtMostFormula(SuggestionPolicy.AtMostFormula.LINEAR));
 * }</pre>
 *
 * @param enabled whether suggested scores and their INFO findings are worked out at all
 * @param atMostFormula how an at-most target that is missed scores
 * @param farAboveFactor how far above an at-least target counts as far (1.2)
 * @param aheadOfSpendingMargin by how much, relative to the execution rate, the indicators' share
 *     of their weight may exceed it (0.05: 5% of the rate)
 * @param qualitativeBands the bands of a qualitative indicator, in percent of its weight
 */
public record SuggestionPolicy(
    boolean enabled,
    AtMostFormula atMostFormula,
    BigDecimal farAboveFactor,
    BigDecimal aheadOfSpendingMargin,
    QualitativeBands qualitativeBands) {

  /** The national method's values. */
  public static final SuggestionPolicy DEFAULT =
      new SuggestionPolicy(
          true,
          AtMostFormula.RATIO,
          new BigDecimal("1.2"),
          new BigDecimal("0.05"),
          QualitativeBands.DEFAULT);

  /** How a missed at-most target (actual above the cap) scores. */
  public enum AtMostFormula {
    /** weight × target ÷ actual: the default. */
    RATIO,
    /** weight × (1 − (actual − target) ÷ target), 0 from twice the target: used by some systems. */
    LINEAR
  }

  /**
   * The three bands of the national method for a qualitative indicator: 达成 from {@code
   * achievedBottom} to {@code achievedTop}, 部分达成 from {@code partlyBottom}, 未达成 below. A confirmed
   * result is suggested the top of the first band.
   *
   * @param achievedTop the top of 达成, in percent of the weight (100)
   * @param achievedBottom the bottom of 达成 (80)
   * @param partlyBottom the bottom of 部分达成 (60)
   */
  public record QualitativeBands(
      BigDecimal achievedTop, BigDecimal achievedBottom, BigDecimal partlyBottom) {

    /** 80–100 / 60–80 / 0–60%. */
    public static final QualitativeBands DEFAULT =
        new QualitativeBands(
            BigDecimal.valueOf(100), BigDecimal.valueOf(80), BigDecimal.valueOf(60));

    /**
     * Checks that the bands descend within 0 to 100.
     *
     * @param achievedTop the top of 达成, in percent of the weight (100)
     * @param achievedBottom the bottom of 达成 (80)
     * @param partlyBottom the bottom of 部分达成 (60)
     * @throws IllegalArgumentException unless 100 ≥ achievedTop ≥ achievedBottom ≥ partlyBottom ≥ 0
     */
    public QualitativeBands {
      Objects.requireNonNull(achievedTop, "achievedTop must not be null");
      Objects.requireNonNull(achievedBottom, "achievedBottom must not be null");
      Objects.requireNonNull(partlyBottom, "partlyBottom must not be null");
      if (achievedTop.compareTo(BigDecimal.valueOf(100)) > 0
          || achievedTop.compareTo(achievedBottom) < 0
          || achievedBottom.compareTo(partlyBottom) < 0
          || partlyBottom.signum() < 0) {
        throw new IllegalArgumentException(
            "bands must descend within 0 to 100: "
                + achievedTop
                + ", "
                + achievedBottom
                + ", "
                + partlyBottom);
      }
    }
  }

  /**
   * Checks the arguments.
   *
   * @param atMostFormula how an at-most target that is missed scores
   * @param farAboveFactor how far above an at-least target counts as far (1.2)
   * @param aheadOfSpendingMargin by how much, relative to the execution rate, the indicators' share
   *     of their weight may exceed it (0.05: 5% of the rate)
   * @param qualitativeBands the bands of a qualitative indicator, in percent of its weight
   * @param enabled whether suggested scores and their INFO findings are worked out at all
   * @throws IllegalArgumentException if the factor is below 1 or the margin negative
   * @throws NullPointerException if an argument is null
   */
  public SuggestionPolicy {
    Objects.requireNonNull(atMostFormula, "atMostFormula must not be null");
    Objects.requireNonNull(farAboveFactor, "farAboveFactor must not be null");
    Objects.requireNonNull(aheadOfSpendingMargin, "aheadOfSpendingMargin must not be null");
    Objects.requireNonNull(qualitativeBands, "qualitativeBands must not be null");
    if (farAboveFactor.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException("farAboveFactor must be at least 1: " + farAboveFactor);
    }
    if (aheadOfSpendingMargin.signum() < 0) {
      throw new IllegalArgumentException(
          "aheadOfSpendingMargin must not be negative: " + aheadOfSpendingMargin);
    }
  }

  /**
   * This policy, switched on or off.
   *
   * @param enabled whether suggestions are worked out
   * @return a new policy
   */
  public SuggestionPolicy withEnabled(boolean enabled) {
    return new SuggestionPolicy(
        enabled, atMostFormula, farAboveFactor, aheadOfSpendingMargin, qualitativeBands);
  }

  /**
   * This policy with another formula for a missed at-most target.
   *
   * @param atMostFormula the formula
   * @return a new policy
   */
  public SuggestionPolicy withAtMostFormula(AtMostFormula atMostFormula) {
    return new SuggestionPolicy(
        enabled, atMostFormula, farAboveFactor, aheadOfSpendingMargin, qualitativeBands);
  }

  /**
   * This policy with another far-above factor.
   *
   * @param farAboveFactor at least 1
   * @return a new policy
   */
  public SuggestionPolicy withFarAboveFactor(BigDecimal farAboveFactor) {
    return new SuggestionPolicy(
        enabled, atMostFormula, farAboveFactor, aheadOfSpendingMargin, qualitativeBands);
  }

  /**
   * This policy with another ahead-of-spending margin.
   *
   * @param aheadOfSpendingMargin relative to the rate, such as 0.05
   * @return a new policy
   */
  public SuggestionPolicy withAheadOfSpendingMargin(BigDecimal aheadOfSpendingMargin) {
    return new SuggestionPolicy(
        enabled, atMostFormula, farAboveFactor, aheadOfSpendingMargin, qualitativeBands);
  }

  /**
   * This policy with other qualitative bands.
   *
   * @param qualitativeBands the bands
   * @return a new policy
   */
  public SuggestionPolicy withQualitativeBands(QualitativeBands qualitativeBands) {
    return new SuggestionPolicy(
        enabled, atMostFormula, farAboveFactor, aheadOfSpendingMargin, qualitativeBands);
  }
}
