package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.reading.Direction;
import io.github.jixiao.core.reading.Quantity;
import io.github.jixiao.core.reading.Reading;
import io.github.jixiao.core.reading.Unit;
import io.github.jixiao.core.reading.ValueReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The suggested score of one indicator and its INFO findings, as scoring-rules.md §2.2 says.
 * Stateless; a function of the policy and the indicator.
 */
final class Suggestions {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ScoringPolicy policy;
  private final SuggestionPolicy rules;

  Suggestions(ScoringPolicy policy) {
    this.policy = policy;
    this.rules = policy.suggestions();
  }

  /**
   * The assessment of an indicator and its findings, split by the cell they are about, so that the
   * caller can keep the form's order (actual before score).
   */
  record Outcome(IndicatorAssessment assessment, List<Finding> onActual, List<Finding> onScore) {}

  Outcome assess(String path, Category category, Indicator indicator) {
    Reading target = ValueReader.DEFAULT.read(indicator.target().orElse(null), category);
    Reading actual =
        ValueReader.DEFAULT.readActual(indicator.actual().orElse(null), category, target);
    BigDecimal weight = indicator.weight();
    Optional<String> name = Optional.of(indicator.name());
    List<Finding> onActual = new ArrayList<>();
    List<Finding> onScore = new ArrayList<>();
    Optional<BigDecimal> suggested = Optional.empty();

    Optional<Quantity> bound = quantity(target);
    if (bound.isPresent()) {
      Optional<BigDecimal> achieved = comparable(actual, bound.get().unit());
      if (achieved.isEmpty()) {
        onActual.add(notComparable(path, name));
      } else if (target instanceof Reading.AtLeast) {
        suggested = Optional.of(atLeast(weight, bound.get(), achieved.get()));
        if (isFarAbove(indicator, bound.get(), achieved.get())) {
          onActual.add(
              new Finding(
                  FindingCode.FAR_ABOVE_TARGET,
                  path + ".actual",
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
      if (confirms(qualitative, actual)) {
        // 财预〔2020〕10号: 达成 scores 80–100% of the weight; the suggestion is the top of the band.
        suggested =
            Optional.of(
                policy
                    .rounding()
                    .divide(weight.multiply(rules.qualitativeBands().achievedTop()), HUNDRED));
      }
    } else if (target instanceof Reading.ListOf && restates(target, actual)) {
      suggested = Optional.of(weight);
    }

    // The full weight as well is reported as every figure is: 3.125 as 3.13.
    suggested = suggested.map(policy.rounding()::round);
    if (weight.signum() == 0) {
      // A placeholder row takes no part in scoring, nor in advice.
      onActual.clear();
    }
    if (suggested.isPresent()
        && indicator.score().isPresent()
        && policy.compare(suggested.get(), indicator.score().get()) != 0) {
      onScore.add(
          new Finding(
              FindingCode.SUGGESTED_SCORE_DIFFERS,
              path + ".score",
              suggested,
              indicator.score(),
              name));
    }
    return new Outcome(new IndicatorAssessment(path, target, actual, suggested), onActual, onScore);
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

  private static Finding notComparable(String path, Optional<String> name) {
    return new Finding(
        FindingCode.ACTUAL_NOT_COMPARABLE,
        path + ".actual",
        Optional.empty(),
        Optional.empty(),
        name);
  }

  private static Optional<Quantity> quantity(Reading reading) {
    if (reading instanceof Reading.AtLeast atLeast) {
      return Optional.of(atLeast.quantity());
    }
    if (reading instanceof Reading.AtMost atMost) {
      return Optional.of(atMost.quantity());
    }
    return Optional.empty();
  }

  /** The actual value in the target unit's base, where the two can be compared. */
  private static Optional<BigDecimal> comparable(Reading actual, Unit unit) {
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
