package io.github.jixiao.core.scoring;

import static java.math.BigDecimal.ZERO;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingRow;
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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Scores a form and reconciles its figures (勾稽关系), as scoring-rules.md §1 says: the execution rate
 * and funding score, the level sums, the total and the grade, and a finding for every figure that
 * disagrees with the others.
 *
 * <p>A pure function of the project and the policy: stateless, thread-safe, and the same form
 * always gives the same scorecard. Problems in the form are findings, never exceptions.
 *
 * <pre>{@code
 * Scorecard card = ProjectScorer.DEFAULT.score(project);
 * if (card.hasErrors()) {
 *   card.findings(Severity.ERROR).forEach(f -> System.out.println(f.message(Locale.CHINA)));
 * }
 * }</pre>
 */
public final class ProjectScorer {

  /** A scorer with the national method's defaults, {@link ScoringPolicy#DEFAULT}. */
  public static final ProjectScorer DEFAULT = new ProjectScorer(ScoringPolicy.DEFAULT);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ScoringPolicy policy;
  private final Suggestions suggestions;

  private ProjectScorer(ScoringPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.suggestions = new Suggestions(policy);
  }

  /**
   * A scorer that applies the given policy.
   *
   * @param policy the policy
   * @return the scorer
   * @throws NullPointerException if the policy is null
   */
  public static ProjectScorer withPolicy(ScoringPolicy policy) {
    return new ProjectScorer(policy);
  }

  /**
   * The policy this scorer applies.
   *
   * @return the policy
   */
  public ScoringPolicy policy() {
    return policy;
  }

  /**
   * Scores a form. Findings come in the form's order: the funding table, each level with its
   * indicators, the levels as a whole, the total.
   *
   * @param project the form
   * @return its scorecard
   * @throws NullPointerException if the project is null
   * @throws IllegalArgumentException if a number is beyond any a form can hold (such as {@code
   *     1E+999999999} in a model built in code); {@code FormValidator} rejects those first
   */
  public Scorecard score(Project project) {
    Objects.requireNonNull(project, "project must not be null");
    ScorableNumbers.require(project);
    List<Finding> findings = new ArrayList<>();
    List<IndicatorAssessment> assessments = new ArrayList<>();

    FundingScore funding = scoreFunding(project.funding(), findings);
    List<LevelScore> levels = new ArrayList<>();
    BigDecimal weightSum = ZERO;
    BigDecimal scoreSum = ZERO;
    for (int i = 0; i < project.levels().size(); i++) {
      LevelSection section = project.levels().get(i);
      BigDecimal weight = sum(section, Indicator::weight);
      BigDecimal score = sum(section, indicator -> indicator.score().orElse(ZERO));
      checkLevel(i, section, weight, findings, assessments);
      levels.add(new LevelScore(section.level(), round(weight), round(score)));
      weightSum = weightSum.add(weight);
      scoreSum = scoreSum.add(score);
    }
    checkLevelsAsAWhole(project, weightSum.add(funding.weight()), findings);
    checkSpending(funding, weightSum, scoreSum, findings);

    BigDecimal indicatorScore = round(scoreSum);
    BigDecimal total = round(indicatorScore.add(funding.score()));
    project
        .reportedTotal()
        .filter(reported -> policy.compare(reported, total) != 0)
        .ifPresent(
            reported ->
                findings.add(
                    finding(
                        FindingCode.TOTAL_SCORE_MISMATCH, Paths.REPORTED_TOTAL, total, reported)));

    return new Scorecard(
        project.projectName(),
        funding,
        levels,
        indicatorScore,
        total,
        project.reportedTotal(),
        policy.gradeBands().gradeOf(total),
        findings,
        assessments);
  }

  private FundingScore scoreFunding(FundingBreakdown funding, List<Finding> findings) {
    BigDecimal weight = funding.weight().orElse(policy.fundingWeight());
    FundingRow total = funding.total();
    Optional<BigDecimal> budget = total.adjustedBudget().filter(b -> b.signum() > 0);
    // Blank 全年执行数 counts 0, as a blank score does: nothing executed.
    BigDecimal executed = total.executed().orElse(ZERO);
    boolean overspent = budget.isPresent() && executed.compareTo(budget.get()) > 0;
    // 勾稽关系 of the breakdown: checked only once the form fills in any component cell.
    boolean hasComponents = funding.components().stream().anyMatch(row -> !row.isBlank());

    for (FundingColumn column : FundingColumn.values()) {
      if (hasComponents) {
        checkBreakdown(funding, column, findings);
      }
      String path = Paths.fundingTotal(column);
      if (column == FundingColumn.ADJUSTED_BUDGET && budget.isEmpty()) {
        findings.add(
            new Finding(
                FindingCode.NO_ADJUSTED_BUDGET,
                path,
                Optional.empty(),
                total.adjustedBudget(),
                Optional.empty()));
      }
      if (column == FundingColumn.EXECUTED && overspent) {
        findings.add(finding(FindingCode.EXECUTED_EXCEEDS_BUDGET, path, budget.get(), executed));
      }
    }

    Optional<BigDecimal> rate =
        budget.map(b -> overspent ? HUNDRED : rounding().divide(executed.multiply(HUNDRED), b));
    // From the unrounded rate: 10 × 510.54 ÷ 802 = 6.3658… → 6.37.
    BigDecimal score =
        budget
            .map(b -> overspent ? round(weight) : rounding().divide(weight.multiply(executed), b))
            .orElse(ZERO);

    rate.ifPresent(
        computed ->
            funding
                .reportedExecutionRate()
                .filter(reported -> policy.compare(reported, computed) != 0)
                .ifPresent(
                    reported ->
                        findings.add(
                            finding(
                                FindingCode.FUNDING_RATE_MISMATCH,
                                Paths.REPORTED_EXECUTION_RATE,
                                computed,
                                reported))));
    funding
        .reportedScore()
        .filter(reported -> policy.compare(reported, score) != 0)
        .ifPresent(
            reported ->
                findings.add(
                    finding(
                        FindingCode.FUNDING_SCORE_MISMATCH,
                        Paths.REPORTED_FUNDING_SCORE,
                        score,
                        reported)));
    return new FundingScore(round(weight), rate, score);
  }

  private void checkBreakdown(FundingBreakdown funding, FundingColumn column, List<Finding> out) {
    BigDecimal parts =
        funding.components().stream()
            .map(row -> row.get(column).orElse(ZERO))
            .reduce(ZERO, BigDecimal::add);
    funding
        .total()
        .get(column)
        .filter(total -> policy.compare(total, parts) != 0)
        .ifPresent(
            total ->
                out.add(
                    finding(
                        FindingCode.FUNDING_BREAKDOWN_MISMATCH,
                        Paths.fundingTotal(column),
                        parts,
                        total)));
  }

  private void checkLevel(
      int i,
      LevelSection section,
      BigDecimal weight,
      List<Finding> out,
      List<IndicatorAssessment> assessments) {
    Level level = section.level();
    BigDecimal standard = policy.levelWeight(level);
    BigDecimal stated = section.weight().orElse(standard);
    Optional<String> label = Optional.of(level.label());
    if (policy.compare(stated, weight) != 0) {
      out.add(
          new Finding(
              FindingCode.LEVEL_WEIGHT_MISMATCH,
              Paths.levelWeight(i),
              Optional.of(stated),
              Optional.of(weight),
              label));
    }
    if (policy.compare(stated, standard) != 0) {
      out.add(
          new Finding(
              FindingCode.NONSTANDARD_LEVEL_WEIGHT,
              Paths.levelWeight(i),
              Optional.of(standard),
              Optional.of(stated),
              label));
    }
    for (int j = 0; j < section.categories().size(); j++) {
      CategorySection category = section.categories().get(j);
      for (int k = 0; k < category.indicators().size(); k++) {
        int c = j;
        int n = k;
        checkIndicator(
            () -> Paths.indicator(i, c, n),
            category.category(),
            category.indicators().get(k),
            out,
            assessments);
      }
    }
  }

  /**
   * An indicator's findings in the order of its cells: actual, score, deviation. Its path is
   * written only where an assessment or a finding needs it: most indicators of a form have none.
   */
  private void checkIndicator(
      Supplier<String> path,
      Category category,
      Indicator indicator,
      List<Finding> out,
      List<IndicatorAssessment> assessments) {
    Optional<Suggestions.Outcome> advice =
        policy.suggestions().enabled()
            ? Optional.of(suggestions.assess(path.get(), category, indicator))
            : Optional.empty();
    advice.ifPresent(a -> out.addAll(a.onActual()));

    Optional<String> name = Optional.of(indicator.name());
    BigDecimal weight = indicator.weight();
    Optional<BigDecimal> score = indicator.score();
    int comparison = score.isPresent() ? policy.compare(score.get(), weight) : 0;
    if (score.isEmpty() && weight.signum() > 0) {
      out.add(
          new Finding(
              FindingCode.MISSING_SCORE,
              path.get() + ".score",
              Optional.of(weight),
              Optional.empty(),
              name));
    } else if (comparison > 0) {
      out.add(
          new Finding(
              FindingCode.SCORE_EXCEEDS_WEIGHT,
              path.get() + ".score",
              Optional.of(weight),
              score,
              name));
    }
    advice.ifPresent(
        a -> {
          out.addAll(a.onScore());
          assessments.add(a.assessment());
        });
    if (comparison < 0 && indicator.deviation().isEmpty()) {
      out.add(
          new Finding(
              FindingCode.DEDUCTION_WITHOUT_REASON,
              path.get() + ".deviation",
              Optional.empty(),
              Optional.empty(),
              name));
    }
  }

  /**
   * Full output claimed on little spending, which reviewers look for: the indicators' share of
   * their weight above the execution rate by more than the policy's margin.
   */
  private void checkSpending(
      FundingScore funding, BigDecimal weights, BigDecimal scores, List<Finding> out) {
    if (!policy.suggestions().enabled()
        || funding.executionRate().isEmpty()
        || weights.signum() <= 0) {
      return;
    }
    BigDecimal rate = funding.executionRate().get();
    BigDecimal share = rounding().divide(scores.multiply(HUNDRED), weights);
    BigDecimal threshold =
        rate.multiply(BigDecimal.ONE.add(policy.suggestions().aheadOfSpendingMargin()));
    if (share.compareTo(threshold) > 0) {
      out.add(finding(FindingCode.SCORES_AHEAD_OF_SPENDING, Paths.LEVELS, rate, share));
    }
  }

  private void checkLevelsAsAWhole(Project project, BigDecimal allWeights, List<Finding> out) {
    Set<Level> missing = EnumSet.allOf(Level.class);
    project.levels().forEach(section -> missing.remove(section.level()));
    for (Level level : missing) {
      BigDecimal standard = policy.levelWeight(level);
      if (standard.signum() > 0) {
        out.add(
            new Finding(
                FindingCode.LEVEL_WEIGHT_MISMATCH,
                Paths.LEVELS,
                Optional.of(standard),
                Optional.of(ZERO),
                Optional.of(level.label())));
      }
    }
    if (policy.compare(allWeights, policy.fullMarks()) != 0) {
      out.add(
          finding(FindingCode.WEIGHT_TOTAL_MISMATCH, Paths.LEVELS, policy.fullMarks(), allWeights));
    }
  }

  private static Finding finding(
      FindingCode code, String path, BigDecimal expected, BigDecimal actual) {
    return new Finding(code, path, Optional.of(expected), Optional.of(actual), Optional.empty());
  }

  private static BigDecimal sum(LevelSection section, Function<Indicator, BigDecimal> value) {
    BigDecimal sum = ZERO;
    for (CategorySection category : section.categories()) {
      for (Indicator indicator : category.indicators()) {
        sum = sum.add(value.apply(indicator));
      }
    }
    return sum;
  }

  private Rounding rounding() {
    return policy.rounding();
  }

  private BigDecimal round(BigDecimal value) {
    return policy.rounding().round(value);
  }
}
