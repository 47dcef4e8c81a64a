package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.IndicatorCell;
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
}
