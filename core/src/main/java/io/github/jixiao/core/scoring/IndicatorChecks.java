package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks one indicator (三级指标, docs/scoring-rules.md §1.7): a score above its weight, a weighted
 * indicator with no score, a deduction with no reason (unless the indicator is 不适用); the national
 * additions of rule-profiles §1 (a score outside the qualitative band its actual value states, a
 * target missed at full score with no reason) and the rules of the policy's {@link IndicatorRules};
 * and, where the policy asks for them, its suggested score and advice from {@link Suggestions}. A
 * pure function; thread-safe.
 *
 * <pre>{@code
 * WithFindings<Optional<IndicatorAssessment>> checked =
 *     IndicatorChecks.DEFAULT.check(FormPath.indicator(0, 0, 0), Category.QUANTITY, indicator);
 * checked.findings();  // [SCORE_EXCEEDS_WEIGHT at $.levels[0].categories[0].indicators[0].score]
 * }</pre>
 */
public final class IndicatorChecks {

  /** The checks of {@link ScoringPolicy#DEFAULT}, with {@link Suggestions#DEFAULT}. */
  public static final IndicatorChecks DEFAULT =
      new IndicatorChecks(ScoringPolicy.DEFAULT, Suggestions.DEFAULT);

  private final ScoringPolicy policy;
  private final Suggestions suggestions;
  private final ProfileRules profile;

  /**
   * Checks under a policy (its comparisons, and whether suggestions are on), with the given
   * suggestions.
   *
   * @param policy the policy
   * @param suggestions the suggested-score rules, used where the policy enables them
   * @throws NullPointerException if an argument is null
   */
  public IndicatorChecks(ScoringPolicy policy, Suggestions suggestions) {
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.suggestions = Objects.requireNonNull(suggestions, "suggestions must not be null");
    this.profile = new ProfileRules(policy);
  }

  /**
   * Checks an indicator. Findings come in the order of its cells: actual, weight, score, deviation;
   * on the score, errors and warnings before the suggestion.
   *
   * @param path the indicator's place, {@code $.levels[i].categories[j].indicators[k]}
   * @param category its category
   * @param indicator the indicator
   * @return its assessment (empty where suggestions are off), with the findings
   * @throws NullPointerException if an argument is null
   */
  public WithFindings<Optional<IndicatorAssessment>> check(
      FormPath path, Category category, Indicator indicator) {
    // Runs for every indicator of every form: most have no finding, so nothing is made for one.
    Suggestions.Advice advice =
        policy.suggestions().enabled() ? suggestions.assess(path, category, indicator) : null;
    IndicatorAssessment readings =
        advice == null ? suggestions.read(path, category, indicator) : advice.assessment();
    ProfileRules.Found found = profile.check(path, category, indicator, readings);
    boolean dropped = profile.dropped(indicator);
    BigDecimal weight = indicator.weight();
    Optional<BigDecimal> score = indicator.score();
    int comparison = score.isPresent() ? policy.compare(score.get(), weight) : 0;
    boolean missing = score.isEmpty() && weight.signum() > 0 && !dropped;
    boolean unexplained =
        comparison < 0 && indicator.deviation().isEmpty() && !indicator.notApplicable() && !dropped;
    boolean none =
        !missing
            && comparison <= 0
            && !unexplained
            && found.isEmpty()
            && (advice == null || (advice.onActual().isEmpty() && advice.onScore().isEmpty()));
    if (none) {
      return new WithFindings<>(
          advice == null ? Optional.empty() : Optional.of(advice.assessment()), List.of());
    }
    List<Finding> findings = new ArrayList<>(2);
    if (advice != null) {
      findings.addAll(advice.onActual());
    }
    findings.addAll(found.onActual());
    findings.addAll(found.onWeight());
    Optional<String> name = Optional.of(indicator.name());
    if (missing) {
      findings.add(
          new Finding(
              FindingCode.MISSING_SCORE,
              path.cell(IndicatorCell.SCORE),
              Optional.of(weight),
              Optional.empty(),
              name));
    } else if (comparison > 0) {
      findings.add(
          new Finding(
              FindingCode.SCORE_EXCEEDS_WEIGHT,
              path.cell(IndicatorCell.SCORE),
              Optional.of(weight),
              score,
              name));
    }
    findings.addAll(found.onScore());
    if (advice != null) {
      findings.addAll(advice.onScore());
    }
    // 不适用 is its own reason for points not given.
    if (unexplained) {
      findings.add(
          new Finding(
              FindingCode.DEDUCTION_WITHOUT_REASON,
              path.cell(IndicatorCell.DEVIATION),
              Optional.empty(),
              Optional.empty(),
              name));
    }
    findings.addAll(found.onDeviation());
    return new WithFindings<>(
        advice == null ? Optional.empty() : Optional.of(advice.assessment()), findings);
  }
}
