package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ranges of rule-profiles §2.2–§2.13, held by the settings' own values. */
class ProfileSettingsBoundsTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static List<FundingStep> jiangxiSteps() {
    return List.of(
        new FundingStep(d("100"), d("100")),
        new FundingStep(d("80"), d("70")),
        new FundingStep(d("60"), d("50")));
  }

  @Test
  void theNationalPolicyScoresLinearlyPerLevelUncappedWithNoIndicatorRules() {
    ScoringPolicy policy = ScoringPolicy.DEFAULT;
    assertEquals(FundingFormula.LINEAR, policy.fundingFormula());
    assertEquals(List.of(), policy.fundingSteps());
    assertEquals(LevelStandard.PER_LEVEL, policy.levelStandard());
    assertEquals(d("90"), policy.levelTotal());
    assertEquals(List.of(), policy.totalCaps());
    assertEquals(IndicatorRules.DEFAULT, policy.indicatorRules());
  }

  @Test
  void theNationalIndicatorRulesWarnOnBandsAndAddNothingElse() {
    IndicatorRules rules = IndicatorRules.DEFAULT;
    assertEquals(Severity.WARNING, rules.bandSeverity());
    assertEquals(false, rules.remarkRequired());
    assertEquals(Optional.empty(), rules.remarkFactor());
    assertEquals(Optional.empty(), rules.remarkAtZeroTarget());
    assertEquals(Optional.empty(), rules.overAchievementDeduction());
    assertEquals(false, rules.deviationFlags());
    assertEquals(false, rules.deductions());
    assertEquals(Optional.empty(), rules.defaultCostRow());
    assertEquals(false, rules.droppedTargets());
    assertEquals(false, rules.positiveWeights());
    assertEquals(IndicatorRules.TextLimits.NONE, rules.textLimits());
  }

  @Test
  void aSteppedFormulaTakesStrictlyDescendingSteps() {
    ScoringPolicy stepped =
        ScoringPolicy.DEFAULT.withFundingFormula(FundingFormula.STEPPED, jiangxiSteps());
    assertEquals(FundingFormula.STEPPED, stepped.fundingFormula());
    assertEquals(jiangxiSteps(), stepped.fundingSteps());

    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringPolicy.DEFAULT.withFundingFormula(FundingFormula.STEPPED, List.of()));
    assertEquals("a STEPPED funding formula needs steps", none.getMessage());
    IllegalArgumentException linearWithSteps =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringPolicy.DEFAULT.withFundingFormula(FundingFormula.LINEAR, jiangxiSteps()));
    assertEquals("a LINEAR funding formula takes no steps", linearWithSteps.getMessage());

    List<FundingStep> level =
        List.of(new FundingStep(d("80"), d("70")), new FundingStep(d("80"), d("50")));
    assertThrows(
        IllegalArgumentException.class,
        () -> ScoringPolicy.DEFAULT.withFundingFormula(FundingFormula.STEPPED, level));
    List<FundingStep> rising =
        List.of(new FundingStep(d("60"), d("50")), new FundingStep(d("80"), d("70")));
    assertThrows(
        IllegalArgumentException.class,
        () -> ScoringPolicy.DEFAULT.withFundingFormula(FundingFormula.STEPPED, rising));
  }

  @Test
  void thePolicyCopiesItsListsSoALaterChangeToTheCallersListChangesNothing() {
    List<TotalCap> caps = new ArrayList<>(List.of(new TotalCap(d("80"), d("89"))));
    ScoringPolicy capped = ScoringPolicy.DEFAULT.withTotalCaps(caps);
    caps.add(new TotalCap(d("70"), d("79")));
    assertEquals(List.of(new TotalCap(d("80"), d("89"))), capped.totalCaps());
  }

  @Test
  void totalCapsDescendStrictlyByTheirRate() {
    List<TotalCap> yitihua =
        List.of(
            new TotalCap(d("80"), d("89")),
            new TotalCap(d("70"), d("79")),
            new TotalCap(d("60"), d("69")),
            new TotalCap(d("50"), d("59")));
    assertEquals(yitihua, ScoringPolicy.DEFAULT.withTotalCaps(yitihua).totalCaps());
    List<TotalCap> level = List.of(new TotalCap(d("80"), d("89")), new TotalCap(d("80"), d("79")));
    assertThrows(IllegalArgumentException.class, () -> ScoringPolicy.DEFAULT.withTotalCaps(level));
  }

  @Test
  void theLevelTotalIsAbove0AndAtMost100() {
    assertEquals(d("80"), ScoringPolicy.DEFAULT.withLevelTotal(d("80")).levelTotal());
    assertEquals(d("100"), ScoringPolicy.DEFAULT.withLevelTotal(d("100")).levelTotal());
    assertEquals(d("0.01"), ScoringPolicy.DEFAULT.withLevelTotal(d("0.01")).levelTotal());
    assertThrows(
        IllegalArgumentException.class, () -> ScoringPolicy.DEFAULT.withLevelTotal(d("0")));
    assertThrows(
        IllegalArgumentException.class, () -> ScoringPolicy.DEFAULT.withLevelTotal(d("100.01")));
    assertEquals(
        LevelStandard.TOTAL_ONLY,
        ScoringPolicy.DEFAULT.withLevelStandard(LevelStandard.TOTAL_ONLY).levelStandard());
  }

  @Test
  void aStepStartsAbove0AtMost100AndScoresFrom0To100PercentOfTheWeight() {
    assertEquals(d("100"), new FundingStep(d("100"), d("100")).from());
    assertEquals(d("0"), new FundingStep(d("0.01"), d("0")).share());
    assertThrows(IllegalArgumentException.class, () -> new FundingStep(d("0"), d("50")));
    assertThrows(IllegalArgumentException.class, () -> new FundingStep(d("100.01"), d("50")));
    assertThrows(IllegalArgumentException.class, () -> new FundingStep(d("80"), d("-0.01")));
    assertThrows(IllegalArgumentException.class, () -> new FundingStep(d("80"), d("100.01")));
  }

  @Test
  void aCapAppliesBelowARateAbove0AtMost100AndCapsAtMost100() {
    assertEquals(d("100"), new TotalCap(d("100"), d("100")).cap());
    assertThrows(IllegalArgumentException.class, () -> new TotalCap(d("0"), d("89")));
    assertThrows(IllegalArgumentException.class, () -> new TotalCap(d("100.01"), d("89")));
    assertThrows(IllegalArgumentException.class, () -> new TotalCap(d("80"), d("0")));
    assertThrows(IllegalArgumentException.class, () -> new TotalCap(d("80"), d("100.01")));
  }

  @Test
  void theIndicatorRulesTakeTheirBounds() {
    IndicatorRules d = IndicatorRules.DEFAULT;
    // Below them, refused (IndicatorRulesTest); at their bounds: a factor of 1, the smallest actual
    // above 0 at 2 places, an ERROR.
    IndicatorRules strict =
        d.withBandSeverity(Severity.ERROR)
            .withRemarkFactor(d("1"))
            .withRemarkAtZeroTarget(d("0.01"))
            .withOverAchievementDeduction(
                new IndicatorRules.OverAchievementDeduction(d("1"), d("0.01")))
            .withDefaultCostRow(new IndicatorRules.DefaultCostRow("未填报", d("0")))
            .withTextLimits(
                new IndicatorRules.TextLimits(Optional.of(1), Optional.of(100), Optional.of(200)));
    assertEquals(Severity.ERROR, strict.bandSeverity());
    assertEquals(Optional.of(d("1")), strict.remarkFactor());
    assertEquals(Optional.of(d("0.01")), strict.remarkAtZeroTarget());
    assertEquals(Optional.of(100), strict.textLimits().goalsAchieved());
  }

  @Test
  void aDeductionNeedsAFactorOfAtLeast1AndPositivePoints() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new IndicatorRules.OverAchievementDeduction(d("0.99"), d("2")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new IndicatorRules.OverAchievementDeduction(d("1.3"), d("0")));
  }

  @Test
  void theDefaultCostRowHasATargetAndAScoreNotBelow0() {
    assertThrows(
        IllegalArgumentException.class, () -> new IndicatorRules.DefaultCostRow(" ", d("5")));
    assertThrows(
        IllegalArgumentException.class, () -> new IndicatorRules.DefaultCostRow("未填报", d("-0.01")));
  }

  @Test
  void aTextLimitIsAtLeastOneCharacter() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new IndicatorRules.TextLimits(Optional.of(0), Optional.empty(), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new IndicatorRules.TextLimits(Optional.empty(), Optional.of(0), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new IndicatorRules.TextLimits(Optional.empty(), Optional.empty(), Optional.of(0)));
  }

  @Test
  void aProfileStampIsAnUpperSnakeCaseIdAndARevisionFrom1() {
    assertEquals("NATIONAL_2020 r1", ProfileStamp.NATIONAL_2020.toString());
    assertEquals(64, new ProfileStamp("A" + "_".repeat(63), 1).id().length());
    assertThrows(IllegalArgumentException.class, () -> new ProfileStamp("A" + "_".repeat(64), 1));
    assertThrows(IllegalArgumentException.class, () -> new ProfileStamp("hubei", 1));
    assertThrows(IllegalArgumentException.class, () -> new ProfileStamp("_HUBEI", 1));
    assertThrows(IllegalArgumentException.class, () -> new ProfileStamp("HUBEI", 0));
  }
}
