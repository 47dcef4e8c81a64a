package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.Level;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingTest {

  private static final Finding TOTAL =
      new Finding(
          FindingCode.TOTAL_SCORE_MISMATCH,
          FormPath.REPORTED_TOTAL,
          Optional.of(new BigDecimal("99.03")),
          Optional.of(new BigDecimal("100.00")),
          Optional.empty());

  @Test
  void messageNamesTheCellAndTheNumbersInChinese() {
    assertEquals("填报总分为 100，按各项得分合计应为 99.03。", TOTAL.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        TOTAL.message(Locale.SIMPLIFIED_CHINESE), TOTAL.message(Locale.TRADITIONAL_CHINESE));
  }

  @Test
  void messageIsEnglishForAnyOtherLocaleWhateverTheDefault() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertEquals(
          "The reported total is 100, but the indicator scores and the funding "
              + "score add up to 99.03.",
          TOTAL.message(Locale.FRENCH));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void indicatorMessagesQuoteTheIndicatorsName() {
    Finding finding =
        new Finding(
            FindingCode.DEDUCTION_WITHOUT_REASON,
            FormPath.indicator(0, 3, 1).cell(IndicatorCell.DEVIATION),
            Optional.empty(),
            Optional.empty(),
            Optional.of("融合通信互联网端应用等系统成本不高于375万元"));
    assertEquals(
        "指标“融合通信互联网端应用等系统成本不高于375万元”" + "有扣分，但未填写偏差原因分析及改进措施。", finding.message(Locale.CHINA));
    assertEquals(Severity.WARNING, finding.severity());
  }

  @Test
  void everyCodeHasAMessageInBothLanguages() {
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.SIMPLIFIED_CHINESE}) {
      ResourceBundle bundle =
          ResourceBundle.getBundle("io.github.jixiao.core.scoring.FindingMessages", locale);
      for (FindingCode code : FindingCode.values()) {
        assertFalse(bundle.getString(code.name()).isBlank(), code + " in " + locale);
      }
    }
    assertEquals(Severity.INFO, FindingCode.SUGGESTED_SCORE_DIFFERS.severity());
  }

  /** Every code, the fraction variant too, with every argument given: none leads with its path. */
  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void noMessageStartsWithItsPath(FindingCode code) {
    List<Finding> findings =
        List.of(
            new Finding(
                code,
                FormPath.indicator(0, 1, 2).cell(IndicatorCell.SCORE),
                Optional.of(new BigDecimal("14.46")),
                Optional.of(new BigDecimal("0.1446")),
                Optional.of("产出指标")),
            new Finding(
                code, FormPath.LEVELS, Optional.empty(), Optional.empty(), Optional.empty()));
    for (Finding finding : findings) {
      for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
        String message = finding.message(locale);
        assertFalse(message.startsWith("$"), message);
        assertFalse(message.contains(finding.path().toString()), message);
      }
    }
  }

  @Test
  void aRateWrittenAsAFractionIsSaidToBeOneWithoutItsPath() {
    Finding fraction =
        new Finding(
            FindingCode.FUNDING_RATE_MISMATCH,
            FormPath.REPORTED_EXECUTION_RATE,
            Optional.of(new BigDecimal("14.46")),
            Optional.of(new BigDecimal("0.1446")),
            Optional.empty());
    assertEquals(
        "The reported execution rate is 0.1446%, but executed ÷ adjusted budget gives 14.46%; "
            + "0.1446 looks like the rate written as a fraction, not in percent.",
        fraction.message(Locale.ENGLISH));
  }

  @Test
  void numbersAreKeptInOneScale() {
    assertEquals(Optional.of(new BigDecimal("100")), TOTAL.actual());
  }

  /** docs/form-json.md §3: 优 printed where the computed total 88.60 gives 良. */
  private static final Finding GRADE =
      Finding.ofGrades(
          FindingCode.GRADE_MISMATCH,
          FormPath.REPORTED_GRADE,
          Grade.GOOD,
          Grade.EXCELLENT,
          "88.60");

  @Test
  void aGradeMismatchComparesTwoGradesAndSaysSoInEachLanguage() {
    assertEquals(Optional.of(Grade.GOOD), GRADE.expectedGrade());
    assertEquals(Optional.of(Grade.EXCELLENT), GRADE.actualGrade());
    assertEquals(Optional.empty(), GRADE.expected());
    assertEquals(Optional.empty(), GRADE.actual());
    assertEquals(Optional.of("88.60"), GRADE.subject());
    assertEquals(Severity.ERROR, GRADE.severity());
    assertTrue(FindingCode.GRADE_MISMATCH.comparesGrades());
    assertFalse(FindingCode.TOTAL_SCORE_MISMATCH.comparesGrades());
    assertEquals("填报等级为“优”，按计算总分 88.60 应为“良”。", GRADE.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        "The form reports the grade 优 (EXCELLENT), but the computed total 88.60 gives 良 (GOOD).",
        GRADE.message(Locale.ENGLISH));
  }

  @Test
  void aLocatedGradeFindingKeepsItsGrades() {
    Optional<SourceLocation> at = Optional.of(new SourceLocation.TextPosition(3, 4));
    Finding located = GRADE.withLocation(at);
    assertEquals(at, located.location());
    assertEquals(GRADE.expectedGrade(), located.expectedGrade());
    assertEquals(GRADE.actualGrade(), located.actualGrade());
    assertEquals(GRADE.message(Locale.ENGLISH), located.message(Locale.ENGLISH));
  }

  @Test
  void aFindingComparesNumbersOrGradesNotBoth() {
    Optional<BigDecimal> one = Optional.of(BigDecimal.ONE);
    Optional<Grade> good = Optional.of(Grade.GOOD);
    // Each number beside each grade: expected or actual on either side.
    for (int which = 0; which < 4; which++) {
      Optional<BigDecimal> expected = which % 2 == 0 ? one : Optional.empty();
      Optional<BigDecimal> actual = which % 2 == 0 ? Optional.empty() : one;
      Optional<Grade> expectedGrade = which < 2 ? good : Optional.empty();
      Optional<Grade> actualGrade = which < 2 ? Optional.empty() : good;
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new Finding(
                      FindingCode.GRADE_MISMATCH,
                      FormPath.REPORTED_GRADE,
                      expected,
                      actual,
                      expectedGrade,
                      actualGrade,
                      Optional.empty(),
                      Optional.empty()));
      assertEquals(
          "GRADE_MISMATCH at $.reportedGrade compares numbers or grades, not both", e.getMessage());
    }
    assertThrows(
        NullPointerException.class,
        () ->
            new Finding(
                FindingCode.GRADE_MISMATCH,
                FormPath.REPORTED_GRADE,
                Optional.empty(),
                Optional.empty(),
                null,
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    assertThrows(
        NullPointerException.class,
        () ->
            new Finding(
                FindingCode.GRADE_MISMATCH,
                FormPath.REPORTED_GRADE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                null,
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void aGradeFindingWithOneGradeOnlyLeavesTheOtherBlankInItsMessage() {
    Finding half =
        new Finding(
            FindingCode.GRADE_MISMATCH,
            FormPath.REPORTED_GRADE,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Grade.POOR),
            Optional.of("70.00"),
            Optional.empty());
    assertEquals("填报等级为“差”，按计算总分 70.00 应为“”。", half.message(Locale.CHINA));
  }

  /** rule-profiles §2.1: the five ids of its table, checked there with sha256sum. */
  @Test
  void theIdIsTheFirstSixteenHexDigitsOfTheSha256OfCodeAndPath() {
    assertEquals("459e3d190ce5a2b0", TOTAL.id());
    assertEquals(
        "5e919713213b51e5",
        new Finding(
                FindingCode.FUNDING_SCORE_MISMATCH,
                FormPath.REPORTED_FUNDING_SCORE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty())
            .id());
    assertEquals("dd6c6435e3072b16", BAND.id());
    Finding levels =
        new Finding(
            FindingCode.NONSTANDARD_LEVEL_WEIGHT,
            FormPath.LEVELS,
            Optional.of(new BigDecimal("90")),
            Optional.of(new BigDecimal("85")),
            Optional.empty());
    assertEquals("12dfe3b641345dbe", levels.id());
    assertEquals("e0483cadf2efa15d", levels.aboutLevel(Level.SATISFACTION).id());
    assertEquals(Optional.of(Level.SATISFACTION), levels.aboutLevel(Level.SATISFACTION).level());
  }

  @Test
  void theIdDependsOnNeitherSeverityNorValuesNorMessageNorLocation() {
    Finding other =
        new Finding(
                FindingCode.QUALITATIVE_SCORE_OUTSIDE_BAND,
                FormPath.indicator(1, 0, 0).cell(IndicatorCell.SCORE),
                Optional.empty(),
                Optional.of(new BigDecimal("1")),
                Optional.of("另一指标"))
            .withSeverity(Severity.ERROR)
            .withDetail("未达成")
            .withLocation(Optional.of(new SourceLocation.TextPosition(3, 4)));
    assertEquals(BAND.id(), other.id());
    assertEquals(16, other.id().length());
  }

  /** rule-profiles §1.1's fourth row: 部分达成，宣传覆盖率未达预期 at 10.00 of 12.5. */
  private static final Finding BAND =
      new Finding(
              FindingCode.QUALITATIVE_SCORE_OUTSIDE_BAND,
              FormPath.indicator(1, 0, 0).cell(IndicatorCell.SCORE),
              Optional.empty(),
              Optional.of(new BigDecimal("10.00")),
              Optional.of("宣传覆盖率"))
          .withExpectedText("[7.50, 10.00)")
          .withDetail("部分达成");

  @Test
  void aBandFindingWritesItsBandAsTextAndTheBandsWordsAsItsDetail() {
    assertEquals(Optional.of("[7.50, 10.00)"), BAND.expectedText());
    assertEquals(Optional.empty(), BAND.expected());
    assertEquals(Optional.of(new BigDecimal("10")), BAND.actual());
    assertEquals(Optional.of("部分达成"), BAND.detail());
    assertEquals(Severity.WARNING, BAND.severity());
    assertEquals(
        "指标“宣传覆盖率”完成情况为“部分达成”，得分应在 [7.50, 10.00) 之内，实为 10。",
        BAND.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        "Indicator “宣传覆盖率” is rated “部分达成”, which allows a score in [7.50, 10.00); it scores 10.",
        BAND.message(Locale.ENGLISH));
  }

  @Test
  void aProfileMayRaiseAFindingsSeverityWithoutChangingItsCode() {
    Finding strict = BAND.withSeverity(Severity.ERROR);
    assertEquals(Severity.ERROR, strict.severity());
    assertEquals(Severity.WARNING, strict.code().severity());
    assertEquals(BAND.message(Locale.ENGLISH), strict.message(Locale.ENGLISH));
    assertEquals(Severity.ERROR, strict.withLocation(Optional.empty()).severity());
  }

  /** rule-profiles §1.3's example: a deadline missed, its dates as text. */
  @Test
  void aDeadlineFindingComparesDatesAsText() {
    Finding missed =
        Finding.ofTexts(
            FindingCode.MISSED_TARGET_WITHOUT_REASON,
            FormPath.indicator(0, 2, 0).cell(IndicatorCell.DEVIATION),
            Optional.of("2024-12-31"),
            Optional.of("2025-03-31"),
            Optional.of("项目完成时间"));
    assertEquals(Severity.INFO, missed.severity());
    assertEquals(Optional.of("2024-12-31"), missed.expectedText());
    assertEquals(Optional.of("2025-03-31"), missed.actualText());
    assertEquals(
        "指标“项目完成时间”实际完成值 2025-03-31 未达到年度指标值 2024-12-31，得满分且未填写偏差原因分析及改进措施。",
        missed.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        "Indicator “项目完成时间” reaches 2025-03-31 against a target of 2024-12-31, at full score"
            + " and with no reason for the deviation.",
        missed.message(Locale.ENGLISH));
  }

  @Test
  void aValueIsANumberOrTextNotBoth() {
    Finding number =
        new Finding(
            FindingCode.TEXT_TOO_LONG,
            FormPath.ACHIEVED_GOAL,
            Optional.of(new BigDecimal("100")),
            Optional.of(new BigDecimal("101")),
            Optional.empty());
    assertEquals(Optional.empty(), number.withExpectedText("100").expected());
    assertEquals(number.actual(), number.withExpectedText("100").actual());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Finding(
                    FindingCode.TEXT_TOO_LONG,
                    FormPath.ACHIEVED_GOAL,
                    Severity.WARNING,
                    Optional.of(BigDecimal.ONE),
                    Optional.empty(),
                    Optional.of("1"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
    assertEquals(
        "TEXT_TOO_LONG at $.goals.achieved gives a value as a number or as text, not both",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Finding(
                FindingCode.TEXT_TOO_LONG,
                FormPath.ACHIEVED_GOAL,
                Severity.WARNING,
                Optional.empty(),
                Optional.of(BigDecimal.ONE),
                Optional.empty(),
                Optional.of("1"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Finding(
                FindingCode.GRADE_MISMATCH,
                FormPath.REPORTED_GRADE,
                Severity.ERROR,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("优"),
                Optional.of(Grade.GOOD),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    assertThrows(NullPointerException.class, () -> number.withSeverity(null));
    assertEquals("文字为 101 字，不得超过 100 字。", number.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        "The text has 101 characters; at most 100 are allowed.", number.message(Locale.ENGLISH));
  }

  /** rule-profiles §2.8 and §2.9: {4} is the execution rate, the deduction. */
  @Test
  void theDetailFillsTheMessagesFourthArgument() {
    Finding capped =
        new Finding(
                FindingCode.TOTAL_CAPPED_BY_EXECUTION_RATE,
                FormPath.REPORTED_TOTAL,
                Optional.of(new BigDecimal("89")),
                Optional.of(new BigDecimal("98.00")),
                Optional.empty())
            .withDetail("79.99");
    assertEquals(Severity.WARNING, capped.severity());
    assertEquals(
        "预算执行率为 79.99%，总分不得超过 89；各项得分合计 98，总分按 89 计。", capped.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        "At an execution rate of 79.99%, the total may not exceed 89; the scores add up to 98, so"
            + " the total is 89.",
        capped.message(Locale.ENGLISH));
    Finding deducted =
        new Finding(
                FindingCode.SCORE_ABOVE_DEDUCTED_WEIGHT,
                FormPath.indicator(0, 0, 0).cell(IndicatorCell.SCORE),
                Optional.of(new BigDecimal("7.50")),
                Optional.of(new BigDecimal("7.51")),
                Optional.of("培训人次"))
            .withDetail("2.5");
    assertEquals(Severity.ERROR, deducted.severity());
    assertEquals(
        "指标“培训人次”得分 7.51，高于分值扣减 2.5 分后的 7.5。", deducted.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        "Indicator “培训人次” scores 7.51, above its weight less the deduction of 2.5, 7.5.",
        deducted.message(Locale.ENGLISH));
  }

  @Test
  void theAddedCodesHaveTheSeveritiesOfTheSpec() {
    assertEquals(Severity.WARNING, FindingCode.QUALITATIVE_SCORE_OUTSIDE_BAND.severity());
    assertEquals(Severity.INFO, FindingCode.MISSED_TARGET_WITHOUT_REASON.severity());
    assertEquals(Severity.WARNING, FindingCode.QUALITATIVE_WITHOUT_REMARK.severity());
    assertEquals(Severity.WARNING, FindingCode.FAR_ABOVE_TARGET_WITHOUT_REASON.severity());
    assertEquals(Severity.INFO, FindingCode.DEVIATION_FLAGGED.severity());
    assertEquals(Severity.WARNING, FindingCode.TOTAL_CAPPED_BY_EXECUTION_RATE.severity());
    assertEquals(Severity.ERROR, FindingCode.SCORE_ABOVE_DEDUCTED_WEIGHT.severity());
    assertEquals(Severity.ERROR, FindingCode.DEFAULT_COST_SCORE_ABOVE_LIMIT.severity());
    assertEquals(Severity.ERROR, FindingCode.DROPPED_TARGET_SCORED.severity());
    assertEquals(Severity.ERROR, FindingCode.WEIGHT_NOT_POSITIVE.severity());
    assertEquals(Severity.WARNING, FindingCode.TEXT_TOO_LONG.severity());
    assertEquals("定性得分超出档次", FindingCode.QUALITATIVE_SCORE_OUTSIDE_BAND.displayName(Locale.CHINA));
    assertEquals("Text too long", FindingCode.TEXT_TOO_LONG.displayName(Locale.ENGLISH));
  }
}
