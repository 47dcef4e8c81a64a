package io.github.jixiao.core.scoring;

/** How the funding row's score is computed from the execution rate (rule-profiles §2.2). */
public enum FundingFormula {
  /** weight × min(executed ÷ adjustedBudget, 1), from the unrounded rate: the national method. */
  LINEAR,
  /**
   * The share of the weight of the first {@link FundingStep} whose {@code from} the rounded rate
   * reaches, 0 below the last (江西).
   */
  STEPPED
}
