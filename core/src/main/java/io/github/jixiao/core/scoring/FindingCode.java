package io.github.jixiao.core.scoring;

import io.github.jixiao.core.text.Texts;
import java.util.Locale;

/**
 * What a finding says, with its severity, as listed in docs/form-json.md §3. {@code I} below is an
 * indicator's path, {@code $.levels[i].categories[j].indicators[k]}.
 */
public enum FindingCode {
  /** In a column, the 年度资金总额 row differs from the sum of its component rows. */
  FUNDING_BREAKDOWN_MISMATCH(Severity.ERROR),
  /** The reported 执行率 differs from 全年执行数 ÷ 全年预算数. */
  FUNDING_RATE_MISMATCH(Severity.ERROR),
  /** The reported funding 得分 differs from weight × rate. */
  FUNDING_SCORE_MISMATCH(Severity.ERROR),
  /** 全年执行数 is above 全年预算数; the funding score is capped at its weight. */
  EXECUTED_EXCEEDS_BUDGET(Severity.WARNING),
  /** 全年预算数 is 0 or blank, so no rate can be computed; the funding score is 0. */
  NO_ADJUSTED_BUDGET(Severity.WARNING),
  /** A level's indicator weights do not add up to the weight printed in its header. */
  LEVEL_WEIGHT_MISMATCH(Severity.ERROR),
  /**
   * A level's weight (its header's, else its indicators' sum) differs from the policy's standard,
   * 产出 + 成本 counted together where the form has a 成本 level; or a standard level is absent.
   */
  NONSTANDARD_LEVEL_WEIGHT(Severity.WARNING),
  /** The funding row's weight is given and differs from the policy's standard 10. */
  NONSTANDARD_FUNDING_WEIGHT(Severity.WARNING),
  /** A 二级 label outside the standard list, kept as written ({@code I}'s category). */
  NONSTANDARD_CATEGORY(Severity.WARNING),
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
  /**
   * The grade the form prints beside its 总分 differs from the grade of the computed total, whether
   * or not the reported total agrees; the finding compares the two grades.
   */
  GRADE_MISMATCH(Severity.ERROR),
  /**
   * In place of a rate, funding score or total mismatch: the reported figure is written to fewer
   * places than the policy's and equals the computed one rounded to them ({@code 2.9} for 2.892).
   */
  REPORTED_AT_LOWER_PRECISION(Severity.WARNING),
  /** The score the rules give from target and actual differs from the reported one. */
  SUGGESTED_SCORE_DIFFERS(Severity.INFO),
  /** An at-least target is exceeded far, at full score, with no deviation text. */
  FAR_ABOVE_TARGET(Severity.INFO),
  /** The target is measurable but the actual value gives nothing to compare with it. */
  ACTUAL_NOT_COMPARABLE(Severity.INFO),
  /** The indicators claim a larger share of their weight than the budget execution rate. */
  SCORES_AHEAD_OF_SPENDING(Severity.INFO),
  /**
   * An indicator's actual value states a qualitative band (达成, 部分达成, 未达成) and its score lies
   * outside it ({@code I.score}); a profile may make it an ERROR ({@link
   * IndicatorRules#bandSeverity()}).
   */
  QUALITATIVE_SCORE_OUTSIDE_BAND(Severity.WARNING),
  /** A target is missed at full score with no deviation text ({@code I.deviation}). */
  MISSED_TARGET_WITHOUT_REASON(Severity.INFO),
  /**
   * Under a profile that asks for it, a stated qualitative band has no description after it and no
   * deviation text ({@code I.actual}).
   */
  QUALITATIVE_WITHOUT_REMARK(Severity.WARNING),
  /**
   * Under a profile that asks for it, the actual value reaches the profile's factor of a
   * quantitative target with no deviation text ({@code I.deviation}).
   */
  FAR_ABOVE_TARGET_WITHOUT_REASON(Severity.WARNING),
  /**
   * Under a profile that flags deviations, the actual value is above an at-most target or differs
   * from an exact one, so its score is for a person to set ({@code I.actual}).
   */
  DEVIATION_FLAGGED(Severity.INFO),
  /**
   * Under a profile with total caps, the sum of the scores is above the cap of the execution rate.
   */
  TOTAL_CAPPED_BY_EXECUTION_RATE(Severity.WARNING),
  /**
   * Under a profile that applies the 扣减分数 column, a score is above its weight less the deduction
   * ({@code I.score}).
   */
  SCORE_ABOVE_DEDUCTED_WEIGHT(Severity.ERROR),
  /**
   * Under a profile with a default cost row, that row scores above the profile's limit ({@code
   * I.score}).
   */
  DEFAULT_COST_SCORE_ABOVE_LIMIT(Severity.ERROR),
  /**
   * Under a profile that drops targets, an indicator with a year-start target and no annual target
   * scores above 0 ({@code I.score}).
   */
  DROPPED_TARGET_SCORED(Severity.ERROR),
  /**
   * Under a profile that requires positive weights, an indicator that is not a placeholder row is
   * weighted 0 ({@code I.weight}).
   */
  WEIGHT_NOT_POSITIVE(Severity.ERROR),
  /** Under a profile with text limits, a text is longer than its limit (the text's path). */
  TEXT_TOO_LONG(Severity.WARNING);

  private final Severity severity;

  FindingCode(Severity severity) {
    this.severity = severity;
  }

  /**
   * Whether a finding with this code compares grades ({@link Finding#expectedGrade()}, {@link
   * Finding#actualGrade()}) rather than numbers.
   *
   * @return true for {@link #GRADE_MISMATCH}
   */
  public boolean comparesGrades() {
    return this == GRADE_MISMATCH;
  }

  /**
   * The default severity of a finding with this code; a finding may carry another ({@link
   * Finding#severity()}: a profile makes {@link #QUALITATIVE_SCORE_OUTSIDE_BAND} an ERROR).
   *
   * @return never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The code's name for a person, as a report's heading or a filter's choice shows it.
   *
   * <pre>{@code
   * FindingCode.TOTAL_SCORE_MISMATCH.displayName(Locale.SIMPLIFIED_CHINESE);  // "总分不符"
   * FindingCode.TOTAL_SCORE_MISMATCH.displayName(Locale.ENGLISH);  // "Total score mismatch"
   * }</pre>
   *
   * @param locale Chinese for any {@code zh} locale, English for any other
   * @return a few words; the code itself stays the stable name to match on
   */
  public String displayName(Locale locale) {
    return Texts.name(this, locale);
  }
}
