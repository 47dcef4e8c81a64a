package io.github.jixiao.core.scoring;

/**
 * What a finding says, with its severity, as listed in form-json-v1 §3. {@code I} below is an
 * indicator's path, {@code $.levels[i].categories[j].indicators[k]}.
 */
public enum FindingCode {
  /** In a column, the 年度资金总额 row differs from the sum of its component rows. */
  FUNDING_BREAKDOWN_MISMATCH(Severity.ERROR),
  /** The reported 执行率 differs from 全年执行数 ÷ 全年预算数. */
  FUNDING_RATE_MISMATCH(Severity.ERROR),
  /** The reported funding 得分 differs from weight × rate. */
  FUNDING_SCORE_MISMATCH(Severity.ERROR),
  /** 全年执行数 is above 全年预算数; the rate is capped at 100%. */
  EXECUTED_EXCEEDS_BUDGET(Severity.WARNING),
  /** 全年预算数 is 0 or blank, so no rate can be computed; the funding score is 0. */
  NO_ADJUSTED_BUDGET(Severity.WARNING),
  /** A level's indicator weights do not add up to its stated weight, or a level is absent. */
  LEVEL_WEIGHT_MISMATCH(Severity.ERROR),
  /** A level's stated weight differs from the standard 50 / 30 / 10. */
  NONSTANDARD_LEVEL_WEIGHT(Severity.WARNING),
  /** All indicator weights plus the funding weight do not add up to 100. */
  WEIGHT_TOTAL_MISMATCH(Severity.ERROR),
  /** An indicator's score is above its weight ({@code I.score}). */
  SCORE_EXCEEDS_WEIGHT(Severity.ERROR),
  /** An indicator with weight above 0 has no score ({@code I.score}). */
  MISSING_SCORE(Severity.ERROR),
  /** An indicator scored below its weight has no deviation text ({@code I.deviation}). */
  DEDUCTION_WITHOUT_REASON(Severity.WARNING),
  /** The reported 总分 differs from the computed total. */
  TOTAL_SCORE_MISMATCH(Severity.ERROR),
  /** The score the rules give from target and actual differs from the reported one. */
  SUGGESTED_SCORE_DIFFERS(Severity.INFO),
  /** An at-least target is exceeded far, at full score, with no deviation text. */
  FAR_ABOVE_TARGET(Severity.INFO),
  /** The target is measurable but the actual value gives nothing to compare with it. */
  ACTUAL_NOT_COMPARABLE(Severity.INFO),
  /** The indicators claim a larger share of their weight than the budget execution rate. */
  SCORES_AHEAD_OF_SPENDING(Severity.INFO);

  private final Severity severity;

  FindingCode(Severity severity) {
    this.severity = severity;
  }

  /**
   * The severity of every finding with this code.
   *
   * @return never null
   */
  public Severity severity() {
    return severity;
  }
}
