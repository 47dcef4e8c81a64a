package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The national additions (rule-profiles §1) and the per-indicator rules of a profile (§2.4–§2.7,
 * §2.9–§2.13), row by row of the spec's examples and tables. Every expected figure is the spec's,
 * or worked out by hand in the comment beside it.
 */
class ProfileRulesTest {

  private static final FormPath AT = FormPath.indicator(1, 0, 0);
  private static final IndicatorRules OFF = IndicatorRules.DEFAULT;

  /** The findings of an indicator under a policy, as {@code CODE cell severity expected actual}. */
  private static String found(ScoringPolicy policy, Category category, Indicator indicator) {
    IndicatorChecks checks =
        new IndicatorChecks(
            policy, new Suggestions(policy, io.github.jixiao.core.reading.ValueReader.DEFAULT));
    return checks.check(AT, category, indicator).findings().stream()
        .map(ProfileRulesTest::line)
        .collect(Collectors.joining("; "));
  }

  private static String found(Indicator indicator) {
    return found(ScoringPolicy.DEFAULT, Category.QUALITY, indicator);
  }

  private static String line(Finding f) {
    String path = f.path().toString();
    String cell = path.substring(path.lastIndexOf('.') + 1);
    return f.code()
        + " "
        + cell
        + " "
        + f.severity()
        + " "
        + f.expected().map(BigDecimal::toPlainString).or(f::expectedText).orElse("-")
        + " "
        + f.actual().map(BigDecimal::toPlainString).or(f::actualText).orElse("-");
  }

  private static Optional<BigDecimal> suggested(
      ScoringPolicy policy, Category category, Indicator indicator) {
    return new Suggestions(policy, io.github.jixiao.core.reading.ValueReader.DEFAULT)
        .assess(AT, category, indicator)
        .assessment()
        .suggestedScore();
  }

  private static Indicator indicator(
      String target, String actual, String weight, String score, String deviation) {
    Indicator i = Indicator.of("指标", target, actual, weight, score);
    return deviation == null ? i : i.withDeviation(deviation);
  }

  private static ScoringPolicy rules(IndicatorRules rules) {
    return ScoringPolicy.DEFAULT.withIndicatorRules(rules);
  }

  private static IndicatorRules only(String setting) {
    return switch (setting) {
      case "remark" -> IndicatorRules.DEFAULT.withRemarkRequired(true);
      case "flags" -> IndicatorRules.DEFAULT.withDeviationFlags(true);
      case "deductions" -> IndicatorRules.DEFAULT.withDeductions(true);
      case "dropped" -> IndicatorRules.DEFAULT.withDroppedTargets(true);
      case "positive" -> IndicatorRules.DEFAULT.withPositiveWeights(true);
      case "strict" -> IndicatorRules.DEFAULT.withBandSeverity(Severity.ERROR);
      default -> throw new IllegalArgumentException(setting);
    };
  }

  // --- §1.1 qualitative bands ---

  /** rule-profiles §1.1's table; the deviation is given so that no deduction needs a reason. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "6.25 | 达成年度指标 | 5.00 | ''",
        "6.25 | 达成年度指标 | 4.99 | QUALITATIVE_SCORE_OUTSIDE_BAND score WARNING [5.00, 6.25] 4.99",
        "12.5 | 部分达成年度指标并具有一定效果 | 7.50 | ''",
        "12.5 | 部分达成，宣传覆盖率未达预期 | 10.00 |"
            + " QUALITATIVE_SCORE_OUTSIDE_BAND score WARNING [7.50, 10.00) 10",
        "12.5 | 未达成 | 7.49 | ''",
        "12.5 | 未达成年度指标且效果较差 | 7.50 |"
            + " QUALITATIVE_SCORE_OUTSIDE_BAND score WARNING [0.00, 7.50) 7.5",
        "3.33 | 达成 | 2.66 | ''",
        "3.33 | 部分达成 | 2.66 | QUALITATIVE_SCORE_OUTSIDE_BAND score WARNING [2.00, 2.66) 2.66",
        "10 | 达成率98% | 5 | ''",
      })
  void aScoreMustLieInTheBandItsActualValueStates(
      String weight, String actual, String score, String expected) {
    assertEquals(expected, found(indicator(null, actual, weight, score, "说明")));
  }

  @Test
  void theBandsTopIsTheWeightAndItsTextIsTheFindingsDetail() {
    // 6.25 is in band A; 部分达成 at the full 12.5 is above [7.50, 10.00).
    assertEquals("", found(indicator(null, "达成年度指标", "6.25", "6.25", null)));
    Finding finding =
        IndicatorChecks.DEFAULT
            .check(AT, Category.QUALITY, indicator(null, "部分达成，说明", "12.5", "12.5", null))
            .findings()
            .get(0);
    assertEquals(Optional.of("部分达成"), finding.detail());
    assertEquals(Optional.of("指标"), finding.subject());
    // 未达成 allows [0.00, 7.50): a score of 0 is in it.
    assertEquals("", found(indicator(null, "未达成", "12.5", "0", "说明")));
  }

  @ParameterizedTest
  @CsvSource({"基本达成", "已达成", "达到预期", "达成率100%", "达成年度指标并有成效", "部分达成度高"})
  void nothingButATabledTextWithASeparatorAfterItStatesABand(String actual) {
    assertEquals("", found(indicator(null, actual, "10", "1", "说明")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "达成 全年开展培训",
        "达成,全年",
        "达成，全年",
        "达成.全年",
        "达成。全年",
        "达成;全年",
        "达成；全年",
        "达成:全年",
        "达成：全年",
        "达成、全年",
        "达成(全年)",
        "达成（全年）",
        "  达成  ",
        "达成预期指标",
        "ＡＢ达成"
      })
  void aBandIsStatedBeforeAnySeparatorAfterTrimmingAndNfkc(String actual) {
    // 1 of 10 is below band A's 8.00; ＡＢ达成 states none.
    String expected =
        actual.startsWith("Ａ")
            ? ""
            : "QUALITATIVE_SCORE_OUTSIDE_BAND score WARNING [8.00, 10.00] 1";
    assertEquals(expected, found(indicator(null, actual, "10", "1", "说明")));
  }

  @Test
  void theBandIsCheckedOnlyOnAWeightedApplicableScoreWithinItsWeight() {
    // w 0: a placeholder; no score; above the weight (SCORE_EXCEEDS_WEIGHT instead); 不适用.
    assertEquals("", found(indicator(null, "达成", "0", "0", "说明")));
    assertEquals("MISSING_SCORE score ERROR 10 -", found(indicator(null, "达成", "10", null, "说明")));
    assertEquals(
        "SCORE_EXCEEDS_WEIGHT score ERROR 10 11", found(indicator(null, "达成", "10", "11", null)));
    assertEquals("", found(indicator(null, "达成", "10", "1", "说明").withNotApplicable(true)));
  }

  @Test
  void aProfileMakesAScoreOutsideItsBandAnError() {
    assertEquals(
        "QUALITATIVE_SCORE_OUTSIDE_BAND score ERROR [5.00, 6.25] 4.99",
        found(
            rules(only("strict")),
            Category.QUALITY,
            indicator(null, "达成年度指标", "6.25", "4.99", "说明")));
  }

  @Test
  void bandAConfirmsAQualitativeTargetAndBandsBAndCConfirmNone() {
    // scoring-rules §2.2: the top of the first band, 10 of 10; 部分达成 contains 达成 but is band B.
    assertEquals(
        Optional.of(BigDecimal.TEN),
        suggested(
            ScoringPolicy.DEFAULT, Category.QUALITY, indicator("提升", "达成年度指标", "10", "10", null)));
    assertEquals(
        Optional.empty(),
        suggested(
            ScoringPolicy.DEFAULT, Category.QUALITY, indicator("达成", "部分达成", "10", "7", "说明")));
    assertEquals(
        Optional.empty(),
        suggested(
            ScoringPolicy.DEFAULT, Category.QUALITY, indicator("达成", "未达成", "10", "5", "说明")));
    // A band stated against a measurable target is nothing to compare, as before.
    assertEquals(
        "ACTUAL_NOT_COMPARABLE actual INFO - -", found(indicator("≥100家", "达成", "10", "10", null)));
  }

  // --- §2.4 bands 80/50 and remarkRequired ---

  private static final ScoringPolicy PRE_2020 =
      ScoringPolicy.DEFAULT.withSuggestions(
          SuggestionPolicy.DEFAULT.withQualitativeBands(
              new SuggestionPolicy.QualitativeBands(
                  BigDecimal.valueOf(100), BigDecimal.valueOf(80), BigDecimal.valueOf(50))));

  @Test
  void bandsOf80And50MovePartlysBottomTo50() {
    // w 10: 部分达成 allows [5.00, 8.00); 未达成 [0.00, 5.00).
    assertEquals("", found(PRE_2020, Category.QUALITY, indicator(null, "部分达成", "10", "5", "说明")));
    assertEquals(
        "QUALITATIVE_SCORE_OUTSIDE_BAND score WARNING [5.00, 8.00) 4.99",
        found(PRE_2020, Category.QUALITY, indicator(null, "部分达成", "10", "4.99", "说明")));
    assertEquals(
        "QUALITATIVE_SCORE_OUTSIDE_BAND score WARNING [0.00, 5.00) 5",
        found(PRE_2020, Category.QUALITY, indicator(null, "未达成", "10", "5", "说明")));
    // Under 80/60, 5.00 is below 部分达成's 6.00.
    assertEquals(
        "QUALITATIVE_SCORE_OUTSIDE_BAND score WARNING [6.00, 8.00) 5",
        found(indicator(null, "部分达成", "10", "5", "说明")));
  }

  @Test
  void aRemarkIsRequiredAfterABareBandWithNoDeviation() {
    ScoringPolicy remark = rules(only("remark"));
    assertEquals(
        "QUALITATIVE_WITHOUT_REMARK actual WARNING - -",
        found(remark, Category.QUALITY, indicator(null, "达成", "10", "10", null)));
    assertEquals(
        "QUALITATIVE_WITHOUT_REMARK actual WARNING - -",
        found(remark, Category.QUALITY, indicator(null, "达成。 ", "10", "10", null)));
    assertEquals(
        "", found(remark, Category.QUALITY, indicator(null, "达成，全年开展培训12场", "10", "10", null)));
    assertEquals("", found(remark, Category.QUALITY, indicator(null, "达成", "10", "10", "说明")));
    // Whatever the score: 部分达成 at 7 of 10, with its deduction unexplained too.
    assertEquals(
        "QUALITATIVE_WITHOUT_REMARK actual WARNING - -; DEDUCTION_WITHOUT_REASON deviation WARNING - -",
        found(remark, Category.QUALITY, indicator(null, "部分达成", "10", "7", null)));
    assertEquals(
        Optional.of("部分达成"),
        new IndicatorChecks(
                remark, new Suggestions(remark, io.github.jixiao.core.reading.ValueReader.DEFAULT))
            .check(AT, Category.QUALITY, indicator(null, "部分达成", "10", "7", null))
            .findings()
            .get(0)
            .detail());
    // Off under the national rules; never on a placeholder or a 不适用 row.
    assertEquals("", found(indicator(null, "达成", "10", "10", null)));
    assertEquals("", found(remark, Category.QUALITY, indicator(null, "达成", "0", "0", null)));
    assertEquals(
        "",
        found(
            remark,
            Category.QUALITY,
            indicator(null, "达成", "10", "10", null).withNotApplicable(true)));
  }

  // --- §1.2 zero targets ---

  /** rule-profiles §1.2's table. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "＝0起 | 0起 | 5 | 5 | 5 | ''",
        "＝0起 | 1起 | 5 | 5 | 0 | SUGGESTED_SCORE_DIFFERS score INFO 0 5;"
            + " MISSED_TARGET_WITHOUT_REASON deviation INFO 0 1",
        "0件 | 2件 | 5 | 0 | 0 | DEDUCTION_WITHOUT_REASON deviation WARNING - -",
        "零 | 0 | 4 | 4 | 4 | ''",
        "=0 | 3 | 4 | 4 | 0 | SUGGESTED_SCORE_DIFFERS score INFO 0 4;"
            + " MISSED_TARGET_WITHOUT_REASON deviation INFO 0 3",
        "＝0起 | 无 | 4 | 4 | - | ACTUAL_NOT_COMPARABLE actual INFO - -",
      })
  void aZeroTargetIsMetByZeroOnly(
      String target,
      String actual,
      String weight,
      String score,
      String suggestion,
      String expected) {
    Indicator indicator = indicator(target, actual, weight, score, null);
    assertEquals(expected, found(indicator));
    assertEquals(
        suggestion.equals("-") ? Optional.empty() : Optional.of(new BigDecimal(suggestion)),
        suggested(ScoringPolicy.DEFAULT, Category.QUALITY, indicator));
  }

  @Test
  void aCountInAnotherUnitOrInWordsGivesNothingToCompare() {
    for (String actual : new String[] {"2件", "未发生", "0起以上", "≤0起"}) {
      assertEquals(
          "ACTUAL_NOT_COMPARABLE actual INFO - -",
          found(indicator("＝0起", actual, "4", "4", null)),
          actual);
    }
    // 零 with the target's word; 0 with none.
    assertEquals("", found(indicator("0起", "零起", "4", "4", null)));
    assertEquals("", found(indicator("≤0次", "0", "4", "4", null)));
  }

  @Test
  void atLeastZeroIsNoZeroTargetAndIsMetByAnyCount() {
    // ≥0起 reads as at least 0: 5起 meets it, at full score; never far above a target of 0.
    assertEquals("", found(indicator("≥0起", "5起", "4", "4", null)));
  }

  // --- §1.3 a missed target needs a reason ---

  @Test
  void aDeadlineMissedAtFullScoreWithNoReasonIsInfo() {
    assertEquals(
        "MISSED_TARGET_WITHOUT_REASON deviation INFO 2024-12-31 2025-03-31",
        found(
            ScoringPolicy.DEFAULT,
            Category.TIMELINESS,
            indicator("2024年12月31日前", "2025年3月31日", "6.25", "6.25", null)));
    assertEquals(
        "DEDUCTION_WITHOUT_REASON deviation WARNING - -",
        found(
            ScoringPolicy.DEFAULT,
            Category.TIMELINESS,
            indicator("2024年12月31日前", "2025年3月31日", "6.25", "5", null)));
    assertEquals(
        "",
        found(
            ScoringPolicy.DEFAULT,
            Category.TIMELINESS,
            indicator("2024年12月31日前", "2024年12月31日", "6.25", "6.25", null)));
  }

  @Test
  void aMissedQuantityAtFullScoreWithNoReasonIsInfoInTheTargetsUnit() {
    // ≥100家 reached with 90家: 90 < 100, suggested 10 × 90 ÷ 100 = 9.
    assertEquals(
        "SUGGESTED_SCORE_DIFFERS score INFO 9 10; MISSED_TARGET_WITHOUT_REASON deviation INFO 100 90",
        found(indicator("≥100家", "90家", "10", "10", null)));
    // 1.2万元 against ≤10000元: 12000 > 10000, reported in the target's unit; 2 × 10000 ÷ 12000 =
    // 1.67.
    assertEquals(
        "SUGGESTED_SCORE_DIFFERS score INFO 1.67 2;"
            + " MISSED_TARGET_WITHOUT_REASON deviation INFO 10000 12000",
        found(ScoringPolicy.DEFAULT, Category.COST, indicator("≤10000元", "1.2万元", "2", "2", null)));
    // Met, or with a reason, or 不适用, or qualitative, or not comparable: none.
    assertEquals("", found(indicator("≥100家", "100家", "10", "10", null)));
    assertEquals(
        "SUGGESTED_SCORE_DIFFERS score INFO 9 10",
        found(indicator("≥100家", "90家", "10", "10", "受疫情影响")));
    assertEquals("", found(indicator("≥100家", "90家", "10", "10", null).withNotApplicable(true)));
    assertEquals("", found(indicator("提升", "下降", "10", "10", null)));
    assertEquals("", found(indicator("≥100家", "90家", "0", "0", null)));
  }

  @Test
  void withSuggestionsOffNoAdviceIsGiven() {
    ScoringPolicy off =
        ScoringPolicy.DEFAULT
            .withSuggestions(SuggestionPolicy.DEFAULT.withEnabled(false))
            .withIndicatorRules(only("flags"));
    assertEquals("", found(off, Category.QUALITY, indicator("≥100家", "90家", "10", "10", null)));
    assertEquals("", found(off, Category.COST, indicator("≤1650元/批次", "1651元/批次", "2", "2", "说明")));
    // The band check is no advice: it still holds.
    assertEquals(
        "QUALITATIVE_SCORE_OUTSIDE_BAND score WARNING [8.00, 10.00] 1",
        found(off, Category.QUALITY, indicator(null, "达成", "10", "1", "说明")));
  }

  // --- §2.5 at-most formula and the order of the rules ---

  @ParameterizedTest
  @CsvSource({
    "2, 1980, RATIO, 1.67",
    "2, 1980, LINEAR, 1.6",
    "5, 1980, RATIO, 4.17",
    "5, 1980, LINEAR, 4",
    "5, 3300, LINEAR, 0",
    "5, 3300, RATIO, 2.5"
  })
  void aMissedAtMostTargetScoresByTheProfilesFormula(
      String weight, String actual, SuggestionPolicy.AtMostFormula formula, String expected) {
    // RATIO w × 1650 ÷ B; LINEAR w × (1 − (B − 1650) ÷ 1650), 0 from 3300: 5 × 1650 ÷ 3300 = 2.5.
    ScoringPolicy policy =
        ScoringPolicy.DEFAULT.withSuggestions(SuggestionPolicy.DEFAULT.withAtMostFormula(formula));
    assertEquals(
        Optional.of(new BigDecimal(expected)),
        suggested(
            policy, Category.COST, indicator("≤1650元/批次", actual + "元/批次", weight, weight, "说明")));
  }

  @Test
  void aZeroTargetScoresTheSameUnderEitherFormula() {
    ScoringPolicy linear =
        ScoringPolicy.DEFAULT.withSuggestions(
            SuggestionPolicy.DEFAULT.withAtMostFormula(SuggestionPolicy.AtMostFormula.LINEAR));
    assertEquals(
        Optional.of(BigDecimal.ZERO),
        suggested(linear, Category.QUALITY, indicator("≤0次", "1次", "4", "4", "说明")));
  }

  @Test
  void theOverAchievementPointsComeBeforeTheDeductionEachFlooredAtZero() {
    ScoringPolicy both =
        rules(
            IndicatorRules.DEFAULT
                .withOverAchievementDeduction(
                    new IndicatorRules.OverAchievementDeduction(
                        new BigDecimal("1.3"), BigDecimal.valueOf(2)))
                .withDeductions(true));
    // 10, then 10 − 2 = 8 (130 ≥ 1.3 × 100), then 8 − 2.5 = 5.5.
    assertEquals(
        Optional.of(new BigDecimal("5.5")),
        suggested(
            both,
            Category.QUANTITY,
            indicator("≥100", "130", "10", "5.5", null).withDeduction("2.5")));
    // 1.5 − 2 floors at 0, and 0 − 0.5 stays 0.
    assertEquals(
        Optional.of(BigDecimal.ZERO),
        suggested(
            both,
            Category.QUANTITY,
            indicator("≥100", "200", "1.5", "0", null).withDeduction("0.5")));
  }

  // --- §2.6 over-achievement ---

  private static ScoringPolicy remarkAt(String factor, String zero) {
    IndicatorRules rules = IndicatorRules.DEFAULT;
    if (factor != null) {
      rules = rules.withRemarkFactor(new BigDecimal(factor));
    }
    if (zero != null) {
      rules = rules.withRemarkAtZeroTarget(new BigDecimal(zero));
    }
    return rules(rules);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "≥110家次 | 143家次 | FAR_ABOVE_TARGET_WITHOUT_REASON deviation WARNING 143 143",
        "≥110家次 | 142.9家次 | ''",
        "≤1650元/批次 | 2145元/批次 | FAR_ABOVE_TARGET_WITHOUT_REASON deviation WARNING 2145 2145",
        "＝0起 | 30起 | FAR_ABOVE_TARGET_WITHOUT_REASON deviation WARNING 30 30",
        "＝0起 | 29起 | ''",
      })
  void anActualFarAboveItsTargetNeedsAReasonWhateverTheScore(
      String target, String actual, String expected) {
    // 1.3 × 110 = 143; 1.3 × 1650 = 2145; 30 for a zero target. The score is the one suggested
    // (0 for 30起 against ＝0起, which then needs a reason for its deduction as well).
    Indicator indicator = indicator(target, actual, "10", null, null);
    Optional<BigDecimal> score = suggested(ScoringPolicy.DEFAULT, Category.QUALITY, indicator);
    Indicator scored = indicator.withScore(score).withDeviation(null);
    String deduction =
        score.orElseThrow().compareTo(BigDecimal.TEN) < 0
            ? "DEDUCTION_WITHOUT_REASON deviation WARNING - -"
            : "";
    String far =
        target.startsWith("≥") && !expected.isEmpty()
            ? "FAR_ABOVE_TARGET actual INFO 110 143"
            : target.startsWith("≥") ? "FAR_ABOVE_TARGET actual INFO 110 142.9" : "";
    String all =
        String.join(
            "; ", List.of(far, deduction, expected).stream().filter(s -> !s.isEmpty()).toList());
    assertEquals(all, found(remarkAt("1.3", "30"), Category.QUALITY, scored));
    // A deviation text is the reason asked for, and FAR_ABOVE_TARGET's analysis too.
    assertEquals("", found(remarkAt("1.3", "30"), Category.QUALITY, scored.withDeviation("超额完成")));
  }

  @Test
  void aZeroTargetNeedsAReasonOnlyWhereTheProfileSetsItsThreshold() {
    assertEquals(
        "MISSED_TARGET_WITHOUT_REASON deviation INFO 0 30",
        found(remarkAt("1.3", null), Category.QUALITY, indicator("＝0起", "30起", "10", "10", null))
            .replace("SUGGESTED_SCORE_DIFFERS score INFO 0 10; ", ""));
    // ≥0起 is at least 0, T = 0: the zero threshold holds for it too.
    assertEquals(
        "FAR_ABOVE_TARGET_WITHOUT_REASON deviation WARNING 30 31",
        found(remarkAt(null, "30"), Category.QUALITY, indicator("≥0起", "31起", "10", "10", null)));
    assertEquals(
        "",
        found(remarkAt(null, "30"), Category.QUALITY, indicator("≥10起", "310起", "10", "10", null))
            .replace("FAR_ABOVE_TARGET actual INFO 10 310", ""));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10 | | ≥100 | 130 | 8",
        "10 | | ≥100 | 129.99 | 10",
        "1.5 | | ≥100 | 200 | 0",
        "10 | ≥100 | ≥120 | 130 | 8",
        "10 | ≥100万元 | ≥120家 | 130家 | 10",
        "10 | 提升 | ≥120 | 130 | 10",
      })
  void anAtLeastSuggestionLosesPointsFromAFactorOfTheYearStartTarget(
      String weight, String initial, String target, String actual, String expected) {
    // 130 ≥ 1.3 × 100: 10 − 2; 129.99 is not; 1.5 − 2 floors at 0; against 年初 100, not 120. A
    // year-start target in another unit, or no quantity, gives way to the target: 130 < 156.
    ScoringPolicy policy =
        rules(
            IndicatorRules.DEFAULT.withOverAchievementDeduction(
                new IndicatorRules.OverAchievementDeduction(
                    new BigDecimal("1.3"), BigDecimal.valueOf(2))));
    Indicator indicator = indicator(target, actual, weight, weight, null);
    if (initial != null) {
      indicator = indicator.withInitialTarget(initial);
    }
    assertEquals(
        Optional.of(new BigDecimal(expected)), suggested(policy, Category.QUANTITY, indicator));
  }

  @Test
  void theYearStartDeductionLeavesAtMostTargetsAlone() {
    ScoringPolicy policy =
        rules(
            IndicatorRules.DEFAULT.withOverAchievementDeduction(
                new IndicatorRules.OverAchievementDeduction(
                    BigDecimal.ONE, BigDecimal.valueOf(2))));
    assertEquals(
        Optional.of(BigDecimal.TEN),
        suggested(policy, Category.COST, indicator("≤100万元", "100万元", "10", "10", null)));
  }

  // --- §2.7 deviation flags ---

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "COST | ≤1650元/批次 | 1651元/批次 | DEVIATION_FLAGGED actual INFO 1650 1651",
        "COST | ≤1650元/批次 | 1650元/批次 | ''",
        "COST | 1650元 | 1651元 | DEVIATION_FLAGGED actual INFO 1650 1651",
        "QUALITY | =100% | 99.5% | DEVIATION_FLAGGED actual INFO 100 99.5",
        "QUALITY | ＝100% | 100.5% | DEVIATION_FLAGGED actual INFO 100 100.5",
        "QUALITY | 等于100% | 99% | DEVIATION_FLAGGED actual INFO 100 99",
        "QUALITY | =100% | 100% | ''",
        "QUALITY | ＝0起 | 1起 | DEVIATION_FLAGGED actual INFO 0 1",
        "QUALITY | ≤0次 | 1次 | DEVIATION_FLAGGED actual INFO 0 1",
        "QUALITY | 0件 | 1件 | ''",
        "QUALITY | ≥100家 | 150家 | ''",
      })
  void anActualThatDepartsFromAnAtMostOrExactTargetIsFlagged(
      Category category, String target, String actual, String expected) {
    // The deviation is given: only the flag is looked for.
    Indicator indicator = indicator(target, actual, "10", null, "说明");
    Indicator scored = indicator.withScore(suggested(ScoringPolicy.DEFAULT, category, indicator));
    assertEquals(expected, found(rules(only("flags")), category, scored));
    assertEquals("", found(ScoringPolicy.DEFAULT, category, scored));
  }

  // --- §2.9 deductions ---

  @ParameterizedTest
  @CsvSource({
    "2.5, 7.50, ''",
    "2.5, 7.51, SCORE_ABOVE_DEDUCTED_WEIGHT score ERROR 7.5 7.51",
    "12, 0, ''",
    "12, 0.5, SCORE_ABOVE_DEDUCTED_WEIGHT score ERROR 0 0.5",
  })
  void aScoreMayNotExceedItsWeightLessTheDeduction(
      String deduction, String score, String expected) {
    Indicator indicator = indicator(null, null, "10", score, "说明").withDeduction(deduction);
    assertEquals(expected, found(rules(only("deductions")), Category.QUANTITY, indicator));
    // With deductions off the column is kept and used by no rule.
    assertEquals("", found(ScoringPolicy.DEFAULT, Category.QUANTITY, indicator));
  }

  @Test
  void theDeductionComesOffTheSuggestionAndIsTheMessagesDetail() {
    // ≥110家次, 130家次 meets it: 10, less 2.5 = 7.50.
    Indicator indicator = indicator("≥110家次", "130家次", "10", "10", null).withDeduction("2.5");
    ScoringPolicy policy = rules(only("deductions"));
    assertEquals(
        Optional.of(new BigDecimal("7.5")), suggested(policy, Category.QUANTITY, indicator));
    assertEquals(
        "SCORE_ABOVE_DEDUCTED_WEIGHT score ERROR 7.5 10; SUGGESTED_SCORE_DIFFERS score INFO 7.5 10",
        found(policy, Category.QUANTITY, indicator));
    Finding finding =
        new IndicatorChecks(
                policy, new Suggestions(policy, io.github.jixiao.core.reading.ValueReader.DEFAULT))
            .check(AT, Category.QUANTITY, indicator)
            .findings()
            .get(0);
    assertEquals(Optional.of("2.5"), finding.detail());
    // Above the weight it is SCORE_EXCEEDS_WEIGHT's alone.
    assertEquals(
        "SCORE_EXCEEDS_WEIGHT score ERROR 10 11",
        found(
            policy, Category.QUANTITY, indicator(null, null, "10", "11", null).withDeduction("2")));
  }

  @Test
  void anIndicatorWithADeductionIsNotBandChecked() {
    ScoringPolicy policy = rules(only("deductions"));
    // 达成 at 5 of 10 is below 8.00; with 扣减分数 5 the province's system skips the band.
    assertEquals(
        "",
        found(policy, Category.QUALITY, indicator(null, "达成", "10", "5", "说明").withDeduction("5")));
    assertEquals(
        "QUALITATIVE_SCORE_OUTSIDE_BAND score WARNING [8.00, 10.00] 5",
        found(policy, Category.QUALITY, indicator(null, "达成", "10", "5", "说明").withDeduction("0")));
    assertEquals(
        "QUALITATIVE_SCORE_OUTSIDE_BAND score WARNING [8.00, 10.00] 5",
        found(
            ScoringPolicy.DEFAULT,
            Category.QUALITY,
            indicator(null, "达成", "10", "5", "说明").withDeduction("5")));
  }

  // --- §2.10 the default cost row ---

  @Test
  void theDefaultCostRowMayScoreAtMostItsLimit() {
    ScoringPolicy policy =
        rules(
            IndicatorRules.DEFAULT.withDefaultCostRow(
                new IndicatorRules.DefaultCostRow("未填报", BigDecimal.valueOf(5))));
    assertEquals("", found(policy, Category.COST, indicator("未填报", null, "10", "5", "说明")));
    assertEquals(
        "DEFAULT_COST_SCORE_ABOVE_LIMIT score ERROR 5 5.01",
        found(policy, Category.COST, indicator(" 未填报 ", null, "10", "5.01", "说明")));
    assertEquals(
        "DEFAULT_COST_SCORE_ABOVE_LIMIT score ERROR 5 6",
        found(policy, Category.ECONOMIC_COST, indicator("未填报", null, "10", "6", "说明")));
    assertEquals("", found(policy, Category.QUANTITY, indicator("未填报", null, "10", "6", "说明")));
    assertEquals("", found(policy, Category.COST, indicator("未填报成本", null, "10", "6", "说明")));
  }

  // --- §2.11 dropped targets ---

  @Test
  void aDroppedTargetMustScoreZeroAndIsOtherwiseUnchecked() {
    ScoringPolicy policy = rules(only("dropped"));
    Indicator dropped = indicator(null, "达成", "5", "0", null).withInitialTarget("≥20场");
    assertEquals("", found(policy, Category.QUANTITY, dropped));
    assertEquals("", found(policy, Category.QUANTITY, dropped.withScore(Optional.empty())));
    assertEquals(
        "DROPPED_TARGET_SCORED score ERROR 0 5",
        found(policy, Category.QUANTITY, dropped.withScore(Optional.of(BigDecimal.valueOf(5)))));
    // Off: a blank score is missing and 0 of 5 needs a reason, as before.
    assertEquals(
        "MISSING_SCORE score ERROR 5 -",
        found(ScoringPolicy.DEFAULT, Category.QUANTITY, dropped.withScore(Optional.empty())));
    assertEquals(
        "QUALITATIVE_SCORE_OUTSIDE_BAND score WARNING [4.00, 5.00] 0;"
            + " DEDUCTION_WITHOUT_REASON deviation WARNING - -",
        found(ScoringPolicy.DEFAULT, Category.QUANTITY, dropped));
  }

  // --- §2.12 positive weights ---

  @Test
  void everyIndicatorButAPlaceholderMustBeWeightedAboveZero() {
    ScoringPolicy policy = rules(only("positive"));
    assertEquals(
        "WEIGHT_NOT_POSITIVE weight ERROR - 0",
        found(policy, Category.QUANTITY, indicator("≥1家", "1家", "0", "0", null)));
    assertEquals(
        "WEIGHT_NOT_POSITIVE weight ERROR - 0",
        found(
            policy,
            Category.QUANTITY,
            indicator("≥1家", "1家", "0", "0", null).withNotApplicable(true)));
    assertEquals("", found(policy, Category.QUANTITY, Indicator.of("无", null, null, "0", null)));
    assertEquals(
        "", found(policy, Category.QUANTITY, Indicator.of("指标1:", "无", "指标1：无", "0", null)));
    assertEquals(
        "WEIGHT_NOT_POSITIVE weight ERROR - 0",
        found(policy, Category.QUANTITY, Indicator.of("指标1:培训", null, null, "0", null)));
    assertEquals(
        "",
        found(ScoringPolicy.DEFAULT, Category.QUANTITY, indicator("≥1家", "1家", "0", "0", null)));
    // A dropped target is no concern of this rule where the profile drops targets.
    ScoringPolicy both =
        rules(IndicatorRules.DEFAULT.withDroppedTargets(true).withPositiveWeights(true));
    assertEquals(
        "",
        found(
            both,
            Category.QUANTITY,
            indicator(null, null, "0", "0", null).withInitialTarget("≥1家")));
  }

  // --- §2.13 text limits of a deviation ---

  @Test
  void aDeviationLongerThanItsLimitIsAWarning() {
    ScoringPolicy policy =
        rules(
            IndicatorRules.DEFAULT.withTextLimits(
                new IndicatorRules.TextLimits(Optional.empty(), Optional.empty(), Optional.of(5))));
    assertEquals(
        "", found(policy, Category.QUANTITY, indicator(null, null, "10", "9", "  进度滞后了 ")));
    assertEquals(
        "TEXT_TOO_LONG deviation WARNING 5 6",
        found(policy, Category.QUANTITY, indicator(null, null, "10", "9", "进度滞后了。")));
    // 𠀀 is one character of two UTF-16 units.
    assertEquals(
        "", found(policy, Category.QUANTITY, indicator(null, null, "10", "9", "𠀀𠀀𠀀𠀀𠀀")));
  }

  @Test
  void aListCountsItsItemsAndADeadlineIsNoQuantity() {
    // 电视、广播 is 2 items; 3 reached ≥ 1.3 × 2 = 2.6.
    assertEquals(
        "FAR_ABOVE_TARGET_WITHOUT_REASON deviation WARNING 2.6 3",
        found(
                remarkAt("1.3", "30"),
                Category.QUALITY,
                indicator("电视、广播", "电视、广播、报纸", "10", null, null))
            .replace("MISSING_SCORE score ERROR 10 -; ", ""));
    assertEquals(
        "",
        found(
            remarkAt("1.3", "30"),
            Category.TIMELINESS,
            indicator("2024年12月底前", "2024年11月", "10", "10", null)));
  }
}
