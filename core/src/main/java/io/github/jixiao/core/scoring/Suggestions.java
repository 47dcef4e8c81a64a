package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.reading.Direction;
import io.github.jixiao.core.reading.Quantity;
import io.github.jixiao.core.reading.Reading;
import io.github.jixiao.core.reading.Unit;
import io.github.jixiao.core.reading.ValueReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The suggested score of one indicator and its INFO findings, as docs/scoring-rules.md §2.2–2.3
 * says, from its target and actual value as the {@link ValueReader} reads them; and the check of
 * the points claimed against the execution rate. A pure function of the policy, the reader and the
 * indicator; thread-safe.
 *
 * <pre>{@code
 * Suggestions.Advice advice =
 *     Suggestions.DEFAULT.assess(FormPath.indicator(0, 3, 0), Category.COST, indicator);
 * advice.assessment().suggestedScore();  // Optional[12.5] for 100万元 against 14.28
 * }</pre>
 */
public final class Suggestions {

  /** The suggestions of {@link ScoringPolicy#DEFAULT}, reading with {@link ValueReader#DEFAULT}. */
  public static final Suggestions DEFAULT =
      new Suggestions(ScoringPolicy.DEFAULT, ValueReader.DEFAULT);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ScoringPolicy policy;
  private final SuggestionPolicy rules;
  private final ValueReader reader;

  /**
   * Suggestions under a policy (its {@link SuggestionPolicy}, rounding and comparisons), reading
   * targets and actual values with the given reader.
   *
   * @param policy the policy
   * @param reader the reader of targets and actual values
   * @throws NullPointerException if an argument is null
   */
  public Suggestions(ScoringPolicy policy, ValueReader reader) {
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.rules = policy.suggestions();
    this.reader = Objects.requireNonNull(reader, "reader must not be null");
  }

  /**
   * The assessment of an indicator and its findings, split by the cell they are about, so that a
   * caller can keep the form's order (actual before score).
   *
   * @param assessment how the target and actual were read, and the suggested score
   * @param onActual the findings on the actual value ({@code FAR_ABOVE_TARGET}, {@code
   *     ACTUAL_NOT_COMPARABLE})
   * @param onScore the findings on the score ({@code SUGGESTED_SCORE_DIFFERS})
   */
  public record Advice(
      IndicatorAssessment assessment, List<Finding> onActual, List<Finding> onScore) {

    /**
     * Copies the lists.
     *
     * @param assessment how the target and actual were read, and the suggested score
     * @param onActual the findings on the actual value ({@code FAR_ABOVE_TARGET}, {@code
     *     ACTUAL_NOT_COMPARABLE})
     * @param onScore the findings on the score ({@code SUGGESTED_SCORE_DIFFERS})
     * @throws NullPointerException if an argument or a list element is null
     */
    public Advice {
      Objects.requireNonNull(assessment, "assessment must not be null");
      // Most indicators have no advice: the shared empty list, not a copy of an empty one.
      onActual = onActual.isEmpty() ? List.of() : List.copyOf(onActual);
      onScore = onScore.isEmpty() ? List.of() : List.copyOf(onScore);
    }
  }

  /**
   * Assesses one indicator.
   *
   * @param path the indicator's place, {@code $.levels[i].categories[j].indicators[k]}
   * @param category its category: under 成本指标 a bare number is a cap
   * @param indicator the indicator
   * @return its assessment and INFO findings; no finding for a placeholder row (weight 0), and no
   *     suggestion nor finding for a 不适用 indicator, nor for one whose target was dropped ({@link
   *     Indicator#targetDropped()})
   * @throws NullPointerException if an argument is null
   */
  public Advice assess(FormPath path, Category category, Indicator indicator) {
    // A target dropped at the mid-year adjustment (docs/scoring-rules.md §2.2) is a blank target:
    // read as nothing, it gives no suggestion and no advice; the year-start target is not read.
    Reading target = readTarget(category, indicator);
    Reading actual = reader.readActual(indicator.actual().orElse(null), category, target);
    BigDecimal weight = indicator.weight();
    Optional<String> name = Optional.of(indicator.name());
    List<Finding> onActual = new ArrayList<>(0);
    List<Finding> onScore = new ArrayList<>(0);
    Optional<BigDecimal> suggested = Optional.empty();

    Optional<Quantity> bound = quantity(target);
    if (target instanceof Reading.Zero) {
      // rule-profiles §1.2: met by 0 only; never far above.
      Optional<BigDecimal> count = zeroCount(actual);
      if (count.isEmpty()) {
        onActual.add(notComparable(path, name));
      } else {
        suggested = Optional.of(count.get().signum() <= 0 ? weight : BigDecimal.ZERO);
      }
    } else if (bound.isPresent()) {
      Optional<BigDecimal> achieved = comparable(actual, bound.get().unit());
      if (achieved.isEmpty()) {
        onActual.add(notComparable(path, name));
      } else if (target instanceof Reading.AtLeast) {
        suggested = Optional.of(atLeast(weight, bound.get(), achieved.get()));
        if (isFarAbove(indicator, bound.get(), achieved.get())) {
          onActual.add(
              new Finding(
                  FindingCode.FAR_ABOVE_TARGET,
                  path.cell(IndicatorCell.ACTUAL),
                  Optional.of(bound.get().value()),
                  Optional.of(
                      policy.rounding().divide(achieved.get(), bound.get().unit().factor())),
                  name));
        }
      } else {
        suggested = Optional.of(atMost(weight, bound.get().base(), achieved.get()));
      }
    } else if (target instanceof Reading.Deadline deadline) {
      if (actual instanceof Reading.Deadline done) {
        // A missed deadline is left to judgement: no suggestion.
        suggested = done.by().isAfter(deadline.by()) ? Optional.empty() : Optional.of(weight);
      } else if (isDone(actual) || restates(target, actual)) {
        suggested = Optional.of(weight);
      } else {
        onActual.add(notComparable(path, name));
      }
    } else if (target instanceof Reading.Qualitative qualitative) {
      Optional<QualitativeBand> band = QualitativeBand.stated(indicator.actual());
      if (band.isPresent()) {
        // rule-profiles §1.1: a stated 部分达成 or 未达成 is no confirmation, whatever it contains.
        if (band.get() == QualitativeBand.ACHIEVED) {
          suggested = Optional.of(topOfFirstBand(weight));
        }
      } else if (confirms(qualitative, actual)) {
        // 财预〔2020〕10号: 达成 scores 80–100% of the weight; the suggestion is the top of the band.
        suggested = Optional.of(topOfFirstBand(weight));
      }
    } else if (target instanceof Reading.ListOf && restates(target, actual)) {
      suggested = Optional.of(weight);
    }

    // The full weight as well is reported as every figure is: 3.125 as 3.13.
    suggested = suggested.map(policy.rounding()::round);
    // rule-profiles §2.5: then the over-achievement points, then the 扣减分数, each floored at 0.
    if (suggested.isPresent() && target instanceof Reading.AtLeast atLeast) {
      suggested = overAchieved(category, indicator, atLeast.quantity(), actual, suggested.get());
    }
    if (suggested.isPresent() && policy.indicatorRules().deductions()) {
      suggested = Optional.of(less(suggested.get(), indicator.deduction().orElse(BigDecimal.ZERO)));
    }
    if (weight.signum() == 0 || indicator.notApplicable()) {
      // A placeholder row takes no part in scoring, nor in advice; a 不适用 indicator no part in
      // advice (docs/scoring-rules.md §1.10).
      onActual.clear();
    }
    if (indicator.notApplicable()) {
      suggested = Optional.empty();
    }
    if (suggested.isPresent()
        && indicator.score().isPresent()
        && policy.compare(suggested.get(), indicator.score().get()) != 0) {
      onScore.add(
          new Finding(
              FindingCode.SUGGESTED_SCORE_DIFFERS,
              path.cell(IndicatorCell.SCORE),
              suggested,
              indicator.score(),
              name));
    }
    return new Advice(new IndicatorAssessment(path, target, actual, suggested), onActual, onScore);
  }

  /**
   * Full output claimed on little spending, which reviewers look for: the indicators' share of
   * their weight above the execution rate by more than the policy's margin ({@code
   * SCORES_AHEAD_OF_SPENDING}).
   *
   * @param funding the scored execution row
   * @param weights the sum of all indicator weights
   * @param scores the sum of all indicator scores
   * @return the finding, at {@code $.levels}; empty where the share keeps pace, where there is no
   *     rate or no weight, or where suggestions are off
   * @throws NullPointerException if an argument is null
   */
  public Optional<Finding> aheadOfSpending(
      FundingScore funding, BigDecimal weights, BigDecimal scores) {
    if (!rules.enabled() || funding.executionRate().isEmpty() || weights.signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal rate = funding.executionRate().get();
    BigDecimal share = policy.rounding().divide(scores.multiply(HUNDRED), weights);
    BigDecimal threshold = rate.multiply(BigDecimal.ONE.add(rules.aheadOfSpendingMargin()));
    if (share.compareTo(threshold) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        FundingScorer.finding(FindingCode.SCORES_AHEAD_OF_SPENDING, FormPath.LEVELS, rate, share));
  }

  /**
   * The reading of an indicator's target, as {@link #assess} reads it.
   *
   * @param category the indicator's category
   * @param indicator the indicator
   * @return the reading of its {@code target}
   */
  Reading readTarget(Category category, Indicator indicator) {
    return reader.read(indicator.target().orElse(null), category);
  }

  /**
   * The readings of an indicator's target and actual value, with no suggestion: what the profile
   * rules read where suggestions are off.
   *
   * @param path the indicator's place
   * @param category the indicator's category
   * @param indicator the indicator
   * @return the readings
   */
  IndicatorAssessment read(FormPath path, Category category, Indicator indicator) {
    Reading target = readTarget(category, indicator);
    return new IndicatorAssessment(
        path,
        target,
        reader.readActual(indicator.actual().orElse(null), category, target),
        Optional.empty());
  }

  /**
   * rule-profiles §2.6: an at-least suggestion loses the profile's points where the actual reaches
   * its factor of the year-start target ({@code initialTarget} where it reads as an at-least value
   * in the target's unit, else the target).
   */
  private Optional<BigDecimal> overAchieved(
      Category category, Indicator indicator, Quantity target, Reading actual, BigDecimal base) {
    Optional<IndicatorRules.OverAchievementDeduction> rule =
        policy.indicatorRules().overAchievementDeduction();
    Optional<BigDecimal> achieved = comparable(actual, target.unit());
    if (rule.isEmpty() || achieved.isEmpty()) {
      return Optional.of(base);
    }
    BigDecimal initial = target.base();
    Reading year = reader.read(indicator.initialTarget().orElse(null), category);
    if (year instanceof Reading.AtLeast start
        && start.quantity().unit().isComparableWith(target.unit())) {
      initial = start.quantity().base();
    }
    if (initial.signum() > 0
        && achieved.get().compareTo(initial.multiply(rule.get().factor())) >= 0) {
      return Optional.of(less(base, rule.get().points()));
    }
    return Optional.of(base);
  }

  /** max(0, figure − points), rounded. */
  private BigDecimal less(BigDecimal figure, BigDecimal points) {
    BigDecimal less = policy.rounding().round(figure.subtract(points));
    return less.signum() < 0 ? BigDecimal.ZERO : less;
  }

  /** 财预〔2020〕10号: 达成 scores 80–100% of the weight; the suggestion is the top of the band. */
  private BigDecimal topOfFirstBand(BigDecimal weight) {
    return policy
        .rounding()
        .divide(weight.multiply(rules.qualitativeBands().achievedTop()), HUNDRED);
  }

  /**
   * The count an actual value gives against a zero target ({@link ValueReader#readActual} reads a
   * comparable one as at least a count); empty where it gives nothing to compare.
   *
   * @param actual the actual value's reading against a zero target
   * @return the count, in the target's unit
   */
  static Optional<BigDecimal> zeroCount(Reading actual) {
    return actual instanceof Reading.AtLeast count
        ? Optional.of(count.quantity().value())
        : Optional.empty();
  }

  /** 财预〔2020〕10号: 未完成的按照完成值与指标值的比例记分. */
  private BigDecimal atLeast(BigDecimal weight, Quantity target, BigDecimal achieved) {
    BigDecimal floor = target.base();
    if (achieved.compareTo(floor) >= 0 || floor.signum() == 0) {
      return weight;
    }
    return policy.rounding().divide(weight.multiply(achieved), floor);
  }

  private BigDecimal atMost(BigDecimal weight, BigDecimal cap, BigDecimal achieved) {
    if (achieved.compareTo(cap) <= 0) {
      return weight;
    }
    if (rules.atMostFormula() == SuggestionPolicy.AtMostFormula.RATIO) {
      return policy.rounding().divide(weight.multiply(cap), achieved);
    }
    if (cap.signum() == 0) {
      return BigDecimal.ZERO;
    }
    // weight × (1 − (actual − target) ÷ target) = weight × (2·target − actual) ÷ target, from 0.
    BigDecimal linear =
        policy.rounding().divide(weight.multiply(cap.add(cap).subtract(achieved)), cap);
    return linear.signum() < 0 ? BigDecimal.ZERO : linear;
  }

  private boolean isFarAbove(Indicator indicator, Quantity target, BigDecimal achieved) {
    BigDecimal floor = target.base();
    // The product last: most indicators fail a cheaper test first.
    return floor.signum() > 0
        && indicator.deviation().isEmpty()
        && indicator.score().filter(s -> policy.compare(s, indicator.weight()) == 0).isPresent()
        && achieved.compareTo(floor.multiply(rules.farAboveFactor())) >= 0;
  }

  private static Finding notComparable(FormPath path, Optional<String> name) {
    return new Finding(
        FindingCode.ACTUAL_NOT_COMPARABLE,
        path.cell(IndicatorCell.ACTUAL),
        Optional.empty(),
        Optional.empty(),
        name);
  }

  static Optional<Quantity> quantity(Reading reading) {
    if (reading instanceof Reading.AtLeast atLeast) {
      return Optional.of(atLeast.quantity());
    }
    if (reading instanceof Reading.AtMost atMost) {
      return Optional.of(atMost.quantity());
    }
    return Optional.empty();
  }

  /** The actual value in the target unit's base, where the two can be compared. */
  static Optional<BigDecimal> comparable(Reading actual, Unit unit) {
    Optional<Quantity> quantity = quantity(actual);
    if (quantity.isPresent()) {
      return quantity.filter(q -> q.unit().isComparableWith(unit)).map(Quantity::base);
    }
    if (actual instanceof Reading.ListOf list
        && (unit.dimension() == Unit.Dimension.COUNT || unit.dimension() == Unit.Dimension.NONE)) {
      // 电视、广播、自媒体 against ≥3种: three.
      return Optional.of(BigDecimal.valueOf(list.items().size()));
    }
    return Optional.empty();
  }

  private static boolean isDone(Reading actual) {
    String text = actual.text();
    return text.contains("完成") && !text.contains("未");
  }

  private static boolean restates(Reading target, Reading actual) {
    return target.normalizedText().equals(actual.normalizedText());
  }

  private static boolean confirms(Reading.Qualitative target, Reading actual) {
    // Restated, or contained: 明显提升 confirms 提升.
    if (actual.normalizedText().contains(target.normalizedText())) {
      return true;
    }
    return target.direction() != Direction.STATE
        && actual instanceof Reading.Qualitative result
        && result.direction() == target.direction();
  }
}
