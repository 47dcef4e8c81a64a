package io.github.jixiao.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.CappedTotal;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.ProfileStamp;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The presets of rule-profiles §3 and the rules of §2.2, §2.3, §2.4 and §2.8 through them. */
class PresetsTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static LevelSection full(Level level, Category category, String weight) {
    return LevelSection.of(
        level,
        weight,
        CategorySection.of(category, Indicator.of("指标", null, null, weight, weight)));
  }

  /** 产出 50, 效益 30, 满意度 10, each at full marks: 90 points. */
  private static Project ninety(FundingBreakdown funding) {
    return Project.builder("项目")
        .funding(funding)
        .level(full(Level.OUTPUT, Category.QUANTITY, "50"))
        .level(full(Level.BENEFIT, Category.SOCIAL, "30"))
        .level(full(Level.SATISFACTION, Category.SERVICE_RECIPIENT, "10"))
        .build();
  }

  private static FundingBreakdown spent(String budget, String executed) {
    return FundingBreakdown.builder().total(budget, budget, executed).build();
  }

  private static List<String> found(Scorecard card, FindingCode... codes) {
    Set<FindingCode> wanted = Set.of(codes);
    return card.findings().stream()
        .filter(f -> wanted.contains(f.code()))
        .map(
            f ->
                f.code()
                    + " "
                    + f.path()
                    + " "
                    + f.expected().map(BigDecimal::toPlainString).orElse("-")
                    + " "
                    + f.actual().map(BigDecimal::toPlainString).orElse("-"))
        .toList();
  }

  @Test
  void allListsTheNinePresetsInTheSpecsOrder() {
    assertEquals(
        List.of(
            "NATIONAL_2020",
            "HUBEI_2020",
            "JIANGXI",
            "GUANGXI",
            "SHANXI",
            "HEBEI_2024",
            "SICHUAN_2023",
            "YITIHUA_2022",
            "GRADES_80_70_60"),
        Presets.all().stream().map(RuleProfile::id).toList());
    for (RuleProfile preset : Presets.all()) {
      assertEquals(1, preset.revision(), preset.id());
      assertEquals(Optional.of(preset), Presets.byId(preset.id()));
      assertTrue(!preset.sources().isEmpty(), preset.id());
      if (preset != Presets.NATIONAL_2020) {
        assertEquals(Optional.of("NATIONAL_2020"), preset.basedOnId(), preset.id());
      }
    }
    assertEquals(Optional.empty(), Presets.byId("hubei_2020"));
    assertEquals(Optional.empty(), Presets.byId("ZHEJIANG"));
  }

  @Test
  void nationalIsTheDefaultPolicyAndStampsAsTheDefaultScorerDoes() {
    assertEquals(ScoringPolicy.DEFAULT, Presets.NATIONAL_2020.policy());
    assertEquals(Optional.empty(), Presets.NATIONAL_2020.basedOn());
    assertEquals(List.of(), Presets.NATIONAL_2020.changes());
    Project project = ninety(spent("100", "100"));
    assertEquals(
        ProjectScorer.DEFAULT.score(project), Presets.NATIONAL_2020.scorer().score(project));
    assertEquals(ProfileStamp.NATIONAL_2020, ProjectScorer.DEFAULT.score(project).profile());
  }

  @Test
  void eachPresetChangesExactlyTheSettingsOfItsTable() {
    assertEquals(
        List.of(
            "funding.standardWeight",
            "levels.standard",
            "levels.total",
            "qualitative.bands.partly"),
        keys(Presets.HUBEI_2020));
    assertEquals(
        List.of(
            "funding.formula",
            "funding.steps",
            "qualitative.severity",
            "atMostFormula",
            "positiveWeights"),
        keys(Presets.JIANGXI));
    assertEquals(
        List.of(
            "qualitative.severity",
            "qualitative.remarkRequired",
            "atMostFormula",
            "overAchievement.remarkFactor",
            "overAchievement.remarkAtZeroTarget",
            "deductions",
            "positiveWeights"),
        keys(Presets.GUANGXI));
    assertEquals(
        List.of(
            "qualitative.severity",
            "atMostFormula",
            "defaultCostRow",
            "droppedTargets",
            "positiveWeights"),
        keys(Presets.SHANXI));
    assertEquals(
        List.of("qualitative.severity", "deviationFlags", "positiveWeights"),
        keys(Presets.HEBEI_2024));
    assertEquals(
        // The level total 90 is the national value already: stated by the preset, no change.
        List.of("levels.standard", "textLimits.goals.achieved"), keys(Presets.SICHUAN_2023));
    assertEquals(List.of("overAchievement.deduction", "totalCaps"), keys(Presets.YITIHUA_2022));
    // 60 is the national fair bound already.
    assertEquals(List.of("grades.excellent", "grades.good"), keys(Presets.GRADES_80_70_60));
  }

  private static List<String> keys(RuleProfile profile) {
    return profile.changes().stream().map(ProfileSetting::key).toList();
  }

  @ParameterizedTest(name = "JIANGXI: executed {0} of 802 → F {1}, national {2}")
  @CsvSource({
    "802, 10, 10",
    "801.92, 7, 10",
    "641.60, 7, 8",
    "641.56, 7, 8",
    "641.52, 5, 8",
    "481.16, 5, 6",
    "481.12, 0, 6",
    "874.91, 10, 10"
  })
  void jiangxiStepsCompareThePrintedRate(String executed, String stepped, String linear) {
    // §2.2: 801.92 ÷ 802 = 99.99 % → 70 % of 10; 641.56 ÷ 802 = 79.995 % prints 80.00 → 7;
    // 481.16 ÷ 802 = 59.995 % prints 60.00 → 5; 874.91 ÷ 802 = 109.09 % scores as 100 %.
    Project project = ninety(spent("802", executed));
    assertEquals(
        0, d(stepped).compareTo(Presets.JIANGXI.scorer().score(project).funding().score()));
    assertEquals(
        0, d(linear).compareTo(Presets.NATIONAL_2020.scorer().score(project).funding().score()));
  }

  @Test
  void hubeiWeightsTheFundingRowTwenty() {
    // 20 × 510.54 ÷ 802 = 12.7316… → 12.73, ρ 63.66.
    Scorecard card = Presets.HUBEI_2020.scorer().score(ninety(spent("802", "510.54")));
    assertEquals(d("12.73"), card.funding().score());
    assertEquals(d("20"), card.funding().weight());
    assertEquals(Optional.of(d("63.66")), card.funding().executionRate());
    assertEquals(List.of(), found(card, FindingCode.NONSTANDARD_FUNDING_WEIGHT));
    // A row weighted 10 is nonstandard: 10 × 0.63658… = 6.37.
    Scorecard ten =
        Presets.HUBEI_2020
            .scorer()
            .score(
                ninety(
                    FundingBreakdown.builder().weight("10").total("802", "802", "510.54").build()));
    assertEquals(d("6.37"), ten.funding().score());
    assertEquals(
        List.of("NONSTANDARD_FUNDING_WEIGHT $.funding.weight 20 10"),
        found(ten, FindingCode.NONSTANDARD_FUNDING_WEIGHT));
  }

  @Test
  void sichuanHoldsOnlyTheTotalOfTheLevels() {
    Project split =
        Project.builder("项目")
            .funding(spent("100", "100"))
            .level(full(Level.OUTPUT, Category.QUANTITY, "60"))
            .level(full(Level.BENEFIT, Category.SOCIAL, "30"))
            .build();
    // 60 + 30 = 90, no 满意度: nothing to say under SICHUAN_2023; nationally 产出 60 is not 50
    // and 满意度 is missing.
    assertEquals(
        List.of(),
        found(Presets.SICHUAN_2023.scorer().score(split), FindingCode.NONSTANDARD_LEVEL_WEIGHT));
    assertEquals(
        2,
        found(Presets.NATIONAL_2020.scorer().score(split), FindingCode.NONSTANDARD_LEVEL_WEIGHT)
            .size());
    Project short85 =
        Project.builder("项目")
            .funding(spent("100", "100"))
            .level(full(Level.OUTPUT, Category.QUANTITY, "60"))
            .level(full(Level.BENEFIT, Category.SOCIAL, "25"))
            .build();
    Scorecard card = Presets.SICHUAN_2023.scorer().score(short85);
    // 60 + 25 = 85 against 90; 10 + 85 = 95 against 100.
    assertEquals(
        List.of("NONSTANDARD_LEVEL_WEIGHT $.levels 90 85", "WEIGHT_TOTAL_MISMATCH $.levels 100 95"),
        found(card, FindingCode.NONSTANDARD_LEVEL_WEIGHT, FindingCode.WEIGHT_TOTAL_MISMATCH));
    Finding total =
        card.findings().stream()
            .filter(f -> f.code() == FindingCode.NONSTANDARD_LEVEL_WEIGHT)
            .findFirst()
            .orElseThrow();
    assertEquals("12dfe3b641345dbe", total.id());
  }

  @ParameterizedTest(name = "GRADES_80_70_60: {0} → {1}")
  @CsvSource({"80.00, EXCELLENT", "79.99, GOOD", "70.00, GOOD", "69.99, FAIR", "59.99, POOR"})
  void gradesEightySeventySixty(String total, Grade grade) {
    assertEquals(grade, Presets.GRADES_80_70_60.policy().gradeBands().gradeOf(d(total)));
  }

  @Test
  void gradesOfAScoredFormUnderTheVariant() {
    // 50 + 10 + 10 = 70 of indicators + 10 of funding = 80 → 优 under 80/70/60, 良 nationally.
    Project project =
        Project.builder("项目")
            .funding(spent("100", "100"))
            .level(full(Level.OUTPUT, Category.QUANTITY, "50"))
            .level(
                LevelSection.of(
                    Level.BENEFIT,
                    "30",
                    CategorySection.of(
                        Category.SOCIAL, Indicator.of("指标", null, null, "30", "10"))))
            .level(full(Level.SATISFACTION, Category.SERVICE_RECIPIENT, "10"))
            .build();
    assertEquals(Grade.EXCELLENT, Presets.GRADES_80_70_60.scorer().score(project).grade());
    assertEquals(Grade.GOOD, Presets.NATIONAL_2020.scorer().score(project).grade());
  }

  @ParameterizedTest(name = "YITIHUA_2022: ρ {0} → total {1}")
  @CsvSource({
    // executed of 100, so ρ is the amount; indicators 90; F = r2(10 × ρ ÷ 100)
    "80.00, 98, ''",
    "79.99, 89, 98",
    "70.00, 89, 97",
    "69.99, 79, 97",
    "50.00, 69, 95",
    "49.99, 59, 95"
  })
  void yitihuaCapsTheTotalByTheRate(String executed, String total, String uncapped) {
    Scorecard card = Presets.YITIHUA_2022.scorer().score(ninety(spent("100", executed)));
    assertEquals(0, d(total).compareTo(card.total()));
    if (uncapped.isEmpty()) {
      assertEquals(Optional.empty(), card.totalCap());
      assertEquals(List.of(), found(card, FindingCode.TOTAL_CAPPED_BY_EXECUTION_RATE));
    } else {
      assertEquals(Optional.of(new CappedTotal(d(total), d(uncapped))), card.totalCap());
      assertEquals(
          List.of("TOTAL_CAPPED_BY_EXECUTION_RATE $.reportedTotal " + total + " " + uncapped),
          found(card, FindingCode.TOTAL_CAPPED_BY_EXECUTION_RATE));
    }
  }

  @Test
  void aCapThatDoesNotBiteLeavesTheTotal() {
    // ρ 45.00: cap 59, but 50 + 4.50 = 54.50 is below it.
    Project project =
        Project.builder("项目")
            .funding(spent("100", "45"))
            .level(full(Level.OUTPUT, Category.QUANTITY, "50"))
            .build();
    Scorecard card = Presets.YITIHUA_2022.scorer().score(project);
    assertEquals(d("54.5"), card.total());
    assertEquals(Optional.empty(), card.totalCap());
  }

  @Test
  void theReportedTotalIsHeldAgainstTheCappedOne() {
    FundingBreakdown funding = spent("100", "79.99");
    Project reported98 =
        Project.builder("项目")
            .funding(funding)
            .level(full(Level.OUTPUT, Category.QUANTITY, "50"))
            .level(full(Level.BENEFIT, Category.SOCIAL, "30"))
            .level(full(Level.SATISFACTION, Category.SERVICE_RECIPIENT, "10"))
            .reportedTotal("98")
            .reportedGrade(Grade.EXCELLENT)
            .build();
    Scorecard card = Presets.YITIHUA_2022.scorer().score(reported98);
    assertEquals(
        List.of(
            "TOTAL_CAPPED_BY_EXECUTION_RATE $.reportedTotal 89 98",
            "TOTAL_SCORE_MISMATCH $.reportedTotal 89 98"),
        found(card, FindingCode.TOTAL_CAPPED_BY_EXECUTION_RATE, FindingCode.TOTAL_SCORE_MISMATCH));
    // The grade is that of 89: 良, so the printed 优 is a mismatch.
    assertEquals(Grade.GOOD, card.grade());
    assertEquals(
        1, card.findings().stream().filter(f -> f.code() == FindingCode.GRADE_MISMATCH).count());
    Finding capped =
        card.findings().stream()
            .filter(f -> f.code() == FindingCode.TOTAL_CAPPED_BY_EXECUTION_RATE)
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of("79.99"), capped.detail());

    Project reported89 =
        Project.builder("项目")
            .funding(funding)
            .level(full(Level.OUTPUT, Category.QUANTITY, "50"))
            .level(full(Level.BENEFIT, Category.SOCIAL, "30"))
            .level(full(Level.SATISFACTION, Category.SERVICE_RECIPIENT, "10"))
            .reportedTotal("89")
            .build();
    assertEquals(
        List.of("TOTAL_CAPPED_BY_EXECUTION_RATE $.reportedTotal 89 98"),
        found(
            Presets.YITIHUA_2022.scorer().score(reported89),
            FindingCode.TOTAL_CAPPED_BY_EXECUTION_RATE,
            FindingCode.TOTAL_SCORE_MISMATCH));
  }

  @Test
  void noAdjustedBudgetNoCap() {
    Project project = ninety(FundingBreakdown.builder().total(null, null, "50").build());
    Scorecard card = Presets.YITIHUA_2022.scorer().score(project);
    assertEquals(Optional.empty(), card.totalCap());
    assertEquals(d("90"), card.total());
  }

  @Test
  void aFindingsIdIsTheSameUnderEveryProfile() {
    Project project =
        Project.builder("项目")
            .funding(spent("100", "100"))
            .level(full(Level.OUTPUT, Category.QUANTITY, "50"))
            .level(full(Level.BENEFIT, Category.SOCIAL, "30"))
            .level(full(Level.SATISFACTION, Category.SERVICE_RECIPIENT, "10"))
            .reportedTotal("99")
            .build();
    for (RuleProfile preset : List.of(Presets.NATIONAL_2020, Presets.GUANGXI, Presets.HUBEI_2020)) {
      Finding mismatch =
          preset.scorer().score(project).findings().stream()
              .filter(f -> f.code() == FindingCode.TOTAL_SCORE_MISMATCH)
              .findFirst()
              .orElseThrow();
      assertEquals("459e3d190ce5a2b0", mismatch.id(), preset.id());
    }
  }

  @Test
  void aPresetStampsItsIdAndRevision() {
    Scorecard card = Presets.HUBEI_2020.scorer().score(ninety(spent("100", "100")));
    assertEquals(new ProfileStamp("HUBEI_2020", 1), card.profile());
    assertEquals(new ProfileStamp("HUBEI_2020", 1), Presets.HUBEI_2020.stamp());
  }

  @Test
  void aSumThatReachesTheCapIsNotCapped() {
    // ρ 79.99, cap 89: 50 + 30 + 1 = 81 of indicators + 8.00 = 89.00, not above the cap.
    Project project =
        Project.builder("项目")
            .funding(spent("100", "79.99"))
            .level(full(Level.OUTPUT, Category.QUANTITY, "50"))
            .level(full(Level.BENEFIT, Category.SOCIAL, "30"))
            .level(full(Level.SATISFACTION, Category.SERVICE_RECIPIENT, "1"))
            .build();
    Scorecard card = Presets.YITIHUA_2022.scorer().score(project);
    assertEquals(Optional.empty(), card.totalCap());
    assertEquals(0, d("89").compareTo(card.total()));
  }
}
