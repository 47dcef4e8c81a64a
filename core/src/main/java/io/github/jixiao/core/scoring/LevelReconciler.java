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
 * Reconciles the weights of the indicator hierarchy (docs/scoring-rules.md §1.5–1.6, §1.10): each
 * level's indicator weights against the weight in its header and the policy's standard weight, the
 * 二级 labels against the standard ones, and all weights with the funding weight against full marks.
 * A pure function of the form and the policy; thread-safe.
 *
 * <pre>{@code
 * LevelReconciler.DEFAULT.reconcile(project, 0);
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
   * The sums of one level and the findings on its weight: the indicator weights against the weight
   * printed in its header (a blank header is no contradiction), and the level's weight — its
   * header's, else its indicators' sum — against the policy's standard. Where the form has a 成本
   * level and 成本 shares 产出's standard, 产出 + 成本 is held against it, at 产出.
   *
   * @param project the form
   * @param index the level's index in the form, from 0
   * @return the level's rounded sums, with the findings
   * @throws IndexOutOfBoundsException if the form has no level at that index
   * @throws NullPointerException if the project is null
   */
  public WithFindings<LevelScore> reconcile(Project project, int index) {
    LevelSection section = project.levels().get(index);
    return reconcile(project, index, weights(section), scores(section));
  }

  /** As {@link #reconcile(Project, int)}, with the level's exact sums already worked out. */
  WithFindings<LevelScore> reconcile(
      Project project, int index, BigDecimal weight, BigDecimal scoreSum) {
    LevelSection section = project.levels().get(index);
    Level level = section.level();
    List<Finding> findings = new ArrayList<>(2);
    Optional<BigDecimal> header = section.weight();
    if (header.isPresent() && policy.compare(header.get(), weight) != 0) {
      findings.add(
          new Finding(
              FindingCode.LEVEL_WEIGHT_MISMATCH,
              FormPath.levelWeight(index),
              header,
              Optional.of(weight),
              Optional.of(level.label())));
    }
    // rule-profiles §2.3: under TOTAL_ONLY the levels are split freely; only their total is held.
    if (policy.levelStandard() == LevelStandard.PER_LEVEL && hasStandard(level)) {
      BigDecimal actual = header.orElse(weight);
      String subject = level.label();
      Optional<LevelSection> cost = sharedCost(project, level);
      if (cost.isPresent()) {
        actual = actual.add(weightOf(cost.get()));
        subject = level.label() + "+" + Level.COST.label();
      }
      BigDecimal standard = policy.levelWeight(level);
      if (policy.compare(actual, standard) != 0) {
        findings.add(
            new Finding(
                FindingCode.NONSTANDARD_LEVEL_WEIGHT,
                FormPath.levelWeight(index),
                Optional.of(standard),
                Optional.of(actual),
                Optional.of(subject)));
      }
    }
    Rounding rounding = policy.rounding();
    return new WithFindings<>(
        new LevelScore(level, rounding.round(weight), rounding.round(scoreSum)), findings);
  }

  /**
   * The finding on a category's label: one that is none of the standard categories of its level
   * ({@code NONSTANDARD_CATEGORY}), kept as written.
   *
   * @param level the level's index in the form, from 0
   * @param index the category's index in its level, from 0
   * @param category the category
   * @return the finding; empty for a standard category
   * @throws NullPointerException if the category is null
   */
  public Optional<Finding> checkCategory(int level, int index, CategorySection category) {
    if (category.category().isStandard()) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            FindingCode.NONSTANDARD_CATEGORY,
            FormPath.categoryLabel(level, index),
            Optional.empty(),
            Optional.empty(),
            Optional.of(category.label())));
  }

  /**
   * The findings on the hierarchy as a whole: a standard level the form lacks (a warning: the form
   * departs from the method, but contradicts nothing), and all indicator weights with the funding
   * weight against full marks.
   *
   * @param project the form
   * @param fundingWeight the weight of the execution row, as scored
   * @return the findings, at {@code $.levels}
   * @throws NullPointerException if an argument is null
   */
  public List<Finding> reconcileAll(Project project, BigDecimal fundingWeight) {
    BigDecimal indicatorWeights = ZERO;
    for (LevelSection section : project.levels()) {
      indicatorWeights = indicatorWeights.add(weights(section));
    }
    return reconcileAll(project, fundingWeight, indicatorWeights);
  }

  /** As {@link #reconcileAll(Project, BigDecimal)}, with all indicator weights already added up. */
  List<Finding> reconcileAll(
      Project project, BigDecimal fundingWeight, BigDecimal indicatorWeights) {
    List<Finding> findings = new ArrayList<>(2);
    Set<Level> missing = EnumSet.allOf(Level.class);
    BigDecimal allWeights = fundingWeight.add(indicatorWeights);
    for (LevelSection section : project.levels()) {
      missing.remove(section.level());
    }
    if (policy.levelStandard() == LevelStandard.TOTAL_ONLY) {
      totalOnly(project).ifPresent(findings::add);
      missing.clear();
    }
    for (Level level : missing) {
      BigDecimal standard = policy.levelWeight(level);
      if (!hasStandard(level) || standard.signum() == 0) {
        continue;
      }
      // A form with a 成本 level and no 产出 still has 成本's share of 产出's standard.
      BigDecimal actual = sharedCost(project, level).map(LevelReconciler::weightOf).orElse(ZERO);
      if (policy.compare(actual, standard) != 0) {
        findings.add(
            new Finding(
                    FindingCode.NONSTANDARD_LEVEL_WEIGHT,
                    FormPath.LEVELS,
                    Optional.of(standard),
                    Optional.of(actual),
                    Optional.of(level.label()))
                .aboutLevel(level));
      }
    }
    if (policy.compare(allWeights, policy.fullMarks()) != 0) {
      findings.add(
          FundingScorer.finding(
              FindingCode.WEIGHT_TOTAL_MISMATCH, FormPath.LEVELS, policy.fullMarks(), allWeights));
    }
    return findings;
  }

  /**
   * rule-profiles §2.3 {@code TOTAL_ONLY} (四川 2023: 90; 湖北 2020: 80): the form's levels together,
   * each by its header or else its indicators, against the policy's level total; its subject the
   * levels' labels joined by {@code +}.
   */
  private Optional<Finding> totalOnly(Project project) {
    BigDecimal sum = ZERO;
    List<String> labels = new ArrayList<>();
    for (LevelSection section : project.levels()) {
      sum = sum.add(weightOf(section));
      labels.add(section.level().label());
    }
    if (policy.compare(sum, policy.levelTotal()) == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            FindingCode.NONSTANDARD_LEVEL_WEIGHT,
            FormPath.LEVELS,
            Optional.of(policy.levelTotal()),
            Optional.of(sum),
            Optional.of(String.join("+", labels))));
  }

  /** Whether a level is held against a standard of its own: not 成本 where it shares 产出's. */
  private boolean hasStandard(Level level) {
    return level != Level.COST || !policy.costSharesOutput();
  }

  /** The form's 成本 level, where it shares the standard of the given level (产出). */
  private Optional<LevelSection> sharedCost(Project project, Level level) {
    if (level != Level.OUTPUT || !policy.costSharesOutput()) {
      return Optional.empty();
    }
    return project.levels().stream().filter(s -> s.level() == Level.COST).findFirst();
  }

  /** A level's weight: its header's, else the sum of its indicators'. */
  private static BigDecimal weightOf(LevelSection section) {
    return section.weight().orElseGet(() -> weights(section));
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
