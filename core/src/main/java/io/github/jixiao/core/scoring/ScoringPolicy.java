package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.Level;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The choices the scoring rules leave open, with the national method's values as defaults. A value:
 * change one choice with a {@code with…} method and pass the policy to {@link
 * ProjectScorer#withPolicy}.
 *
 * <pre>{@code
 * ScoringPolicy lenient = ScoringPolicy.DEFAULT.withTolerance(new BigDecimal("0.01"));
 * Scorecard card = ProjectScorer.withPolicy(lenient).score(project);
 * }</pre>
 *
 * @param fundingWeight the weight of the execution row where the form gives none (10)
 * @param levelWeights the standard weight of each level, for every level: 产出 50, 效益 30, 满意度 10, and
 *     成本 0 (it shares 产出's where {@code costSharesOutput})
 * @param costSharesOutput where a form has a 成本 level, whether 产出 and 成本 together are held against
 *     产出's standard weight (财预〔2021〕101号: 成本 was part of 产出's 50), rather than each against its own
 *     (true)
 * @param fullMarks what all indicator weights and the funding weight must add up to (100)
 * @param rounding how reported figures are rounded (2 places, half-up)
 * @param gradeBands the lowest total of each grade (90 / 80 / 60)
 * @param tolerance how far two rounded figures may differ and still agree (0)
 * @param suggestions the suggested-score rules (docs/scoring-rules.md §2)
 * @param fundingFormula how the funding row scores ({@link FundingFormula#LINEAR})
 * @param fundingSteps the steps of a {@link FundingFormula#STEPPED} funding score, their {@code
 *     from} strictly descending; empty for {@link FundingFormula#LINEAR}
 * @param levelStandard what the levels' weights are held against ({@link LevelStandard#PER_LEVEL}:
 *     {@code levelWeights})
 * @param levelTotal the standard of all levels together under {@link LevelStandard#TOTAL_ONLY} (90)
 * @param totalCaps the caps on the total by the execution rate, their {@code below} strictly
 *     descending (none)
 * @param indicatorRules the per-indicator rules a profile may add ({@link IndicatorRules#DEFAULT})
 */
public record ScoringPolicy(
    BigDecimal fundingWeight,
    Map<Level, BigDecimal> levelWeights,
    boolean costSharesOutput,
    BigDecimal fullMarks,
    Rounding rounding,
    GradeBands gradeBands,
    BigDecimal tolerance,
    SuggestionPolicy suggestions,
    FundingFormula fundingFormula,
    List<FundingStep> fundingSteps,
    LevelStandard levelStandard,
    BigDecimal levelTotal,
    List<TotalCap> totalCaps,
    IndicatorRules indicatorRules) {

  /** The national method's values. */
  public static final ScoringPolicy DEFAULT =
      new ScoringPolicy(
          BigDecimal.TEN,
          standardLevelWeights(),
          true,
          BigDecimal.valueOf(100),
          Rounding.DEFAULT,
          GradeBands.DEFAULT,
          BigDecimal.ZERO,
          SuggestionPolicy.DEFAULT,
          FundingFormula.LINEAR,
          List.of(),
          LevelStandard.PER_LEVEL,
          BigDecimal.valueOf(90),
          List.of(),
          IndicatorRules.DEFAULT);

  /**
   * Checks the arguments and copies the map.
   *
   * @param fundingWeight the weight of the execution row where the form gives none (10)
   * @param levelWeights the standard weight of each level, for every level: 产出 50, 效益 30, 满意度 10,
   *     and 成本 0 (it shares 产出's where {@code costSharesOutput})
   * @param costSharesOutput where a form has a 成本 level, whether 产出 and 成本 together are held
   *     against 产出's standard weight (财预〔2021〕101号: 成本 was part of 产出's 50), rather than each
   *     against its own (true)
   * @param fullMarks what all indicator weights and the funding weight must add up to (100)
   * @param rounding how reported figures are rounded (2 places, half-up)
   * @param gradeBands the lowest total of each grade (90 / 80 / 60)
   * @param tolerance how far two rounded figures may differ and still agree (0)
   * @param suggestions the suggested-score rules (docs/scoring-rules.md §2)
   * @param fundingFormula how the funding row scores
   * @param fundingSteps the steps of a stepped funding score, strictly descending; empty for a
   *     linear one
   * @param levelStandard what the levels' weights are held against
   * @param levelTotal the standard of all levels together under {@link LevelStandard#TOTAL_ONLY}: 0
   *     &lt; levelTotal ≤ 100
   * @param totalCaps the caps on the total by the execution rate, strictly descending
   * @param indicatorRules the per-indicator rules a profile may add
   * @throws IllegalArgumentException if a level has no weight, a weight or the tolerance is
   *     negative, the steps do not fit the formula or do not descend, the level total is out of
   *     range or the caps do not descend
   * @throws NullPointerException if an argument is null
   */
  public ScoringPolicy {
    requireNotNegative(fundingWeight, "fundingWeight");
    Objects.requireNonNull(levelWeights, "levelWeights must not be null");
    EnumMap<Level, BigDecimal> copy = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      BigDecimal weight = levelWeights.get(level);
      if (weight == null) {
        throw new IllegalArgumentException("levelWeights has no weight for " + level);
      }
      copy.put(level, requireNotNegative(weight, "levelWeights[" + level + "]"));
    }
    levelWeights = Map.copyOf(copy);
    requireNotNegative(fullMarks, "fullMarks");
    Objects.requireNonNull(rounding, "rounding must not be null");
    Objects.requireNonNull(gradeBands, "gradeBands must not be null");
    requireNotNegative(tolerance, "tolerance");
    Objects.requireNonNull(suggestions, "suggestions must not be null");
    Objects.requireNonNull(fundingFormula, "fundingFormula must not be null");
    fundingSteps = List.copyOf(fundingSteps);
    if ((fundingFormula == FundingFormula.STEPPED) == fundingSteps.isEmpty()) {
      throw new IllegalArgumentException(
          fundingFormula == FundingFormula.STEPPED
              ? "a STEPPED funding formula needs steps"
              : "a LINEAR funding formula takes no steps");
    }
    requireDescending(fundingSteps.stream().map(FundingStep::from).toList(), "fundingSteps");
    Objects.requireNonNull(levelStandard, "levelStandard must not be null");
    Objects.requireNonNull(levelTotal, "levelTotal must not be null");
    if (levelTotal.signum() <= 0 || levelTotal.compareTo(Percent.HUNDRED) > 0) {
      throw new IllegalArgumentException(
          "levelTotal must be above 0 and at most 100: " + levelTotal);
    }
    totalCaps = List.copyOf(totalCaps);
    requireDescending(totalCaps.stream().map(TotalCap::below).toList(), "totalCaps");
    Objects.requireNonNull(indicatorRules, "indicatorRules must not be null");
  }

  /**
   * The standard weight of a level under this policy.
   *
   * @param level the level
   * @return its weight
   */
  public BigDecimal levelWeight(Level level) {
    return levelWeights.get(level);
  }

  /**
   * This policy with another funding weight.
   *
   * @param fundingWeight the weight of the execution row where the form gives none
   * @return a new policy
   */
  public ScoringPolicy withFundingWeight(BigDecimal fundingWeight) {
    return with(choices -> choices.fundingWeight = fundingWeight);
  }

  /**
   * This policy with other standard level weights: a province that weights 产出 60 and 效益 20 says
   * {@code withLevelWeights(Map.of(Level.OUTPUT, new BigDecimal("60"), Level.BENEFIT, new
   * BigDecimal("20")))}.
   *
   * @param levelWeights the weights of the levels to change; the others keep this policy's
   * @return a new policy
   * @throws IllegalArgumentException if a weight is negative
   */
  public ScoringPolicy withLevelWeights(Map<Level, BigDecimal> levelWeights) {
    EnumMap<Level, BigDecimal> merged = new EnumMap<>(this.levelWeights);
    merged.putAll(levelWeights);
    return with(choices -> choices.levelWeights = merged);
  }

  /**
   * This policy with 成本, where a form has it as a level, sharing 产出's standard weight or held
   * against its own.
   *
   * @param costSharesOutput true for 产出 + 成本 against 产出's standard, false for each its own
   * @return a new policy
   */
  public ScoringPolicy withCostSharingOutput(boolean costSharesOutput) {
    return with(choices -> choices.costSharesOutput = costSharesOutput);
  }

  /**
   * This policy with another full mark.
   *
   * @param fullMarks what all weights must add up to
   * @return a new policy
   */
  public ScoringPolicy withFullMarks(BigDecimal fullMarks) {
    return with(choices -> choices.fullMarks = fullMarks);
  }

  /**
   * This policy with another rounding.
   *
   * @param rounding how reported figures are rounded
   * @return a new policy
   */
  public ScoringPolicy withRounding(Rounding rounding) {
    return with(choices -> choices.rounding = rounding);
  }

  /**
   * This policy with other grade bands.
   *
   * @param gradeBands the lowest total of each grade
   * @return a new policy
   */
  public ScoringPolicy withGradeBands(GradeBands gradeBands) {
    return with(choices -> choices.gradeBands = gradeBands);
  }

  /**
   * This policy with another comparison tolerance.
   *
   * @param tolerance how far two rounded figures may differ and still agree
   * @return a new policy
   */
  public ScoringPolicy withTolerance(BigDecimal tolerance) {
    return with(choices -> choices.tolerance = tolerance);
  }

  /**
   * This policy with other suggested-score rules.
   *
   * @param suggestions the rules, or {@code SuggestionPolicy.DEFAULT.withEnabled(false)} for none
   * @return a new policy
   */
  public ScoringPolicy withSuggestions(SuggestionPolicy suggestions) {
    return with(choices -> choices.suggestions = suggestions);
  }

  /**
   * This policy with another funding formula and its steps.
   *
   * @param fundingFormula how the funding row scores
   * @param fundingSteps its steps, strictly descending; empty for {@link FundingFormula#LINEAR}
   * @return a new policy
   * @throws IllegalArgumentException if the steps do not fit the formula or do not descend
   */
  public ScoringPolicy withFundingFormula(
      FundingFormula fundingFormula, List<FundingStep> fundingSteps) {
    return with(
        choices -> {
          choices.fundingFormula = fundingFormula;
          choices.fundingSteps = fundingSteps;
        });
  }

  /**
   * This policy with another level standard.
   *
   * @param levelStandard what the levels' weights are held against
   * @return a new policy
   */
  public ScoringPolicy withLevelStandard(LevelStandard levelStandard) {
    return with(choices -> choices.levelStandard = levelStandard);
  }

  /**
   * This policy with another standard of all levels together, for {@link LevelStandard#TOTAL_ONLY}.
   *
   * @param levelTotal the standard: 0 &lt; levelTotal ≤ 100
   * @return a new policy
   */
  public ScoringPolicy withLevelTotal(BigDecimal levelTotal) {
    return with(choices -> choices.levelTotal = levelTotal);
  }

  /**
   * This policy with other caps on the total by the execution rate.
   *
   * @param totalCaps the caps, their {@code below} strictly descending; empty for none
   * @return a new policy
   */
  public ScoringPolicy withTotalCaps(List<TotalCap> totalCaps) {
    return with(choices -> choices.totalCaps = totalCaps);
  }

  /**
   * This policy with other per-indicator rules.
   *
   * @param indicatorRules the rules
   * @return a new policy
   */
  public ScoringPolicy withIndicatorRules(IndicatorRules indicatorRules) {
    return with(choices -> choices.indicatorRules = indicatorRules);
  }

  /**
   * Compares two figures as the rules do: both rounded, then their difference against the
   * tolerance.
   *
   * @param left one figure
   * @param right the other
   * @return a negative number, zero or a positive number as {@code left} is below, level with or
   *     above {@code right}
   */
  public int compare(BigDecimal left, BigDecimal right) {
    // Runs several times per indicator: rounded to the scale without canonical zeros, and with no
    // tolerance the order of the rounded figures is the answer.
    BigDecimal l = rounding.toScale(left);
    BigDecimal r = rounding.toScale(right);
    if (tolerance.signum() == 0) {
      return l.compareTo(r);
    }
    BigDecimal difference = l.subtract(r);
    return difference.abs().compareTo(tolerance) <= 0 ? 0 : difference.signum();
  }

  /** This policy with one choice changed: its choices copied, changed, and checked again. */
  private ScoringPolicy with(Consumer<Choices> change) {
    Choices choices = new Choices(this);
    change.accept(choices);
    return new ScoringPolicy(
        choices.fundingWeight,
        choices.levelWeights,
        choices.costSharesOutput,
        choices.fullMarks,
        choices.rounding,
        choices.gradeBands,
        choices.tolerance,
        choices.suggestions,
        choices.fundingFormula,
        choices.fundingSteps,
        choices.levelStandard,
        choices.levelTotal,
        choices.totalCaps,
        choices.indicatorRules);
  }

  /** A policy's choices, for one {@code with…} method to change. */
  private static final class Choices {
    BigDecimal fundingWeight;
    Map<Level, BigDecimal> levelWeights;
    boolean costSharesOutput;
    BigDecimal fullMarks;
    Rounding rounding;
    GradeBands gradeBands;
    BigDecimal tolerance;
    SuggestionPolicy suggestions;
    FundingFormula fundingFormula;
    List<FundingStep> fundingSteps;
    LevelStandard levelStandard;
    BigDecimal levelTotal;
    List<TotalCap> totalCaps;
    IndicatorRules indicatorRules;

    Choices(ScoringPolicy policy) {
      fundingWeight = policy.fundingWeight;
      levelWeights = policy.levelWeights;
      costSharesOutput = policy.costSharesOutput;
      fullMarks = policy.fullMarks;
      rounding = policy.rounding;
      gradeBands = policy.gradeBands;
      tolerance = policy.tolerance;
      suggestions = policy.suggestions;
      fundingFormula = policy.fundingFormula;
      fundingSteps = policy.fundingSteps;
      levelStandard = policy.levelStandard;
      levelTotal = policy.levelTotal;
      totalCaps = policy.totalCaps;
      indicatorRules = policy.indicatorRules;
    }
  }

  /**
   * 财预〔2020〕10号: 产出 50, 效益 30, 满意度 10, with 10 for the execution rate; 成本 as a level (财预〔2021〕101号)
   * shares 产出's 50.
   */
  private static Map<Level, BigDecimal> standardLevelWeights() {
    return Map.of(
        Level.OUTPUT,
        BigDecimal.valueOf(50),
        Level.BENEFIT,
        BigDecimal.valueOf(30),
        Level.SATISFACTION,
        BigDecimal.TEN,
        Level.COST,
        BigDecimal.ZERO);
  }

  private static void requireDescending(List<BigDecimal> bounds, String name) {
    for (int i = 1; i < bounds.size(); i++) {
      if (bounds.get(i).compareTo(bounds.get(i - 1)) >= 0) {
        throw new IllegalArgumentException(name + " must descend strictly: " + bounds);
      }
    }
  }

  private static BigDecimal requireNotNegative(BigDecimal value, String name) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (value.signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    return value;
  }
}
