package io.github.jixiao.core.scoring;

import static java.math.BigDecimal.ZERO;

import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.FundingRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores the funding table (项目资金) as docs/scoring-rules.md §1.2–1.4 and §1.9 say: the execution
 * rate (not capped) and its score (capped at the weight) from the 年度资金总额 row, the breakdown of that
 * row into its component rows (the three standard ones, or every row the form lists, free rows
 * included), the funding weight against the policy's, and the rate and score the unit reported. The
 * amounts are used as written, in whatever unit the form prints: the rate and the score are ratios,
 * and the breakdown is the same sum in 元 as in 万元. A pure function of the table and the policy;
 * thread-safe.
 *
 * <pre>{@code
 * WithFindings<FundingScore> funding = FundingScorer.DEFAULT.score(project.funding());
 * funding.value().executionRate();  // Optional[14.28]
 * }</pre>
 */
public final class FundingScorer {

  /** The scorer of {@link ScoringPolicy#DEFAULT}. */
  public static final FundingScorer DEFAULT = new FundingScorer(ScoringPolicy.DEFAULT);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ScoringPolicy policy;

  /**
   * A scorer that applies the given policy: its funding weight, rounding and comparisons.
   *
   * @param policy the policy
   * @throws NullPointerException if the policy is null
   */
  public FundingScorer(ScoringPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
  }

  /**
   * Scores a funding table. Findings come in the table's order: each column of the total row (its
   * breakdown, then a missing budget or overspending), then the reported rate and score.
   *
   * @param funding the table
   * @return the execution row's figures, with the findings
   * @throws NullPointerException if the table is null
   */
  public WithFindings<FundingScore> score(FundingBreakdown funding) {
    List<Finding> findings = new ArrayList<>();
    BigDecimal weight = funding.weight().orElse(policy.fundingWeight());
    // Seen on published forms: a funding row weighted 20.
    if (funding.weight().isPresent()
        && policy.compare(funding.weight().get(), policy.fundingWeight()) != 0) {
      findings.add(
          finding(
              FindingCode.NONSTANDARD_FUNDING_WEIGHT,
              FormPath.FUNDING_WEIGHT,
              policy.fundingWeight(),
              funding.weight().get()));
    }
    FundingRow total = funding.total();
    Optional<BigDecimal> budget = total.adjustedBudget().filter(b -> b.signum() > 0);
    // Blank 全年执行数 counts 0, as a blank score does: nothing executed.
    BigDecimal executed = total.executed().orElse(ZERO);
    boolean overspent = budget.isPresent() && executed.compareTo(budget.get()) > 0;
    // 勾稽关系 of the breakdown: checked only once the form fills in any component cell.
    List<FundingRow> components = funding.componentRows();
    boolean hasComponents = components.stream().anyMatch(row -> !row.isBlank());

    for (FundingColumn column : FundingColumn.values()) {
      if (hasComponents) {
        checkBreakdown(funding.total(), components, column, findings);
      }
      FormPath path = FormPath.funding(FundingLine.TOTAL, column);
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

    // The rate is a fact and is not capped (180 ÷ 165 → 109.09%); only the score is.
    Optional<BigDecimal> rate = budget.map(b -> rounding().divide(executed.multiply(HUNDRED), b));
    // From the unrounded rate: 10 × 510.54 ÷ 802 = 6.3658… → 6.37.
    BigDecimal score =
        policy.fundingFormula() == FundingFormula.STEPPED
            ? (rate.isPresent() ? stepped(weight, rate.get()) : ZERO)
            : budget
                .map(
                    b ->
                        overspent ? round(weight) : rounding().divide(weight.multiply(executed), b))
                .orElse(ZERO);

    if (rate.isPresent()) {
      ReportedFigures.check(
              policy,
              funding.reportedExecutionRate(),
              rate.get(),
              FindingCode.FUNDING_RATE_MISMATCH,
              FormPath.REPORTED_EXECUTION_RATE)
          .ifPresent(findings::add);
    }
    ReportedFigures.check(
            policy,
            funding.reportedScore(),
            score,
            FindingCode.FUNDING_SCORE_MISMATCH,
            FormPath.REPORTED_FUNDING_SCORE)
        .ifPresent(findings::add);
    return new WithFindings<>(
        new FundingScore(funding.unit(), round(weight), rate, score), findings);
  }

  /**
   * rule-profiles §2.2 (江西, R27): the share of the first step the rate reaches, compared as the
   * form prints it (2 places), a rate above 100 % as 100 %; 0 below the last step.
   */
  private BigDecimal stepped(BigDecimal weight, BigDecimal rate) {
    BigDecimal reached = rate.min(HUNDRED);
    for (FundingStep step : policy.fundingSteps()) {
      if (reached.compareTo(step.from()) >= 0) {
        return rounding().divide(weight.multiply(step.share()), HUNDRED);
      }
    }
    return ZERO;
  }

  private void checkBreakdown(
      FundingRow totalRow, List<FundingRow> components, FundingColumn column, List<Finding> out) {
    Optional<BigDecimal> total = totalRow.get(column);
    if (total.isEmpty()) {
      return;
    }
    BigDecimal parts = ZERO;
    for (FundingRow row : components) {
      parts = parts.add(row.get(column).orElse(ZERO));
    }
    if (policy.compare(total.get(), parts) != 0) {
      out.add(
          finding(
              FindingCode.FUNDING_BREAKDOWN_MISMATCH,
              FormPath.funding(FundingLine.TOTAL, column),
              parts,
              total.get()));
    }
  }

  static Finding finding(FindingCode code, FormPath path, BigDecimal expected, BigDecimal actual) {
    return new Finding(code, path, Optional.of(expected), Optional.of(actual), Optional.empty());
  }

  private Rounding rounding() {
    return policy.rounding();
  }

  private BigDecimal round(BigDecimal value) {
    return policy.rounding().round(value);
  }
}
