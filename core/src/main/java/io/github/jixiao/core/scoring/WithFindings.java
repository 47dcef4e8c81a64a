package io.github.jixiao.core.scoring;

import java.util.List;
import java.util.Objects;

/**
 * What one of the scoring calculators computes: a figure and the findings it raised on the way, in
 * the form's order. {@link ProjectScorer} gathers them into a {@link Scorecard}.
 *
 * <pre>{@code
 * WithFindings<FundingScore> funding = FundingScorer.DEFAULT.score(project.funding());
 * funding.value().score();   // 1.43
 * funding.findings();        // [] for a consistent funding table
 * }</pre>
 *
 * @param <T> the figure's type
 * @param value what the calculator worked out: a funding score, a level's sums, an indicator's
 *     assessment
 * @param findings the findings raised on that figure, in the form's order; an unmodifiable copy
 */
public record WithFindings<T>(T value, List<Finding> findings) {

  /**
   * Copies the findings.
   *
   * @param value what the calculator worked out: a funding score, a level's sums, an indicator's
   *     assessment
   * @param findings the findings raised on that figure, in the form's order; an unmodifiable copy
   * @throws NullPointerException if an argument or a finding is null
   */
  public WithFindings {
    Objects.requireNonNull(value, "value must not be null");
    findings = findings.isEmpty() ? List.of() : List.copyOf(findings);
  }
}
