package io.github.jixiao.core.scoring;

import static io.github.jixiao.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.reading.Reading;
import io.github.jixiao.core.reading.ValueReader;
import io.github.jixiao.core.testing.Forms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SuggestionPropertiesTest {
  private static final Suggestions SUGGESTIONS = Suggestions.DEFAULT;

  /** Amounts with 2 places, from 0.01 to 1,000,000. */
  private static final Gen<BigDecimal> AMOUNTS =
      longs().between(1, 100_000_000).map(cents -> BigDecimal.valueOf(cents, 2));

  private static final Gen<BigDecimal> WEIGHTS =
      integers().between(0, 5000).map(cents -> BigDecimal.valueOf(cents, 2));

  private static Optional<BigDecimal> suggest(
      Category category, String target, String actual, BigDecimal weight) {
    Indicator indicator =
        new Indicator(
            "指标",
            Optional.of(target),
            Optional.of(actual),
            weight,
            Optional.of(weight),
            Optional.empty());
    return SUGGESTIONS.assess(FormPath.ROOT, category, indicator).assessment().suggestedScore();
  }

  @Test
  void suggestedScoreStaysWithinZeroAndTheWeight() {
    qt(1000)
        .forAll(Generate.pick(List.of("≥", "≤", "")), AMOUNTS, AMOUNTS, WEIGHTS)
        .checkAssert(
            (sign, target, actual, weight) -> {
              for (Category category : List.of(Category.QUANTITY, Category.COST)) {
                Optional<BigDecimal> s =
                    suggest(
                        category,
                        sign + target.toPlainString() + "万元",
                        actual.toPlainString(),
                        weight);
                assertTrue(s.isPresent());
                assertTrue(
                    s.get().signum() >= 0 && s.get().compareTo(weight) <= 0, s + " of " + weight);
              }
            });
  }

  @Test
  void moreAgainstAFloorNeverScoresLessAndMoreAgainstACapNeverScoresMore() {
    qt(1000)
        .forAll(AMOUNTS, AMOUNTS, AMOUNTS, WEIGHTS)
        .checkAssert(
            (target, actual, more, weight) -> {
              String t = target.toPlainString();
              String a1 = actual.toPlainString();
              String a2 = actual.add(more).toPlainString();
              assertTrue(
                  suggest(Category.QUANTITY, "≥" + t + "家", a1 + "家", weight)
                          .orElseThrow()
                          .compareTo(
                              suggest(Category.QUANTITY, "≥" + t + "家", a2 + "家", weight)
                                  .orElseThrow())
                      <= 0);
              assertTrue(
                  suggest(Category.COST, "≤" + t + "元", a1 + "元", weight)
                          .orElseThrow()
                          .compareTo(
                              suggest(Category.COST, "≤" + t + "元", a2 + "元", weight).orElseThrow())
                      >= 0);
            });
  }

  @Test
  void theSameAmountInYuanOrInWanYuanReadsAlike() {
    qt(500)
        .forAll(AMOUNTS, AMOUNTS, WEIGHTS)
        .checkAssert(
            (wan, actual, weight) -> {
              String yuan = wan.multiply(BigDecimal.valueOf(10_000)).toPlainString() + "元";
              Reading a = ValueReader.DEFAULT.read(wan.toPlainString() + "万元", Category.COST);
              Reading b = ValueReader.DEFAULT.read(yuan, Category.COST);
              assertEquals(
                  0,
                  ((Reading.AtMost) a)
                      .quantity()
                      .base()
                      .compareTo(((Reading.AtMost) b).quantity().base()));
              String spent = actual.toPlainString() + "万元";
              assertEquals(
                  suggest(Category.COST, wan.toPlainString() + "万元", spent, weight),
                  suggest(Category.COST, yuan, spent, weight));
            });
  }

  @Test
  void spacingFullWidthSignsAndSeparatorsDoNotChangeAReading() {
    qt(500)
        .forAll(
            integers().between(0, 100_000_000),
            Generate.pick(List.of("家", "批次", "元/批次", "%", "分钟")))
        .checkAssert(
            (n, unit) -> {
              String plain = String.valueOf(n);
              String grouped = String.format("%,d", n);
              String wide =
                  plain
                      .chars()
                      .mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                      .reduce("", String::concat);
              String expected =
                  ReferenceIndicatorsTest.describe(
                      ValueReader.DEFAULT.read("≥" + plain + unit, Category.QUANTITY));
              for (String text :
                  List.of(
                      ">=" + plain + unit,
                      " ≥ " + grouped + " " + unit + " ",
                      "＞＝" + wide + unit,
                      "不少于" + grouped + unit,
                      plain + unit + "以上")) {
                assertEquals(
                    expected,
                    ReferenceIndicatorsTest.describe(
                        ValueReader.DEFAULT.read(text, Category.QUANTITY)),
                    text);
              }
              String cap =
                  ReferenceIndicatorsTest.describe(
                      ValueReader.DEFAULT.read("≤" + plain + unit, Category.QUANTITY));
              // A zero target (rule-profiles §1.2) is a sign, 0 and a counting word, nothing else:
              // ≤0家 is one, 0家以内 is at most 0.
              List<String> caps =
                  n == 0 && unit.equals("家")
                      ? List.of("<=" + plain + unit, "＜＝ " + grouped + unit, "不超过" + wide + unit)
                      : List.of(
                          "<=" + plain + unit,
                          "＜＝ " + grouped + unit,
                          "不超过" + wide + unit,
                          plain + unit + "以内");
              for (String text : caps) {
                assertEquals(
                    cap,
                    ReferenceIndicatorsTest.describe(
                        ValueReader.DEFAULT.read(text, Category.QUANTITY)),
                    text);
              }
            });
  }

  @Test
  void theReaderNeverThrowsItAnswersUnrecognized() {
    qt(3000)
        .forAll(strings().allPossible().ofLengthBetween(0, 60), Generate.enumValues(Category.class))
        .checkAssert(
            (text, category) -> {
              Reading target = ValueReader.DEFAULT.read(text, category);
              assertNotNull(ValueReader.DEFAULT.readActual(text, category, target));
            });
    for (String text :
        new String[] {
          null,
          "",
          "   ",
          "9".repeat(100_000),
          "≥" + "9".repeat(31) + "家",
          "2024年13月前",
          "2024年2月30日前",
          "十十十年",
          "、、"
        }) {
      assertNotNull(
          ValueReader.DEFAULT.read(text, Category.QUANTITY),
          String.valueOf(text).length() + " chars");
    }
    assertEquals(
        Reading.Kind.UNRECOGNIZED,
        ValueReader.DEFAULT.read("≥" + "9".repeat(31) + "家", Category.QUANTITY).kind());
  }

  /** Texts from real forms and a few others, for targets and actuals alike. */
  private static final Gen<String> TEXTS =
      Generate.pick(
          List.of(
              "≥100家",
              "100家",
              "100%",
              "80%以上",
              "100万元",
              "≤1650元/批次",
              "2024年12月底前",
              "2025年",
              "提升",
              "及时",
              "完成",
              "广泛凝聚共识",
              "电视、广播",
              "0家",
              "1,274.77",
              "≤40分钟",
              "大于一年",
              ""));

  @Test
  void adviceNeverChangesTheTotalOrAnyErrorOrWarning() {
    qt(300)
        .forAll(Forms.consistentProjects(), TEXTS, TEXTS, integers().between(0, 1000))
        .checkAssert(
            (project, target, actual, pick) -> {
              Project changed = withTexts(project, target, actual, pick);
              Scorecard advised = ProjectScorer.DEFAULT.score(changed);
              Scorecard plain =
                  ProjectScorer.withPolicy(ReferenceFormScoringTest.ARITHMETIC).score(changed);
              assertEquals(plain.total(), advised.total());
              assertEquals(
                  plain.findings(),
                  advised.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
            });
  }

  /** Every indicator with the given texts, every seventh or so with them swapped. */
  private static Project withTexts(Project p, String target, String actual, int pick) {
    return Forms.mapIndicators(
        p,
        (i, j, k, indicator) -> {
          boolean swap = (i + j + k) % 7 == pick % 7;
          return new Indicator(
              indicator.name(),
              Optional.of(swap ? actual : target),
              Optional.of(swap ? target : actual),
              indicator.weight(),
              indicator.score(),
              indicator.deviation());
        });
  }

  @Test
  void aNotApplicableIndicatorNeverGetsAdviceNorNeedsAReason() {
    qt(300)
        .forAll(Forms.consistentProjects(), integers().between(0, 8), integers().between(0, 100))
        .checkAssert(
            (project, which, scored) -> {
              // Some indicators of each category marked 不适用 (the first always, others as the
              // draw falls), each scored anywhere from 0 to its weight, its reason struck out.
              Project marked =
                  Forms.mapIndicators(
                      project,
                      (i, j, k, indicator) ->
                          k == which % (k + 1)
                              ? new Indicator(
                                  indicator.name(),
                                  indicator.target(),
                                  indicator.actual(),
                                  indicator.weight(),
                                  Optional.of(
                                      indicator
                                          .weight()
                                          .multiply(BigDecimal.valueOf(scored))
                                          .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)),
                                  Optional.empty(),
                                  true)
                              : indicator);
              Scorecard card = ProjectScorer.DEFAULT.score(marked);
              for (IndicatorAssessment assessment : card.indicators()) {
                if (indicatorAt(marked, assessment.path()).notApplicable()) {
                  assertEquals(Optional.empty(), assessment.suggestedScore());
                  assertTrue(
                      card.findings().stream()
                          .noneMatch(
                              f ->
                                  f.path().startsWith(assessment.path())
                                      && (f.severity() == Severity.INFO
                                          || f.code() == FindingCode.DEDUCTION_WITHOUT_REASON)),
                      assessment.path().toString());
                }
              }
            });
  }

  private static Indicator indicatorAt(Project project, FormPath path) {
    FormPath category = path.parent().orElseThrow().parent().orElseThrow();
    FormPath level = category.parent().orElseThrow().parent().orElseThrow();
    return project
        .levels()
        .get(level.lastIndex().getAsInt())
        .categories()
        .get(category.lastIndex().getAsInt())
        .indicators()
        .get(path.lastIndex().getAsInt());
  }
}
