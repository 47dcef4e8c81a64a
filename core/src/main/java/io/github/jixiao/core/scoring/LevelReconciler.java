package io.github.jixiao.core.scoring;

import static java.math.BigDecimal.ZERO;

import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reconciles the weights of the indicator hierarchy (scoring-rules.md §1.5–1.6): each level's
 * indicator weights against the weight in its header and the policy's standard weight, and all
 * weights with the funding weight against full marks. A pure function of the form and the policy;
 * thread-safe.
 *
 * <pre>{@code
 * LevelReconciler.DEFAULT.reconcile(0, project.levels().get(0));
 * // [LEVEL_WEIGHT_MISMATCH at $.levels[0].weight] where 产出's weights add up to 40, not 50
 * }</pre>
 */
public final class LevelReconciler {

  /** The reconciler of {@link ScoringPolicy#DEFAULT}. */
  public static final LevelReconciler DEFAULT = new LevelReconciler(ScoringPolicy.DEFAULT);

  private final ScoringPolicy policy;

  /**
   * A reconciler that applies the given policy: its standard level weights, full marks and
   * comparisons.
   *
   * @param policy the policy
   * @throws NullPointerException if the policy is null
   */
  public LevelReconciler(ScoringPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
  }

  /**
   * The sums of one level and the findings on its header: the indicator weights against the
   * header's weight, and the header's weight against the standard.
   *
   * @param index the level's index in the form, from 0
   * @param section the level
   * @return the level's rounded sums, with the findings
   * @throws NullPointerException if the section is null
   */
  public WithFindings<LevelScore> reconcile(int index, LevelSection section) {
    Level level = section.level();
    BigDecimal weight = weights(section);
    BigDecimal standard = policy.levelWeight(level);
    BigDecimal stated = section.weight().orElse(standard);
    Optional<String> label = Optional.of(level.label());
    List<Finding> findings = new ArrayList<>(2);
    if (policy.compare(stated, weight) != 0) {
      findings.add(
          new Finding(
              FindingCode.LEVEL_WEIGHT_MISMATCH,
              FormPath.levelWeight(index),
              Optional.of(stated),
              Optional.of(weight),
              label));
    }
    if (policy.compare(stated, standard) != 0) {
      findings.add(
          new Finding(
              FindingCode.NONSTANDARD_LEVEL_WEIGHT,
              FormPath.levelWeight(index),
              Optional.of(standard),
              Optional.of(stated),
              label));
    }
    Rounding rounding = policy.rounding();
    return new WithFindings<>(
        new LevelScore(level, rounding.round(weight), rounding.round(scores(section))), findings);
  }

  /**
   * The findings on the hierarchy as a whole: a standard level the form lacks, and all indicator
   * weights with the funding weight against full marks.
   *
   * @param project the form
   * @param fundingWeight the weight of the execution row, as scored
   * @return the findings, at {@code $.levels}
   * @throws NullPointerException if an argument is null
   */
  public List<Finding> reconcileAll(Project project, BigDecimal fundingWeight) {
    List<Finding> findings = new ArrayList<>(2);
    Set<Level> missing = EnumSet.allOf(Level.class);
    BigDecimal allWeights = fundingWeight;
    for (LevelSection section : project.levels()) {
      missing.remove(section.level());
      allWeights = allWeights.add(weights(section));
    }
    for (Level level : missing) {
      BigDecimal standard = policy.levelWeight(level);
      if (standard.signum() > 0) {
        findings.add(
            new Finding(
                FindingCode.LEVEL_WEIGHT_MISMATCH,
                FormPath.LEVELS,
                Optional.of(standard),
                Optional.of(ZERO),
                Optional.of(level.label())));
      }
    }
    if (policy.compare(allWeights, policy.fullMarks()) != 0) {
      findings.add(
          FundingScorer.finding(
              FindingCode.WEIGHT_TOTAL_MISMATCH, FormPath.LEVELS, policy.fullMarks(), allWeights));
    }
    return findings;
  }

  /** The exact sum of a level's indicator weights. */
  static BigDecimal weights(LevelSection section) {
    BigDecimal sum = ZERO;
    for (CategorySection category : section.categories()) {
      for (Indicator indicator : category.indicators()) {
        sum = sum.add(indicator.weight());
      }
    }
    return sum;
  }

  /** The exact sum of a level's indicator scores, a blank score counting 0. */
  static BigDecimal scores(LevelSection section) {
    BigDecimal sum = ZERO;
    for (CategorySection category : section.categories()) {
      for (Indicator indicator : category.indicators()) {
        if (indicator.score().isPresent()) {
          sum = sum.add(indicator.score().get());
        }
      }
    }
    return sum;
  }
}
