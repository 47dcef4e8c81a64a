package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.reading.ValueReader;
import io.github.jixiao.core.testing.ReferenceForms;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The suggested-score rules of docs/scoring-rules.md §2.2–2.3 and their INFO findings. */
class SuggestionsTest {

  private static Suggestions.Advice assess(ScoringPolicy policy, Category category, Indicator i) {
    return new Suggestions(policy, ValueReader.DEFAULT)
        .assess(FormPath.ROOT.field("i"), category, i);
  }

  private static Suggestions.Advice assess(Category category, Indicator indicator) {
    return assess(ScoringPolicy.DEFAULT, category, indicator);
  }

  private static Optional<BigDecimal> suggested(Suggestions.Advice outcome) {
    return outcome.assessment().suggestedScore();
  }

  private static List<String> findings(List<Finding> findings) {
    return findings.stream()
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

  private static Optional<BigDecimal> d(String value) {
    return Optional.of(new BigDecimal(value));
  }

  @Test
  void aTargetMetExactlySuggestsTheWholeWeightRoundedAsEveryFigureIs() {
    // 10家 of ≥10家, and 100万元 of a 100万元 cap: met, so the weight, 6.125, to 2 places half-up:
    // 6.13 (half-even would give 6.12).
    assertEquals(
        d("6.13"),
        suggested(assess(Category.QUANTITY, Indicator.of("企业数", "≥10家", "10家", "6.125", "6.125"))));
    assertEquals(
        d("6.13"),
        suggested(assess(Category.COST, Indicator.of("经费", "100万元", "100万元", "6.125", "6.125"))));
  }

  // --- the worked examples of docs/scoring-rules.md §2.4 ---

  @Test
  void antitrustCostIsMetSoTheReportedScoreDiffers() {
    // 100万元 under COST is a cap; 14.28 takes 万元; 14.28 ≤ 100: the full 12.5, not 1.79.
    Suggestions.Advice o =
        assess(
            Category.COST,
            Indicator.of("反垄断专项执法经费", "100万元", "14.28", "12.5", "1.79").withDeviation("项目正在推进中"));
    assertEquals(d("12.5"), suggested(o));
    assertEquals(List.of("SUGGESTED_SCORE_DIFFERS $.i.score 12.5 1.79"), findings(o.onScore()));
  }

  @Test
  void antitrustSatisfactionCannotBeCompared() {
    Suggestions.Advice o =
        assess(
            Category.SERVICE_RECIPIENT,
            Indicator.of("群众对反垄断工作满意度", "80%以上", "广泛凝聚公平竞争共识", "10", "10"));
    assertEquals(Optional.empty(), suggested(o));
    assertEquals(List.of("ACTUAL_NOT_COMPARABLE $.i.actual - -"), findings(o.onActual()));
    assertEquals(List.of(), o.onScore());
  }

  @Test
  void foodSafetyCostConvertsWanYuan() {
    // 0.87万元/家 = 8700 元/家 ≤ 10000 元/家.
    assertEquals(
        d("2"),
        suggested(
            assess(Category.COST, Indicator.of("体系检查成本", "≤10000元/家", "0.87万元/家", "2", "2"))));
  }

  @Test
  void intellectualPropertyZeroOfFifteenScoresZero() {
    // 6.25 × 0 ÷ 15 = 0, as reported: no finding.
    Suggestions.Advice o =
        assess(
            Category.QUANTITY,
            Indicator.of("示范、优势、试点企业数量", "≥15家", "0家", "6.25", "0").withDeviation("未申报"));
    assertEquals(d("0"), suggested(o));
    assertEquals(List.of(), o.onScore());
  }

  @Test
  void xinchuangDevelopmentRateIsMet() {
    Suggestions.Advice o =
        assess(
            Category.QUALITY,
            Indicator.of("系统开发率", "100%", "100%", "12.5", "11").withDeviation("合同约定"));
    assertEquals(List.of("SUGGESTED_SCORE_DIFFERS $.i.score 12.5 11"), findings(o.onScore()));
  }

  @Test
  void xinchuangMissedDeadlineIsLeftToJudgement() {
    Suggestions.Advice o =
        assess(
            Category.TIMELINESS,
            Indicator.of("开发完成时间", "2024年12月底前", "2025年6月底", "12.5", "11").withDeviation("合同约定"));
    assertEquals(Optional.empty(), suggested(o));
    assertEquals(List.of(), o.onActual());
    assertEquals(List.of(), o.onScore());
  }

  @Test
  void operationsResponseTimeIsWithinItsCap() {
    assertEquals(
        d("10"),
        suggested(
            assess(Category.TIMELINESS, Indicator.of("一般故障响应时间", "60分钟以内", "≤40分钟", "10", "10"))));
  }

  // --- the rules ---

  @Test
  void anAtLeastTargetMissedScoresInProportion() {
    // 财预〔2020〕10号: 6.25 × 12 ÷ 15 = 5.
    assertEquals(
        d("5"),
        suggested(assess(Category.QUANTITY, Indicator.of("企业数量", "≥15家", "12家", "6.25", "5"))));
    // 10 × 2 ÷ 3 = 6.666… → 6.67.
    assertEquals(
        d("6.67"),
        suggested(assess(Category.QUANTITY, Indicator.of("次数", "3次", "2次", "10", "6.67"))));
  }

  @Test
  void anAtMostTargetMissedScoresByTheRatioOrTheLinearFormula() {
    Indicator over = Indicator.of("经费", "100万元", "125", "10", "8");
    // Ratio: 10 × 100 ÷ 125 = 8.
    assertEquals(d("8"), suggested(assess(Category.COST, over)));
    // Linear: 10 × (1 − 25 ÷ 100) = 7.5; and 0 from twice the target on.
    ScoringPolicy linear =
        ScoringPolicy.DEFAULT.withSuggestions(
            SuggestionPolicy.DEFAULT.withAtMostFormula(SuggestionPolicy.AtMostFormula.LINEAR));
    assertEquals(d("7.5"), suggested(assess(linear, Category.COST, over)));
    assertEquals(
        d("0"),
        suggested(assess(linear, Category.COST, Indicator.of("经费", "100万元", "250", "10", "0"))));
    // Ratio at 250: 10 × 100 ÷ 250 = 4.
    assertEquals(
        d("4"), suggested(assess(Category.COST, Indicator.of("经费", "100万元", "250", "10", "0"))));
  }

  @Test
  void farAboveTheTargetAtFullScoreWithoutAnalysisIsNoted() {
    // 9 ≥ 1.2 × 3: 反垄断's 全区核查垄断线索.
    Suggestions.Advice o =
        assess(Category.QUANTITY, Indicator.of("全区核查垄断线索", "不少于3条", "9", "12.5", "12.5"));
    assertEquals(List.of("FAR_ABOVE_TARGET $.i.actual 3 9"), findings(o.onActual()));
    // Exactly 1.2 × 1000 = 1200 is far; 1199 is not.
    assertEquals(
        1,
        assess(Category.QUANTITY, Indicator.of("批次", "≥1000批次", "1200批次", "2", "2"))
            .onActual()
            .size());
    assertEquals(
        0,
        assess(Category.QUANTITY, Indicator.of("批次", "≥1000批次", "1199批次", "2", "2"))
            .onActual()
            .size());
    // Analysed (a deviation text) or not at full score: nothing to note.
    assertEquals(
        0,
        assess(
                Category.QUANTITY,
                Indicator.of("线索", "≥3条", "9", "12.5", "12.5").withDeviation("线索增多"))
            .onActual()
            .size());
    assertEquals(
        0,
        assess(Category.QUANTITY, Indicator.of("线索", "≥3条", "9", "12.5", "12").withDeviation("扣分"))
            .onActual()
            .size());
    // The factor is a setting: at 4×, 9 is not far above 3.
    ScoringPolicy four =
        ScoringPolicy.DEFAULT.withSuggestions(
            SuggestionPolicy.DEFAULT.withFarAboveFactor(new BigDecimal("4")));
    assertEquals(
        0,
        assess(four, Category.QUANTITY, Indicator.of("线索", "≥3条", "9", "12.5", "12.5"))
            .onActual()
            .size());
  }

  @Test
  void aConfirmedQualitativeResultIsSuggestedTheTopOfItsBand() {
    assertEquals(
        d("10"), suggested(assess(Category.SOCIAL, Indicator.of("意识", "提升", "明显增强", "10", "10"))));
    assertEquals(
        d("7.5"),
        suggested(assess(Category.ECONOMIC, Indicator.of("成本", "降低", "有所下降", "7.5", "7.5"))));
    // Opposite direction, or an unrelated state: no suggestion.
    assertEquals(
        Optional.empty(),
        suggested(assess(Category.SOCIAL, Indicator.of("意识", "提升", "有所下降", "10", "10"))));
    assertEquals(
        Optional.empty(),
        suggested(assess(Category.SOCIAL, Indicator.of("上报", "及时", "已上报", "10", "10"))));
    // A band topped at 90%: 0.9 × 10 = 9.
    ScoringPolicy ninety =
        ScoringPolicy.DEFAULT.withSuggestions(
            SuggestionPolicy.DEFAULT.withQualitativeBands(
                new SuggestionPolicy.QualitativeBands(
                    new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"))));
    assertEquals(
        d("9"),
        suggested(assess(ninety, Category.SOCIAL, Indicator.of("意识", "提升", "提升", "10", "10"))));
  }

  @Test
  void aDeadlineIsMetByAnEarlierDateOrByDoneAndOtherwiseNotComparable() {
    assertEquals(
        d("2"),
        suggested(
            assess(
                Category.TIMELINESS,
                Indicator.of("完成时间", "2024年12月31日前", "2024年12月21日前", "2", "2"))));
    assertEquals(
        d("2"),
        suggested(assess(Category.TIMELINESS, Indicator.of("完成时间", "2024年11月前", "已完成", "2", "2"))));
    Suggestions.Advice pending =
        assess(Category.TIMELINESS, Indicator.of("完成时间", "2024年11月前", "尚未完成", "2", "2"));
    assertEquals(Optional.empty(), suggested(pending));
    assertEquals(List.of("ACTUAL_NOT_COMPARABLE $.i.actual - -"), findings(pending.onActual()));
  }

  @Test
  void unitsThatDoNotAgreeCannotBeCompared() {
    Suggestions.Advice o = assess(Category.QUANTITY, Indicator.of("检查", "≥90家", "120批次", "5", "5"));
    assertEquals(List.of("ACTUAL_NOT_COMPARABLE $.i.actual - -"), findings(o.onActual()));
    // 家(次) agrees with 家 and with 家次.
    assertEquals(
        d("5"),
        suggested(assess(Category.QUANTITY, Indicator.of("检查", "≥90家(次)", "120家次", "5", "5"))));
  }

  @Test
  void aPlaceholderRowGetsNoAdvice() {
    Suggestions.Advice o = assess(Category.ECONOMIC, Indicator.of("无", "80%以上", "无", "0", null));
    assertEquals(List.of(), o.onActual());
    assertEquals(List.of(), o.onScore());
  }

  @Test
  void scoresAheadOfSpendingAreNotedAtTheLevels() {
    // 反垄断: 79.29 of 90 points = 88.1% of the weight on a rate of 14.28%.
    Scorecard antitrust = ProjectScorer.DEFAULT.score(ReferenceForms.antitrust());
    assertEquals(
        List.of(
            "FAR_ABOVE_TARGET $.levels[0].categories[0].indicators[0].actual 3 9",
            "SUGGESTED_SCORE_DIFFERS $.levels[0].categories[3].indicators[0].score 12.5 1.79",
            "ACTUAL_NOT_COMPARABLE $.levels[2].categories[0].indicators[0].actual - -",
            "SCORES_AHEAD_OF_SPENDING $.levels 14.28 88.1"),
        findings(antitrust.findings(Severity.INFO)));
    // 知识产权: 83.75 of 90 = 93.06% against 92.98% × 1.05 = 97.63%: not ahead.
    Scorecard ip = ProjectScorer.DEFAULT.score(ReferenceForms.intellectualProperty());
    assertEquals(
        0,
        ip.findings().stream()
            .filter(f -> f.code() == FindingCode.SCORES_AHEAD_OF_SPENDING)
            .count());
    // With a margin of 600%, 反垄断's 88.1% is within 14.28 × 7 = 99.96.
    ScoringPolicy wide =
        ScoringPolicy.DEFAULT.withSuggestions(
            SuggestionPolicy.DEFAULT.withAheadOfSpendingMargin(new BigDecimal("6")));
    assertEquals(
        0,
        ProjectScorer.withPolicy(wide).score(ReferenceForms.antitrust()).findings().stream()
            .filter(f -> f.code() == FindingCode.SCORES_AHEAD_OF_SPENDING)
            .count());
  }

  @Test
  void theScorecardCarriesEveryIndicatorsReadingsInFormOrder() {
    Scorecard card = ProjectScorer.DEFAULT.score(ReferenceForms.antitrust());
    assertEquals(8, card.indicators().size());
    assertEquals(
        "$.levels[0].categories[3].indicators[0]", card.indicators().get(3).path().toString());
    assertEquals(d("12.5"), card.indicators().get(3).suggestedScore());
    // Switched off, there are neither readings nor INFO findings.
    Scorecard off =
        ProjectScorer.withPolicy(
                ScoringPolicy.DEFAULT.withSuggestions(SuggestionPolicy.DEFAULT.withEnabled(false)))
            .score(ReferenceForms.antitrust());
    assertEquals(List.of(), off.indicators());
    assertEquals(List.of(), off.findings(Severity.INFO));
  }

  @Test
  void invalidSuggestionPoliciesAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SuggestionPolicy.DEFAULT.withFarAboveFactor(new BigDecimal("0.9")));
    assertThrows(
        IllegalArgumentException.class,
        () -> SuggestionPolicy.DEFAULT.withAheadOfSpendingMargin(new BigDecimal("-0.1")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SuggestionPolicy.QualitativeBands(
                new BigDecimal("110"), new BigDecimal("80"), new BigDecimal("60")));
  }

  // --- through the scorer, on a form of one indicator ---

  private static final String ONLY = "$.levels[0].categories[0].indicators[0]";

  /** The scorecard of a form whose only indicator is this one, in the given category. */
  private static Scorecard scoredAlone(ScoringPolicy policy, Category category, Indicator i) {
    Project project =
        Project.builder("项目")
            .level(LevelSection.of(category.level(), CategorySection.of(category, i)))
            .build();
    return ProjectScorer.withPolicy(policy).score(project);
  }

  private static Scorecard scoredAlone(Category category, Indicator indicator) {
    return scoredAlone(ScoringPolicy.DEFAULT, category, indicator);
  }

  private static Optional<BigDecimal> suggested(Scorecard card) {
    return card.indicators().get(0).suggestedScore();
  }

  private static List<String> advice(Scorecard card) {
    return findings(card.findings(Severity.INFO));
  }

  @Test
  void aZeroFloorIsNeverFarExceeded() {
    // 0 起 against 0 起: met, so the full 10; 0 ≥ 1.2 × 0, but nothing is far above nothing.
    Scorecard card = scoredAlone(Category.QUALITY, Indicator.of("安全生产事故", "0起", "0起", "10", "10"));
    assertEquals(d("10"), suggested(card));
    assertEquals(List.of(), advice(card));
  }

  @Test
  void farAboveIsNotedOnlyAtTheFullScore() {
    // 9 ≥ 1.2 × 3, but 12 of 12.5 is no full score: the suggestion differs, nothing is far above.
    Scorecard card =
        scoredAlone(Category.QUANTITY, Indicator.of("全区核查垄断线索", "不少于3条", "9", "12.5", "12"));
    assertEquals(List.of("SUGGESTED_SCORE_DIFFERS " + ONLY + ".score 12.5 12"), advice(card));
  }

  @Test
  void aCapOfNothingThatIsExceededScoresZeroUnderEitherFormula() {
    // Linear: 0 from twice the target, and twice 0 is 0. Ratio: 5 × 0 ÷ 20,000 元 = 0.
    Indicator overspent = Indicator.of("超支金额", "0万元", "2万元", "5", "0").withDeviation("超支");
    ScoringPolicy linear =
        ScoringPolicy.DEFAULT.withSuggestions(
            SuggestionPolicy.DEFAULT.withAtMostFormula(SuggestionPolicy.AtMostFormula.LINEAR));
    assertEquals(d("0"), suggested(scoredAlone(linear, Category.COST, overspent)));
    assertEquals(d("0"), suggested(scoredAlone(Category.COST, overspent)));
  }

  @Test
  void aCapOfNothingMetExactlyScoresTheFullWeight() {
    // 0 万元 spent against a cap of 0 万元: within it, so the full 5 (no ratio of 0 ÷ 0 to take).
    Scorecard card = scoredAlone(Category.COST, Indicator.of("超支金额", "0万元", "0万元", "5", "5"));
    assertEquals(d("5"), suggested(card));
    assertEquals(List.of(), advice(card));
  }

  @Test
  void aListTargetIsMetWhenTheActualRestatesIt() {
    Scorecard restated =
        scoredAlone(Category.QUALITY, Indicator.of("宣传渠道", "电视、广播、自媒体", "电视、广播、自媒体", "5", "5"));
    assertEquals(d("5"), suggested(restated));
    assertEquals(List.of(), advice(restated));
    // Two of the three channels: left to judgement.
    Scorecard shorter =
        scoredAlone(
            Category.QUALITY,
            Indicator.of("宣传渠道", "电视、广播、自媒体", "电视、广播", "5", "4").withDeviation("自媒体未开通"));
    assertEquals(Optional.empty(), suggested(shorter));
    assertEquals(List.of(), advice(shorter));
  }

  @Test
  void aTargetTheReaderCannotPlaceGetsNoSuggestionEvenWhenRestated() {
    Scorecard card = scoredAlone(Category.QUANTITY, Indicator.of("培训", "1-2次", "1-2次", "5", "5"));
    assertEquals(Optional.empty(), suggested(card));
    assertEquals(List.of(), advice(card));
  }

  @Test
  void aListActualCountsAgainstACountingWordOrABareNumberButNotAPercentage() {
    String channels = "电视、广播、自媒体";
    // Three items against ≥3 and ≥3种: met.
    assertEquals(
        d("5"),
        suggested(scoredAlone(Category.QUANTITY, Indicator.of("渠道", "≥3", channels, "5", "5"))));
    assertEquals(
        d("5"),
        suggested(scoredAlone(Category.QUANTITY, Indicator.of("渠道", "≥3种", channels, "5", "5"))));
    // Three items are no percentage.
    Scorecard percent =
        scoredAlone(Category.QUANTITY, Indicator.of("覆盖率", "≥80%", channels, "5", "5"));
    assertEquals(Optional.empty(), suggested(percent));
    assertEquals(List.of("ACTUAL_NOT_COMPARABLE " + ONLY + ".actual - -"), advice(percent));
  }

  @Test
  void aSuggestedFullWeightIsRoundedToTwoPlacesLikeEveryFigure() {
    // 50 points over 16 indicators: 3.125 each. A met target suggests the full weight, which the
    // scorecard reports as every figure, to 2 places half-up: 3.13 (docs/form-json.md §2.1). It was
    // 3.125.
    Scorecard floor =
        scoredAlone(Category.QUANTITY, Indicator.of("企业数", "≥100家", "100家", "3.125", "3.125"));
    assertEquals(d("3.13"), suggested(floor));
    Scorecard cap =
        scoredAlone(Category.COST, Indicator.of("经费", "100万元", "100", "3.125", "3.125"));
    assertEquals(d("3.13"), suggested(cap));
    Scorecard deadline =
        scoredAlone(
            Category.TIMELINESS, Indicator.of("完成时间", "2024年11月前", "已完成", "3.125", "3.125"));
    assertEquals(d("3.13"), suggested(deadline));
    // 3.125 reported agrees with 3.13 on the 2-place values: no advice.
    assertEquals(List.of(), advice(floor));
  }
}
