package io.github.jixiao.core.profile;

import io.github.jixiao.core.scoring.FundingFormula;
import io.github.jixiao.core.scoring.FundingStep;
import io.github.jixiao.core.scoring.IndicatorRules.DefaultCostRow;
import io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction;
import io.github.jixiao.core.scoring.LevelStandard;
import io.github.jixiao.core.scoring.ScoringPolicy;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.core.scoring.SuggestionPolicy.AtMostFormula;
import io.github.jixiao.core.scoring.TotalCap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The rule profiles shipped with jixiao (rule-profiles §3), each revision 1 and based on {@link
 * #NATIONAL_2020}. Evidence is cited by the R-numbers of the project's catalogue of regional rules,
 * with how each was seen: in the code of the province's budget-performance system, on printed
 * forms, in an operating manual, or inferred. {@link #JIANGXI}, {@link #GUANGXI}, {@link #SHANXI}
 * and {@link #HEBEI_2024} stand for one province's system each and carry its defaults, seen in its
 * code: the band check refuses to save (R05, R07) and every 分值 must be above 0 (R13); the first
 * three also score a missed at-most target linearly (R03).
 *
 * <pre>{@code
 * Presets.byId("HUBEI_2020").orElseThrow().scorer().score(project);
 * }</pre>
 */
public final class Presets {

  /**
   * 财预〔2020〕10号 national method (default): the rules of the national self-evaluation annex, with
   * its qualitative bands, zero targets and the reason a missed target needs. No deltas.
   */
  public static final RuleProfile NATIONAL_2020 =
      new RuleProfile(
          RuleProfile.ROOT_ID,
          1,
          "财预〔2020〕10号 national method (default)",
          List.of(
              "财预〔2020〕10号, the national method of project expenditure performance self-evaluation"),
          Optional.empty(),
          ScoringPolicy.DEFAULT);

  /**
   * 湖北 2020: funding 20, indicators 80, pre-2020 qualitative bands.
   *
   * <ul>
   *   <li>{@code funding.standardWeight} 20 — R21, code: the 湖北 switch of the province's fund grid
   *       scores 20 × 执行率; R40, printed forms: 2020 forms of the 湖北 template print 预算执行情况(20分),
   *       得分(20分*执行率) (the cities inferred from the shared template).
   *   <li>{@code levels.standard} TOTAL_ONLY, {@code levels.total} 80 — R40, printed forms: the
   *       template heads the indicators 年度绩效目标(80分) with no per-level split.
   *   <li>{@code qualitative.bands} 80 / 50 — R41, printed notes: 达成预期指标 100–80 %, 部分达成 80–50 %,
   *       未达成 below 50 %.
   *   <li>{@code atMostFormula} RATIO — R41, printed notes: 反向 w × A ÷ B (the national default,
   *       stated).
   * </ul>
   */
  public static final RuleProfile HUBEI_2020 =
      RuleProfile.basedOn(NATIONAL_2020)
          .id("HUBEI_2020")
          .title("湖北 2020: funding 20, indicators 80, pre-2020 qualitative bands")
          .source("R21 (system code): the 湖北 switch of the province's fund grid scores 20 × 执行率")
          .source(
              "R40 (printed forms): 2020 forms of the 湖北 template print 预算执行情况(20分),"
                  + " 得分(20分*执行率) and head the indicators 年度绩效目标(80分) with no per-level split")
          .source(
              "R41 (printed notes): 达成预期指标 100–80 %, 部分达成 80–50 %, 未达成 below 50 %;"
                  + " 反向 indicators score w × A ÷ B")
          .set(ProfileSetting.FUNDING_STANDARD_WEIGHT, BigDecimal.valueOf(20))
          .set(ProfileSetting.LEVELS_STANDARD, LevelStandard.TOTAL_ONLY)
          .set(ProfileSetting.LEVELS_TOTAL, BigDecimal.valueOf(80))
          .set(ProfileSetting.QUALITATIVE_BANDS_ACHIEVED, BigDecimal.valueOf(80))
          .set(ProfileSetting.QUALITATIVE_BANDS_PARTLY, BigDecimal.valueOf(50))
          .set(ProfileSetting.AT_MOST_FORMULA, AtMostFormula.RATIO)
          .build();

  /**
   * 江西: stepped funding score.
   *
   * <ul>
   *   <li>{@code funding.formula} STEPPED, {@code funding.steps} 100 → 100 %, 80 → 70 %, 60 → 50 %
   *       (10/7/5/0 of 10) — R27, code: the 江西 switch of the province's fund grid (no provincial
   *       notice found).
   *   <li>{@code qualitative.severity} ERROR — R05, R07, code: the band check refuses to save.
   *   <li>{@code positiveWeights} true — R13, code: every 分值 must be above 0.
   *   <li>{@code atMostFormula} LINEAR — R03, code.
   * </ul>
   */
  public static final RuleProfile JIANGXI =
      RuleProfile.basedOn(NATIONAL_2020)
          .id("JIANGXI")
          .title("江西: stepped funding score")
          .source(
              "R27 (system code): the 江西 switch of the province's fund grid scores 100 % of the"
                  + " weight from a rate of 100 %, 70 % from 80 %, 50 % from 60 %, else 0;"
                  + " no provincial notice found")
          .source("R05, R07 (system code): a score outside its qualitative band is refused")
          .source("R13 (system code): every 分值 must be above 0")
          .source(
              "R03 (system code): a missed at-most target scores linearly, 0 at twice the target")
          .set(ProfileSetting.FUNDING_FORMULA, FundingFormula.STEPPED)
          .set(ProfileSetting.FUNDING_STEPS, List.of(step(100, 100), step(80, 70), step(60, 50)))
          .set(ProfileSetting.QUALITATIVE_SEVERITY, Severity.ERROR)
          .set(ProfileSetting.POSITIVE_WEIGHTS, true)
          .set(ProfileSetting.AT_MOST_FORMULA, AtMostFormula.LINEAR)
          .build();

  /**
   * 广西: 扣减分数, a reason at 130 %, a remark on qualitative rows.
   *
   * <ul>
   *   <li>{@code deductions} true — R26, code: the province's grid, under its 广西 switch, stores
   *       max(0, score − 扣减分数).
   *   <li>{@code overAchievement.remarkFactor} 1.3 — R25, code: the grid refuses to save B ≥ 1.3 ×
   *       T without a 偏差原因.
   *   <li>{@code overAchievement.remarkAtZeroTarget} 30 — R25, code (its literal reading for T =
   *       0).
   *   <li>{@code qualitative.remarkRequired} true — R17, code: a qualitative row needs its 评分说明.
   *   <li>{@code qualitative.severity} ERROR — R05, R07, code.
   *   <li>{@code positiveWeights} true — R13, code.
   *   <li>{@code atMostFormula} LINEAR — R03, code.
   * </ul>
   */
  public static final RuleProfile GUANGXI =
      RuleProfile.basedOn(NATIONAL_2020)
          .id("GUANGXI")
          .title("广西: 扣减分数, a reason at 130 %, a remark on qualitative rows")
          .source(
              "R26 (system code): the province's grid, under its 广西 switch, stores"
                  + " max(0, score − 扣减分数)")
          .source(
              "R25 (system code): the grid refuses to save an actual at 1.3 times the target or"
                  + " above without a 偏差原因, and 30 or above for a target of 0")
          .source("R17 (system code): a qualitative row needs its 评分说明")
          .source("R05, R07 (system code): a score outside its qualitative band is refused")
          .source("R13 (system code): every 分值 must be above 0")
          .source(
              "R03 (system code): a missed at-most target scores linearly, 0 at twice the target")
          .set(ProfileSetting.DEDUCTIONS, true)
          .set(ProfileSetting.OVER_ACHIEVEMENT_REMARK_FACTOR, Optional.of(new BigDecimal("1.3")))
          .set(
              ProfileSetting.OVER_ACHIEVEMENT_REMARK_AT_ZERO_TARGET,
              Optional.of(BigDecimal.valueOf(30)))
          .set(ProfileSetting.QUALITATIVE_REMARK_REQUIRED, true)
          .set(ProfileSetting.QUALITATIVE_SEVERITY, Severity.ERROR)
          .set(ProfileSetting.POSITIVE_WEIGHTS, true)
          .set(ProfileSetting.AT_MOST_FORMULA, AtMostFormula.LINEAR)
          .build();

  /**
   * 山西: the default cost row, dropped targets.
   *
   * <ul>
   *   <li>{@code defaultCostRow} {@code { "target": "未填报", "maxScore": 5 }} — R24, code: the
   *       province's grid, under its 山西 switch: 未填报成本指标的项目，成本指标得分不得超过5分.
   *   <li>{@code droppedTargets} true — R32, code: a row with a 年初 value and no adjusted value is
   *       scored 0, unchecked.
   *   <li>{@code positiveWeights} true — R13, code.
   *   <li>{@code qualitative.severity} ERROR — R05, R07, code.
   *   <li>{@code atMostFormula} LINEAR — R03, code.
   * </ul>
   */
  public static final RuleProfile SHANXI =
      RuleProfile.basedOn(NATIONAL_2020)
          .id("SHANXI")
          .title("山西: the default cost row, dropped targets")
          .source(
              "R24 (system code): the province's grid, under its 山西 switch:"
                  + " 未填报成本指标的项目，成本指标得分不得超过5分")
          .source(
              "R32 (system code): a row with a 年初 value and no adjusted value is scored 0,"
                  + " unchecked")
          .source("R13 (system code): every 分值 must be above 0")
          .source("R05, R07 (system code): a score outside its qualitative band is refused")
          .source(
              "R03 (system code): a missed at-most target scores linearly, 0 at twice the target")
          .set(
              ProfileSetting.DEFAULT_COST_ROW,
              Optional.of(new DefaultCostRow("未填报", BigDecimal.valueOf(5))))
          .set(ProfileSetting.DROPPED_TARGETS, true)
          .set(ProfileSetting.POSITIVE_WEIGHTS, true)
          .set(ProfileSetting.QUALITATIVE_SEVERITY, Severity.ERROR)
          .set(ProfileSetting.AT_MOST_FORMULA, AtMostFormula.LINEAR)
          .build();

  /**
   * 河北, also 天津 (2024): deviation flags. {@code atMostFormula} stays RATIO: 河北's own ≤ formula is
   * not known (R16).
   *
   * <ul>
   *   <li>{@code deviationFlags} true — R15, code: the 河北 switch of the province's grid, with 天津's
   *       2024-04-28 (≤) and 2024-05-09 (＝) requests; INFO, since the system only unlocks the score
   *       for a person.
   *   <li>{@code qualitative.severity} ERROR — R05, R07, code.
   *   <li>{@code positiveWeights} true — R13, code.
   * </ul>
   */
  public static final RuleProfile HEBEI_2024 =
      RuleProfile.basedOn(NATIONAL_2020)
          .id("HEBEI_2024")
          .title("河北, also 天津 (2024): deviation flags")
          .source(
              "R15 (system code): the 河北 switch of the province's grid, with 天津's requests of"
                  + " 2024-04-28 (≤) and 2024-05-09 (＝), hands a score whose actual departs from"
                  + " its target to a person")
          .source("R05, R07 (system code): a score outside its qualitative band is refused")
          .source("R13 (system code): every 分值 must be above 0")
          .set(ProfileSetting.DEVIATION_FLAGS, true)
          .set(ProfileSetting.QUALITATIVE_SEVERITY, Severity.ERROR)
          .set(ProfileSetting.POSITIVE_WEIGHTS, true)
          .build();

  /**
   * 四川 2023: 90 points split freely, text limits.
   *
   * <ul>
   *   <li>{@code levels.standard} TOTAL_ONLY, {@code levels.total} 90 — R42, printed forms: the
   *       2023 template heads the indicators 绩效指标(90分); its forms give 产出 60 + 效益 30 with no 满意度,
   *       or one 90-point indicator.
   *   <li>{@code textLimits} {@code goals.achieved} 100 — R37, printed forms: 年度目标完成情况 (100字以内).
   * </ul>
   */
  public static final RuleProfile SICHUAN_2023 =
      RuleProfile.basedOn(NATIONAL_2020)
          .id("SICHUAN_2023")
          .title("四川 2023: 90 points split freely, text limits")
          .source(
              "R42 (printed forms): the 2023 template heads the indicators 绩效指标(90分); its forms"
                  + " give 产出 60 + 效益 30 with no 满意度, or one 90-point indicator")
          .source("R37 (printed forms): the template's 年度目标完成情况 (100字以内)")
          .set(ProfileSetting.LEVELS_STANDARD, LevelStandard.TOTAL_ONLY)
          .set(ProfileSetting.LEVELS_TOTAL, BigDecimal.valueOf(90))
          .set(ProfileSetting.TEXT_LIMITS_GOALS_ACHIEVED, Optional.of(100))
          .build();

  /**
   * 预算管理一体化 operating manual (2022, region not named): total caps, −2 at 130 %.
   *
   * <ul>
   *   <li>{@code totalCaps} 80 → 89, 70 → 79, 60 → 69, 50 → 59 — R38, manual: its text; the
   *       boundaries are a reading, each in the higher band.
   *   <li>{@code overAchievement.deduction} {@code { "factor": 1.3, "points": 2 }} — R36, manual:
   *       its text; the scope (at-least targets, floored at 0, 年初 as {@code initialTarget}) is a
   *       reading.
   * </ul>
   */
  public static final RuleProfile YITIHUA_2022 =
      RuleProfile.basedOn(NATIONAL_2020)
          .id("YITIHUA_2022")
          .title("预算管理一体化 operating manual (2022, region not named): total caps, −2 at 130 %")
          .source(
              "R38 (operating manual): the total is capped at 89 for an execution rate of 70–80 %,"
                  + " 79 for 60–70 %, 69 below 60 % and 59 below 50 %; each boundary read in the"
                  + " higher band")
          .source(
              "R36 (operating manual): an actual 30 % or more above the 年初 target is 指标偏离 and"
                  + " loses 2 points; applied to at-least targets, floored at 0")
          .set(
              ProfileSetting.TOTAL_CAPS,
              List.of(cap(80, 89), cap(70, 79), cap(60, 69), cap(50, 59)))
          .set(
              ProfileSetting.OVER_ACHIEVEMENT_DEDUCTION,
              Optional.of(
                  new OverAchievementDeduction(new BigDecimal("1.3"), BigDecimal.valueOf(2))))
          .build();

  /**
   * Grades 80/70/60 (a grade-only variant).
   *
   * <ul>
   *   <li>{@code grades} 80 / 70 / 60 — R09, code: three patches of a provincial budget-performance
   *       system, region not known.
   * </ul>
   */
  public static final RuleProfile GRADES_80_70_60 =
      RuleProfile.basedOn(NATIONAL_2020)
          .id("GRADES_80_70_60")
          .title("grades 80/70/60 (a grade-only variant)")
          .source(
              "R09 (system code): three patches of a provincial budget-performance system grade"
                  + " 优 from 80, 良 from 70, 中 from 60; region not known")
          .set(ProfileSetting.GRADES_EXCELLENT, BigDecimal.valueOf(80))
          .set(ProfileSetting.GRADES_GOOD, BigDecimal.valueOf(70))
          .set(ProfileSetting.GRADES_FAIR, BigDecimal.valueOf(60))
          .build();

  private static final List<RuleProfile> ALL =
      List.of(
          NATIONAL_2020,
          HUBEI_2020,
          JIANGXI,
          GUANGXI,
          SHANXI,
          HEBEI_2024,
          SICHUAN_2023,
          YITIHUA_2022,
          GRADES_80_70_60);

  private Presets() {}

  /**
   * Every preset, in the order of rule-profiles §3: {@code NATIONAL_2020} first.
   *
   * @return the nine presets, unmodifiable
   */
  public static List<RuleProfile> all() {
    return ALL;
  }

  /**
   * The preset of an id.
   *
   * @param id a preset's id, such as {@code HUBEI_2020} (exact, upper case)
   * @return the preset; empty for any other id
   * @throws NullPointerException if the id is null
   */
  public static Optional<RuleProfile> byId(String id) {
    java.util.Objects.requireNonNull(id, "id must not be null");
    return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static FundingStep step(int from, int share) {
    return new FundingStep(BigDecimal.valueOf(from), BigDecimal.valueOf(share));
  }

  private static TotalCap cap(int below, int cap) {
    return new TotalCap(BigDecimal.valueOf(below), BigDecimal.valueOf(cap));
  }
}
