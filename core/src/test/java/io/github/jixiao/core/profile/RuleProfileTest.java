package io.github.jixiao.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.scoring.FundingFormula;
import io.github.jixiao.core.scoring.FundingStep;
import io.github.jixiao.core.scoring.GradeBands;
import io.github.jixiao.core.scoring.ProfileStamp;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.ScoringPolicy;
import io.github.jixiao.core.scoring.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleProfileTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** The example document of rule-profiles §4, built in code. */
  private static RuleProfile prefecture() {
    return RuleProfile.basedOn(Presets.GUANGXI)
        .id("EXAMPLE_PREFECTURE_2025")
        .revision(2)
        .title("某州 2025: 广西 rules, a reason from 150 %, grades 80/70/60")
        .source("州财政局 2025 年自评通知 第六条")
        // The bounds given fair first: they are put together once, at build().
        .set(ProfileSetting.GRADES_FAIR, d("60"))
        .set(ProfileSetting.GRADES_GOOD, d("70"))
        .set(ProfileSetting.GRADES_EXCELLENT, d("80"))
        .set(ProfileSetting.OVER_ACHIEVEMENT_REMARK_FACTOR, Optional.of(d("1.5")))
        .set(ProfileSetting.TEXT_LIMITS_DEVIATION, Optional.of(200))
        .build();
  }

  @Test
  void aProfileKeepsItsBasesSettingsAndChangesThoseItGives() {
    RuleProfile profile = prefecture();
    assertEquals(Optional.of("GUANGXI"), profile.basedOnId());
    assertEquals(Optional.of(Presets.GUANGXI), profile.basedOn());
    assertEquals(List.of("州财政局 2025 年自评通知 第六条"), profile.sources());
    assertEquals(new ProfileStamp("EXAMPLE_PREFECTURE_2025", 2), profile.stamp());
    // Changed, in document order (grades before overAchievement before textLimits; fair is 60).
    assertEquals(
        List.of(
            ProfileSetting.GRADES_EXCELLENT,
            ProfileSetting.GRADES_GOOD,
            ProfileSetting.OVER_ACHIEVEMENT_REMARK_FACTOR,
            ProfileSetting.TEXT_LIMITS_DEVIATION),
        profile.changes());
    // Kept from 广西.
    assertEquals(true, profile.get(ProfileSetting.DEDUCTIONS));
    assertEquals(
        Optional.of(d("30")), profile.get(ProfileSetting.OVER_ACHIEVEMENT_REMARK_AT_ZERO_TARGET));
    assertEquals(Severity.ERROR, profile.get(ProfileSetting.QUALITATIVE_SEVERITY));
    assertEquals(new GradeBands(d("80"), d("70"), d("60")), profile.policy().gradeBands());
  }

  @Test
  void aProfilesScorerStampsIt() {
    ProjectScorer scorer = prefecture().scorer();
    assertEquals(new ProfileStamp("EXAMPLE_PREFECTURE_2025", 2), scorer.profile());
    assertEquals(prefecture().policy(), scorer.policy());
  }

  @Test
  void aCustomPolicyStampsCustom() {
    assertEquals(ProfileStamp.NATIONAL_2020, ProjectScorer.DEFAULT.profile());
    assertEquals(
        ProfileStamp.NATIONAL_2020, ProjectScorer.withPolicy(ScoringPolicy.DEFAULT).profile());
    assertEquals(
        ProfileStamp.CUSTOM,
        ProjectScorer.withPolicy(ScoringPolicy.DEFAULT.withTolerance(d("0.01"))).profile());
  }

  @Test
  void aSettingGivenAtItsBasesValueIsNoChange() {
    RuleProfile same =
        RuleProfile.basedOn(Presets.NATIONAL_2020)
            .id("SAME")
            .title("same")
            .set(ProfileSetting.FUNDING_STANDARD_WEIGHT, d("10.00"))
            .build();
    assertEquals(List.of(), same.changes());
  }

  @Test
  void aFormulaAndItsStepsMayBeGivenInEitherOrder() {
    List<FundingStep> steps = List.of(new FundingStep(d("90"), d("100")));
    RuleProfile stepsFirst =
        RuleProfile.basedOn(Presets.NATIONAL_2020)
            .id("STEPS")
            .title("steps")
            .set(ProfileSetting.FUNDING_STEPS, steps)
            .set(ProfileSetting.FUNDING_FORMULA, FundingFormula.STEPPED)
            .build();
    assertEquals(steps, stepsFirst.get(ProfileSetting.FUNDING_STEPS));
    // Alone, one without the other does not fit.
    assertThrows(
        IllegalArgumentException.class,
        () -> ProfileSetting.FUNDING_FORMULA.with(ScoringPolicy.DEFAULT, FundingFormula.STEPPED));
    // Back to LINEAR from 江西 takes the steps away too.
    RuleProfile linear =
        RuleProfile.basedOn(Presets.JIANGXI)
            .id("LINEAR_AGAIN")
            .title("linear")
            .set(ProfileSetting.FUNDING_FORMULA, FundingFormula.LINEAR)
            .set(ProfileSetting.FUNDING_STEPS, List.of())
            .build();
    assertEquals(List.of(), linear.get(ProfileSetting.FUNDING_STEPS));
    assertEquals(
        List.of(ProfileSetting.FUNDING_FORMULA, ProfileSetting.FUNDING_STEPS), linear.changes());
  }

  @Test
  void aProfileIsRefusedWithoutIdTitleOrBase() {
    RuleProfile.Builder noId = RuleProfile.basedOn(Presets.NATIONAL_2020).title("t");
    assertThrows(NullPointerException.class, noId::build);
    RuleProfile.Builder noTitle = RuleProfile.basedOn(Presets.NATIONAL_2020).id("X");
    assertThrows(NullPointerException.class, noTitle::build);
    assertThrows(
        IllegalArgumentException.class,
        () -> RuleProfile.basedOn(Presets.NATIONAL_2020).id("lower").title("t").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> RuleProfile.basedOn(Presets.NATIONAL_2020).id("X").title(" ").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> RuleProfile.basedOn(Presets.NATIONAL_2020).id("X").revision(0).title("t").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> RuleProfile.basedOn(Presets.NATIONAL_2020).id("X").title("t").source("").build());
    IllegalArgumentException rootless =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new RuleProfile(
                    "OTHER", 1, "t", List.of(), Optional.empty(), ScoringPolicy.DEFAULT));
    assertTrue(rootless.getMessage().contains("OTHER"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RuleProfile(
                "NATIONAL_2020",
                1,
                "t",
                List.of(),
                Optional.of(Presets.NATIONAL_2020),
                ScoringPolicy.DEFAULT));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RuleProfile(
                "NATIONAL_2020",
                1,
                "t",
                List.of(),
                Optional.empty(),
                ScoringPolicy.DEFAULT.withFundingWeight(d("20"))));
  }

  @Test
  void settingsAreTheTwentyNineKeysOfTheDocumentInOrder() {
    List<String> keys = ProfileSetting.values().stream().map(ProfileSetting::key).toList();
    assertEquals(
        List.of(
            "funding.standardWeight",
            "funding.formula",
            "funding.steps",
            "levels.standard",
            "levels.weights.OUTPUT",
            "levels.weights.BENEFIT",
            "levels.weights.SATISFACTION",
            "levels.total",
            "grades.excellent",
            "grades.good",
            "grades.fair",
            "qualitative.bands.achieved",
            "qualitative.bands.partly",
            "qualitative.severity",
            "qualitative.remarkRequired",
            "atMostFormula",
            "overAchievement.flagFactor",
            "overAchievement.remarkFactor",
            "overAchievement.remarkAtZeroTarget",
            "overAchievement.deduction",
            "deviationFlags",
            "totalCaps",
            "deductions",
            "defaultCostRow",
            "droppedTargets",
            "positiveWeights",
            "textLimits.goals.expected",
            "textLimits.goals.achieved",
            "textLimits.deviation"),
        keys);
    assertEquals(
        List.of("textLimits", "goals.achieved"), ProfileSetting.TEXT_LIMITS_GOALS_ACHIEVED.path());
    assertEquals(
        List.of("levels", "weights", "OUTPUT"), ProfileSetting.LEVELS_WEIGHTS_OUTPUT.path());
    assertEquals(Optional.of(ProfileSetting.LEVELS_TOTAL), ProfileSetting.byKey("levels.total"));
    assertEquals(Optional.empty(), ProfileSetting.byKey("funding.formla"));
  }

  @Test
  void nationalDefaultsAreTheSpecsTable() {
    assertEquals(d("10"), ProfileSetting.FUNDING_STANDARD_WEIGHT.defaultValue());
    assertEquals(d("90"), ProfileSetting.LEVELS_TOTAL.defaultValue());
    assertEquals(d("50"), ProfileSetting.LEVELS_WEIGHTS_OUTPUT.defaultValue());
    assertEquals(d("30"), ProfileSetting.LEVELS_WEIGHTS_BENEFIT.defaultValue());
    assertEquals(d("10"), ProfileSetting.LEVELS_WEIGHTS_SATISFACTION.defaultValue());
    assertEquals(d("80"), ProfileSetting.QUALITATIVE_BANDS_ACHIEVED.defaultValue());
    assertEquals(d("60"), ProfileSetting.QUALITATIVE_BANDS_PARTLY.defaultValue());
    assertEquals(d("1.2"), ProfileSetting.OVER_ACHIEVEMENT_FLAG_FACTOR.defaultValue());
    assertEquals(Optional.empty(), ProfileSetting.TEXT_LIMITS_DEVIATION.defaultValue());
    assertEquals(false, ProfileSetting.POSITIVE_WEIGHTS.defaultValue());
  }

  @Test
  void everySettingReadsBackWhatItWrites() {
    ScoringPolicy jiangxi = Presets.JIANGXI.policy();
    for (ProfileSetting<?> setting : ProfileSetting.values()) {
      assertRoundTrip(setting, Presets.GUANGXI.policy(), jiangxi);
    }
  }

  private static <T> void assertRoundTrip(
      ProfileSetting<T> setting, ScoringPolicy from, ScoringPolicy to) {
    // Only settings where the two presets agree on the formula's steps can be copied alone.
    if (setting == ProfileSetting.FUNDING_FORMULA || setting == ProfileSetting.FUNDING_STEPS) {
      return;
    }
    T value = setting.get(from);
    assertTrue(setting.same(value, setting.get(setting.with(to, value))), setting.key());
  }

  @Test
  void castTypesGenericValuesAndRefusesOthers() {
    assertEquals(d("20"), ProfileSetting.FUNDING_STANDARD_WEIGHT.cast(d("20")));
    assertEquals(
        Optional.of(100), ProfileSetting.TEXT_LIMITS_GOALS_ACHIEVED.cast(Optional.of(100)));
    IllegalArgumentException wrong =
        assertThrows(
            IllegalArgumentException.class,
            () -> ProfileSetting.FUNDING_STANDARD_WEIGHT.cast("20"));
    assertEquals("funding.standardWeight takes a BigDecimal, not String", wrong.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProfileSetting.TEXT_LIMITS_DEVIATION.cast(Optional.of("200")));
    assertThrows(
        IllegalArgumentException.class, () -> ProfileSetting.TEXT_LIMITS_DEVIATION.cast(200));
    assertThrows(
        IllegalArgumentException.class, () -> ProfileSetting.FUNDING_STEPS.cast(List.of(d("1"))));
    assertThrows(IllegalArgumentException.class, () -> ProfileSetting.FUNDING_STEPS.cast(d("1")));
    assertThrows(
        IllegalArgumentException.class,
        () -> ProfileSetting.QUALITATIVE_SEVERITY.cast(FundingFormula.LINEAR));
    assertEquals(Severity.ERROR, ProfileSetting.QUALITATIVE_SEVERITY.cast(Severity.ERROR));
    assertEquals(Optional.of(Severity.class), ProfileSetting.QUALITATIVE_SEVERITY.enumType());
    assertEquals(Optional.empty(), ProfileSetting.DEDUCTIONS.enumType());
    assertEquals(ProfileSetting.Type.BOOLEAN, ProfileSetting.DEDUCTIONS.type());
    assertTrue(ProfileSetting.DEFAULT_COST_ROW.optional());
    assertFalse(ProfileSetting.TOTAL_CAPS.optional());
    assertTrue(ProfileSetting.TOTAL_CAPS.type().isList());
    assertFalse(ProfileSetting.Type.DECIMAL.isList());
  }

  @Test
  void sameComparesDecimalsByValue() {
    assertTrue(
        ProfileSetting.FUNDING_STEPS.same(
            List.of(new FundingStep(d("80"), d("70"))),
            List.of(new FundingStep(d("80.0"), d("70.00")))));
    assertFalse(
        ProfileSetting.FUNDING_STEPS.same(
            List.of(new FundingStep(d("80"), d("70"))),
            List.of(new FundingStep(d("80"), d("50")))));
    assertFalse(
        ProfileSetting.FUNDING_STEPS.same(List.of(new FundingStep(d("80"), d("70"))), List.of()));
    assertTrue(
        ProfileSetting.OVER_ACHIEVEMENT_REMARK_FACTOR.same(
            Optional.of(d("1.3")), Optional.of(d("1.30"))));
    assertFalse(
        ProfileSetting.OVER_ACHIEVEMENT_REMARK_FACTOR.same(
            Optional.of(d("1.3")), Optional.empty()));
    assertFalse(
        ProfileSetting.DEFAULT_COST_ROW.same(
            Presets.SHANXI.get(ProfileSetting.DEFAULT_COST_ROW),
            Optional.of(
                new io.github.jixiao.core.scoring.IndicatorRules.DefaultCostRow("未填", d("5")))));
    assertTrue(
        ProfileSetting.OVER_ACHIEVEMENT_DEDUCTION.same(
            Presets.YITIHUA_2022.get(ProfileSetting.OVER_ACHIEVEMENT_DEDUCTION),
            Optional.of(
                new io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction(
                    d("1.30"), d("2.0")))));
  }

  @Test
  void castNamesTheSettingAndTheTypeItTakes() {
    assertEquals(
        "textLimits.deviation takes an Optional<Integer>, not Integer",
        assertThrows(
                IllegalArgumentException.class,
                () -> ProfileSetting.TEXT_LIMITS_DEVIATION.cast(200))
            .getMessage());
    assertEquals(
        "funding.steps takes a List<FundingStep>, not BigDecimal",
        assertThrows(
                IllegalArgumentException.class,
                () -> ProfileSetting.FUNDING_STEPS.cast(List.of(d("1"))))
            .getMessage());
    assertEquals(
        "qualitative.severity takes a Severity, not FundingFormula",
        assertThrows(
                IllegalArgumentException.class,
                () -> ProfileSetting.QUALITATIVE_SEVERITY.cast(FundingFormula.LINEAR))
            .getMessage());
    assertEquals(
        "deductions must not be null",
        assertThrows(NullPointerException.class, () -> ProfileSetting.DEDUCTIONS.cast(null))
            .getMessage());
    java.util.ArrayList<FundingStep> withNull = new java.util.ArrayList<>();
    withNull.add(null);
    assertEquals(
        "funding.steps must not hold null",
        assertThrows(NullPointerException.class, () -> ProfileSetting.FUNDING_STEPS.cast(withNull))
            .getMessage());
    assertEquals("levels.weights.OUTPUT", ProfileSetting.LEVELS_WEIGHTS_OUTPUT.toString());
  }

  @Test
  void sameComparesCapsAndCostRowsFieldByField() {
    io.github.jixiao.core.scoring.TotalCap cap =
        new io.github.jixiao.core.scoring.TotalCap(d("80"), d("89"));
    assertTrue(
        ProfileSetting.TOTAL_CAPS.same(
            List.of(cap),
            List.of(new io.github.jixiao.core.scoring.TotalCap(d("80.0"), d("89.00")))));
    assertFalse(
        ProfileSetting.TOTAL_CAPS.same(
            List.of(cap), List.of(new io.github.jixiao.core.scoring.TotalCap(d("70"), d("89")))));
    assertFalse(
        ProfileSetting.TOTAL_CAPS.same(
            List.of(cap), List.of(new io.github.jixiao.core.scoring.TotalCap(d("80"), d("79")))));
    assertTrue(
        ProfileSetting.DEFAULT_COST_ROW.same(
            Presets.SHANXI.get(ProfileSetting.DEFAULT_COST_ROW),
            Optional.of(
                new io.github.jixiao.core.scoring.IndicatorRules.DefaultCostRow(
                    "未填报", d("5.00")))));
    assertFalse(
        ProfileSetting.DEFAULT_COST_ROW.same(
            Presets.SHANXI.get(ProfileSetting.DEFAULT_COST_ROW),
            Optional.of(
                new io.github.jixiao.core.scoring.IndicatorRules.DefaultCostRow("未填报", d("6")))));
    assertFalse(
        ProfileSetting.OVER_ACHIEVEMENT_DEDUCTION.same(
            Presets.YITIHUA_2022.get(ProfileSetting.OVER_ACHIEVEMENT_DEDUCTION),
            Optional.of(
                new io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction(
                    d("1.3"), d("3")))));
    assertFalse(
        ProfileSetting.OVER_ACHIEVEMENT_DEDUCTION.same(
            Presets.YITIHUA_2022.get(ProfileSetting.OVER_ACHIEVEMENT_DEDUCTION),
            Optional.of(
                new io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction(
                    d("1.5"), d("2")))));
  }

  @Test
  void sourcesAreKeptInTheOrderGiven() {
    RuleProfile profile =
        RuleProfile.basedOn(Presets.NATIONAL_2020)
            .id("X")
            .title("t")
            .source("a")
            .sources(List.of("b", "c"))
            .build();
    assertEquals(List.of("a", "b", "c"), profile.sources());
  }

  @Test
  void aCappedTotalIsAboveItsCap() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new io.github.jixiao.core.scoring.CappedTotal(d("89"), d("89.00")));
    assertEquals(
        d("89.01"),
        new io.github.jixiao.core.scoring.CappedTotal(d("89"), d("89.01")).uncappedTotal());
  }
}
