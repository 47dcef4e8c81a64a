package io.github.jixiao.core.profile;

import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.scoring.FundingFormula;
import io.github.jixiao.core.scoring.FundingStep;
import io.github.jixiao.core.scoring.GradeBands;
import io.github.jixiao.core.scoring.IndicatorRules;
import io.github.jixiao.core.scoring.IndicatorRules.DefaultCostRow;
import io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction;
import io.github.jixiao.core.scoring.IndicatorRules.TextLimits;
import io.github.jixiao.core.scoring.LevelStandard;
import io.github.jixiao.core.scoring.ScoringPolicy;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.core.scoring.SuggestionPolicy;
import io.github.jixiao.core.scoring.SuggestionPolicy.AtMostFormula;
import io.github.jixiao.core.scoring.SuggestionPolicy.QualitativeBands;
import io.github.jixiao.core.scoring.TotalCap;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A policy's profile settings taken apart, to be changed one by one and put together once: so that
 * settings that hold each other in check (a formula and its steps, the three grade bounds) may be
 * given in any order. Not thread-safe; lives only while one profile is resolved.
 */
final class PolicyDraft {
  private final ScoringPolicy base;
  BigDecimal fundingWeight;
  FundingFormula fundingFormula;
  List<FundingStep> fundingSteps;
  LevelStandard levelStandard;
  final Map<Level, BigDecimal> levelWeights;
  BigDecimal levelTotal;
  BigDecimal excellent;
  BigDecimal good;
  BigDecimal fair;
  BigDecimal achieved;
  BigDecimal partly;
  Severity bandSeverity;
  boolean remarkRequired;
  AtMostFormula atMostFormula;
  BigDecimal flagFactor;
  Optional<BigDecimal> remarkFactor;
  Optional<BigDecimal> remarkAtZeroTarget;
  Optional<OverAchievementDeduction> deduction;
  boolean deviationFlags;
  List<TotalCap> totalCaps;
  boolean deductions;
  Optional<DefaultCostRow> defaultCostRow;
  boolean droppedTargets;
  boolean positiveWeights;
  Optional<Integer> goalsExpected;
  Optional<Integer> goalsAchieved;
  Optional<Integer> deviation;

  PolicyDraft(ScoringPolicy base) {
    this.base = base;
    fundingWeight = base.fundingWeight();
    fundingFormula = base.fundingFormula();
    fundingSteps = base.fundingSteps();
    levelStandard = base.levelStandard();
    levelWeights = new EnumMap<>(base.levelWeights());
    levelTotal = base.levelTotal();
    excellent = base.gradeBands().excellent();
    good = base.gradeBands().good();
    fair = base.gradeBands().fair();
    SuggestionPolicy suggestions = base.suggestions();
    achieved = suggestions.qualitativeBands().achievedBottom();
    partly = suggestions.qualitativeBands().partlyBottom();
    atMostFormula = suggestions.atMostFormula();
    flagFactor = suggestions.farAboveFactor();
    IndicatorRules rules = base.indicatorRules();
    bandSeverity = rules.bandSeverity();
    remarkRequired = rules.remarkRequired();
    remarkFactor = rules.remarkFactor();
    remarkAtZeroTarget = rules.remarkAtZeroTarget();
    deduction = rules.overAchievementDeduction();
    deviationFlags = rules.deviationFlags();
    totalCaps = base.totalCaps();
    deductions = rules.deductions();
    defaultCostRow = rules.defaultCostRow();
    droppedTargets = rules.droppedTargets();
    positiveWeights = rules.positiveWeights();
    goalsExpected = rules.textLimits().goalsExpected();
    goalsAchieved = rules.textLimits().goalsAchieved();
    deviation = rules.textLimits().deviation();
  }

  /**
   * The base policy with every setting of this draft.
   *
   * @throws IllegalArgumentException if the settings do not fit together
   */
  ScoringPolicy build() {
    SuggestionPolicy suggestions =
        base.suggestions()
            .withAtMostFormula(atMostFormula)
            .withFarAboveFactor(flagFactor)
            .withQualitativeBands(
                new QualitativeBands(
                    base.suggestions().qualitativeBands().achievedTop(), achieved, partly));
    IndicatorRules rules =
        new IndicatorRules(
            bandSeverity,
            remarkRequired,
            remarkFactor,
            remarkAtZeroTarget,
            deduction,
            deviationFlags,
            deductions,
            defaultCostRow,
            droppedTargets,
            positiveWeights,
            new TextLimits(goalsExpected, goalsAchieved, deviation));
    return new ScoringPolicy(
        fundingWeight,
        levelWeights,
        base.costSharesOutput(),
        base.fullMarks(),
        base.rounding(),
        new GradeBands(excellent, good, fair),
        base.tolerance(),
        suggestions,
        fundingFormula,
        fundingSteps,
        levelStandard,
        levelTotal,
        totalCaps,
        rules);
  }
}
